#!/usr/bin/env node
// After `lit-localize build`: the generated locale modules get their own copy of the tiny `str`
// tag instead of importing @lit/localize. Otherwise the bundler must put @lit/localize in a chunk
// of its own (shared by the entry, nn, en and the drafts chunk), and an embed's first load takes
// two files fetched one after the other instead of one.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../src/i18n/generated/locales/', import.meta.url));
const IMPORT = "import {str} from '@lit/localize';";
// The same shape as @lit/localize's own `str` (internal/str-tag.js), which its runtime reads.
const LOCAL = "const str = (strings: TemplateStringsArray, ...values: unknown[]) => ({ strTag: true as const, strings, values });";

for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(IMPORT)) continue;
  writeFileSync(path, text.replace(IMPORT, LOCAL));
}
