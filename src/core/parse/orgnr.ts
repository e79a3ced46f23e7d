import { hasValidMod11 } from './mod11.js';
import { fail, normalizeDigits, ok, type ParseResult } from './result.js';

const ORGNR_WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2] as const;

/**
 * ALL-2: organisasjonsnummer, 9 digits with a MOD11 check digit. Spaces are allowed in input.
 * Brønnøysund only hands out numbers starting with 8 or 9, which also rules out `000000000`
 * (its check digit happens to be valid).
 */
export function parseOrgnr(input: string): ParseResult<string | null> {
  const digits = normalizeDigits(input).replace(/[ .]/g, '');
  if (digits === '') return ok(null);
  if (!/^\d{9}$/.test(digits)) return fail('orgnr.format');
  if (!/^[89]/.test(digits) || !hasValidMod11(digits, ORGNR_WEIGHTS)) return fail('orgnr.checksum');
  return ok(digits);
}

/** `988077917` → `988 077 917`. */
export const formatOrgnr = (value: string): string =>
  /^\d{9}$/.test(value) ? `${value.slice(0, 3)} ${value.slice(3, 6)} ${value.slice(6)}` : value;
