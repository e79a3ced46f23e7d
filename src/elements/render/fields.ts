import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { ChoiceField, Field, Scope, TextField } from '../../core/definition.js';
import { codecs } from '../../core/field-types.js';
import type { Issue } from '../../core/issues.js';
import { formatNumber as formatNb } from '../../core/parse/amount.js';
import { charCount } from '../../core/parse/text.js';
import { isUnparseable } from '../../core/unparseable.js';
import { isRequired } from '../../core/walk.js';
import { t } from '../../i18n/texts.js';
import { fieldId, type RenderContext } from './context.js';
import { renderMunicipality } from './municipality.js';

/** The ids and flags a control needs so that its label, hint and messages are announced with it. */
export interface Described {
  id: string;
  describedBy: string | undefined;
  invalid: boolean;
}

const formatNumber = (n: number) => formatNb(n, 3);

export function label(field: Field, scope: Scope): string {
  const text = t(field.label);
  return isRequired(field, scope) ? text : msg(str`${text} (valgfritt)`, { id: 'field.optional' });
}

export function messages(issues: readonly Issue[] | undefined, id: string): TemplateResult | typeof nothing {
  if (!issues?.length) return nothing;
  return html`<span class="messages" id=${`${id}-msg`}>${issues.map(
    (issue) => html`<span class="message ${issue.severity}"
      ><span class="sr-only">${severityPrefix(issue)}</span>${t(issue.code, issue.params)}</span
    >`,
  )}</span>`;
}

/**
 * An amount in a cell where none may be (HTO-S7; put there by a prefill, a draft or a file): shown
 * with its error, and a button to take it away, since no input is offered to change it. The error
 * summary's link lands on that button. Focus then goes to `focusAfter`, where the amount belongs.
 */
export function strayAmount(ctx: RenderContext, field: Field, at: string, stray: unknown, focusAfter: string, labelledBy: string): TemplateResult {
  const id = fieldId(at);
  const issues = ctx.shown.get(at);
  const remove = () => {
    ctx.change(at, null);
    ctx.announce(msg('Beløpet er fjernet', { id: 'stray.removed' }));
    ctx.focus(focusAfter);
  };
  return html`<span class="stray">${shownText(ctx, field, at, stray)}</span>
    <button
      type="button"
      class="link stray-remove"
      id=${id}
      aria-labelledby=${`${id}-remove ${labelledBy}`}
      aria-describedby=${ifDefined(issues?.length ? `${id}-msg` : undefined)}
      @click=${remove}
    >
      <span id=${`${id}-remove`}>${msg('Fjern beløpet', { id: 'stray.remove' })}</span>
    </button>
    ${messages(issues, id)}`;
}

/**
 * One amount cell of a table (budget, accounts): the input is named by its headers
 * (`labelledBy`), its messages sit in the same cell, and it parses and validates as `field`.
 */
export function amountCell(ctx: RenderContext, field: Field, at: string, labelledBy: string, value: unknown): TemplateResult {
  const cellId = fieldId(at);
  const issues = ctx.shown.get(at);
  return html`<td data-path=${at}>
    ${messages(issues, cellId)}
    <input
      id=${cellId}
      class="amount"
      type="text"
      inputmode="numeric"
      aria-labelledby=${labelledBy}
      aria-describedby=${ifDefined(issues?.length ? `${cellId}-msg` : undefined)}
      aria-invalid=${issues?.some((i) => i.severity === 'error') ? 'true' : 'false'}
      .value=${live(shownText(ctx, field, at, value))}
      @input=${(e: Event) => ctx.input(field, at, (e.target as HTMLInputElement).value)}
      @blur=${() => ctx.blur(field, at)}
    />
  </td>`;
}

/** What a budget or accounts line is for: one text box per line, its issues above it. */
const lineWhatField: Field = { key: 'what', type: 'text', label: 'budget.line.what', maxLength: 200 };

export function lineWhat(ctx: RenderContext, at: string, value: unknown, placeholder?: string): TemplateResult {
  const id = fieldId(at);
  const issues = ctx.shown.get(at);
  const what = typeof value === 'string' ? value : '';
  return html`${messages(issues, id)}
    <input
      id=${id}
      type="text"
      placeholder=${ifDefined(placeholder)}
      aria-describedby=${ifDefined(issues?.length ? `${id}-msg` : undefined)}
      aria-invalid=${issues?.some((i) => i.severity === 'error') ? 'true' : 'false'}
      .value=${live(what)}
      @input=${(e: Event) => ctx.input(lineWhatField, at, (e.target as HTMLInputElement).value)}
      @blur=${() => ctx.blur(lineWhatField, at)}
    />${printCopy(what)}`;
}

/**
 * A one-line box prints only what fits in it, so a text answer comes along as text, which the
 * print styles show in the box's place (hidden on screen, and so from screen readers).
 */
export const printCopy = (text: string): TemplateResult | typeof nothing => (text ? html`<span class="print-copy">${text}</span>` : nothing);

/** GOV.UK: "Feil:" read before the message, so a screen reader user hears it is an error. */
const severityPrefix = (issue: Issue): string =>
  issue.severity === 'error'
    ? msg('Feil:', { id: 'severity.error' })
    : issue.severity === 'warning'
      ? msg('Advarsel:', { id: 'severity.warning' })
      : msg('Merk:', { id: 'severity.info' });

/** Dates always show the format they take. */
const hintKey = (field: Field): string | undefined => field.hint ?? (field.type === 'date' ? 'date.hint' : undefined);

function describe(ctx: RenderContext, field: Field, path: string, extra?: string): Described {
  const id = fieldId(path);
  const issues = ctx.shown.get(path);
  const ids = [hintKey(field) ? `${id}-hint` : '', issues?.length ? `${id}-msg` : '', extra ?? ''].filter(Boolean);
  return { id, describedBy: ids.length ? ids.join(' ') : undefined, invalid: !!issues?.some((i) => i.severity === 'error') };
}

const hint = (field: Field, id: string) => {
  const key = hintKey(field);
  return key ? html`<span class="hint" id=${`${id}-hint`}>${t(key)}</span>` : nothing;
};

/** The text an input shows: what is being typed, else the formatted model value. */
function shownText(ctx: RenderContext, field: Field, path: string, value: unknown): string {
  const typing = ctx.viewValue(path);
  if (typing !== undefined) return typing;
  if (isUnparseable(value)) return value.unparseable;
  const codec = codecs[field.type];
  if (codec) return codec.format(value);
  return typeof value === 'string' ? value : '';
}

const INPUT_TYPES: Partial<Record<Field['type'], { type: string; inputmode?: string; className?: string }>> = {
  email: { type: 'email' },
  phone: { type: 'tel', className: 'short' },
  orgnr: { type: 'text', inputmode: 'numeric', className: 'short' },
  postnr: { type: 'text', inputmode: 'numeric', className: 'short' },
  kontonr: { type: 'text', inputmode: 'numeric', className: 'short' },
  amount: { type: 'text', inputmode: 'numeric', className: 'amount' },
  integer: { type: 'text', inputmode: 'numeric', className: 'short' },
  date: { type: 'text', inputmode: 'numeric', className: 'short' },
  text: { type: 'text' },
};

function renderInput(ctx: RenderContext, field: Field, path: string, value: unknown, scope: Scope): TemplateResult {
  const counted = field.type === 'text' && counterShown(field as TextField, value);
  const d = describe(ctx, field, path, counted ? `${fieldId(path)}-count` : undefined);
  const kind = INPUT_TYPES[field.type] ?? { type: 'text' };
  const autocomplete = 'autocomplete' in field ? field.autocomplete : undefined;
  const shown = shownText(ctx, field, path, value);
  return html`<div class="field ${d.invalid ? 'invalid' : ''}" data-path=${path}>
    <label for=${d.id}>${label(field, scope)}</label>
    ${hint(field, d.id)}
    ${messages(ctx.shown.get(path), d.id)}
    <input
      id=${d.id}
      name=${path}
      type=${kind.type}
      class=${ifDefined(kind.className)}
      inputmode=${ifDefined(kind.inputmode)}
      autocomplete=${ifDefined(autocomplete)}
      spellcheck=${field.type === 'text' ? 'true' : 'false'}
      aria-describedby=${ifDefined(d.describedBy)}
      aria-invalid=${d.invalid ? 'true' : 'false'}
      .value=${live(shown)}
      @input=${(e: Event) => ctx.input(field, path, (e.target as HTMLInputElement).value)}
      @blur=${() => ctx.blur(field, path)}
    />${field.type === 'text' ? printCopy(shown) : nothing}
    ${counted ? counter(field as TextField, path, value) : nothing}
  </div>`;
}

/** ALL-5: how many characters are left, or how many too many (GOV.UK's character count). */
export function counterText(field: TextField, value: unknown): string {
  const left = field.maxLength - (typeof value === 'string' ? charCount(value) : 0);
  // One character is said in the singular: English needs its own message for it (nb and nn say "1 tegn" anyway).
  if (left === 1) return msg('Du har 1 tegn igjen', { id: 'counter.left.one' });
  if (left === -1) return msg('Du har 1 tegn for mye', { id: 'counter.over.one' });
  return left >= 0
    ? msg(str`Du har ${formatNumber(left)} tegn igjen`, { id: 'counter.left' })
    : msg(str`Du har ${formatNumber(-left)} tegn for mye`, { id: 'counter.over' });
}

/** Long answers always have a counter; short ones only near the limit. */
export function counterShown(field: TextField, value: unknown): boolean {
  return field.type === 'textarea' || (typeof value === 'string' ? charCount(value) : 0) >= field.maxLength * 0.8;
}

/** A live counter; too long is shown, never cut. */
function counter(field: TextField, path: string, value: unknown): TemplateResult {
  const length = typeof value === 'string' ? charCount(value) : 0;
  return html`<span class="counter ${length > field.maxLength ? 'over' : ''}" id=${`${fieldId(path)}-count`}>${counterText(field, value)}</span>`;
}

function renderTextarea(ctx: RenderContext, field: TextField, path: string, value: unknown, scope: Scope): TemplateResult {
  const d = describe(ctx, field, path, `${fieldId(path)}-count`);
  return html`<div class="field ${d.invalid ? 'invalid' : ''}" data-path=${path}>
    <label for=${d.id}>${label(field, scope)}</label>
    ${hint(field, d.id)} ${messages(ctx.shown.get(path), d.id)}
    <textarea
      id=${d.id}
      name=${path}
      rows=${field.rows ?? 5}
      aria-describedby=${ifDefined(d.describedBy)}
      aria-invalid=${d.invalid ? 'true' : 'false'}
      .value=${live(typeof value === 'string' ? value : '')}
      @input=${(e: Event) => ctx.input(field, path, (e.target as HTMLTextAreaElement).value)}
      @blur=${() => ctx.blur(field, path)}
    ></textarea>
    ${counter(field, path, value)}
  </div>`;
}

function renderSelect(ctx: RenderContext, field: ChoiceField, path: string, value: unknown, scope: Scope): TemplateResult {
  const d = describe(ctx, field, path);
  return html`<div class="field ${d.invalid ? 'invalid' : ''}" data-path=${path}>
    <label for=${d.id}>${label(field, scope)}</label>
    ${hint(field, d.id)} ${messages(ctx.shown.get(path), d.id)}
    <select
      id=${d.id}
      name=${path}
      aria-describedby=${ifDefined(d.describedBy)}
      aria-invalid=${d.invalid ? 'true' : 'false'}
      @change=${(e: Event) => ctx.change(path, (e.target as HTMLSelectElement).value || null)}
      @blur=${() => ctx.blur(field, path)}
    >
      <option value="" ?selected=${!value}>${msg('Velg', { id: 'select.placeholder' })}</option>
      ${field.options.map((o) => html`<option value=${o.value} ?selected=${value === o.value}>${t(o.label)}</option>`)}
    </select>
  </div>`;
}

function renderRadios(ctx: RenderContext, field: ChoiceField, path: string, value: unknown, scope: Scope): TemplateResult {
  const d = describe(ctx, field, path);
  return html`<div class="field ${d.invalid ? 'invalid' : ''}" data-path=${path}>
    <fieldset aria-describedby=${ifDefined(d.describedBy)}>
      <legend>${label(field, scope)}</legend>
      ${hint(field, d.id)} ${messages(ctx.shown.get(path), d.id)}
      <div class="choices">
        ${field.options.map((o, i) => {
          const id = i === 0 ? d.id : `${d.id}-${o.value}`;
          return html`<div class="choice">
            <input
              type="radio"
              id=${id}
              name=${path}
              value=${o.value}
              aria-describedby=${ifDefined(o.hint ? `${id}-hint` : undefined)}
              aria-invalid=${d.invalid ? 'true' : 'false'}
              .checked=${live(value === o.value)}
              @change=${() => ctx.change(path, o.value)}
              @blur=${() => ctx.blur(field, path)}
            />
            <div>
              <label for=${id}>${t(o.label)}</label>
              ${o.hint ? html`<span class="hint" id=${`${id}-hint`}>${t(o.hint)}</span>` : nothing}
            </div>
          </div>`;
        })}
      </div>
    </fieldset>
  </div>`;
}

function renderCheckbox(ctx: RenderContext, field: Field, path: string, value: unknown): TemplateResult {
  const d = describe(ctx, field, path);
  // The hint goes under the label it explains, as with radios (GOV.UK's checkboxes).
  return html`<div class="field ${d.invalid ? 'invalid' : ''}" data-path=${path}>
    ${messages(ctx.shown.get(path), d.id)}
    <div class="choice">
      <input
        type="checkbox"
        id=${d.id}
        name=${path}
        aria-describedby=${ifDefined(d.describedBy)}
        aria-invalid=${d.invalid ? 'true' : 'false'}
        .checked=${live(value === true)}
        @change=${(e: Event) => ctx.change(path, (e.target as HTMLInputElement).checked)}
        @blur=${() => ctx.blur(field, path)}
      />
      <div>
        <label for=${d.id}>${t(field.label)}</label>
        ${hint(field, d.id)}
      </div>
    </div>
  </div>`;
}

/** Scalar fields; composites (group, repeat, budget, summary, guidance) are rendered by the form. */
export function renderScalar(ctx: RenderContext, field: Field, path: string, value: unknown, scope: Scope): TemplateResult | typeof nothing {
  switch (field.type) {
    case 'textarea':
      return renderTextarea(ctx, field, path, value, scope);
    case 'select':
      return renderSelect(ctx, field, path, value, scope);
    case 'radio':
      return renderRadios(ctx, field, path, value, scope);
    case 'checkbox':
      return renderCheckbox(ctx, field, path, value);
    case 'municipality':
      return renderMunicipality(ctx, field, path, value, scope, describe(ctx, field, path));
    case 'text':
    case 'email':
    case 'phone':
    case 'orgnr':
    case 'postnr':
    case 'kontonr':
    case 'amount':
    case 'integer':
    case 'date':
      return renderInput(ctx, field, path, value, scope);
    default:
      return nothing;
  }
}

export { describe, hint, shownText };
