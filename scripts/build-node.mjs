#!/usr/bin/env node
// The Node entry (`tilskuddsskjema/validate`), its command line, and the JSON Schemas of every
// form, after `vite build` made the browser bundles: `npm run build` runs both.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { build } from 'vite';
import { textThunks } from './vite-text-thunks.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const out = join(ROOT, 'dist', 'node');

await build({
  configFile: false,
  root: ROOT,
  logLevel: 'warn',
  // The same texts as the browser bundles, so the Node tests check what the elements ship.
  plugins: [textThunks()],
  build: {
    ssr: true,
    target: 'node20',
    outDir: out,
    emptyOutDir: true,
    minify: false,
    rolldownOptions: {
      input: { index: 'src/server/index.ts', main: 'src/server/main.ts' },
      output: { format: 'es', entryFileNames: '[name].js' },
    },
  },
  // The package's dependencies (zod, @lit/localize) stay imports; the project's code is bundled.
  ssr: { target: 'node' },
});

// JSON Schemas from the built entry: what a back end in another language checks against.
const { formIds, jsonSchema } = await import(pathToFileURL(join(out, 'index.js')).href);
const schemas = join(ROOT, 'dist', 'schemas');
mkdirSync(schemas, { recursive: true });
for (const id of formIds()) {
  const schema = jsonSchema(id);
  writeFileSync(join(schemas, `${id.replace('/', '-')}.schema.json`), `${JSON.stringify(schema, null, 2)}\n`);
}
console.log(`dist/node: index.js, main.js · dist/schemas: ${formIds().length} JSON Schemas`);
