#!/usr/bin/env node
// `npm run bench`: the performance budget of the embeds, in one run, with headless Chromium.
//
//   1. Bundle size per `src/embed/*.ts`, each built on its own exactly as `npm run build` ships it
//      (scripts/embed-build.mjs: production, fully minified, everything bundled): initial load
//      (entry chunk + its static imports) raw and gzip -9, and the lazily loaded locale chunks (nn, en) apart. Target ≤ 30 kB gzip.
//   2. Script start → whole form on screen: median of N fresh loads (new browser context each).
//      Target ≤ 40 ms.
//   3. Keystroke → new totals rendered in the budget table, typing real keys into a cell, with the
//      default data and with 500 budget lines. Target p95 < 8 ms, < 16 ms with 500 lines.
//      Two reference points are timed the same way: a bare Lit element, and the HTO application's
//      rendered DOM as static HTML (scripts/bench-floor.mjs).
//   Both timings end when the page's own work is done (DOM, style, layout: ready to paint); the
//   wait for the next frame of the 60 Hz clock (0–16.7 ms, the same for any page) is shown apart.
//
// Prints a table and writes bench-results/latest.json. Exit code 0 when it ran (OVER or not),
// 1 when it could not measure; BENCH_STRICT=1 also exits 1 when a target is OVER.
//
// Knobs (env): CHROME_PATH, BENCH_LOADS (7), BENCH_KEYS (20), BENCH_LINES (500),
// BENCH_KEEP=1 (keep the built bundles, path printed), BENCH_STRICT=1, BENCH_CHROME_EXTRA (more
// Chromium flags, space-separated).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, tmpdir } from 'node:os';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build as esbuild } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { build, createLogger, version as viteVersion } from 'vite';
import { measureFloors } from './bench-floor.mjs';
import { embedBuildOptions, embedNames } from './embed-build.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const started = performance.now();
const int = (name, fallback) => {
  const n = Number.parseInt(process.env[name] ?? '', 10);
  return Number.isFinite(n) && n > 0 ? n : fallback;
};

const CONFIG = {
  loads: int('BENCH_LOADS', 7),
  keys: int('BENCH_KEYS', 20),
  lines: int('BENCH_LINES', 500),
  /** The form whose budget table the keystroke measurement types into. */
  typingForm: 'helseteknologi-soknad',
  /** Cell typed into with the default data, and the total that must change. */
  cell: 'f-budget-costs-training-grant',
  totalSelector: 'td[data-total="grant"]',
  /** Line typed into with many lines: the last one, so the cell and the totals row share the screen. */
  lineElement: 'projectResources',
  /** Files the command line validates in one run. */
  cliFiles: int('BENCH_CLI_FILES', 10_000),
};
const TARGETS = {
  gzipBytes: 30_000, // 30 kB, SI kilobytes
  loadMs: 40,
  keyP95Ms: 8,
  keyP95LinesMs: 16,
  validationsPerSecond: 5000,
};
const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';
const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
  ...(process.env.BENCH_CHROME_EXTRA ?? '').split(' ').filter(Boolean),
];
/** The last section of the form must be in the shadow root for "whole form". */
const LAST_SECTION = { 'helseteknologi-soknad': 's-signatur' };

// ---------------------------------------------------------------------------------------------
// Small helpers

const sorted = (xs) => [...xs].sort((a, b) => a - b);
const median = (xs) => {
  const s = sorted(xs);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
/** Nearest-rank percentile: p95 of 20 samples is the 19th smallest. */
const percentile = (xs, p) => sorted(xs)[Math.max(0, Math.ceil((p / 100) * xs.length) - 1)];
const stats = (xs) => ({
  n: xs.length,
  median: round(median(xs)),
  p95: round(percentile(xs, 95)),
  min: round(Math.min(...xs)),
  max: round(Math.max(...xs)),
});
const round = (x, d = 2) => (x == null || !Number.isFinite(x) ? null : Math.round(x * 10 ** d) / 10 ** d);
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (x) => (x == null ? '–' : `${x.toFixed(1)} ms`);
const verdict = (ok) => (ok ? 'PASS' : 'OVER');
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);
const log = (...a) => console.log(...a);
const progress = (s) => process.stderr.write(`\x1b[2m${s}\x1b[0m\n`);

function table(rows, align) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  return rows
    .map((r, ri) =>
      '  ' +
      r.map((c, i) => (align?.[i] === 'r' && ri > 0 ? lpad(c, widths[i]) : pad(c, widths[i]))).join('  ').trimEnd(),
    )
    .join('\n');
}

// ---------------------------------------------------------------------------------------------
// Resources that must be released whatever happens

let browser;
let server;
let outRoot;
const keep = process.env.BENCH_KEEP === '1';
async function cleanup() {
  const b = browser;
  browser = undefined;
  await b?.close().catch(() => {});
  if (server) {
    server.closeAllConnections?.();
    await new Promise((r) => server.close(() => r()));
    server = undefined;
  }
  if (outRoot && !keep) rmSync(outRoot, { recursive: true, force: true });
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    void cleanup().finally(() => process.exit(130));
  });
}
// A hung browser must not hang CI: the whole run takes seconds, three minutes is plenty.
const watchdog = setTimeout(() => {
  console.error('bench: took more than 180 s, giving up');
  void cleanup().finally(() => process.exit(1));
}, 180_000);
watchdog.unref();

// ---------------------------------------------------------------------------------------------
// 1. Bundle sizes

const entries = embedNames();

/** Groups a module id for the size breakdown: a package, or a folder under src/. */
function moduleGroup(id) {
  if (id.startsWith('\0') || !isAbsolute(id)) return '(bundler runtime)';
  const clean = id;
  const nm = clean.lastIndexOf(`node_modules${sep}`);
  if (nm >= 0) {
    const parts = clean.slice(nm + 13).split(sep);
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  const rel = relative(ROOT, clean);
  if (rel.startsWith('..') || !rel.includes(sep)) return rel;
  const parts = rel.split(sep);
  return parts.length > 2 ? `${parts[0]}/${parts[1]}` : rel;
}

async function buildEntry(name) {
  const outDir = join(outRoot, name);
  // Build warnings go into the report instead of between the progress lines.
  const warnings = [];
  const logger = createLogger('warn');
  const collect = (msg) => warnings.push(msg.replace(/\x1b\[[0-9;]*m/g, '').trim());
  logger.warn = collect;
  logger.warnOnce = collect;
  // The very build `npm run build` ships (scripts/embed-build.mjs), into a directory of its own.
  const result = await build(embedBuildOptions(name, { outDir, emptyOutDir: true, logger }));
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
  const chunks = outputs.filter((o) => o.type === 'chunk');
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const entry = chunks.find((c) => c.isEntry);
  if (!entry) throw new Error(`${name}: the build has no entry chunk`);

  // Initial load: the entry and everything it imports statically, transitively.
  const initial = new Set();
  const visit = (file) => {
    if (initial.has(file)) return;
    initial.add(file);
    for (const dep of byName.get(file)?.imports ?? []) visit(dep);
  };
  visit(entry.fileName);

  const sizeOf = (file) => {
    const buf = readFileSync(join(outDir, file)); // what is served, byte for byte
    return { file, raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
  };
  const initialFiles = [...initial].map(sizeOf);
  const lazy = chunks
    .filter((c) => !initial.has(c.fileName))
    .map((c) => {
      const m = /generated[\\/]([\w-]+)\.ts$/.exec(c.facadeModuleId ?? '');
      return { ...sizeOf(c.fileName), locale: m?.[1] ?? null, dynamicEntry: !!c.isDynamicEntry };
    });
  const assets = outputs.filter((o) => o.type === 'asset').map((a) => ({ file: a.fileName, raw: a.source.length }));

  // Where the initial bytes come from (pre-minification rendered length, so only proportions matter).
  const groups = new Map();
  const moduleIds = [];
  for (const file of initial)
    for (const [id, info] of Object.entries(byName.get(file).modules)) {
      moduleIds.push(id);
      groups.set(moduleGroup(id), (groups.get(moduleGroup(id)) ?? 0) + info.renderedLength);
    }
  const groupTotal = [...groups.values()].reduce((a, b) => a + b, 0) || 1;
  const breakdown = [...groups.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([group, len]) => ({ group, renderedBytes: len, share: round(len / groupTotal, 3) }));

  // Production check: no Lit dev build, no Node build, no process.env left for the browser.
  const devModules = moduleIds.filter((id) => /[\\/](development|node)[\\/]/.test(id) && id.includes('node_modules'));
  const code = initialFiles.map((f) => readFileSync(join(outDir, f.file), 'utf8')).join('\n');
  const production = {
    devModules,
    litDevModeWarning: code.includes('Lit is in dev mode'),
    processEnv: /\bprocess\.env\b/.test(code),
  };
  production.ok = !devModules.length && !production.litDevModeWarning && !production.processEnv;

  const sum = (files, k) => files.reduce((a, f) => a + f[k], 0);
  return {
    name,
    outDir,
    entryFile: entry.fileName,
    initial: { raw: sum(initialFiles, 'raw'), gzip: sum(initialFiles, 'gzip'), files: initialFiles },
    lazy,
    assets,
    breakdown,
    production,
    warnings: [...new Set(warnings)],
    pass: sum(initialFiles, 'gzip') <= TARGETS.gzipBytes,
  };
}

// ---------------------------------------------------------------------------------------------
// Page and server

function pageHtml(bundle) {
  const tag = bundle.name;
  const lastSection = LAST_SECTION[tag] ?? '';
  // The probe after the tag only registers callbacks (it runs before the deferred module), so it
  // costs nothing measurable; it has to be in the page so that "on screen" is not late by however
  // long Playwright takes to ask.
  return `<!doctype html>
<html lang="nb">
<head><meta charset="utf-8"><title>bench ${tag}</title></head>
<body>
<script>window.__t0 = performance.now();</script>
<script type="module" src="./${bundle.entryFile}"></script>
<${tag}></${tag}>
<script>
window.__ready = (async () => {
  const t0 = window.__t0;
  await customElements.whenDefined(${JSON.stringify(tag)});
  const defined = performance.now();
  const el = document.querySelector(${JSON.stringify(tag)});
  while (!(await el.updateComplete));
  const updated = performance.now();
  const lastId = ${JSON.stringify(lastSection)} || (el.definition && el.definition.sections && el.definition.sections.length
    ? 's-' + el.definition.sections[el.definition.sections.length - 1].id : '');
  const found = !!(el.shadowRoot && lastId && el.shadowRoot.getElementById(lastId));
  // Style and layout now, as the first frame would: the form is then ready to paint.
  el.getBoundingClientRect();
  const laidOut = performance.now();
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const painted = performance.now();
  return { defined: defined - t0, updated: updated - t0, laidOut: laidOut - t0, painted: painted - t0, lastId, found };
})();
</script>
</body>
</html>
`;
}

function startServer(bundles) {
  const byName = new Map(bundles.map((b) => [b.name, b]));
  const srv = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const [, name, file] = /^\/([\w-]+)\/(.*)$/.exec(url.pathname) ?? [];
    const bundle = byName.get(name);
    const headers = { 'cache-control': 'no-store' };
    if (!bundle) return res.writeHead(404, headers).end();
    if (file === '' || file === 'index.html')
      return res.writeHead(200, { ...headers, 'content-type': 'text/html; charset=utf-8' }).end(pageHtml(bundle));
    const path = resolve(bundle.outDir, file);
    if (!path.startsWith(bundle.outDir + sep) || !file.endsWith('.js')) return res.writeHead(404, headers).end();
    try {
      const body = readFileSync(path);
      res.writeHead(200, { ...headers, 'content-type': 'text/javascript; charset=utf-8' }).end(body);
    } catch {
      res.writeHead(404, headers).end();
    }
  });
  return new Promise((ok, fail) => {
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => ok({ srv, origin: `http://127.0.0.1:${srv.address().port}` }));
  });
}

async function freshPage() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') errors.push(`console.${m.type()}: ${m.text()}`);
  });
  return { context, page, errors };
}

async function openForm(origin, bundle) {
  const fresh = await freshPage();
  await fresh.page.goto(`${origin}/${bundle.name}/`);
  const ready = await fresh.page.evaluate(() => window.__ready);
  if (!ready.found) throw new Error(`${bundle.name}: #${ready.lastId || '(last section)'} is not in the shadow root after updateComplete`);
  return { ...fresh, ready };
}

// ---------------------------------------------------------------------------------------------
// 2. Load

async function measureLoad(origin, bundle, lazyFiles) {
  const one = async () => {
    const { context, page, ready, errors } = await openForm(origin, bundle);
    const extra = await page.evaluate(async () => {
      const t0 = window.__t0;
      // Paint timing arrives with the frame's presentation feedback, a little after the frame.
      const fcp = await new Promise((done) => {
        const get = () => performance.getEntriesByName('first-contentful-paint')[0];
        if (get()) return done(get());
        const po = new PerformanceObserver(() => get() && (po.disconnect(), done(get())));
        po.observe({ type: 'paint', buffered: true });
        setTimeout(() => (po.disconnect(), done(get() ?? null)), 1000);
      });
      const scripts = performance
        .getEntriesByType('resource')
        .filter((r) => r.initiatorType === 'script' || r.name.endsWith('.js'))
        .map((r) => ({ file: r.name.split('/').pop(), responseEnd: r.responseEnd - t0 }));
      return { fcp: fcp ? fcp.startTime - t0 : null, scripts };
    });
    await context.close();
    return { ...ready, ...extra, errors };
  };
  await one(); // warm-up: browser process start-up is not the page's cost
  const runs = [];
  for (let i = 0; i < CONFIG.loads; i++) runs.push(await one());
  const loadedLazy = [...new Set(runs.flatMap((r) => r.scripts.map((s) => s.file)).filter((f) => lazyFiles.includes(f)))];
  // The initial files only: chunks loaded after the form (drafts) are not on its way to the screen.
  const initialFiles = bundle.initial.files.map((f) => f.file);
  const scriptsDone = runs.map((r) => Math.max(...r.scripts.filter((s) => initialFiles.includes(s.file)).map((s) => s.responseEnd)));
  return {
    samples: runs.map((r) => round(r.laidOut)),
    laidOut: stats(runs.map((r) => r.laidOut)),
    painted: stats(runs.map((r) => r.painted)),
    breakdown: {
      scriptsFetched: round(median(scriptsDone)),
      defined: round(median(runs.map((r) => r.defined))),
      rendered: round(median(runs.map((r) => r.updated))),
      laidOut: round(median(runs.map((r) => r.laidOut))),
      painted: round(median(runs.map((r) => r.painted))),
      fcp: runs.every((r) => r.fcp != null) ? round(median(runs.map((r) => r.fcp))) : null,
    },
    scriptsLoaded: runs[0].scripts.map((s) => s.file),
    lazyChunksLoaded: loadedLazy,
    errors: [...new Set(runs.flatMap((r) => r.errors))],
    pass: median(runs.map((r) => r.laidOut)) <= TARGETS.loadMs,
  };
}

// ---------------------------------------------------------------------------------------------
// 3. Keystroke → totals on screen

/** Installs the probe: keydown timestamp (capture, window) and a MutationObserver on the total. */
async function installKeyProbe(page, tag, cellId, totalSelector) {
  // Typing starts once the page has settled, as a person's does: the drafts chunk loaded and its
  // IndexedDB read done, then a quiet half second. Start-up work is the load measure's.
  await page.evaluate(async (tag) => {
    await document.querySelector(tag).drafts?.ready;
    await new Promise((r) => setTimeout(r, 500));
  }, tag);
  const info = await page.evaluate(
    ({ tag, cellId, totalSelector }) => {
      const el = document.querySelector(tag);
      const root = el.shadowRoot;
      const input = root.getElementById(cellId);
      const total = root.querySelector(totalSelector);
      if (!input || !total) return { ok: false, input: !!input, total: !!total };
      input.scrollIntoView({ block: 'center' });
      input.focus();
      const probe = (window.__keyProbe = { keydown: null, pending: null });
      window.addEventListener('keydown', (e) => { if (/^\d$/.test(e.key)) probe.keydown = e.timeStamp; }, true);
      new MutationObserver(() => {
        const pending = probe.pending;
        if (!pending) return;
        probe.pending = null;
        const mutated = performance.now();
        // Style and layout now, as the next frame would: the totals are then ready to paint.
        total.getBoundingClientRect();
        const laidOut = performance.now();
        requestAnimationFrame(() => {
          const frame = performance.now();
          setTimeout(() => pending({ keydown: probe.keydown, mutated, laidOut, frame, painted: performance.now(), text: total.textContent.trim(), value: input.value }), 0);
        });
      }).observe(total, { childList: true, characterData: true, subtree: true });
      return { ok: true, focused: root.activeElement === input, total: total.textContent.trim(), value: input.value, nodes: root.querySelectorAll('*').length };
    },
    { tag, cellId, totalSelector },
  );
  if (!info.ok) throw new Error(`${tag}: cannot find ${info.input ? '' : `#${cellId} `}${info.total ? '' : totalSelector} in the shadow root`);
  if (!info.focused) throw new Error(`${tag}: #${cellId} did not take focus`);
  return info;
}

const nextFrame = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));

async function typeDigits(page, count) {
  const samples = [];
  let before = null;
  for (let i = 0; i < count; i++) {
    // Six digits at most per value (well inside a safe integer, so every key changes the total):
    // select all first, unmeasured, so the next digit replaces the value.
    if (i % 6 === 0) {
      await page.keyboard.press('ControlOrMeta+A');
      await nextFrame(page);
    }
    await page.evaluate(() => {
      const p = window.__keyProbe;
      p.keydown = null;
      p.result = new Promise((r) => (p.pending = r));
    });
    await page.keyboard.press(String((i % 9) + 1));
    const r = await page.evaluate(
      () => Promise.race([window.__keyProbe.result, new Promise((r) => setTimeout(() => r(null), 2000))]),
    );
    if (!r) throw new Error(`keystroke ${i + 1}: the total did not change within 2 s (value was ${before})`);
    if (r.keydown == null) throw new Error(`keystroke ${i + 1}: no keydown seen`);
    before = r.value;
    samples.push({
      rendered: r.laidOut - r.keydown, // the verdict: keydown → new totals in the DOM, styled and laid out
      frame: r.frame - r.keydown, // keydown → total changed → next rAF (adds the frame clock's wait)
      script: r.mutated - r.keydown, // keydown → total text in the DOM (all synchronous work)
      painted: r.painted - r.keydown, // → after that frame's rendering (rAF + task)
      value: r.value,
      total: r.text,
    });
    await nextFrame(page);
  }
  const summary = (k) => stats(samples.map((s) => s[k]));
  return {
    rendered: summary('rendered'),
    frame: summary('frame'),
    script: summary('script'),
    painted: summary('painted'),
    samples: samples.map((s) => ({ ...s, rendered: round(s.rendered), frame: round(s.frame), script: round(s.script), painted: round(s.painted) })),
  };
}

/** Evidence for where time goes: internals are read defensively, they may change. */
async function diagnose(page, tag) {
  return page.evaluate(async (tag) => {
    const el = document.querySelector(tag);
    const time = async (fn, n = 10) => {
      const xs = [];
      for (let i = 0; i < n; i++) {
        const t = performance.now();
        await fn();
        xs.push(performance.now() - t);
      }
      xs.sort((a, b) => a - b);
      return Math.round(xs[n >> 1] * 100) / 100;
    };
    const model = el.model;
    const out = {
      shadowNodes: el.shadowRoot.querySelectorAll('*').length,
      inputs: el.shadowRoot.querySelectorAll('input, textarea, select').length,
      rerender: await time(async () => {
        el.requestUpdate();
        await el.updateComplete;
      }),
    };
    if (model && typeof model.recompute === 'function') {
      out.issues = model.issues?.length ?? null;
      out.recompute = await time(() => model.recompute());
      if (typeof model.definition?.compute === 'function') out.compute = await time(() => model.definition.compute(model.data));
      out.checklist = await time(() => void model.checklist);
      out.visibleIssues = await time(() => void model.visibleIssues);
      out.structuredCloneData = await time(() => void structuredClone(model.data));
    }
    return out;
  }, tag);
}

/**
 * The typing scenarios start from a settled form: its drafts code (loaded in a task after the
 * first render) has arrived and its draft has been read, as when a user starts typing.
 */
async function openSettled(origin, bundle) {
  const opened = await openForm(origin, bundle);
  await opened.page.evaluate(async (tag) => {
    const el = document.querySelector(tag);
    await el.drafts?.ready;
    while (!(await el.updateComplete));
    await new Promise((r) => setTimeout(r, 200));
  }, bundle.name);
  return opened;
}

async function measureTyping(origin, bundle) {
  const tag = bundle.name;
  const results = {};

  // Default data (what a new applicant sees).
  {
    const { context, page, errors } = await openSettled(origin, bundle);
    const probe = await installKeyProbe(page, tag, CONFIG.cell, CONFIG.totalSelector);
    const typing = await typeDigits(page, CONFIG.keys);
    const diagnostics = await diagnose(page, tag);
    await context.close();
    results.base = {
      cell: CONFIG.cell,
      shadowNodes: probe.nodes,
      ...typing,
      diagnostics,
      errors,
      pass: typing.rendered.p95 < TARGETS.keyP95Ms,
      framePass: typing.frame.p95 < TARGETS.keyP95Ms,
    };
  }

  // Many budget lines, prefilled through `value`.
  {
    const { context, page, errors } = await openSettled(origin, bundle);
    const lines = CONFIG.lines;
    const prefill = await page.evaluate(
      async ({ tag, lines, element }) => {
        const el = document.querySelector(tag);
        const data = structuredClone(el.value ?? {});
        const budget = (data.budget ??= {});
        const costs = (budget.costs ??= {});
        costs[element] = { lines: Array.from({ length: lines }, (_, n) => ({ what: `Linje ${n + 1}`, grant: 1000, own: 500 })) };
        const t = performance.now();
        el.value = data;
        const set = performance.now();
        while (!(await el.updateComplete));
        const rendered = performance.now();
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        return { set: set - t, rendered: rendered - t, painted: performance.now() - t };
      },
      { tag, lines, element: CONFIG.lineElement },
    );
    const cell = `f-budget-costs-${CONFIG.lineElement}-lines-${lines - 1}-grant`;
    const probe = await installKeyProbe(page, tag, cell, CONFIG.totalSelector);
    const expected = (1000 * lines).toLocaleString('nb-NO');
    if (probe.total.replace(/\s/g, '') !== expected.replace(/\s/g, ''))
      throw new Error(`${lines} lines: the grant total shows "${probe.total}", expected ${expected}`);
    const typing = await typeDigits(page, CONFIG.keys);
    const diagnostics = await diagnose(page, tag);
    await context.close();
    results.lines = {
      lines,
      cell,
      shadowNodes: probe.nodes,
      prefill: { set: round(prefill.set), rendered: round(prefill.rendered), painted: round(prefill.painted) },
      ...typing,
      diagnostics,
      errors,
      pass: typing.rendered.p95 < TARGETS.keyP95LinesMs,
      framePass: typing.frame.p95 < TARGETS.keyP95LinesMs,
    };
  }
  return results;
}

// ---------------------------------------------------------------------------------------------
// 4. The Node entry: validation throughput and the command line on 10 000 files

async function measureNode() {
  // The entry as shipped: dist/node, built here so the numbers are of the current sources.
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build-node.mjs')], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const { validateSubmission, submissionOf } = await import(pathToFileURL(join(ROOT, 'dist', 'node', 'index.js')).href);
  // A realistic full application: the stories' complete one (every section, lines, partners).
  const fixture = join(outRoot, 'fixture.mjs');
  await esbuild({ entryPoints: [join(ROOT, 'stories', 'fixtures', 'helseteknologi.ts')], bundle: true, platform: 'node', format: 'esm', outfile: fixture, packages: 'external', logLevel: 'warning' });
  const { completeApplication } = await import(pathToFileURL(fixture).href);
  const text = JSON.stringify(submissionOf('helseteknologi/soknad', completeApplication(), { now: new Date('2026-11-20T10:00:00Z') }));
  if (!validateSubmission(JSON.parse(text)).valid) throw new Error('node: the complete application is not valid');

  // One thread is one core: count for about two seconds after a warm-up, in a Node process of
  // its own (as a back end runs it), not in this one with its browser driver and build results.
  const textFile = join(outRoot, 'application.json');
  writeFileSync(textFile, text);
  const counter = join(outRoot, 'count.mjs');
  writeFileSync(
    counter,
    `import { readFileSync } from 'node:fs';
const { validateSubmission } = await import(process.argv[2]);
const text = readFileSync(process.argv[3], 'utf8');
const rate = (fn) => {
  for (let i = 0; i < 200; i++) fn();
  let n = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < 2000) for (let i = 0; i < 50; i++, n++) fn();
  return n / ((performance.now() - t0) / 1000);
};
const parsed = rate(() => validateSubmission(JSON.parse(text)));
const object = JSON.parse(text);
console.log(JSON.stringify({ parsed, objectOnly: rate(() => validateSubmission(object)) }));
`,
  );
  const entry = pathToFileURL(join(ROOT, 'dist', 'node', 'index.js')).href;
  const { parsed, objectOnly } = JSON.parse(execFileSync(process.execPath, [counter, entry, textFile], { cwd: ROOT }).toString());

  // The CLI on 10 000 files (each one the application with its own title).
  const dir = join(outRoot, 'files');
  mkdirSync(dir);
  const files = [];
  for (let i = 0; i < CONFIG.cliFiles; i++) {
    const file = join(dir, `soknad-${String(i).padStart(5, '0')}.json`);
    writeFileSync(file, text.replace('"Digitalt tilsyn i hjemmetjenesten"', `"Digitalt tilsyn i hjemmetjenesten ${i}"`));
    files.push(file);
  }
  const t0 = performance.now();
  const cli = spawnSync(process.execPath, [join(ROOT, 'bin', 'tilskuddsskjema.js'), 'validate', '--json', ...files], { stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 30 });
  const cliMs = performance.now() - t0;
  const lines = cli.stdout.toString().trim().split('\n');
  if (cli.status !== 0 || lines.length !== files.length) throw new Error(`node: the CLI exited ${cli.status} with ${lines.length} lines for ${files.length} files: ${cli.stderr}`);
  return {
    bytes: text.length,
    perSecond: Math.round(parsed),
    perSecondWithoutParse: Math.round(objectOnly),
    cli: { files: files.length, ms: round(cliMs, 0), perFileMs: round(cliMs / files.length, 3) },
    pass: parsed >= TARGETS.validationsPerSecond,
  };
}

// ---------------------------------------------------------------------------------------------
// Main

function gitInfo() {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim() !== '';
    return { commit, dirty };
  } catch {
    return { commit: null, dirty: null };
  }
}

async function main() {
  outRoot = mkdtempSync(join(tmpdir(), 'tilskuddsskjema-bench-'));

  progress(`bench: building ${entries.length} embed(s) with Vite ${viteVersion}…`);
  const bundles = [];
  for (const name of entries) bundles.push(await buildEntry(name));
  for (const b of bundles)
    if (!b.production.ok) throw new Error(`${b.name}: not a production build: ${JSON.stringify(b.production)}`);

  const { srv, origin } = await startServer(bundles);
  server = srv;
  browser = await chromium.launch({ executablePath: CHROME, headless: true, args: CHROME_ARGS });
  const chromeVersion = browser.version();

  const loads = {};
  for (const b of bundles) {
    progress(`bench: ${b.name}: ${CONFIG.loads} fresh loads…`);
    // Only a locale chunk on a bokmål page would be a mistake; the drafts chunk loads after the form by design.
    loads[b.name] = await measureLoad(origin, b, b.lazy.filter((l) => l.locale).map((l) => l.file));
  }

  let floors = null;
  if (bundles.some((b) => b.name === CONFIG.typingForm)) {
    progress(`bench: reference points: a bare Lit element, and ${CONFIG.typingForm}'s DOM as static HTML…`);
    floors = await measureFloors({ browser, root: ROOT, outDir: outRoot, loads: CONFIG.loads, formUrl: `${origin}/${CONFIG.typingForm}/`, tag: CONFIG.typingForm, stats });
  }

  const typingBundle = bundles.find((b) => b.name === CONFIG.typingForm);
  let typing = null;
  if (typingBundle) {
    progress(`bench: ${typingBundle.name}: typing ${CONFIG.keys} keys, then again with ${CONFIG.lines} budget lines…`);
    typing = await measureTyping(origin, typingBundle);
  }

  // Chromium is done: closed, so that its processes do not share the two cores with the Node count.
  await browser.close();
  browser = undefined;

  progress(`bench: Node entry: validation throughput, then the CLI on ${CONFIG.cliFiles} files…`);
  const node = await measureNode();

  await cleanup();
  const seconds = (performance.now() - started) / 1000;

  // ---- Report
  const git = gitInfo();
  log('');
  log(`tilskuddsskjema bench · Chromium ${chromeVersion} (headless) · Node ${process.versions.node} · ${cpus().length} CPU · Vite ${viteVersion}`);
  log(`git ${git.commit ?? '(no commits)'}${git.dirty ? ' + uncommitted src/ changes' : ''} · ${new Date().toISOString()}`);

  log('\n1. Embed bundle, initial load (entry + static imports), minified, gzip -9 · target ≤ 30 kB gzip');
  log(
    table(
      [
        ['entry', 'raw', 'gzip', 'files', 'lazy chunks (gzip)', 'target'],
        ...bundles.map((b) => [
          b.name,
          kB(b.initial.raw),
          kB(b.initial.gzip),
          b.initial.files.length,
          b.lazy.map((l) => `${l.locale ?? l.file} ${kB(l.gzip)}`).join(', ') || '–',
          `${verdict(b.pass)}${b.pass ? '' : ` (+${kB(b.initial.gzip - TARGETS.gzipBytes)})`}`,
        ]),
      ],
      [, 'r', 'r', 'r'],
    ),
  );
  for (const b of bundles) {
    const top = b.breakdown.slice(0, 6).map((g) => `${g.group} ${Math.round(g.share * 100)}%`);
    log(`  ${b.name} by source (pre-minify share): ${top.join(', ')}`);
    if (b.initial.files.length > 1) log(`  ${b.name}: ${b.initial.files.length} files in the initial load, fetched one after the other: ${b.initial.files.map((f) => f.file).join(' → ')}`);
    for (const w of b.warnings) log(`  build warning: ${w.split('\n')[0]}`);
  }

  log(`\n2. Script start → whole form rendered (defined, updateComplete, last section in the DOM, style + layout), ${CONFIG.loads} fresh loads · target ≤ ${TARGETS.loadMs} ms`);
  log(
    table(
      [
        ['entry', 'median', 'min', 'max', 'fetched', 'defined', 'updated', 'next frame', 'FCP', 'target'],
        ...bundles.map((b) => {
          const l = loads[b.name];
          return [b.name, ms(l.laidOut.median), ms(l.laidOut.min), ms(l.laidOut.max), ms(l.breakdown.scriptsFetched), ms(l.breakdown.defined), ms(l.breakdown.rendered), ms(l.breakdown.painted), ms(l.breakdown.fcp), verdict(l.pass)];
        }),
      ],
      [, 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
    ),
  );
  for (const b of bundles) {
    const l = loads[b.name];
    if (l.lazyChunksLoaded.length) log(`  ! ${b.name}: lazy chunks were loaded on a bokmål page: ${l.lazyChunksLoaded.join(', ')}`);
    if (l.errors.length) log(`  ! ${b.name}: page errors/warnings: ${l.errors.slice(0, 3).join(' | ')}`);
  }
  if (floors) {
    const { litElement: lit, staticForm: dom } = floors;
    log('  reference points, timed the same way on this machine (median, min–max):');
    log(
      table([
        ['a Lit element with one heading and one paragraph', ms(lit.median), `${ms(lit.min)}–${ms(lit.max)}`, ''],
        [`${dom.tag}'s rendered DOM as static HTML, no script`, ms(dom.median), `${ms(dom.min)}–${ms(dom.max)}`, `${dom.elements} elements`],
      ]).replace(/^ {2}/gm, '    '),
    );
  }

  if (typing) {
    const t = typing;
    log(`\n3. Keystroke in a budget cell → new totals rendered (keydown timeStamp → MutationObserver → style + layout), ${CONFIG.keys} keys`);
    log(
      table(
        [
          ['scenario', 'median', 'p95', 'max', 'target', '', 'next frame med', 'p95', 'painted p95'],
          ...[
            ['budget cell', t.base, TARGETS.keyP95Ms],
            [`${t.lines.lines} lines`, t.lines, TARGETS.keyP95LinesMs],
          ].map(([label, r, target]) => [
            label,
            ms(r.rendered.median),
            ms(r.rendered.p95),
            ms(r.rendered.max),
            `p95 < ${target} ms`,
            verdict(r.pass),
            ms(r.frame.median),
            ms(r.frame.p95),
            ms(r.painted.p95),
          ]),
        ],
        [, 'r', 'r', 'r', , , 'r', 'r', 'r'],
      ),
    );
    log('  rendered = all the work the keystroke causes before the browser can paint: its text input, the element\'s');
    log('  update, and the style and layout of the new totals. The next frame then comes on the 60 Hz frame clock:');
    log('  Chromium hands a key to the page at any point of the 16.7 ms frame, so "next frame" adds 0–16.7 ms for any');
    log('  page, and its p95 sits near 16 ms however little the page does; painted = that frame + a task.');
    for (const [label, r] of [['budget cell', t.base], [`${t.lines.lines} lines`, t.lines]])
      if (r.errors.length) log(`  ! ${label}: page errors/warnings: ${[...new Set(r.errors)].slice(0, 3).join(' | ')}`);
    log(`  prefill ${t.lines.lines} lines via value → rendered ${ms(t.lines.prefill.rendered)}, on screen ${ms(t.lines.prefill.painted)}`);
    const d0 = t.base.diagnostics;
    const d1 = t.lines.diagnostics;
    log('\n   diagnostics (median of 10, in page)        default data   ' + `${t.lines.lines} lines`);
    const row = (label, k, f = ms) => log(`   ${pad(label, 42)} ${lpad(d0[k] == null ? '–' : f(d0[k]), 12)}   ${lpad(d1[k] == null ? '–' : f(d1[k]), 12)}`);
    row('re-render (requestUpdate → updateComplete)', 'rerender');
    row('model.recompute() (compute + validate)', 'recompute');
    row('  of which definition.compute()', 'compute');
    row('model.checklist (runs on every change)', 'checklist');
    row('model.visibleIssues (runs on every render)', 'visibleIssues');
    row('structuredClone(data)', 'structuredCloneData');
    row('issues', 'issues', String);
    row('elements in the shadow root', 'shadowNodes', String);
  }

  log(`\n4. Node entry (dist/node): a full application (${kB(node.bytes)} of JSON), one thread = one core · target ≥ ${TARGETS.validationsPerSecond} per second`);
  log(
    table(
      [
        ['measure', 'value', 'target'],
        ['JSON.parse + validateSubmission', `${node.perSecond.toLocaleString('en')} /s`, verdict(node.pass)],
        ['validateSubmission alone', `${node.perSecondWithoutParse.toLocaleString('en')} /s`, ''],
        [`CLI: validate --json, ${node.cli.files} files, one process`, `${(node.cli.ms / 1000).toFixed(1)} s (${node.cli.perFileMs} ms a file)`, ''],
      ],
      [, 'r'],
    ),
  );

  const verdicts = [
    ...bundles.map((b) => b.pass),
    ...bundles.map((b) => loads[b.name].pass),
    ...(typing ? [typing.base.pass, typing.lines.pass] : []),
    node.pass,
  ];
  log(`\n${verdicts.filter(Boolean).length}/${verdicts.length} targets PASS · run took ${seconds.toFixed(1)} s`);

  const json = {
    meta: {
      date: new Date().toISOString(),
      git,
      node: process.versions.node,
      chromium: chromeVersion,
      vite: viteVersion,
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? null,
      config: CONFIG,
      chromeArgs: CHROME_ARGS,
      seconds: round(seconds, 1),
    },
    targets: TARGETS,
    bundles: bundles.map(({ outDir, ...b }) => b),
    load: loads,
    floors,
    typing,
    node,
  };
  mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
  writeFileSync(join(ROOT, 'bench-results', 'latest.json'), JSON.stringify(json, null, 2) + '\n');
  log(`results: ${relative(process.cwd(), join(ROOT, 'bench-results', 'latest.json')) || 'bench-results/latest.json'}${keep ? ` · bundles kept in ${outRoot}` : ''}`);
  if (process.env.BENCH_STRICT === '1' && verdicts.includes(false)) process.exitCode = 1;
}

try {
  await main();
} catch (error) {
  console.error(`bench failed: ${error?.stack ?? error}`);
  process.exitCode = 1;
} finally {
  await cleanup();
  clearTimeout(watchdog);
}
