import { hasValidMod11 } from './mod11.js';
import { fail, normalizeDigits, ok, type ParseResult } from './result.js';

const KONTONR_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2] as const;

/** ALL-3: kontonummer, 11 digits with a MOD11 check digit. Dots and spaces are allowed in input. */
export function parseKontonr(input: string): ParseResult<string | null> {
  const digits = normalizeDigits(input).replace(/[ .]/g, '');
  if (digits === '') return ok(null);
  if (!/^\d{11}$/.test(digits)) return fail('kontonr.format');
  if (/^0+$/.test(digits) || !hasValidMod11(digits, KONTONR_WEIGHTS)) return fail('kontonr.checksum');
  return ok(digits);
}

/** `12345678903` → `1234 56 78903`, grouped as banks print it and as the field's hint shows it. */
export const formatKontonr = (value: string): string =>
  /^\d{11}$/.test(value) ? `${value.slice(0, 4)} ${value.slice(4, 6)} ${value.slice(6)}` : value;
