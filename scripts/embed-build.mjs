// One embed (`src/embed/<name>.ts`) built on its own: the file a page loads with one
// <script type="module">. `npm run build` ships these into dist/, and `npm run bench` measures
// the very same build, so the numbers are those of what is shipped.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minifyCssLiterals } from './vite-minify-css.mjs';
import { textThunks } from './vite-text-thunks.mjs';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const EMBED_DIR = join(ROOT, 'src', 'embed');

/** Every file in src/embed/ is an embed (one form, one tag); a new form needs no change here. */
export const embedNames = () =>
  readdirSync(EMBED_DIR)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => f.slice(0, -3))
    .sort();

/**
 * Vite options for one embed: `dist/<name>.js` holds Lit, zod, the core, the form and bokmål;
 * its lazy chunks (drafts, nynorsk, English) go to `<name>/`, so embeds never share a chunk with
 * each other or with the whole kit.
 */
export function embedBuildOptions(name, { outDir, emptyOutDir = false, logger } = {}) {
  return {
    configFile: false,
    root: ROOT,
    mode: 'production',
    logLevel: 'warn',
    customLogger: logger,
    publicDir: false,
    plugins: [minifyCssLiterals(), textThunks()],
    // No `development` condition: Lit's production build, as a site bundling it would get.
    resolve: { conditions: ['module', 'browser', 'production'] },
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      target: 'es2022',
      minify: true,
      outDir,
      emptyOutDir,
      copyPublicDir: false,
      reportCompressedSize: false,
      lib: { entry: { [name]: join(EMBED_DIR, `${name}.ts`) }, formats: ['es'] },
      rolldownOptions: {
        external: [],
        // The entry may export what the lazy chunks share with it, so the initial load is one
        // file instead of the entry plus a shared chunk fetched after it.
        preserveEntrySignatures: 'allow-extension',
        // Library mode keeps whitespace and /*#__PURE__*/ comments so that a consumer's bundler can
        // tree-shake; an embed goes to the browser as is, so minify fully.
        output: { minify: true, comments: false, chunkFileNames: `${name}/[name]-[hash].js` },
      },
    },
  };
}
