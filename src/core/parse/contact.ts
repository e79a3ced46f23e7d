import { fail, normalizeDigits, ok, type ParseResult } from './result.js';

/** ALL-4: a Norwegian phone number, 8 digits, optionally with +47 or 0047 in front. */
export function parsePhone(input: string): ParseResult<string | null> {
  const compact = normalizeDigits(input).replace(/[ .()-]/g, '');
  if (compact === '') return ok(null);
  const national = compact.replace(/^(\+47|0047)/, '');
  if (!/^\d{8}$/.test(national)) return fail('phone.format');
  return ok(compact.length > 8 ? `+47${national}` : national);
}

// Deliberately plain: one @, no spaces, a dot in the domain. Stricter checks reject real addresses.
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

/** ALL-4: an e-mail address. */
export function parseEmail(input: string): ParseResult<string | null> {
  const text = input.trim();
  if (text === '') return ok(null);
  return EMAIL.test(text) ? ok(text) : fail('email.format');
}
