import { isRecord } from './path.js';

/**
 * Same answers? (Data is JSON: key order is the only difference that does not matter.) A module
 * of its own: the form element uses it on every `value` set, and must not pull in the drafts code.
 */
export function sameData(a: unknown, b: unknown): boolean {
  return stableJson(a) === stableJson(b);
}

/** JSON with each object's keys sorted: the same for the same data, whatever the key order. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    isRecord(v) && !Array.isArray(v) ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, v[k]])) : v,
  );
}
