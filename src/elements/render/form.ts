import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Data, Field, FieldsetField, GuidanceField, RepeatField, Scope, Section } from '../../core/definition.js';
import { asRecord, joinPath } from '../../core/path.js';
import { isVisible, sectionBase } from '../../core/walk.js';
import { inSentence, t } from '../../i18n/texts.js';
import { renderBudget } from './budget.js';
import { fieldId, sectionId, type RenderContext } from './context.js';
import { rendererFor } from './extensions.js';
import { label, messages, renderScalar } from './fields.js';
import { renderSummary } from './summary.js';

export function renderSection(ctx: RenderContext, section: Section): TemplateResult | typeof nothing {
  const data = ctx.model.data;
  if (!isVisible(section.when, { data, parent: data })) return nothing;
  const base = sectionBase(section, data);
  const id = sectionId(section.id);
  return html`<section id=${id} aria-labelledby=${`${id}-h`}>
    <h2 id=${`${id}-h`} tabindex="-1">${t(section.title)}</h2>
    ${section.intro ? html`<p class="intro">${t(section.intro)}</p>` : nothing}
    ${renderFields(ctx, section.fields, base.value, base.path)}
  </section>`;
}

function renderFields(ctx: RenderContext, fields: readonly Field[], parent: Data, basePath: string): unknown[] {
  const scope: Scope = { data: ctx.model.data, parent };
  return fields.map((field) =>
    !isVisible(field.when, scope)
      ? nothing
      : field.type === 'fieldset'
        ? renderFieldset(ctx, field, parent, basePath)
        : renderField(ctx, field, parent, joinPath(basePath, field.key), scope),
  );
}

/**
 * A question answered by several fields (checkboxes): its legend asks it, its fields keep their data paths.
 * An issue on the question's own path ("choose at least one") is the whole group's: shown under its
 * hint and in its description, as a radio group's, so no one box is singled out (WCAG 1.3.1).
 */
function renderFieldset(ctx: RenderContext, field: FieldsetField, parent: Data, basePath: string): TemplateResult {
  const id = fieldId(joinPath(basePath, field.key));
  const issues = ctx.shown.get(joinPath(basePath, field.key));
  const describedBy = [field.hint ? `${id}-hint` : '', issues?.length ? `${id}-msg` : ''].filter(Boolean).join(' ');
  const invalid = !!issues?.some((issue) => issue.severity === 'error');
  return html`<fieldset class="question ${invalid ? 'invalid' : ''}" id=${id} aria-describedby=${ifDefined(describedBy || undefined)}>
    <legend>${t(field.label)}</legend>
    ${field.hint ? html`<span class="hint" id=${`${id}-hint`}>${t(field.hint)}</span>` : nothing}
    ${messages(issues, id)}
    ${renderFields(ctx, field.fields, parent, basePath)}
  </fieldset>`;
}

function renderField(ctx: RenderContext, field: Field, parent: Data, path: string, scope: Scope): unknown {
  const value = parent[field.key];
  switch (field.type) {
    case 'group':
      return html`<fieldset class="group field" data-path=${path}>
        <legend><h3>${t(field.label)}</h3></legend>
        ${renderFields(ctx, field.fields, asRecord(value), path)}
      </fieldset>`;
    case 'repeat':
      return renderRepeat(ctx, field, path, value, scope);
    case 'budget':
      return renderBudget(ctx, field, path, value);
    case 'accounts':
    case 'attachment': {
      const render = rendererFor(field);
      if (render) return render(ctx, field, path, value, scope);
      console.error(`tilskuddsskjema: the field type "${field.type}" needs its renderer: import 'src/elements/render/report-fields.js'`);
      return nothing;
    }
    case 'summary':
      return renderSummary(ctx, field, path);
    case 'guidance':
      return renderGuidance(ctx, field);
    default:
      return renderScalar(ctx, field, path, value, scope);
  }
}

function renderRepeat(ctx: RenderContext, field: RepeatField, path: string, value: unknown, scope: Scope): TemplateResult {
  const items = Array.isArray(value) ? value : [];
  const id = fieldId(path);
  const canAdd = field.maxItems === undefined || items.length < field.maxItems;
  const shown = ctx.shown.get(path);
  return html`<div class="field repeat" data-path=${path}>
    <span class="label sr-only" id=${id} tabindex="-1">${label(field, scope)}</span>
    ${messages(shown, id)}
    ${items.map((item, i) => {
      const itemPath = joinPath(path, i);
      const name = t(field.itemLabel, { n: i + 1 });
      return html`<fieldset class="repeat-item" data-path=${itemPath}>
          <legend>${name}</legend>
          ${renderFields(ctx, field.fields, asRecord(item), itemPath)}
        </fieldset>
        <div class="repeat-actions">
          <button type="button" class="link" @click=${() => remove(ctx, path, i, name)}>
            ${msg(str`Fjern ${inSentence(name)}`, { id: 'repeat.remove' })}
          </button>
        </div>`;
    })}
    ${canAdd
      ? html`<button type="button" id=${`${id}-add`} aria-describedby=${ifDefined(shown?.length ? `${id}-msg` : undefined)} @click=${() => add(ctx, field, path)}>${t(field.addLabel)}</button>`
      : nothing}
  </div>`;
}

function add(ctx: RenderContext, field: RepeatField, path: string) {
  const index = ctx.addItem(path);
  // The first field's id is its input (or a radio group's first option).
  const first = field.fields[0];
  if (first) ctx.focus(fieldId(joinPath(joinPath(path, index), first.key)));
  ctx.announce(msg(str`${t(field.itemLabel, { n: index + 1 })} er lagt til`, { id: 'repeat.added' }));
}

function remove(ctx: RenderContext, path: string, index: number, name: string) {
  ctx.removeItem(path, index);
  ctx.focus(`${fieldId(path)}-add`);
  ctx.announce(msg(str`${name} er fjernet`, { id: 'repeat.removed' }));
}

/** HTO-S10 and the like: the assessment criteria, each linking to the sections that answer it. */
function renderGuidance(ctx: RenderContext, field: GuidanceField): TemplateResult {
  const sections = new Map(ctx.model.definition.sections.map((s) => [s.id, s]));
  return html`<details class="guidance">
    <summary>${msg('Vis kriteriene og vektingen', { id: 'guidance.show' })}</summary>
    ${field.groups.map(
      (group) => html`<div class="guidance-group">
        <h3>${msg(str`${t(group.label)} (${group.weight} %)`, { id: 'guidance.group' })}</h3>
        <ul>
          ${group.items.map(
            (item) => html`<li>
              <strong>${t(item.label)}.</strong> ${t(item.text)}
              ${msg('Svar under:', { id: 'guidance.answers' })}
              ${item.sections.map((s, i) => {
                const section = sections.get(s);
                return section
                  ? html`${i ? ', ' : ''}<a href=${`#${sectionId(s)}`} @click=${(e: Event) => {
                      e.preventDefault();
                      ctx.goToSection(s);
                    }}>${t(section.title)}</a>`
                  : nothing;
              })}
            </li>`,
          )}
        </ul>
      </div>`,
    )}
  </details>`;
}
