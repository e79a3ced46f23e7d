#!/usr/bin/env node
// Smoke-test every story of a built static Storybook in headless Chromium.
// Usage: node scripts/check-stories.mjs [storybook-static]
// A story fails on console.error, an uncaught page error, a failed/4xx/5xx request
// to our own server, Storybook's error display, or not finishing within 20 s.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { chromium } from 'playwright-core';

const ROOT = resolve(process.argv[2] ?? 'storybook-static');
const STORY_TIMEOUT_MS = 20_000;
const CONCURRENCY = 2;
// Time to let late async errors (e.g. a component's first update) surface after render.
const SETTLE_MS = 150;

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8', // module scripts are refused without a JS type
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

// Minimal static file server; only ever bound to loopback.
function serve(root) {
  const server = createServer(async (req, res) => {
    try {
      let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      if (path.endsWith('/')) path += 'index.html';
      const file = join(root, path);
      if (file !== root && !file.startsWith(root + sep)) throw new Error('outside root');
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      // iframe.html has no <link rel=icon>, so Chromium asks for /favicon.ico by itself
      // and logs the 404 as a console error; that is not the story's fault.
      res.writeHead(req.url === '/favicon.ico' ? 204 : 404).end();
    }
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok(server)); // port 0: the OS picks a free port
  });
}

const oneLine = (s) => String(s).replace(/\s+/g, ' ').trim().slice(0, 300);

async function checkStory(context, origin, id) {
  const problems = [];
  const page = await context.newPage();
  page.on('console', (m) => m.type() === 'error' && problems.push(`console.error: ${oneLine(m.text())}`));
  page.on('pageerror', (e) => problems.push(`pageerror: ${oneLine(e.message)}`));
  page.on('requestfailed', (r) => {
    if (r.url().startsWith(origin)) problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`);
  });
  page.on('response', (r) => {
    if (r.url().startsWith(origin) && r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  const deadline = Date.now() + STORY_TIMEOUT_MS;
  const left = () => Math.max(1, deadline - Date.now());
  try {
    await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story`, { timeout: left() });
    // Storybook's own "done" signal: the render reaches phase 'finished' after loaders,
    // render, play function and afterEach (the same point it emits STORY_FINISHED).
    // More robust than "root has children" (empty/async stories, play functions) and
    // faster than network-idle. Errors show up as the error display instead.
    await page.waitForFunction(
      () =>
        document.body.classList.contains('sb-show-errordisplay') ||
        window.__STORYBOOK_PREVIEW__?.currentRender?.phase === 'finished',
      null,
      { timeout: left(), polling: 50 },
    );
    await page.waitForTimeout(Math.min(SETTLE_MS, left()));
    if (await page.evaluate(() => document.body.classList.contains('sb-show-errordisplay'))) {
      const msg = await page.locator('#error-message').textContent().catch(() => '');
      problems.unshift(`Storybook error display: ${oneLine(msg) || '(no message)'}`);
    }
  } catch (e) {
    problems.push(e.name === 'TimeoutError' ? `timed out after ${STORY_TIMEOUT_MS / 1000} s` : oneLine(e.message));
  } finally {
    await page.close().catch(() => {});
  }
  return problems;
}

async function main() {
  let index;
  try {
    index = JSON.parse(await readFile(join(ROOT, 'index.json'), 'utf8'));
  } catch (e) {
    console.error(`cannot read ${join(ROOT, 'index.json')}: ${e.message} (run "npm run build-storybook" first)`);
    process.exit(1);
  }
  const ids = Object.values(index.entries ?? {})
    .filter((e) => e.type === 'story')
    .map((e) => e.id);
  if (ids.length === 0) console.error('no stories in index.json: check the stories glob in .storybook/main.ts');

  const server = await serve(ROOT);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      // Any host but loopback fails to resolve: stories must not reach the internet.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
    ],
  });
  const context = await browser.newContext();

  let passed = 0;
  let failed = 0;
  const queue = [...ids];
  const worker = async () => {
    for (let id; (id = queue.shift()) !== undefined; ) {
      const problems = await checkStory(context, origin, id);
      if (problems.length === 0) {
        passed++;
        console.log(`ok   ${id}`);
      } else {
        failed++;
        const more = problems.length > 1 ? ` (+${problems.length - 1} more)` : '';
        console.log(`FAIL ${id}: ${problems[0]}${more}`);
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  } finally {
    await browser.close();
    server.closeAllConnections();
    server.close();
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed > 0 || ids.length === 0 ? 1 : 0);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
