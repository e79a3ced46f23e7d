import type { TilskuddSkjema } from '../../src/elements/tilskudd-skjema.js';
import { useLocale } from '../../src/i18n/localize.js';
import { cleanup } from '../elements/helpers.js';

/** The definition properties that hold a message key (each must have a text in every language). */
const TEXT_KEYS = ['label', 'hint', 'title', 'intro', 'text', 'itemLabel', 'addLabel', 'requiredKey', 'wholeLabel'];

/** Every message key found anywhere in a definition (or a list of them); `extra` adds properties a form type uses. */
export function messageKeysOf(node: unknown, extra: string[] = []): Set<string> {
  const props = new Set([...TEXT_KEYS, ...extra]);
  const out = new Set<string>();
  const walk = (n: unknown): void => {
    if (Array.isArray(n)) n.forEach(walk);
    else if (n && typeof n === 'object')
      for (const [k, v] of Object.entries(n)) {
        if (props.has(k) && typeof v === 'string') out.add(v);
        else walk(v);
      }
  };
  walk(node);
  return out;
}

/** Switches the element and the page's texts to `lang`, then waits for the new render. */
export async function switchLocale(el: TilskuddSkjema, lang: 'nb' | 'nn' | 'en'): Promise<void> {
  el.lang = lang;
  await useLocale(lang);
  await el.updateComplete;
}

/** afterEach for locale tests: empty the page and go back to bokmål, so the next test starts there. */
export async function cleanupLocale(): Promise<void> {
  await cleanup();
  await useLocale('nb');
}
