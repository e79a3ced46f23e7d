import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { AttachmentField, Scope } from '../../core/definition.js';
import { formatBytes } from '../../core/parse/bytes.js';
import { isRecord } from '../../core/path.js';
import { fieldId, type RenderContext } from './context.js';
import { describe, hint, label, messages } from './fields.js';

/**
 * The browser's own file input (keyboard, screen readers and drag and drop for free). The data
 * gets `{ name, size, type }`; the File goes into the element's `files`, by path (`ctx.attach`).
 */
export function renderAttachment(ctx: RenderContext, field: AttachmentField, path: string, value: unknown, scope: Scope): TemplateResult {
  const d = describe(ctx, field, path, isRecord(value) ? `${fieldId(path)}-file` : undefined);
  const chosen = isRecord(value) && typeof value.name === 'string' ? value : undefined;
  return html`<div class="field attachment ${d.invalid ? 'invalid' : ''}" data-path=${path}>
    <label for=${d.id}>${label(field, scope)}</label>
    ${hint(field, d.id)} ${messages(ctx.shown.get(path), d.id)}
    <input
      id=${d.id}
      name=${path}
      type="file"
      accept=${ifDefined(field.accept)}
      aria-describedby=${ifDefined(d.describedBy)}
      aria-invalid=${d.invalid ? 'true' : 'false'}
      @change=${(e: Event) => choose(ctx, path, (e.target as HTMLInputElement).files?.[0])}
      @blur=${() => ctx.blur(field, path)}
    />
    ${chosen
      ? html`<p class="file" id=${`${d.id}-file`}>
          ${msg(str`Valgt fil: ${String(chosen.name)} (${formatBytes(Number(chosen.size) || 0)})`, { id: 'attachment.chosen' })}
          <button type="button" class="link" @click=${(e: Event) => remove(ctx, path, e)}>
            ${msg('Fjern filen', { id: 'attachment.remove' })}
          </button>
        </p>`
      : nothing}
  </div>`;
}

function choose(ctx: RenderContext, path: string, file: File | undefined) {
  if (!file) return;
  ctx.attach(path, file);
  ctx.announce(msg(str`Valgt fil: ${file.name} (${formatBytes(file.size)})`, { id: 'attachment.chosen.announce' }));
}

function remove(ctx: RenderContext, path: string, event: Event) {
  // The native input must forget the file too: it would show it still, and choosing the same file
  // again would fire no change.
  const input = (event.currentTarget as Element).closest('[data-path]')?.querySelector<HTMLInputElement>('input[type=file]');
  if (input) input.value = '';
  ctx.attach(path, null);
  ctx.focus(fieldId(path));
  ctx.announce(msg('Filen er fjernet', { id: 'attachment.removed' }));
}
