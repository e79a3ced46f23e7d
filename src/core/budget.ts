import type { BudgetField } from './definition.js';
import { asNumber, asRecord, isRecord } from './path.js';

export interface BudgetSums {
  /** Per cost element, per column, in whole kroner. */
  elements: Record<string, Record<string, number>>;
  /** Per column over all elements. */
  columns: Record<string, number>;
  total: number;
}

/** Sums a budget value: an element with lines is the sum of its lines, otherwise its own cells. */
export function sumBudget(field: BudgetField, value: unknown): BudgetSums {
  const budget = asRecord(value);
  const columns: Record<string, number> = Object.fromEntries(field.columns.map((c) => [c.key, 0]));
  const elements: BudgetSums['elements'] = {};
  let total = 0;
  for (const element of field.elements) {
    const row = asRecord(budget[element.key]);
    const lines = Array.isArray(row.lines) && row.lines.length ? row.lines.filter(isRecord) : [row];
    const sums: Record<string, number> = {};
    for (const column of field.columns) {
      const sum = lines.reduce((acc, line) => acc + asNumber(line[column.key]), 0);
      sums[column.key] = sum;
      columns[column.key]! += sum;
      total += sum;
    }
    elements[element.key] = sums;
  }
  return { elements, columns, total };
}

/** `part` of `whole` in per cent with one decimal; null when there is no whole to share. */
export function share(part: number, whole: number): number | null {
  // Multiplied before dividing, so an exact half (201 000 of 400 000: 50,25 %) rounds up, not down.
  return whole > 0 ? Math.round((part * 1000) / whole) / 10 : null;
}

/** Whether any item of a repeat has a number at `key`, 0 included: a sum of 0 then is an answer, not an empty start. */
export const anyEntered = (items: unknown, key: string): boolean =>
  Array.isArray(items) && items.some((item) => isRecord(item) && typeof item[key] === 'number');

/** Sums one numeric key over the items of a repeat. */
export const sumItems = (items: unknown, key: string): number =>
  Array.isArray(items) ? items.reduce((acc: number, item) => acc + (isRecord(item) ? asNumber(item[key]) : 0), 0) : 0;
