import { fail, normalizeDigits, ok, type ParseResult } from './result.js';

/** A count or a year: digits, optionally grouped by spaces (`1 200`). Never money, so no `kr`. */
export function parseInteger(input: string): ParseResult<number | null> {
  const text = normalizeDigits(input);
  if (text === '') return ok(null);
  if (/^[-\u2212]\s*\d/.test(text)) return fail('integer.negative');
  if (!/^(\d+|\d{1,3}( \d{3})+)$/.test(text)) return fail('integer.invalid');
  const value = Number(text.replace(/ /g, ''));
  return Number.isSafeInteger(value) ? ok(value) : fail('integer.invalid');
}
