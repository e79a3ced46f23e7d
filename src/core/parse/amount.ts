import { fail, normalizeDigits, ok, type ParseResult } from './result.js';

/** Digits, optionally grouped in threes by spaces or dots. */
const WHOLE = /^(\d+|\d{1,3}([ .]\d{3})+)$/;

/**
 * ALL-1: amounts are whole kroner. Accepts what people type — `1 000 000`, `1.000.000`,
 * `kr 1 000 000,-`, `1000,00`, spaces of every kind, full-width digits — and returns an integer.
 */
export function parseAmount(input: string): ParseResult<number | null> {
  let text = normalizeDigits(input).toLowerCase();
  if (text === '') return ok(null);
  text = text.replace(/^kr\.?\s*/, '').replace(/\s*(kr\.?|nok)$/, '').replace(/,-$/, '').trim();
  const negative = /^[-\u2212]/.test(text);
  if (negative) text = text.slice(1).trim();
  // Zero øre written out (`1 000,00`) is still whole kroner; other øre are not.
  text = text.replace(/[,.]0{1,2}$/, '');
  const withOre = /^(.+)[,.]\d{1,2}$/.exec(text);
  if (withOre && WHOLE.test(withOre[1]!)) return fail('amount.decimals');
  if (!WHOLE.test(text)) return fail('amount.invalid');
  const digits = text.replace(/[ .]/g, '');
  const value = Number(digits);
  if (!Number.isSafeInteger(value)) return fail('amount.tooLarge');
  if (negative && value !== 0) return fail('amount.negative');
  return ok(value);
}

const grouping = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 0 });

/** `1000000` → `1 000 000` (nb-NO grouping, with the non-breaking space Intl gives). */
export function formatAmount(value: number | null | undefined): string {
  return value == null || !Number.isFinite(value) ? '' : grouping.format(value);
}

/** `1000000` → `1 000 000 kr`. */
export function formatKroner(value: number | null | undefined): string {
  return value == null ? '' : `${formatAmount(value)}\u00a0kr`;
}

const percent = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 1, minimumFractionDigits: 0 });

export function formatPercent(value: number | null | undefined): string {
  return value == null || !Number.isFinite(value) ? '–' : `${percent.format(value)}\u00a0%`;
}
