import { fail, normalizeDigits, ok, type ParseResult } from './result.js';

/** HTO-S1, the applicant's address. Postnummer: 4 digits (`0150`), kept as text for the leading zero. Spaces are allowed in input. */
export function parsePostnr(input: string): ParseResult<string | null> {
  const digits = normalizeDigits(input).replace(/ /g, '');
  if (digits === '') return ok(null);
  return /^\d{4}$/.test(digits) ? ok(digits) : fail('postnr.format');
}
