// Two reference points for the load target of `npm run bench`, timed as the forms are (inline
// script → module → defined → updateComplete → style + layout), on the same machine and browser:
//
//   - a Lit element that renders one heading and one paragraph: what any Lit embed costs here;
//   - one form's rendered DOM as static HTML (declarative shadow DOM, its styles, no script):
//     what parsing, styling and laying out that much form costs with no code at all.
//
// They make the form's own figure readable: the part above both is the kit's script.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const FLOOR_TAG = 'bench-floor';

/** Times from the first inline script to the page laid out, as the forms' pages do. */
const page = (body, ready) => `<!doctype html>
<html lang="nb">
<head><meta charset="utf-8"><title>bench reference</title></head>
<body>
<script>window.__t0 = performance.now();</script>
${body}
<script>${ready}</script>
</body>
</html>
`;

const elementPage = page(
  `<script type="module" src="./floor.js"></script><${FLOOR_TAG}></${FLOOR_TAG}>`,
  `window.__ready = (async () => {
  await customElements.whenDefined('${FLOOR_TAG}');
  const el = document.querySelector('${FLOOR_TAG}');
  while (!(await el.updateComplete));
  el.getBoundingClientRect();
  return performance.now() - window.__t0;
})();`,
);

const staticPage = (css, markup) =>
  page(
    `<div id="form"><template shadowrootmode="open"><style>${css}</style>${markup}</template></div>`,
    `document.body.getBoundingClientRect();
window.__ready = Promise.resolve(performance.now() - window.__t0);`,
  );

/** Builds the Lit element the way the embeds are built (production, minified, bundled). */
async function buildElement(root, outDir) {
  const source = fileURLToPath(new URL('./bench-floor-element.js', import.meta.url));
  await build({
    configFile: false,
    root,
    logLevel: 'error',
    publicDir: false,
    resolve: { conditions: ['module', 'browser', 'production'] },
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      target: 'es2022',
      minify: true,
      outDir: join(outDir, 'floor'),
      emptyOutDir: true,
      reportCompressedSize: false,
      lib: { entry: { floor: source }, formats: ['es'] },
      rolldownOptions: { output: { minify: true, comments: false } },
    },
  });
  return join(outDir, 'floor', 'floor.js');
}

/** The form's shadow DOM and its adopted styles, as it stands after its first render. */
async function renderedForm(browser, formUrl, tag) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const p = await context.newPage();
    await p.goto(formUrl);
    await p.evaluate(() => window.__ready);
    return await p.evaluate((tag) => {
      const root = document.querySelector(tag).shadowRoot;
      const css = root.adoptedStyleSheets.map((sheet) => [...sheet.cssRules].map((r) => r.cssText).join('\n')).join('\n');
      // Lit's part markers are comments: a static page would not have them.
      const markup = root.innerHTML.replace(/<!--[^]*?-->/g, '');
      return { css, markup, elements: root.querySelectorAll('*').length };
    }, tag);
  } finally {
    await context.close();
  }
}

/**
 * Both reference points, each the median of `loads` fresh loads (after one warm-up load).
 * `formUrl` is a form page of the bench's own server; `tag` its element.
 */
export async function measureFloors({ browser, root, outDir, loads, formUrl, tag, stats }) {
  const script = await buildElement(root, outDir);
  const form = await renderedForm(browser, formUrl, tag);
  const pages = { '/element': elementPage, '/static': staticPage(form.css, form.markup) };
  const srv = createServer((req, res) => {
    const headers = { 'cache-control': 'no-store' };
    if (pages[req.url]) return res.writeHead(200, { ...headers, 'content-type': 'text/html; charset=utf-8' }).end(pages[req.url]);
    if (req.url === '/floor.js') return res.writeHead(200, { ...headers, 'content-type': 'text/javascript' }).end(readFileSync(script));
    res.writeHead(404, headers).end();
  });
  await new Promise((ok) => srv.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${srv.address().port}`;
  const time = async (path) => {
    const one = async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      try {
        const p = await context.newPage();
        await p.goto(origin + path);
        return await p.evaluate(() => window.__ready);
      } finally {
        await context.close();
      }
    };
    await one();
    const xs = [];
    for (let i = 0; i < loads; i++) xs.push(await one());
    return stats(xs);
  };
  try {
    return { litElement: await time('/element'), staticForm: { ...(await time('/static')), tag, elements: form.elements } };
  } finally {
    srv.closeAllConnections?.();
    await new Promise((ok) => srv.close(() => ok()));
  }
}
