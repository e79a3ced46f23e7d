// Vite plugin: in the texts modules, `'key': () => msg('Tekst', { id: 'key' })` becomes
// `'key': 'Tekst'` at build time; `t()` in src/i18n/texts.ts looks a plain string up with the
// same `msg(text, { id: key })`. The source keeps one msg() call per text for lit-localize's
// extractor; the bundle drops ~250 closures (about 1 kB gzip) that V8 would compile one by one
// on first render. Thunks with parameters (msg(str`…`)) and any whose id differs stay as written.
const STRING = String.raw`'(?:[^'\\\n]|\\.)*'`;
const THUNK = new RegExp(String.raw`(${STRING}):\s*\(\)\s*=>\s*msg\(\s*(${STRING})\s*,\s*\{\s*id:\s*(${STRING})\s*,?\s*\}\s*,?\s*\)`, 'g');

/** The transform on its own, for the tests. */
export const inlineTextThunks = (code) => code.replace(THUNK, (all, key, text, id) => (key === id ? `${key}: ${text}` : all));

/** @returns {import('vite').Plugin} */
export function textThunks() {
  return {
    name: 'tilskudd:text-thunks',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('registerTexts(')) return null;
      const out = inlineTextThunks(code);
      return out === code ? null : { code: out, map: null };
    },
  };
}
