import type { Issue } from '../core/issues.js';
import { LIMITS } from '../core/limits.js';
import { joinPath } from '../core/path.js';

// The same limits as the browser's for drafts and prefills: one set of numbers.
export { LIMITS };

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

export interface Sanitized {
  value: unknown;
  issues: Issue[];
  /** False when reading the input threw (a Proxy's trap): `value` is then null and the one issue says where. */
  readable: boolean;
}

/**
 * Hostile input never reaches the rules: one snapshot of it, as JSON.parse could have made it,
 * with limits on depth, size and keys. What goes over a limit, or is not JSON (a getter, a Map, a
 * function, a cycle), is cut at that point and reported as an issue, so the answer is always
 * issues, never a crash, in bounded time and memory. The rules see only the snapshot: a value
 * that changes on each read is read once, and the sender's getters are never called.
 */
export function sanitize(input: unknown, root = ''): Sanitized {
  const issues: Issue[] = [];
  let nodes = 0;
  const report = (path: string, code: string, params?: Issue['params']) =>
    issues.length < 100 && issues.push({ path, rule: 'SUBMISSION', severity: 'error', code, params });
  // The objects being copied, outermost first: a cycle meets one of them again, and a read that
  // throws happened in the last.
  const open: object[] = [];
  const openPaths: string[] = [];

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
    // An array's item that is undefined is null, as JSON.stringify writes it (a key holding it was left out before this).
    if (value === undefined) return null;
    // A function, BigInt or symbol.
    if (typeof value !== 'object') return notJson(path);
    if (open.includes(value)) {
      report(path, 'input.cycle');
      return null;
    }
    if (depth >= LIMITS.depth) {
      report(path, 'input.tooDeep', { max: LIMITS.depth });
      return null;
    }
    open.push(value);
    openPaths.push(path);
    const out = Array.isArray(value) ? copyArray(value, path, depth) : copyRecord(value, path, depth);
    open.pop();
    openPaths.pop();
    return out;
  };

  /**
   * A leaf as JSON.parse makes it, well within the limits: taken as it is, without the path that
   * only a problem needs (most of a submission is such leaves).
   */
  const plainLeaf = (value: unknown): boolean =>
    nodes < LIMITS.nodes &&
    (value === null || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value)) || (typeof value === 'string' && value.length <= LIMITS.stringLength));

  const notJson = (path: string) => {
    report(path, 'input.notJson');
    return null;
  };

  // Dense and plain, as JSON.parse makes them: no holes, no other keys, not a subclass.
  const copyArray = (value: unknown[], path: string, depth: number): unknown => {
    if (Object.getPrototypeOf(value) !== Array.prototype) return notJson(path);
    // From the descriptor, as every value here: a Proxy's `get` trap is never called.
    const length = Reflect.getOwnPropertyDescriptor(value, 'length')?.value as number;
    if (length > LIMITS.arrayItems) report(path, 'input.tooManyItems', { max: LIMITS.arrayItems });
    // Another key, or a symbol. (Not asked of an array past the limit, which is refused anyway:
    // listing a million keys would take longer than the whole check.)
    else if (Object.keys(value).length !== length || Object.getOwnPropertySymbols(value).length) return notJson(path);
    const out: unknown[] = [];
    for (let i = 0; i < Math.min(length, LIMITS.arrayItems) && nodes <= LIMITS.nodes; i++) {
      const item = Reflect.getOwnPropertyDescriptor(value, i);
      if (!item) return notJson(path); // a hole
      if (!('value' in item)) out.push(notJson(joinPath(path, i)));
      else if (plainLeaf(item.value)) {
        nodes++;
        out.push(item.value);
      } else out.push(copy(item.value, joinPath(path, i), depth + 1));
    }
    return out;
  };

  // A plain object, or one with no prototype (what some parsers make); never a Map, a Date or a class's instance.
  const copyRecord = (value: object, path: string, depth: number): unknown => {
    const prototype = Object.getPrototypeOf(value);
    if (prototype !== Object.prototype && prototype !== null) return notJson(path);
    const out: Record<string, unknown> = {};
    // Own enumerable keys, as JSON.stringify takes them.
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
      // A getter is never called: what it gives could differ from one read to the next.
      const property = Reflect.getOwnPropertyDescriptor(value, key);
      if (property && !('value' in property)) notJson(joinPath(path, key));
      else if (plainLeaf(property?.value)) {
        nodes++;
        out[key] = property!.value;
      }
      // Undefined: a key left out, as JSON.stringify has it.
      else if (property?.value !== undefined) out[key] = copy(property.value, joinPath(path, key), depth + 1);
    }
    if (Object.getOwnPropertySymbols(value).length) notJson(path);
    return out;
  };

  try {
    return { value: copy(input, root, 0), issues, readable: true };
  } catch {
    // Only the sender's code throws here (a Proxy's trap, a revoked Proxy): what was read so far
    // is not used, and the one issue says where reading stopped.
    const path = openPaths.at(-1) ?? root;
    return { value: null, issues: [{ path, rule: 'SUBMISSION', severity: 'error', code: 'input.unreadable' }], readable: false };
  }
}
