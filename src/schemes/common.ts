import type { CrossRule, Field, GroupField, Scope } from '../core/index.js';
import { getIn, isIsoDate, resolveToday } from '../core/index.js';

/** Fields every scheme asks the same way; each scheme keeps its own sections around them. */

/** An amount of 0 kr where only more makes sense (a grant asked for, a grant received): a slip, or the wrong field. */
export const notZero = (path: string, rule: string, code: string): CrossRule<unknown> => ({
  id: rule,
  watch: [path],
  check: (data) => (getIn(data, path) === 0 ? [{ path, rule, severity: 'error', code }] : []),
});

/**
 * A date signed or confirmed on the day it is sent or before (2062 for 2026 is a slip). `today`:
 * the config's (previews, tests; the Node entry's is the day of `submittedAt`), else the clock's.
 */
export const notAfterToday = (path: string, rule: string, code: string, config: { today?: string }): CrossRule<unknown> => ({
  id: rule,
  watch: [path],
  check: (data) => {
    const date = getIn(data, path);
    return isIsoDate(date) && date > resolveToday(config.today) ? [{ path, rule, severity: 'error', code }] : [];
  },
});

/** ALL-4: the contact person, with e-mail and phone. */
export const contactGroup: GroupField = {
  key: 'contact',
  type: 'group',
  label: 'field.contact',
  fields: [
    { key: 'name', type: 'text', label: 'field.contact.name', maxLength: 200, required: true, autocomplete: 'name' },
    { key: 'role', type: 'text', label: 'field.contact.role', maxLength: 200, required: true, autocomplete: 'organization-title' },
    { key: 'email', type: 'email', label: 'field.email', required: true, autocomplete: 'email' },
    { key: 'phone', type: 'phone', label: 'field.phone', hint: 'field.phone.hint', required: true, autocomplete: 'tel' },
  ],
};

/**
 * The required message for a label that is a clause or has its own determiner ("Hva kostnaden
 * gjelder", "Navnet ditt"): English then puts no "the" before it ("Enter what the cost is for").
 */
export const CLAUSE = 'text.required.clause';

/** The object holding the field says it is a municipality (applicants, partners). */
export const isMunicipality = ({ parent }: Pick<Scope, 'parent'>): boolean => parent.kind === 'municipality';

/** A required free-text answer; `extra` overrides any property (hint, rows, required, when). */
export const answer = (key: string, label: string, maxLength: number, rows: number, extra: Partial<Field> = {}): Field =>
  ({ key, type: 'textarea', label, maxLength, rows, required: true, ...extra }) as Field;
