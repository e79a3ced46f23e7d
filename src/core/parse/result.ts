/** A parser either yields a value or the message key of what is wrong with the text. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; code: string; params?: Record<string, number | string> };

export const ok = <T>(value: T): ParseResult<T> => ({ ok: true, value });
export const fail = <T = never>(code: string, params?: Record<string, number | string>): ParseResult<T> => ({ ok: false, code, params });

/** Folds what people paste into plain ASCII: full-width digits (NFKC) and every kind of space. */
export function normalizeDigits(text: string): string {
  return text.normalize('NFKC').replace(/[\s\u00a0\u2007\u2009\u202f]+/g, ' ').trim();
}
