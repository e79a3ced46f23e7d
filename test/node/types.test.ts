import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { ROOT } from './support.js';

// A TypeScript host, as the README shows it: the package installed, its types from `exports`.
describe('the package ships its types', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tilskuddsskjema-types-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("the README's definition example, the elements and the Node entry type-check in a host; wrong use does not", () => {
    mkdirSync(join(dir, 'node_modules'));
    symlinkSync(ROOT, join(dir, 'node_modules', 'tilskuddsskjema'), 'dir');
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const example = /### Your own form: a definition[\s\S]*?```ts\n([\s\S]*?)```/.exec(readme)?.[1];
    assert.ok(example?.includes("from 'tilskuddsskjema'"), 'the example is in the README');
    writeFileSync(join(dir, 'definition.ts'), `${example}\nexport { definition };\n`);
    writeFileSync(
      join(dir, 'host.ts'),
      `import { validateSubmission } from 'tilskuddsskjema/validate';
import type { HelseteknologiSoknad } from 'tilskuddsskjema/helseteknologi-soknad';
import type { TilskuddSubmitEvent } from 'tilskuddsskjema';
const form = document.querySelector('helseteknologi-soknad') as HelseteknologiSoknad;
form.variant = 'forenklet';
form.addEventListener('tilskudd-submit', (event: TilskuddSubmitEvent) => {
  const result = validateSubmission(event.detail, { lang: 'nn' });
  console.log(result.valid, result.issues.map((i) => i.rule));
});
// @ts-expect-error: a variant the form does not have
form.variant = 'kort';
// @ts-expect-error: the result has no such field
validateSubmission({}).ok;
`,
    );
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { strict: true, noEmit: true, target: 'ES2022', module: 'ESNext', moduleResolution: 'Bundler', lib: ['ES2022', 'DOM'], skipLibCheck: true, types: [] }, files: ['definition.ts', 'host.ts'] }),
    );
    const tsc = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', dir], { encoding: 'utf8' });
    assert.equal(tsc.status, 0, tsc.stdout + tsc.stderr);
  });
});
