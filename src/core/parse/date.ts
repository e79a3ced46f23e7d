import { fail, normalizeDigits, ok, type ParseResult } from './result.js';

/**
 * ALL-6: dates are `YYYY-MM-DD` in JSON. Input takes the Norwegian `21.11.2026` (also with `/` or
 * `-`, and one-digit day and month) or ISO `2026-11-21`.
 */
export function parseDate(input: string): ParseResult<string | null> {
  const text = normalizeDigits(input).replace(/\s/g, '');
  if (text === '') return ok(null);
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  let year: number, month: number, day: number;
  if (m) [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else {
    m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(text);
    if (!m) return fail('date.format');
    [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  }
  if (!isRealDate(year, month, day)) return fail('date.invalid');
  return ok(toIsoDate(year, month, day));
}

export function isRealDate(year: number, month: number, day: number): boolean {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const toIsoDate = (year: number, month: number, day: number) => `${pad(year, 4)}-${pad(month)}-${pad(day)}`;

export const isIsoDate = (value: unknown): value is string =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && parseDate(value).ok;

/** `2026-11-21` → `21.11.2026`. */
export function formatDate(value: string | null | undefined): string {
  const m = value ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  return m ? `${m[3]}.${m[2]}.${m[1]}` : (value ?? '');
}

/** Today's date as `YYYY-MM-DD` in local time. */
export function todayIso(now = new Date()): string {
  return toIsoDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
