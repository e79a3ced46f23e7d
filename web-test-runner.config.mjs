// Tests run in Debian's Chromium (no test tool may download its own browser here).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { fileURLToPath } from 'node:url';
import { draftTestPlugin } from './test/drafts/wtr-plugin.mjs';
import { nodeEntryPlugin } from './test/server/wtr-plugin.mjs';
import { inlineTextThunks } from './scripts/vite-text-thunks.mjs';

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

export default {
  // test/node runs in Node (scripts/test.mjs), not in the browser.
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: true,
  concurrency: 2,
  // GREP=... runs only the tests whose names match (mocha's grep).
  testFramework: { config: { timeout: 20000, ...(process.env.GREP ? { grep: process.env.GREP } : {}) } },
  testsFinishTimeout: 10 * 60 * 1000,
  plugins: [
    // The texts as the build ships them (scripts/vite-text-thunks.mjs), before esbuild sees the TS.
    {
      name: 'text-thunks',
      transform(context) {
        if (context.path.startsWith('/src/') && context.path.endsWith('.ts') && context.body.includes('registerTexts('))
          return { body: inlineTextThunks(context.body) };
      },
    },
    // tsconfig must be passed, or esbuild ignores the project's TS settings.
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
    // test/drafts: second pages, reloads, closes, quota, downloads, a receiving server.
    draftTestPlugin(),
    // test/server: the built Node entry and the JSON Schemas judge the same submissions.
    nodeEntryPlugin(),
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
        ],
      },
    }),
  ],
};
