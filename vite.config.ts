import { readdirSync } from 'node:fs';
import { defineConfig } from 'vite';
import { minifyCssLiterals } from './scripts/vite-minify-css.mjs';
import { textThunks } from './scripts/vite-text-thunks.mjs';

// Every file in src/embed/ is an embed entry (one form, one tag); new forms need no change here.
const embeds = Object.fromEntries(
  readdirSync('src/embed')
    .filter((f) => f.endsWith('.ts'))
    .map((f) => [f.slice(0, -3), `src/embed/${f}`]),
);

// `npm start` serves index.html (the demo); `npm run build` builds the library entries.
export default defineConfig({
  plugins: [minifyCssLiterals(), textThunks()],
  build: {
    target: 'es2022',
    lib: {
      entry: { tilskuddsskjema: 'src/index.ts', ...embeds },
      formats: ['es'],
    },
    rollupOptions: { external: [] },
  },
});
