import type { Data } from '../core/definition.js';
import { sameData } from '../core/same-data.js';

/**
 * `hasChanged` for a host's object properties (`config`, `application`): a change of content, not
 * of identity. Frameworks hand a new, equal literal with every render (React's `config={{…}}`);
 * each would rebuild the form, and its change event start the next render.
 */
export function contentChanged(value: unknown, old: unknown): boolean {
  try {
    return !sameData(value, old);
  } catch {
    return true; // not JSON (a cycle, a getter that throws): the factory says what is wrong with it
  }
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
