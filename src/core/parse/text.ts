/** ALL-5: a required answer of only whitespace counts as empty. */
export const isBlank = (value: unknown): boolean => typeof value !== 'string' || value.trim() === '';

/** Characters as a person counts them (code points, so an emoji is one). */
export const charCount = (value: string): number => {
  let n = 0;
  for (const _ of value) n++;
  return n;
};
