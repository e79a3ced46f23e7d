import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { Field, Scope } from '../../core/definition.js';
import { searchMunicipalities } from '../../core/municipalities.js';
import type { RenderContext } from './context.js';
import { hint, label, messages, shownText, type Described } from './fields.js';

const LIMIT = 8;

/**
 * The ARIA 1.2 combobox with a list box: type a name (any official form) or a number, pick with
 * arrow keys and Enter, or click. Escape closes the list; what was typed stays.
 */
export function renderMunicipality(ctx: RenderContext, field: Field, path: string, value: unknown, scope: Scope, d: Described): TemplateResult {
  const state = ctx.combobox(path);
  const text = shownText(ctx, field, path, value);
  const typing = ctx.viewValue(path) !== undefined;
  const options = state.open ? searchMunicipalities(typing ? text : '', LIMIT) : [];
  const listId = `${d.id}-list`;
  const optionId = (i: number) => `${d.id}-opt-${i}`;
  const active = Math.min(state.active, options.length - 1);

  const pick = (number: string) => {
    state.open = false;
    ctx.change(path, number);
  };
  const onKeydown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      state.active = state.open ? Math.max(0, Math.min(LIMIT - 1, active + step)) : 0;
      state.open = true;
      ctx.refresh();
      void reveal(e.target as HTMLInputElement);
    } else if (e.key === 'Enter' && state.open && options[active]) {
      e.preventDefault();
      pick(options[active]!.number);
    } else if (e.key === 'Enter' && typing) {
      // A name typed but not picked: Enter shows the choices rather than sending the whole form.
      e.preventDefault();
      state.open = true;
      state.active = 0;
      ctx.refresh();
      void reveal(e.target as HTMLInputElement);
    } else if (e.key === 'Escape' && state.open) {
      e.preventDefault();
      state.open = false;
      ctx.refresh();
    }
  };

  return html`<div class="field combobox ${d.invalid ? 'invalid' : ''}" data-path=${path}>
    <label for=${d.id}>${label(field, scope)}</label>
    ${hint(field, d.id)} ${messages(ctx.shown.get(path), d.id)}
    <div class="combobox-wrap">
      <input
        id=${d.id}
        name=${path}
        type="text"
        role="combobox"
        autocomplete="off"
        spellcheck="false"
        aria-autocomplete="list"
        aria-expanded=${state.open && options.length ? 'true' : 'false'}
        aria-controls=${listId}
        aria-activedescendant=${ifDefined(state.open && options[active] ? optionId(active) : undefined)}
        aria-describedby=${ifDefined(d.describedBy)}
        aria-invalid=${d.invalid ? 'true' : 'false'}
        .value=${live(text)}
        @input=${(e: Event) => {
          const typed = (e.target as HTMLInputElement).value;
          state.open = true;
          state.active = 0;
          ctx.input(field, path, typed);
          // The list closing is silent to a screen reader: say once that nothing matches.
          const none = !!typed.trim() && !searchMunicipalities(typed, 1).length;
          if (none && !state.none) ctx.announce(noMatch(typed));
          state.none = none;
        }}
        @keydown=${onKeydown}
        @blur=${() => {
          state.open = false;
          ctx.blur(field, path);
        }}
      />
      <ul id=${listId} role="listbox" aria-label=${t_results()} ?hidden=${!state.open || !options.length}>
        ${options.map(
          (m, i) => html`<li
            id=${optionId(i)}
            role="option"
            aria-selected=${i === active ? 'true' : 'false'}
            @mousedown=${(e: Event) => e.preventDefault()}
            @click=${() => pick(m.number)}
          >
            ${m.name} <span class="muted">${m.number} · ${m.county}</span>
          </li>`,
        )}
      </ul>
      ${state.open && typing && text.trim() && !options.length
        ? html`<span class="message info">${noMatch(text)}</span>`
        : nothing}
    </div>
  </div>`;
}

/**
 * Scrolls the option the keys are on into view once rendered (WCAG 2.4.7, 2.4.11): the list's own
 * scroll and the page's, which the arrow keys (kept for the list) no longer scroll.
 */
async function reveal(input: HTMLInputElement): Promise<void> {
  const root = input.getRootNode() as Document | ShadowRoot;
  await ((root as ShadowRoot).host as { updateComplete?: Promise<unknown> } | undefined)?.updateComplete;
  // The list is the input's sibling; its option marked selected is the active descendant.
  input.parentElement?.querySelector('[role="listbox"] [aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
}

const noMatch = (text: string) => msg(str`Ingen kommuner passer med «${text}»`, { id: 'municipality.none' });
const t_results = () => msg('Kommuner', { id: 'municipality.results' });
