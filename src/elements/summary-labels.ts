import { msg, str } from '@lit/localize';
import type { AccountsField, BudgetField, Field, FormDefinition, Section } from '../core/definition.js';
import type { Issue } from '../core/issues.js';
import { isUnder } from '../core/path.js';
import { getLocale } from '../i18n/localize.js';
import { inSentence, t } from '../i18n/texts.js';
import type { ErrorSummaryItem } from './tilskudd-feiloppsummering.js';
import { fieldId } from './render/context.js';

/**
 * The engine's messages that say what is wrong but not which field ("Svaret kan ha høyst 4000
 * tegn"): in the error summary they need the field's label. The rest name their field, through
 * the `field` parameter in their text or (a scheme's own keys) by being written for it.
 */
const UNNAMED: ReadonlySet<string> = new Set([
  'text.tooLong',
  'amount.invalid',
  'amount.decimals',
  'amount.negative',
  'amount.tooLarge',
  'date.format',
  'date.invalid',
  'choice.invalid',
  'confirm.required',
  'repeat.required',
  'repeat.tooMany',
  'value.type',
  'value.notCanonical',
  'integer.invalid',
  'integer.negative',
  'integer.range',
  'attachment.invalid',
  'attachment.type',
  'attachment.tooLarge',
  'attachment.empty',
]);

/** Where an issue's path leads: its field, the repeat rows and group around it, and a budget cell's place. */
interface Place {
  section: Section;
  field: Field;
  /** Each enclosing repeat with the row's index, outermost first. */
  rows: { field: Field & { itemLabel: string }; index: number }[];
  /** The nearest group around the field, if any (its legend names what it is part of). */
  group?: Field;
  /** Inside a budget or accounts table: the rest of the path (`element.column`, `element.lines.i.column`, `row.column.actual`, `i.budget`). */
  budget?: string[];
}

function locate(definition: FormDefinition<any>, path: string): Place | undefined {
  for (const section of definition.sections) {
    const base = section.key ?? '';
    if (base && !isUnder(path, base)) continue;
    const rest = base ? path.slice(base.length + 1) : path;
    const found = rest ? within(section, section.fields, rest.split('.'), [], undefined) : undefined;
    if (found) return found;
  }
  return undefined;
}

function within(section: Section, fields: readonly Field[], segs: string[], rows: Place['rows'], group: Field | undefined): Place | undefined {
  for (const field of fields) {
    if (field.type === 'fieldset') {
      const found = within(section, field.fields, segs, rows, group);
      if (found) return found;
      continue;
    }
    if (field.key !== segs[0]) continue;
    const rest = segs.slice(1);
    if (field.type === 'group' && rest.length) return within(section, field.fields, rest, rows, field);
    if (field.type === 'repeat' && rest.length) {
      const index = Number(rest[0]);
      if (!Number.isInteger(index)) return undefined;
      const inner = [...rows, { field, index }];
      // An issue on a row itself: the row names it.
      return rest.length === 1 ? { section, field, rows: inner, group } : within(section, field.fields, rest.slice(1), inner, group);
    }
    return { section, field, rows, group, ...((field.type === 'budget' || field.type === 'accounts') && rest.length ? { budget: rest } : {}) };
  }
  return undefined;
}

/** Label texts that more than one field in the form carries ("Dato"): such a label alone does not say which field. */
const shared = new WeakMap<FormDefinition<any>, { locale: string; labels: Set<string> }>();
function sharedLabels(definition: FormDefinition<any>): Set<string> {
  const locale = getLocale();
  const cached = shared.get(definition);
  if (cached?.locale === locale) return cached.labels;
  const seen = new Set<string>();
  const labels = new Set<string>();
  const visit = (fields: readonly Field[]) => {
    // Alternatives under one key (one shown at a time, by `when`) are one field.
    const keys = new Set<string>();
    for (const field of fields) {
      // Leaf fields only: a list's or group's label is its heading, not a field's name.
      if (!('fields' in field) && field.label && !keys.has(field.key)) {
        keys.add(field.key);
        const text = t(field.label).toLocaleLowerCase();
        if (seen.has(text)) labels.add(text);
        seen.add(text);
      }
      if (field.type === 'group' || field.type === 'fieldset' || field.type === 'repeat') visit(field.fields);
    }
  };
  for (const section of definition.sections) visit(section.fields);
  shared.set(definition, { locale, labels });
  return labels;
}

/** What a budget cell is: its cost element (and line), then its column. */
function budgetWhere(field: BudgetField, rest: string[]): string[] {
  const element = field.elements.find((e) => e.key === rest[0]);
  if (!element) return [t(field.label)];
  const parts = [t(element.label)];
  let column = rest[1];
  if (rest[1] === 'lines' && rest[2] !== undefined) {
    const n = Number(rest[2]) + 1;
    parts.push(msg(str`linje ${n}`, { id: 'summary.budgetLine' }));
    column = rest[3];
  }
  const col = field.columns.find((c) => c.key === column);
  if (col) parts.push(t(col.label));
  return parts;
}

/** What an accounts cell is: its row (or line), its column, and budget or actual. */
function accountsWhere(field: AccountsField, rest: string[]): string[] {
  const row = field.rows?.find((r) => r.key === rest[0]);
  const parts = [row ? t(row.label) : field.rows ? t(field.label) : t(field.lineLabel ?? 'accounts.line', { n: Number(rest[0]) + 1 })];
  const column = field.columns?.find((c) => c.key === rest[1]);
  if (column) parts.push(t(column.label));
  const side = rest[column ? 2 : 1];
  if (side === 'budget') parts.push(msg('Budsjett', { id: 'accounts.budget' }));
  if (side === 'actual') parts.push(msg('Regnskap', { id: 'accounts.actual' }));
  return parts;
}

/**
 * An error summary link's text: the message, led by what it is about when the message alone does
 * not say (WCAG 2.4.4): the repeat row as its legend names it ("Mål 2"), the field's label when the
 * message does not name the field, and the section (or group) when the label is one other fields
 * share. "Mål 2: Skriv inn mål", "Mål 2, indikatorer: Svaret kan ha høyst 1000 tegn …".
 */
export function summaryText(definition: FormDefinition<any>, issue: Issue): string {
  const message = t(issue.code, issue.params);
  const place = locate(definition, issue.path);
  if (!place) return message;
  const { field, rows } = place;
  const parts = rows.map((row) => t(row.field.itemLabel, { n: row.index + 1 }));
  const onRow = rows.at(-1)?.field === field;
  if (place.budget && field.type === 'budget') parts.push(...budgetWhere(field, place.budget));
  else if (place.budget && field.type === 'accounts') parts.push(...accountsWhere(field, place.budget));
  else if (!onRow && UNNAMED.has(issue.code)) parts.push(t(field.label));
  if (!rows.length && !place.budget && !('fields' in field) && sharedLabels(definition).has(t(field.label).toLocaleLowerCase()))
    parts.unshift(t(place.group?.label ?? place.section.title));
  if (!parts.length) return message;
  const where = parts.map((part, i) => (i ? inSentence(part) : part)).join(', ');
  return msg(str`${where}: ${message}`, { id: 'summary.item' });
}

/** The summary's items for these errors: each links to its field and says which one it is. */
export const summaryItems = (definition: FormDefinition<any>, errors: readonly Issue[]): ErrorSummaryItem[] =>
  errors.map((issue) => ({ target: fieldId(issue.path), text: summaryText(definition, issue) }));
