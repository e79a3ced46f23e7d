import { fail, normalizeDigits, ok, type ParseResult } from './result.js';

/** ALL-4: a Norwegian phone number, 8 digits, optionally with +47 or 0047 in front. */
export function parsePhone(input: string): ParseResult<string | null> {
  const compact = normalizeDigits(input).replace(/[ .()-]/g, '');
  if (compact === '') return ok(null);
  const national = compact.replace(/^(\+47|0047)/, '');
  if (!/^\d{8}$/.test(national)) return fail('phone.format');
  return ok(compact.length > 8 ? `+47${national}` : national);
}

/**
 * `91234567` → `912 34 567` (mobile numbers, 4 and 9), `22123456` → `22 12 34 56` (others), as
 * Norwegian numbers are written; `+47` stays in front.
 */
export function formatPhone(value: string): string {
  const m = /^(\+47)?(\d{8})$/.exec(value);
  if (!m) return value;
  const d = m[2]!;
  const national = /^[49]/.test(d) ? `${d.slice(0, 3)} ${d.slice(3, 5)} ${d.slice(5)}` : d.replace(/(\d{2})(?=\d)/g, '$1 ');
  return m[1] ? `+47 ${national}` : national;
}

// Deliberately plain: one @, no spaces, a dot in the domain. Stricter checks reject real addresses.
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

/** ALL-4: an e-mail address. */
export function parseEmail(input: string): ParseResult<string | null> {
  const text = input.trim();
  if (text === '') return ok(null);
  return EMAIL.test(text) ? ok(text) : fail('email.format');
}
