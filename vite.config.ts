import { defineConfig } from 'vite';
import { minifyCssLiterals } from './scripts/vite-minify-css.mjs';
import { textThunks } from './scripts/vite-text-thunks.mjs';

// `npm start` serves index.html (the demo); `npm run build` builds the whole kit here, for
// bundlers, then each embed on its own (scripts/build-embeds.mjs), for one <script> tag.
export default defineConfig({
  plugins: [minifyCssLiterals(), textThunks()],
  build: {
    target: 'es2022',
    lib: {
      entry: { tilskuddsskjema: 'src/index.ts' },
      formats: ['es'],
    },
    rollupOptions: { external: [] },
  },
});
