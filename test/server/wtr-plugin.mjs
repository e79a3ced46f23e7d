// Lets browser tests ask the built Node entry (dist/node, from `npm run build`) and the JSON
// Schemas (dist/schemas, checked with ajv) for their verdict on the same submissions.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ENTRY = `${ROOT}dist/node/index.js`;

let entry;
const validators = new Map();

async function load() {
  if (!existsSync(ENTRY)) throw new Error('dist/node/index.js is missing: run `npm run build` before the tests (npm test does)');
  entry ??= await import(pathToFileURL(ENTRY).href);
  return entry;
}

function schemaValidator(id) {
  if (!validators.has(id)) {
    const file = `${ROOT}dist/schemas/${id.replace('/', '-')}.schema.json`;
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    validators.set(id, ajv.compile(JSON.parse(readFileSync(file, 'utf8'))));
  }
  return validators.get(id);
}

export function nodeEntryPlugin() {
  return {
    name: 'node-entry',
    async executeCommand({ command, payload }) {
      if (command !== 'node-validate') return undefined;
      const { validateSubmission } = await load();
      return payload.submissions.map((submission) => {
        const result = validateSubmission(submission, { lang: payload.lang, config: payload.config });
        const check = schemaValidator(submission.schema);
        const schemaValid = check(submission);
        return {
          valid: result.valid,
          issues: result.issues.map(({ path, rule, severity, code }) => ({ path, rule, severity, code })),
          computed: result.computed,
          schemaValid,
          schemaErrors: schemaValid ? [] : (check.errors ?? []).slice(0, 3).map((e) => `${e.instancePath} ${e.message}`),
        };
      });
    },
  };
}
