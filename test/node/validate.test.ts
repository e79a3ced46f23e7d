import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import { entry, FMK_CONFIG, ROOT, validSubmissions } from './support.js';

const { validateSubmission, validateData, jsonSchema, formIds, LIMITS } = entry;
const copy = <T>(v: T): T => JSON.parse(JSON.stringify(v));

describe('Node entry: plain Node, no browser globals', () => {
  it('loads and runs without window, document or customElements', () => {
    assert.equal(typeof (globalThis as Record<string, unknown>).window, 'undefined');
    assert.equal(typeof (globalThis as Record<string, unknown>).document, 'undefined');
    assert.equal(typeof (globalThis as Record<string, unknown>).customElements, 'undefined');
    assert.deepEqual(formIds(), ['helseteknologi/soknad', 'helseteknologi/rapport', 'fmk/soknad', 'fmk/rapport', 'fmk/klage']);
  });
});

describe('Node entry: whole submissions', () => {
  for (const [name, submission] of Object.entries(validSubmissions())) {
    it(`${name}: the valid submission is accepted, with the same computed block and checklist`, () => {
      const result = validateSubmission(copy(submission), { config: FMK_CONFIG });
      assert.deepEqual(result.issues.filter((i) => i.severity === 'error'), []);
      assert.equal(result.valid, true);
      assert.deepEqual(result.computed, copy(submission.computed));
      assert.equal(result.checklist?.complete, result.checklist?.total);
    });
  }

  it('a computed block that disagrees with the recomputation is invalid: the server trusts its own arithmetic', () => {
    const submission = copy(validSubmissions()['helseteknologi/soknad']) as any;
    submission.computed.budget.grant += 1;
    const result = validateSubmission(submission);
    assert.equal(result.valid, false);
    const issue = result.issues.find((i) => i.code === 'computed.mismatch');
    assert.equal(issue?.path, 'computed.budget.grant');
    assert.match(issue!.message, /520 ?001.*520 ?000|innsendingen har 520001, men riktig verdi er 520000/);
  });

  it('every issue has path, severity, rule id, stable code and the message in the asked language (ALL-2)', () => {
    const submission = copy(validSubmissions()['helseteknologi/soknad']) as any;
    submission.data.applicant.orgnr = '988077918';
    const [nb, nn, en] = (['nb', 'nn', 'en'] as const).map((lang) => validateSubmission(submission, { lang }).issues.find((i) => i.rule === 'ALL-2')!);
    assert.deepEqual({ path: nb.path, severity: nb.severity, code: nb.code }, { path: 'applicant.orgnr', severity: 'error', code: 'orgnr.checksum' });
    assert.match(nb.message, /Organisasjonsnummeret finnes ikke/);
    assert.match(nn.message, /Organisasjonsnummeret finst ikkje/);
    assert.match(en.message, /organisation number/i);
  });

  it('answers in a branch not chosen, or keys the form does not have, are refused', () => {
    const submission = copy(validSubmissions()['helseteknologi/soknad']) as any;
    submission.data.signature.delegation = 'Delegert i vedtak 12/24'; // authority is "director"
    submission.data.applicant.iban = 'NO93 8601 1117 947';
    submission.data.applicant.toString = 'a name every object has on its prototype';
    const codes = validateSubmission(submission).issues.filter((i) => i.code === 'data.unexpected').map((i) => i.path);
    assert.deepEqual(codes.sort(), ['data.applicant.iban', 'data.applicant.toString', 'data.signature.delegation']);
  });

  it('knows its schema versions and says which it does not know', () => {
    const submission = copy(validSubmissions()['fmk/klage']) as any;
    submission.schemaVersion = '0.9.0';
    const result = validateSubmission(submission);
    assert.equal(result.valid, false);
    assert.equal(result.issues[0]!.code, 'envelope.version.unknown');
    assert.match(result.issues[0]!.message, /0\.9\.0.*1\.0\.0/);
    const unknown = validateSubmission({ ...submission, schema: 'fmk/soeknad' });
    assert.equal(unknown.issues[0]!.code, 'envelope.schema.unknown');
    assert.match(unknown.issues[0]!.message, /fmk\/soknad/);
  });

  it('a form id and data alone (no envelope) gives issues, computed and checklist', () => {
    const result = validateData('fmk/klage', {}, { lang: 'nb' });
    assert.equal(result.valid, false);
    assert.ok(result.issues.some((i) => i.rule === 'FMK-K1'));
    assert.ok(result.checklist && result.checklist.total > 0);
  });

  it('deadline warnings read as on the day it was sent, not the day it is checked (FMK-K2)', () => {
    const submission = copy(validSubmissions()['fmk/klage']) as any;
    const onTime = validateSubmission(submission);
    assert.equal(onTime.issues.some((i) => i.rule === 'FMK-K2' && i.severity === 'warning'), false);
    const late = validateSubmission({ ...submission, submittedAt: '2030-01-01T10:00:00.000Z', computed: { deadline: { ...submission.computed.deadline, passed: true } } });
    assert.ok(late.issues.some((i) => i.rule === 'FMK-K2' && i.severity === 'warning'));
    assert.equal(late.valid, true, 'a warning does not block');
  });
});

describe('Node entry: hostile input answers with issues, in bounded time', () => {
  const timed = (fn: () => unknown) => {
    const t = performance.now();
    const value = fn();
    return { value: value as ReturnType<typeof validateSubmission>, ms: performance.now() - t };
  };

  it(`JSON nested 100 000 deep is cut at ${LIMITS.depth} levels`, () => {
    const deep = JSON.parse(`{"schema":"fmk/klage","schemaVersion":"1.0.0","data":{"x":${'['.repeat(100_000)}${']'.repeat(100_000)}}}`);
    const { value, ms } = timed(() => validateSubmission(deep));
    assert.equal(value.valid, false);
    assert.ok(value.issues.some((i) => i.code === 'input.tooDeep'));
    assert.ok(ms < 1000, `${ms} ms`);
  });

  it('__proto__, constructor and prototype keys are refused and pollute nothing', () => {
    const text = JSON.stringify(validSubmissions()['fmk/klage']).replace('"data":{', '"data":{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},');
    const result = validateSubmission(JSON.parse(text));
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.deepEqual(result.issues.filter((i) => i.code === 'input.forbiddenKey').map((i) => i.path).sort(), ['data.__proto__', 'data.constructor']);
    assert.equal(result.valid, false);
  });

  it('strings where numbers belong, and numbers where strings belong, are issues at the field (ALL-1)', () => {
    const submission = copy(validSubmissions()['helseteknologi/soknad']) as any;
    submission.data.budget.totalCost = '1000000';
    submission.data.project.title = 1234;
    const result = validateSubmission(submission);
    assert.ok(result.issues.some((i) => i.path === 'budget.totalCost' && i.rule === 'ALL-1'));
    assert.ok(result.issues.some((i) => i.path === 'project.title' && i.code === 'value.type'));
  });

  it(`huge arrays are cut at ${LIMITS.arrayItems} items and answered within a second`, () => {
    const submission = copy(validSubmissions()['helseteknologi/soknad']) as any;
    submission.data.goals = Array.from({ length: 1_000_000 }, () => ({ goal: 'x' }));
    const { value, ms } = timed(() => validateSubmission(submission));
    assert.ok(value.issues.some((i) => i.code === 'input.tooManyItems'));
    assert.ok(ms < 1500, `${ms} ms`);
  });

  it('not an object, null, a number: a clear envelope issue', () => {
    for (const input of [null, 42, 'text', [1, 2]]) assert.equal(validateSubmission(input).issues[0]!.code, 'envelope.notObject');
  });
});

describe('JSON Schemas (2020-12)', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  for (const id of ['helseteknologi/soknad', 'helseteknologi/rapport', 'fmk/soknad', 'fmk/rapport', 'fmk/klage']) {
    it(`${id}: $id, version and x-rules; dist/schemas holds the same; the valid submission passes`, () => {
      const schema = jsonSchema(id);
      assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
      assert.match(String(schema.$id), new RegExp(`${id}/1\\.0\\.0\\.json$`));
      assert.equal(schema.version, '1.0.0');
      assert.ok((schema['x-rules'] as string[]).includes('ALL-2') || id === 'fmk/klage');
      const built = JSON.parse(readFileSync(`${ROOT}dist/schemas/${id.replace('/', '-')}.schema.json`, 'utf8'));
      assert.deepEqual(built, schema);
      const check = ajv.compile(built);
      for (const [name, submission] of Object.entries(validSubmissions()))
        if (submission.schema === id) assert.equal(check(copy(submission)), true, `${name}: ${JSON.stringify(check.errors?.slice(0, 3))}`);
      const broken = copy(Object.values(validSubmissions()).find((s) => s.schema === id)) as any;
      broken.data = { ...broken.data, unknownSection: {} };
      assert.equal(check(broken), false);
    });
  }
});
