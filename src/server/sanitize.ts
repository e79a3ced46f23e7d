import type { Issue } from '../core/issues.js';
import { LIMITS } from '../core/limits.js';
import { joinPath } from '../core/path.js';

// The same limits as the browser's for drafts and prefills: one set of numbers.
export { LIMITS };

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

export interface Sanitized {
  value: unknown;
  issues: Issue[];
}

/**
 * Hostile input never reaches the rules: a copy of the parsed JSON with limits on depth, size and
 * keys. What goes over a limit is cut at that point and reported as an issue, so the answer is
 * always issues, never a crash, in bounded time and memory.
 */
export function sanitize(input: unknown, root = ''): Sanitized {
  const issues: Issue[] = [];
  let nodes = 0;
  const report = (path: string, code: string, params?: Issue['params']) =>
    issues.length < 100 && issues.push({ path, rule: 'SUBMISSION', severity: 'error', code, params });

  const copy = (value: unknown, path: string, depth: number): unknown => {
    if (++nodes > LIMITS.nodes) {
      if (nodes === LIMITS.nodes + 1) report(path, 'input.tooLarge', { max: LIMITS.nodes });
      return null;
    }
    if (value === null || typeof value === 'boolean') return value;
    if (typeof value === 'number') {
      // 1e309 parses to Infinity: no form sends it and the JSON Schema refuses it, so it is an issue, not a quiet null.
      if (!Number.isFinite(value)) report(path, 'input.notFinite');
      return Number.isFinite(value) ? value : null;
    }
    if (typeof value === 'string') {
      if (value.length <= LIMITS.stringLength) return value;
      report(path, 'input.stringTooLong', { max: LIMITS.stringLength });
      return value.slice(0, LIMITS.stringLength);
    }
    if (typeof value !== 'object') return null;
    if (depth >= LIMITS.depth) {
      report(path, 'input.tooDeep', { max: LIMITS.depth });
      return null;
    }
    if (Array.isArray(value)) {
      if (value.length > LIMITS.arrayItems) report(path, 'input.tooManyItems', { max: LIMITS.arrayItems });
      const out: unknown[] = [];
      for (let i = 0; i < Math.min(value.length, LIMITS.arrayItems) && nodes <= LIMITS.nodes; i++) out.push(copy(value[i], joinPath(path, i), depth + 1));
      return out;
    }
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      if (nodes > LIMITS.nodes) break;
      if (FORBIDDEN.has(key)) {
        report(joinPath(path, key), 'input.forbiddenKey', { key });
        continue;
      }
      if (key.length > LIMITS.keyLength) {
        report(joinPath(path, `${key.slice(0, 40)}…`), 'input.keyTooLong', { max: LIMITS.keyLength });
        continue;
      }
      out[key] = copy((value as Record<string, unknown>)[key], joinPath(path, key), depth + 1);
    }
    return out;
  };

  return { value: copy(input, root, 0), issues };
}
