import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { inlineTextThunks } from '../../scripts/vite-text-thunks.mjs';
import { entry, ROOT } from './support.js';

// The build turns `() => msg('…', { id })` into the bare string (scripts/vite-text-thunks.mjs);
// dist/node is built with it, so these tests read the texts as the bundles ship them.

const unescape = (s: string) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** id → [bokmål source, target] for the translations without placeholders. */
const units = (locale: string) =>
  [...readFileSync(`${ROOT}locales/${locale}.xlf`, 'utf8').matchAll(/<trans-unit id="([^"]+)">\s*<source>([^<]*)<\/source>\s*<target>([^<]*)<\/target>/g)].map(
    ([, id, source, target]) => [id, unescape(source), unescape(target)] as const,
  );

describe('texts as the build ships them', () => {
  it('every text without parameters reads the same in nb, nn and en as in the translation files', () => {
    let checked = 0;
    // Ids of msg() calls in the elements are no registered texts: message() warns and gives the id.
    const warn = console.warn;
    console.warn = () => {};
    try {
      for (const locale of ['nn', 'en'] as const)
        for (const [id, source, target] of units(locale)) {
          if (entry.message(id, {}, 'nb') === id) continue;
          assert.equal(entry.message(id, {}, 'nb'), source, `nb ${id}`);
          assert.equal(entry.message(id, {}, locale), target, `${locale} ${id}`);
          checked++;
        }
    } finally {
      console.warn = warn;
    }
    assert.ok(checked > 500, `only ${checked} texts checked`);
  });

  it('the transform inlines only a plain thunk whose id is its key', () => {
    const source = [
      `registerTexts({`,
      `  'a.b': () => msg('Skriv inn navnet', { id: 'a.b' }),`,
      `  'a.c': () =>\n    msg('Det er \\'ord\\' her', { id: 'a.c' }),`,
      `  'a.d': () => msg('Feil id', { id: 'a.x' }),`,
      `  'a.e': (p) => msg(str\`Mål \${p.n}\`, { id: 'a.e' }),`,
      `});`,
    ].join('\n');
    assert.equal(
      inlineTextThunks(source),
      [
        `registerTexts({`,
        `  'a.b': 'Skriv inn navnet',`,
        `  'a.c': 'Det er \\'ord\\' her',`,
        `  'a.d': () => msg('Feil id', { id: 'a.x' }),`,
        `  'a.e': (p) => msg(str\`Mål \${p.n}\`, { id: 'a.e' }),`,
        `});`,
      ].join('\n'),
    );
  });
});
