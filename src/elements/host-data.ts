import type { Data } from '../core/definition.js';
import { stableJson } from '../core/same-data.js';

/** The content each object had when it was set: a host may change it in place, then set it (or a copy) again. */
const applied = new WeakMap<object, string>();

/**
 * `hasChanged` for a host's object properties (`config`, `application`): a change of content, not
 * of identity. Frameworks hand a new, equal literal with every render (React's `config={{…}}`);
 * each would rebuild the form, and its change event start the next render.
 */
export function contentChanged(value: unknown, old: unknown): boolean {
  let content: string;
  try {
    content = stableJson(value);
  } catch {
    return true; // not JSON (a cycle, a getter that throws): the factory says what is wrong with it
  }
  const before = typeof old === 'object' && old !== null ? applied.get(old) : undefined;
  // Lit keeps the new object even when it reports no change: its content is the one to compare with next.
  if (typeof value === 'object' && value !== null) applied.set(value, content);
  return before === undefined ? value !== old : content !== before;
}

/**
 * A copy of a host's data. A framework's reactive Proxy (Vue, MobX) cannot be cloned
 * (DataCloneError); its content is JSON, as all form data is, and is copied as such.
 */
export function copyOfHostData(data: Data): Data {
  try {
    return structuredClone(data);
  } catch (error) {
    if (error instanceof DOMException && error.name === 'DataCloneError') return JSON.parse(JSON.stringify(data)) as Data;
    throw error;
  }
}
