import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import { entry, FMK_CONFIG, ROOT, validSubmissions } from './support.js';

const { validateSubmission, validateData, jsonSchema, formIds, LIMITS, MAX_ISSUES } = entry;
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

  it('every issue has params, {} when its message has none, as the element\'s validate() gives them (HTO-S2)', () => {
    const { issues } = validateData('helseteknologi/soknad', {});
    assert.ok(issues.some((i) => i.code === 'budget.required' && i.rule === 'HTO-S2'));
    assert.deepEqual(issues.filter((i) => typeof i.params !== 'object' || i.params === null), []);
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

  it('data alone with a variant the form does not have: the variant is unknown, not the form (HTO-S5)', () => {
    const result = validateData('helseteknologi/soknad', {}, { variant: 'forenklett', lang: 'en' });
    assert.deepEqual(result.issues.map((i) => `${i.path} ${i.code}`), ['variant envelope.variant.unknown']);
    assert.match(result.issues[0]!.message, /forenklett/);
    assert.match(result.issues[0]!.message, /full, forenklet/);
    assert.deepEqual(validateData('helseteknologi/soeknad', {}).issues.map((i) => i.code), ['envelope.schema.unknown']);
  });

  it('data alone is held to the same keys and types as a submission, with paths from the data (HTO-S3)', () => {
    const submission = copy(validSubmissions()['helseteknologi/soknad']) as any;
    const valid = validateData('helseteknologi/soknad', copy(submission.data), { today: submission.submittedAt.slice(0, 10) });
    assert.deepEqual(valid.issues.filter((i) => i.severity === 'error'), []);
    assert.equal(valid.valid, true);
    // An answer in a branch not chosen: the delegation when the municipal director signs (HTO-S3).
    submission.data.signature.delegation = 'Delegert i vedtak 12/24';
    submission.data.applicant.iban = 'NO93 8601 1117 947';
    submission.data.partners[0].orgnr = false;
    const result = validateData('helseteknologi/soknad', submission.data, { lang: 'nb' });
    assert.equal(result.valid, false);
    const found = result.issues.filter((i) => i.rule === 'SUBMISSION').map((i) => `${i.path} ${i.code}`);
    assert.deepEqual(found.sort(), ['applicant.iban data.unexpected', 'partners.0.orgnr data.type', 'signature.delegation data.unexpected']);
    assert.match(result.issues.find((i) => i.code === 'data.type')!.message, /feil form for dette feltet/);
    // The same data in an envelope gets the same issues, under `data.`.
    const inEnvelope = validateSubmission(submission).issues.filter((i) => i.code.startsWith('data.')).map((i) => `${i.path} ${i.code}`);
    assert.deepEqual(inEnvelope.sort(), found.map((f) => `data.${f}`).sort());
  });

  it('data that is not an object gets one issue that says so, not one per question', () => {
    for (const data of ['tekst', 42, null, [], true]) {
      const result = validateData('fmk/klage', data, { lang: 'en' });
      assert.equal(result.valid, false);
      assert.deepEqual(result.issues.map((i) => [i.path, i.code, i.message]), [['', 'data.notObject', "The answers must be a JSON object, with the form's fields as keys"]], JSON.stringify(data));
    }
  });

  it('a report confirmed after the day it was sent is an error; the day it was sent is fine (FMK-R1, HTO-R1)', () => {
    for (const [schema, rule] of [['fmk/rapport', 'FMK-R1'], ['helseteknologi/rapport', 'HTO-R1']] as const) {
      const submission = copy(validSubmissions()[schema]) as any;
      const confirmed = submission.data.confirmation.date as string;
      // Only the confirmation's issues: a report's computed deadline also moves with the day sent.
      const sentOn = (day: string) => validateSubmission({ ...submission, submittedAt: `${day}T10:00:00.000Z` }).issues.filter((i) => i.path === 'confirmation.date').map((i) => [i.rule, i.severity, i.code]);
      assert.deepEqual(sentOn(confirmed), [], `${schema}: sent the day it was confirmed`);
      const dayBefore = new Date(Date.parse(confirmed) - 86_400_000).toISOString().slice(0, 10);
      assert.deepEqual(sentOn(dayBefore), [[rule, 'error', 'report.date.future']], `${schema}: sent the day before`);
    }
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

  it('a number JSON cannot hold (1e309, read as Infinity) is refused at its cell, as the JSON Schema refuses it (ALL-1)', () => {
    const text = JSON.stringify(validSubmissions()['helseteknologi/soknad']).replace('"technical":{"grant":null', '"technical":{"grant":1e309');
    assert.ok(text.includes('1e309'));
    const result = validateSubmission(JSON.parse(text), { lang: 'en' });
    assert.equal(result.valid, false);
    assert.deepEqual(result.issues.map((i) => `${i.path} ${i.code}`), ['data.budget.costs.technical.grant input.notFinite']);
    assert.match(result.issues[0]!.message, /too large/);
    const data = validateData('helseteknologi/soknad', { budget: { totalCost: -Infinity } });
    assert.ok(data.issues.some((i) => i.path === 'budget.totalCost' && i.code === 'input.notFinite'));
  });

  it(`huge arrays are cut at ${LIMITS.arrayItems} items and answered within a second`, () => {
    const submission = copy(validSubmissions()['helseteknologi/soknad']) as any;
    submission.data.goals = Array.from({ length: 1_000_000 }, () => ({ goal: 'x' }));
    const { value, ms } = timed(() => validateSubmission(submission));
    assert.ok(value.issues.some((i) => i.code === 'input.tooManyItems'));
    assert.ok(ms < 1500, `${ms} ms`);
  });

  it('5 000 partners whose municipality did not parse are answered within a second (HTO-S1)', () => {
    const submission = copy(validSubmissions()['helseteknologi/soknad']) as any;
    submission.data.partners = Array.from({ length: 4999 }, () => ({ kind: 'municipality', municipality: { unparseable: 'Bergenx' }, role: 'r', confirmation: 'no' }));
    validateSubmission(submission); // the list and its folded names are built once, on first use
    const { value, ms } = timed(() => validateSubmission(submission));
    assert.ok(value.issues.some((i) => i.path === 'partners.0.municipality' && i.code === 'municipality.unknown'));
    assert.ok(ms < 1000, `${ms} ms`);
  });

  it(`a submission that breaks every rule 100 000 times: no stack overflow, ${MAX_ISSUES} issues and one that says how many there were`, () => {
    const submission = copy(validSubmissions()['helseteknologi/soknad']) as any;
    for (const list of ['partners', 'goals', 'milestones', 'risks', 'otherFunding']) submission.data[list] = Array.from({ length: 5000 }, () => ({}));
    for (const key of Object.keys(submission.data.budget.costs)) submission.data.budget.costs[key] = { lines: Array.from({ length: 5000 }, () => ({ grant: 1.5 })) };
    const { value, ms } = timed(() => validateSubmission(submission));
    assert.equal(value.valid, false);
    assert.equal(value.issues.length, MAX_ISSUES + 1);
    const last = value.issues.at(-1)!;
    assert.equal(last.code, 'input.tooManyIssues');
    assert.ok(Number(last.params?.total) > 100_000, String(last.params?.total));
    assert.match(last.message, /Bare de 1000 første er tatt med/);
    assert.ok(ms < 3000, `${ms} ms`);
    // validateData spreads its issues the same way.
    assert.equal(validateData('helseteknologi/soknad', submission.data).issues.length, MAX_ISSUES + 1);
  });

  it(`a key over ${LIMITS.keyLength} characters is refused, and the answer stays small however long the key`, () => {
    const submission = copy(validSubmissions()['fmk/klage']) as any;
    const long = 'k'.repeat(1_000_000);
    submission.data[long] = Array.from({ length: 40 }, () => ({ __proto__x: 1, constructor: 1 }));
    const result = validateSubmission(submission);
    assert.equal(result.valid, false);
    assert.deepEqual(result.issues.map((i) => i.code), ['input.keyTooLong']);
    assert.ok(result.issues[0]!.path.length < 60, result.issues[0]!.path.slice(0, 80));
    assert.ok(JSON.stringify(result).length < 10_000);
  });

  it('20 000 unknown keys in one object give 50 issues, not 20 000', () => {
    const submission = copy(validSubmissions()['fmk/klage']) as any;
    for (let i = 0; i < 20_000; i++) submission.data.grounds[`extra${i}`] = true;
    const result = validateSubmission(submission);
    assert.equal(result.issues.filter((i) => i.code === 'data.unexpected').length, 50);
  });

  it('values of the wrong type are refused as the JSON Schema refuses them, also when they look empty (ALL-1)', () => {
    const refused = (change: (data: any) => void, form: keyof ReturnType<typeof validSubmissions> = 'helseteknologi/soknad') => {
      const submission = copy(validSubmissions()[form]) as any;
      change(submission.data);
      const result = validateSubmission(submission);
      assert.equal(result.valid, false, change.toString());
      return result.issues.filter((i) => i.severity === 'error').map((i) => `${i.path} ${i.code}`);
    };
    assert.deepEqual(refused((d) => (d.goals[0].indicators = {})), ['data.goals.0.indicators data.type']);
    assert.deepEqual(refused((d) => (d.goals[0].indicators = { a: { b: [null, ' '] } })), ['data.goals.0.indicators data.type']);
    assert.deepEqual(refused((d) => (d.partners[0].orgnr = false)), ['data.partners.0.orgnr data.type']);
    // Text the form could not read never travels: a cell holding it is refused, not counted as 0.
    assert.deepEqual(refused((d) => (d.budget.costs.technical.grant = { unparseable: '500000' })), ['data.budget.costs.technical data.type']);
    assert.deepEqual(refused((d) => d.budget.costs.meetings.lines?.unshift(42) ?? (d.budget.costs.meetings = { lines: [42] })), ['data.budget.costs.meetings data.type']);
    // (Its computed block, made without the junk line, differs too.)
    const lines = (copy(validSubmissions()['fmk/rapport']) as any).data.funds.lines.length;
    assert.ok(refused((d) => d.funds.lines.push(true), 'fmk/rapport').includes(`data.funds.lines.${lines} data.type`));
  });

  it('the envelope holds only what the form sends, each field as the form writes it', () => {
    const klage = () => copy(validSubmissions()['fmk/klage']) as any;
    const codes = (submission: unknown) => validateSubmission(submission).issues.map((i) => `${i.path} ${i.code}`);
    assert.deepEqual(codes({ ...klage(), approved: true }), ['approved envelope.unexpected']);
    assert.deepEqual(codes({ ...klage(), scheme: 'helseteknologi', form: 'soknad' }), ['scheme envelope.field.mismatch', 'form envelope.field.mismatch']);
    assert.deepEqual(codes({ ...klage(), locale: '<script>', idempotencyKey: {} }), ['locale envelope.locale.invalid', 'idempotencyKey envelope.idempotencyKey.invalid']);
    assert.deepEqual(codes({ ...klage(), variant: null }), ['variant envelope.variant.unknown']);
    assert.deepEqual(codes({ ...klage(), idempotencyKey: 'a1b2' }), []);
    // The checklist a caseworker reads must say what the data says.
    const claimed = klage();
    claimed.checklist.items[0].status = 'notStarted';
    assert.deepEqual(codes(claimed), ['checklist.items.0.status computed.mismatch']);
    const { checklist: _dropped, ...without } = klage();
    assert.deepEqual(codes(without), ['checklist envelope.checklist.missing']);
  });

  it('submittedAt needs a real date and a time zone; with receivedAt, a later time is refused and an earlier day flagged (FMK-K2)', () => {
    const klage = () => copy(validSubmissions()['fmk/klage']) as any;
    for (const at of ['2026-02-30T10:00:00Z', '2026-02-10T10:00', '2026-02-10 10:00:00Z']) {
      const result = validateSubmission({ ...klage(), submittedAt: at });
      assert.equal(result.valid, false, at);
      assert.equal(result.issues[0]!.code, 'envelope.submittedAt.invalid', at);
    }
    const sent = klage();
    assert.equal(validateSubmission({ ...sent, submittedAt: sent.submittedAt.replace('Z', '+01:00') }).valid, true, 'an offset is a zone');
    const receivedAt = new Date(Date.parse(sent.submittedAt) + 60_000);
    assert.deepEqual(validateSubmission(sent, { receivedAt }).issues, [], 'sent a minute before it came');
    const future = validateSubmission(sent, { receivedAt: Date.parse(sent.submittedAt) - 60 * 60_000 });
    assert.deepEqual(future.issues.map((i) => i.code), ['envelope.submittedAt.future']);
    // A complaint dated before its deadline but received after it: the caseworker is told.
    const late = validateSubmission(sent, { receivedAt: '2030-01-01T10:00:00Z' });
    assert.equal(late.valid, true, 'a warning, not a refusal: a retry after a network failure keeps its first time');
    assert.deepEqual(late.issues.map((i) => `${i.severity} ${i.code} ${JSON.stringify(i.params)}`), [
      `warning envelope.submittedAt.earlier {"sent":"${sent.submittedAt.slice(0, 10)}","received":"2030-01-01"}`,
    ]);
  });

  it('FMK-K2: a date received after the day the complaint was sent is an error at that field', () => {
    const klage = copy(validSubmissions()['fmk/klage']) as any;
    const day = klage.submittedAt.slice(0, 10);
    const nextDay = new Date(Date.parse(`${day}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const withReceived = (received: string) => {
      const data = { ...klage.data, decision: { ...klage.data.decision, received } };
      return copy(entry.submissionOf('fmk/klage', data, { now: new Date(klage.submittedAt) }));
    };
    const future = validateSubmission(withReceived(nextDay), { lang: 'en' });
    assert.deepEqual(future.issues.map((i) => `${i.path} ${i.rule} ${i.severity} ${i.code}`), ['decision.received FMK-K2 error fmk.decision.received.future']);
    assert.match(future.issues[0]!.message, /received the decision must be today or in the past/);
    assert.deepEqual(validateSubmission(withReceived(day)).issues, []);
  });

  it('an invalid submittedAt is that one issue: deadlines are not judged by our clock instead (FMK-K2, HTO-R1)', () => {
    for (const form of ['fmk/klage', 'helseteknologi/rapport', 'fmk/soknad'] as const) {
      // Long after every deadline by our clock: a late warning and a computed mismatch, were it used.
      const submission = { ...(copy(validSubmissions()[form]) as any), submittedAt: '2026-02-30T10:00:00Z' };
      const result = validateSubmission(submission, { config: FMK_CONFIG });
      const judged = result.issues.filter((i) => i.severity !== 'info');
      assert.deepEqual(judged.map((i) => `${i.path} ${i.code}`), ['submittedAt envelope.submittedAt.invalid'], form);
    }
    // What does not depend on the day is still reported.
    const klage = { ...(copy(validSubmissions()['fmk/klage']) as any), submittedAt: 'i går' };
    delete klage.data.decision.reference;
    assert.deepEqual(validateSubmission(klage).issues.map((i) => `${i.path} ${i.rule} ${i.code}`), [
      'submittedAt SUBMISSION envelope.submittedAt.invalid',
      'decision.reference FMK-K1 text.required',
    ]);
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

  it('ALL-1: an amount past 10 000 000 000 kr is refused by the schema as by the Node entry', () => {
    const check = new Ajv2020({ allErrors: true, strict: false }).compile(jsonSchema('fmk/soknad'));
    const submission = copy(Object.values(validSubmissions()).find((s) => s.schema === 'fmk/soknad')) as any;
    submission.data.budget.applied = 10_000_000_000;
    assert.equal(check(copy(submission)), true);
    submission.data.budget.applied = 10_000_000_001;
    assert.equal(check(copy(submission)), false);
    assert.ok(validateSubmission(submission).issues.some((i) => i.path === 'budget.applied' && i.code === 'amount.tooLarge'));
  });
});
