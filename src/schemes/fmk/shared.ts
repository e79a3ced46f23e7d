import type { Option, Section } from '../../core/index.js';
import { isIsoDate, todayIso } from '../../core/parse/date.js';
import { contactGroup } from '../common.js';

/** What the FMK forms share: who may apply (and so complain), and dates. */

/** FMK-S1 (§2, §6): the national service environment in one of the four regions, or SKDE. */
export const UNITS: readonly Option[] = [
  { value: 'helse-nord', label: 'fmk.unit.helse-nord' },
  { value: 'helse-midt-norge', label: 'fmk.unit.helse-midt-norge' },
  { value: 'helse-vest', label: 'fmk.unit.helse-vest' },
  { value: 'helse-sor-ost', label: 'fmk.unit.helse-sor-ost' },
  { value: 'skde', label: 'fmk.unit.skde' },
];

/** The unit question's label and required error: the application's by default; other forms ask it their own way. */
export interface UnitTexts {
  label: string;
  requiredKey: string;
}

/** §6 a: name and contact details of the applicant. The complaint asks the same of the complainant. */
export function unitSection(id: string, key: string, title: string, intro: string, rule: string, unit: UnitTexts = { label: 'fmk.unit', requiredKey: 'fmk.unit.required' }): Section {
  return {
    id,
    key,
    title,
    intro,
    rule,
    fields: [
      { key: 'unit', type: 'radio', label: unit.label, requiredKey: unit.requiredKey, rule: 'FMK-S1', required: true, options: UNITS },
      { key: 'orgnr', type: 'orgnr', label: 'field.orgnr', hint: 'field.orgnr.hint', required: true },
      contactGroup,
    ],
  };
}

/** `today` from configuration (tests, previews) when it is a real date, else today's date in Norway. */
export const today = (configured: string | undefined): string => (isIsoDate(configured) ? configured : todayIso());

/** An ISO date plus whole days, in the calendar (no time zone can shift it). */
export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d + days));
  return date.toISOString().slice(0, 10);
}
