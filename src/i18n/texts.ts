import { msg } from '@lit/localize';
import type { IssueParams } from '../core/issues.js';

/**
 * A message key's text in the current locale: a thunk around one `msg()` call. The build turns a
 * thunk without parameters into its bokmål string (scripts/vite-text-thunks.mjs), looked up below
 * with the same id.
 */
export type Text = ((params: IssueParams) => string) | string;
export type Texts = Record<string, Text>;

/**
 * msg() under a plain type, so lit-localize's extractor doesn't take the lookup for a message;
 * read at each call, as configureLocalization replaces the `msg` binding after this module loads.
 */
const lookup = (text: string, options: { id: string }): string => (msg as (t: string, o: { id: string }) => string)(text, options);

/**
 * One registry per page, shared by every bundle of the kit on it: two forms' embeds each carry the
 * kit, and the inner elements (checklist, error summary) are defined by the first to load, yet
 * must find the texts the second brings. Each text keeps its own bundle's msg() and translations.
 */
const REGISTRY = Symbol.for('tilskuddsskjema.texts.v1');
const registry: Record<string, (params: IssueParams) => string> = ((globalThis as Record<symbol, unknown>)[REGISTRY] ??= {}) as never;

/** Each scheme's texts module (and the kit's own) registers its keys once, on import. */
export function registerTexts(texts: Texts): void {
  for (const [key, text] of Object.entries(texts)) registry[key] = typeof text === 'string' ? () => lookup(text, { id: key }) : text;
}

export const hasText = (key: string): boolean => Object.hasOwn(registry, key);

/**
 * Parameters that carry a definition's label (a message key): `field`, a budget's `element`,
 * `column` and `open`, an accounts `row`. Every other parameter is shown as given: it may be the
 * sender's text (a form id, a key, a free line's name), which must never be read as a key.
 */
const LABEL_PARAMS: ReadonlySet<string> = new Set(['field', 'element', 'column', 'open', 'row']);

/**
 * The text for a key. Label parameters that are keys (a field's label in "Skriv inn {field}") are
 * translated first, and lower-cased so they read inside a sentence.
 */
export function t(key: string | undefined, params: IssueParams = {}): string {
  if (!key) return '';
  const text = Object.hasOwn(registry, key) ? registry[key] : undefined;
  if (!text) {
    console.warn(`tilskuddsskjema: no text for "${key}"`);
    return key;
  }
  const resolved: IssueParams = {};
  for (const [name, value] of Object.entries(params))
    resolved[name] = LABEL_PARAMS.has(name) && typeof value === 'string' && hasText(value) ? inSentence(t(value)) : value;
  return text(resolved);
}

/** `Organisasjonsnummer` → `organisasjonsnummer`, but `NAV-kontor` stays. */
export const inSentence = (label: string): string =>
  /^\p{Lu}\p{Lu}/u.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1);
