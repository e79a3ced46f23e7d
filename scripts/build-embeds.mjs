#!/usr/bin/env node
// The embeds into dist/ after `vite build` made the whole kit (dist/tilskuddsskjema.js): each
// embed on its own (scripts/embed-build.mjs), then a check that none loads another's files.
import { build } from 'vite';
import { join } from 'node:path';
import { ROOT, embedBuildOptions, embedNames } from './embed-build.mjs';

const outDir = join(ROOT, 'dist');
for (const name of embedNames()) {
  const result = await build(embedBuildOptions(name, { outDir }));
  const chunks = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output).filter((o) => o.type === 'chunk');
  const own = (file) => file === `${name}.js` || file.startsWith(`${name}/`);
  // An embed that reached into the kit's chunks would load every form (and define every tag).
  const strays = chunks.flatMap((c) => [...c.imports, ...c.dynamicImports].filter((f) => !own(f)).map((f) => `${c.fileName} → ${f}`));
  if (strays.length || !chunks.every((c) => own(c.fileName))) {
    console.error(`build-embeds: ${name} loads files that are not its own:\n  ${strays.join('\n  ')}`);
    process.exit(1);
  }
}
