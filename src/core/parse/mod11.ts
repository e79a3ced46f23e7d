/** The MOD11 check digit for `digits` with `weights`, or null when no valid digit exists (remainder 1). */
export function mod11CheckDigit(digits: string, weights: readonly number[]): number | null {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += Number(digits[i]) * weights[i]!;
  const rest = 11 - (sum % 11);
  if (rest === 11) return 0;
  return rest === 10 ? null : rest;
}

export function hasValidMod11(digits: string, weights: readonly number[]): boolean {
  const expected = mod11CheckDigit(digits, weights);
  return expected !== null && expected === Number(digits[weights.length]);
}
