// Vite plugin: minifies the CSS in Lit's css`…` literals at build time. Bundlers leave template
// literal text alone, so the elements' stylesheets would ship with every space and newline.
// Only literals without `${…}` are touched (ours have none); esbuild's CSS minifier does the work.
import { transform } from 'esbuild';

const CSS_LITERAL = /\bcss`([^`$\\]*)`/g;

/** @returns {import('vite').Plugin} */
export function minifyCssLiterals() {
  return {
    name: 'tilskudd:minify-css-literals',
    apply: 'build',
    async transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      const literals = [...code.matchAll(CSS_LITERAL)];
      if (!literals.length) return null;
      let out = '';
      let at = 0;
      for (const m of literals) {
        const { code: css } = await transform(m[1], { loader: 'css', minify: true, logLevel: 'silent' });
        out += code.slice(at, m.index) + 'css`' + css.trim().replace(/[`$\\]/g, '\\$&') + '`';
        at = m.index + m[0].length;
      }
      return { code: out + code.slice(at), map: null };
    },
  };
}
