import { defineConfig } from 'vite';

// `npm start` serves index.html (the demo); `npm run build` builds the library entries.
export default defineConfig({
  build: {
    target: 'es2022',
    lib: {
      entry: {
        tilskuddsskjema: 'src/index.ts',
        'helseteknologi-soknad': 'src/embed/helseteknologi-soknad.ts',
      },
      formats: ['es'],
    },
    rollupOptions: { external: [] },
  },
});
