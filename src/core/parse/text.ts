/** Anything but whitespace, control characters (Cc) and invisible format characters (Cf: zero-width space and joiners, word joiner, BOM). */
const VISIBLE = /[^\s\p{Cc}\p{Cf}]/u;

/** ALL-5: a required answer of only whitespace, control or zero-width characters counts as empty: nothing can be read in it. */
export const isBlank = (value: unknown): boolean => typeof value !== 'string' || !VISIBLE.test(value);

/** Characters as a person counts them (code points, so an emoji is one). */
export const charCount = (value: string): number => {
  let n = 0;
  for (const _ of value) n++;
  return n;
};
