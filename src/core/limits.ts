/**
 * Limits on JSON-like data from outside the form (a draft file, a stored draft, a tab's copy).
 * The numbers are the Node entry's (src/server/sanitize.ts): past them the recursive code the
 * data meets next (structuredClone, the model's leaves, JSON.stringify) throws RangeError.
 */
export const LIMITS = {
  /** Nesting of objects and arrays; the deepest form is under 8. */
  depth: 32,
  /** Values in all (objects, arrays, leaves); a full application has about 500. */
  nodes: 100_000,
  /** Items in one array; budgets and lines are far below it. */
  arrayItems: 5_000,
  /** Characters in one string the Node entry takes (it cuts past it, with an issue); the longest answer is 4 000. */
  stringLength: 100_000,
  /**
   * Characters in one string the browser keeps (a draft, a prefill). Far past stringLength: a
   * user may paste more than an answer takes, and the form says so at the field; were the draft
   * refused for it, every other answer in it would be lost with it.
   */
  keptStringLength: 10_000_000,
  /** Characters in one key; the form's keys are under 40. Every path below a key repeats it. */
  keyLength: 200,
} as const;

/**
 * Whether `value` stays within LIMITS. It stops at the first value over one, so it is bounded in
 * time and stack whatever it is given (a cycle, which IndexedDB can store, is too deep).
 */
export function withinLimits(value: unknown): boolean {
  let nodes = 0;
  const within = (v: unknown, depth: number): boolean => {
    if (++nodes > LIMITS.nodes) return false;
    if (typeof v === 'string') return v.length <= LIMITS.keptStringLength;
    if (v === null || typeof v !== 'object') return true;
    if (depth >= LIMITS.depth) return false;
    if (Array.isArray(v)) return v.length <= LIMITS.arrayItems && v.every((item) => within(item, depth + 1));
    return Object.entries(v).every(([key, item]) => key.length <= LIMITS.keyLength && within(item, depth + 1));
  };
  return within(value, 0);
}
