#!/usr/bin/env node
// `npm test`: every test. Chromium (installed or explained), the build (the Node entry and the
// JSON Schemas are tested as shipped), the browser tests (web-test-runner), then the Node tests
// (test/node, Node's own runner). Ends with one line: "N passed, N failed", the sum of both.
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => join(ROOT, 'node_modules', '.bin', name);

/** Runs a command, echoing its output, and returns [exit code, output]. */
function run(cmd, args, env = {}) {
  return new Promise((done) => {
    const child = spawn(cmd, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['inherit', 'pipe', 'pipe'] });
    let output = '';
    for (const [from, to] of [[child.stdout, process.stdout], [child.stderr, process.stderr]])
      from.on('data', (chunk) => {
        output += chunk;
        to.write(chunk);
      });
    child.on('close', (code) => done([code ?? 1, output]));
  });
}

let passed = 0;
let failed = 0;
const finish = () => {
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
};

const [chromium] = await run(process.execPath, ['scripts/ensure-chromium.mjs']);
if (chromium !== 0) {
  failed++;
  finish();
}
const only = process.env.TEST_ONLY; // "browser" or "node" to run one half
if (!process.env.SKIP_BUILD) {
  const [code] = await run('npm', ['run', '--silent', 'build']);
  if (code !== 0) {
    failed++;
    finish();
  }
}

if (only !== 'node') {
  const [code, out] = await run(bin('web-test-runner'), process.argv.slice(2));
  const last = [...out.matchAll(/(\d+) passed, (\d+) failed/g)].at(-1);
  if (last) {
    passed += Number(last[1]);
    failed += Number(last[2]);
  } else failed++;
  if (code !== 0 && last && Number(last[2]) === 0) failed++; // a crash after the tests
}

if (only !== 'browser') {
  // The Node tests are TypeScript: bundled as they are, then run by Node's own test runner.
  const out = join(ROOT, 'node_modules', '.cache', 'test-node');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const files = readdirSync(join(ROOT, 'test', 'node')).filter((f) => f.endsWith('.test.ts'));
  await build({
    entryPoints: files.map((f) => join(ROOT, 'test', 'node', f)),
    outdir: out,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outExtension: { '.js': '.mjs' },
    logLevel: 'warning',
  });
  const [, text] = await run(process.execPath, ['--test', '--test-reporter=spec', ...files.map((f) => join(out, f.replace(/\.ts$/, '.mjs')))]);
  const pass = /ℹ pass (\d+)/.exec(text);
  const fail = /ℹ fail (\d+)/.exec(text);
  if (pass && fail) {
    passed += Number(pass[1]);
    failed += Number(fail[1]);
  } else failed++;
}
finish();
