// Test-only server commands for test/drafts: more pages in the test's own browser context (the
// same origin, so the same IndexedDB and BroadcastChannel), real reloads and closes, downloads
// and file uploads through Playwright, and a receiving server on
// 127.0.0.1 that answers as a test asks (500, no answer, 200) and counts what it accepted.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';

/** Runs in a page: writes filler to localStorage until it refuses, to within one character. */
function fillLocalStorage() {
  let size = 1 << 24;
  let n = 0;
  while (size >= 1) {
    try {
      localStorage.setItem(`filler-${n}`, 'x'.repeat(size));
      n++;
    } catch {
      size >>= 1;
    }
  }
  return n;
}

export function draftTestPlugin() {
  /** Pages a test opened, by id; `main` is the test page itself. */
  const pages = new Map();
  const downloads = new Map();
  /** Per page opened with `holdDrafts`: lets its drafts code through. */
  const releases = new Map();
  let nextId = 1;
  let receiver;
  let receiverUrl;
  /** Per scenario: the answers still to give, every request, the accepted submissions by key. */
  const scenarios = new Map();

  const pageOf = (session, id) => (id === 'main' || id === undefined ? session.browser.getPage(session.id) : pages.get(id));

  function receive(req, res) {
    const cors = {
      'access-control-allow-origin': req.headers.origin ?? '*',
      'access-control-allow-headers': 'content-type, idempotency-key',
      'access-control-allow-methods': 'POST, GET',
    };
    if (req.method === 'OPTIONS') return res.writeHead(204, cors).end();
    // Where an expired session sends the user: a web page, not a receipt.
    if (req.url === '/login') return res.writeHead(200, { ...cors, 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><title>Logg inn</title><form>…</form>');
    const [, name] = /^\/submit\/([\w-]+)/.exec(req.url ?? '') ?? [];
    const scenario = name && scenarios.get(name);
    if (!scenario) return res.writeHead(404, cors).end();
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', async () => {
      const key = req.headers['idempotency-key'];
      const type = req.headers['content-type'] ?? '';
      const raw = Buffer.concat(chunks);
      let json;
      const files = [];
      try {
        if (type.startsWith('multipart/form-data')) {
          // Attachments: the JSON is the part `submission`, each file a part named by its path.
          const form = await new Response(raw, { headers: { 'content-type': type } }).formData();
          json = JSON.parse(await form.get('submission').text());
          for (const [name, value] of form) if (name !== 'submission') files.push({ path: name, name: value.name, type: value.type, text: await value.text() });
        } else json = JSON.parse(raw.toString('utf8'));
      } catch {
        json = undefined;
      }
      const answer = scenario.plan.length > 1 ? scenario.plan.shift() : scenario.plan[0];
      scenario.requests.push({ key, bodyKey: json?.idempotencyKey, answer, type: type.split(';')[0], files });
      if (answer === 500) return res.writeHead(500, cors).end('Internal Server Error');
      // The session ran out: on to the login page, nothing stored.
      if (answer === 'login') return res.writeHead(302, { ...cors, location: `${receiverUrl}/login` }).end();
      // Accepted (once per key): a repeated key gets the first answer's reference back.
      if (!scenario.accepted.has(key)) scenario.accepted.set(key, { reference: `REF-${scenario.accepted.size + 1001}`, data: json?.data });
      const { reference } = scenario.accepted.get(key);
      // "No answer": the server took it, but the answer never comes in time.
      if (answer === 'hang') return void setTimeout(() => res.destroyed || res.writeHead(504, cors).end(), 8000);
      res.writeHead(200, { ...cors, 'content-type': 'application/json' }).end(JSON.stringify({ reference }));
    });
  }

  return {
    name: 'draft-test-commands',
    async serverStart() {
      receiver = createServer(receive);
      await new Promise((resolve) => receiver.listen(0, '127.0.0.1', resolve));
      receiverUrl = `http://127.0.0.1:${receiver.address().port}`;
    },
    async serverStop() {
      receiver?.closeAllConnections?.();
      await new Promise((resolve) => receiver?.close(resolve) ?? resolve());
    },
    async executeCommand({ command, payload = {}, session }) {
      if (!command.startsWith('drafts:')) return undefined;
      switch (command) {
        case 'drafts:open': {
          const main = session.browser.getPage(session.id);
          const url = new URL(payload.path, main.url());
          // A full disk: a browser context of its own (a profile, as another user's browser would
          // be) whose origin quota is set before its first write, so IndexedDB refuses for real.
          const context = payload.fullDisk ? await main.context().browser().newContext() : main.context();
          const page = await context.newPage();
          if (payload.fullDisk) {
            const cdp = await context.newCDPSession(page);
            await cdp.send('Storage.overrideQuotaForOrigin', { origin: url.origin, quotaSize: 1 });
          }
          // `holdDrafts`: the drafts code is held back until `release`, as on a slow line, so a
          // test can type into the form before it arrives.
          let release;
          if (payload.holdDrafts) {
            const held = new Promise((resolve) => (release = resolve));
            await page.route(/drafts-impl/, async (route) => {
              await held;
              await route.continue();
            });
          }
          await page.goto(url.href);
          await page.waitForFunction((flag) => window[flag] === true, payload.holdDrafts ? 'formShown' : 'formReady');
          // localStorage has its own limit, outside the quota: filled here until it refuses.
          if (payload.fullDisk === 'all') await page.evaluate(fillLocalStorage);
          const id = `p${nextId++}`;
          pages.set(id, page);
          if (release) releases.set(id, release);
          if (payload.fullDisk) page.on('close', () => context.close());
          return { id };
        }
        case 'drafts:page': {
          const page = pageOf(session, payload.page);
          const { selector, text } = payload;
          switch (payload.do) {
            case 'type':
              // Appends, as a user who clicks into a filled field and types on.
              await page.locator(selector).press('Control+End');
              await page.locator(selector).pressSequentially(text);
              return true;
            case 'paste':
              // As a paste: the text goes in through the browser's input path in one edit.
              await page.locator(selector).focus();
              await page.keyboard.insertText(text);
              return true;
            case 'click':
              await page.locator(selector).click();
              return true;
            case 'dblclick':
              await page.locator(selector).dblclick();
              return true;
            case 'wait':
              await page.locator(selector).waitFor({ state: payload.state ?? 'visible', timeout: payload.timeout ?? 5000 });
              return true;
            case 'value':
              return page.locator(selector).inputValue();
            case 'text':
              return (await page.locator(selector).textContent()) ?? '';
            case 'eval':
              // Wrapped: `undefined` or `null` would read as "command not handled" to the runner.
              return { result: await page.evaluate(payload.expression) };
            case 'release':
              releases.get(payload.page)?.();
              await page.waitForFunction(() => window.formReady === true);
              return true;
            case 'reload':
              await page.reload();
              await page.waitForFunction(() => window.formReady === true);
              return true;
            case 'close':
              await page.close();
              pages.delete(payload.page);
              return true;
            case 'upload':
              await page.locator(selector).setInputFiles({ name: payload.name, mimeType: payload.mimeType ?? 'application/json', buffer: Buffer.from(text) });
              return true;
            default:
              throw new Error(`drafts:page: unknown action ${payload.do}`);
          }
        }
        case 'drafts:download-start': {
          const page = pageOf(session, payload.page);
          downloads.set(payload.page ?? 'main', page.waitForEvent('download', { timeout: 10000 }));
          return true;
        }
        case 'drafts:download-result': {
          const download = await downloads.get(payload.page ?? 'main');
          downloads.delete(payload.page ?? 'main');
          return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
        }
        case 'drafts:receiver': {
          scenarios.set(payload.scenario, { plan: [...payload.plan], requests: [], accepted: new Map() });
          return { url: `${receiverUrl}/submit/${payload.scenario}` };
        }
        case 'drafts:receiver-log': {
          const scenario = scenarios.get(payload.scenario);
          return { requests: scenario.requests, accepted: [...scenario.accepted].map(([key, v]) => ({ key, ...v })) };
        }
        default:
          throw new Error(`unknown command ${command}`);
      }
    },
  };
}
