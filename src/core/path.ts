import type { Data } from './definition.js';

/** Dotted paths into plain JSON data: `partners.2.name`. */
export const joinPath = (base: string, key: string | number): string => (base ? `${base}.${key}` : String(key));

export function getIn(data: unknown, path: string): unknown {
  if (!path) return data;
  let node: unknown = data;
  for (const part of path.split('.')) {
    if (node == null || typeof node !== 'object') return undefined;
    node = Object.hasOwn(node, part) ? (node as Record<string, unknown>)[part] : undefined;
  }
  return node;
}

/** Copies only along the path, so untouched branches keep their identity. */
export function setIn<T extends Data>(data: T, path: string, value: unknown): T {
  const [head, ...rest] = path.split('.');
  const key = head!;
  const container: Record<string, unknown> | unknown[] = Array.isArray(data) ? [...data] : { ...data };
  const child = Object.hasOwn(data, key) ? (data as Record<string, unknown>)[key] : undefined;
  const next = rest.length === 0 ? value : setIn((child ?? (/^\d+$/.test(rest[0]!) ? [] : {})) as Data, rest.join('.'), value);
  (container as Record<string, unknown>)[key] = next;
  return container as T;
}

/** Does `path` lie at or under `prefix`? */
export const isUnder = (path: string, prefix: string): boolean =>
  // Without building `${prefix}.` each time: the checklist asks this for every answer, item by item.
  prefix === '' || path === prefix || (path.charCodeAt(prefix.length) === 46 && path.startsWith(prefix));

/** A path pattern with `*` for any one segment (`goals.*.title`) as a test of a concrete path at or under it. */
export function pathMatcher(pattern: string): (path: string) => boolean {
  if (!pattern.includes('*')) return (path) => isUnder(path, pattern);
  const re = new RegExp(`^${pattern.split('.').map((p) => (p === '*' ? '[^.]+' : p.replace(/[$()*+.?[\\\]^{|}]/g, '\\$&'))).join('\\.')}(\\.|$)`);
  return (path) => re.test(path);
}

/**
 * A record's own value for a key, never one inherited from Object.prototype: a sender's key
 * `toString` must not read as the function every object has.
 */
export const ownValue = (record: Data, key: string): unknown => (Object.hasOwn(record, key) ? record[key] : undefined);

export const isRecord = (value: unknown): value is Data =>
  value != null && typeof value === 'object' && !Array.isArray(value);

/** An answer read as a record, or an empty one when it is missing or of another shape. */
export const asRecord = (value: unknown): Data => (isRecord(value) ? value : {});

/** An answer read as a finite number, or 0: for sums over answers that may be missing or invalid. */
export const asNumber = (value: unknown): number => (typeof value === 'number' && Number.isFinite(value) ? value : 0);

/** Calls `visit` for every leaf under `value`; text that did not parse counts as one leaf. */
export function collectLeaves(value: unknown, path: string, visit: (path: string, value: unknown) => void): void {
  if (Array.isArray(value)) for (let i = 0; i < value.length; i++) collectLeaves(value[i], joinPath(path, i), visit);
  else if (isRecord(value) && !('unparseable' in value)) for (const key of Object.keys(value)) collectLeaves(value[key], joinPath(path, key), visit);
  else visit(path, value);
}
