import { fail, normalizeDigits, ok, type ParseResult } from './result.js';

/**
 * The largest amount a cell takes: 10 milliarder kr, far past any grant, and low enough that the
 * most cells form data may hold (core/limits.ts) still sum exactly (Number.MAX_SAFE_INTEGER).
 */
export const MAX_AMOUNT = 10_000_000_000;

/** Digits, optionally grouped in threes by spaces or dots. */
const WHOLE = /^(\d+|\d{1,3}([ .]\d{3})+)$/;

/**
 * ALL-1: amounts are whole kroner. Accepts what people type — `1 000 000`, `1.000.000`,
 * `kr 1 000 000,-`, `NOK 1000`, `1000,00`, spaces of every kind, full-width digits — and returns an integer.
 */
export function parseAmount(input: string): ParseResult<number | null> {
  let text = normalizeDigits(input).toLowerCase();
  if (text === '') return ok(null);
  // `,–` and `,—`: word processors turn the hyphen of `,-` into a dash.
  text = text.replace(/^(kr\.?|nok)\s*/, '').replace(/\s*(kr\.?|nok)$/, '').replace(/,[-\u2013\u2014]$/, '').trim();
  const negative = /^[-\u2212]/.test(text);
  if (negative) text = text.slice(1).trim();
  // Zero øre written out (`1 000,00`) is still whole kroner; other øre are not.
  text = text.replace(/[,.]0{1,2}$/, '');
  const withOre = /^(.+)[,.]\d{1,2}$/.exec(text);
  if (withOre && WHOLE.test(withOre[1]!)) return fail('amount.decimals');
  if (!WHOLE.test(text)) return fail('amount.invalid');
  const digits = text.replace(/[ .]/g, '');
  const value = Number(digits);
  if (!Number.isSafeInteger(value) || value > MAX_AMOUNT) return fail('amount.tooLarge');
  if (negative && value !== 0) return fail('amount.negative');
  return ok(value);
}

const MINUS = '\u2212';
const GROUP = '\u00a0';

/**
 * Rounds half away from zero on the number's shortest decimal form (`0.15` → `0.2`), as Intl does;
 * `toFixed` would round the binary value (`0.1499…` → `0.1`).
 */
function rounded(abs: number, decimals: number): string {
  const text = String(abs);
  if (text.includes('e')) return abs.toFixed(decimals);
  const [whole, fraction = ''] = text.split('.') as [string, string?];
  if (fraction.length <= decimals) return text;
  let digits = whole + fraction.slice(0, decimals);
  if (fraction.charCodeAt(decimals) >= 53 /* '5' */) digits = (BigInt(digits) + 1n).toString().padStart(digits.length, '0');
  const split = digits.length - decimals;
  return decimals ? `${digits.slice(0, split)}.${digits.slice(split)}` : digits;
}

/**
 * A number as `Intl.NumberFormat('nb-NO')` writes it (`1 234 567,8`, `−5 000`, `+12`), done by hand:
 * creating the first `Intl.NumberFormat` loads ICU's locale data, about 10 ms of the form's start.
 */
export function formatNumber(value: number, maxDecimals = 0, sign: 'auto' | 'exceptZero' = 'auto'): string {
  if (!Number.isFinite(value)) return '';
  const abs = Math.abs(value);
  if (abs >= 1e21) return new Intl.NumberFormat('nb-NO', { maximumFractionDigits: maxDecimals, signDisplay: sign }).format(value);
  let [whole, fraction = ''] = rounded(abs, maxDecimals).split('.') as [string, string?];
  fraction = fraction.replace(/0+$/, '');
  if (whole.length > 3) whole = whole.replace(/\B(?=(\d{3})+$)/g, GROUP);
  const digits = fraction ? `${whole},${fraction}` : whole;
  const zero = !/[1-9]/.test(digits);
  const negative = value < 0 || Object.is(value, -0);
  if (sign === 'exceptZero') return zero ? digits : `${negative ? MINUS : '+'}${digits}`;
  return negative ? `${MINUS}${digits}` : digits;
}

/** `1000000` → `1 000 000` (nb-NO grouping, with the non-breaking space Intl gives). */
export function formatAmount(value: number | null | undefined): string {
  return value == null || !Number.isFinite(value) ? '' : formatNumber(value);
}

/** `1000000` → `1 000 000 kr`. */
export function formatKroner(value: number | null | undefined): string {
  return value == null ? '' : `${formatAmount(value)}\u00a0kr`;
}

export function formatPercent(value: number | null | undefined): string {
  return value == null || !Number.isFinite(value) ? '–' : `${formatNumber(value, 1)}\u00a0%`;
}
