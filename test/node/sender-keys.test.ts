import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entry, validSubmissions } from './support.js';

const { validateSubmission, jsonSchema } = entry;
/** As a back end gets it: parsed JSON, so the keys are the sender's own. */
const klage = () => JSON.parse(JSON.stringify(validSubmissions()['fmk/klage']));
const codes = (submission: unknown) => validateSubmission(submission).issues.map((i) => `${i.path} ${i.code}`);

describe('Node entry: keys named after Object.prototype methods are the sender\'s, never ours', () => {
  it('in computed and checklist they are differences, not a crash', () => {
    const s1 = klage();
    s1.computed.toString = 0;
    assert.deepEqual(codes(s1), ['computed.toString computed.mismatch']);
    const s2 = klage();
    s2.checklist.valueOf = 0;
    assert.deepEqual(codes(s2), ['checklist.valueOf computed.mismatch']);
    const s3 = klage();
    s3.computed.deadline.hasOwnProperty = 1;
    const result = validateSubmission(s3);
    assert.equal(result.valid, false);
    assert.deepEqual(result.issues.map((i) => [i.path, i.code, i.params]), [['computed.deadline.hasOwnProperty', 'computed.mismatch', { expected: '–', received: '1' }]]);
  });

  it('a variant that is an object with its own toString is an unknown variant, shown as sent', () => {
    const result = validateSubmission({ ...klage(), variant: { toString: 0 } }, { lang: 'en' });
    assert.deepEqual(result.issues.map((i) => `${i.path} ${i.code}`), ['variant envelope.variant.unknown']);
    assert.match(result.issues[0]!.message, /\{"toString":0\}/);
  });

  it('a form id that is a prototype name is an unknown form', () => {
    assert.throws(() => jsonSchema('toString'), /unknown form: toString/);
  });
});

describe('Node entry: what the sender wrote is shown as written, never looked up as a text key', () => {
  it('a form id that happens to be a text key is named as sent', () => {
    for (const schema of ['field.orgnr', 'hto.title']) {
      const [issue] = validateSubmission({ schema, schemaVersion: '1.0.0', data: {} }, { lang: 'en' }).issues;
      assert.equal(issue!.code, 'envelope.schema.unknown');
      assert.match(issue!.message, new RegExp(`“${schema.replace('.', '\\.')}” does not exist`));
    }
  });

  it('FMK-R2: a free line named like a text key is named as typed; a fixed row still by its label (HTO-R3)', () => {
    const rapport = JSON.parse(JSON.stringify(validSubmissions()['fmk/rapport']));
    rapport.data.funds.lines[0].what = 'field.orgnr';
    rapport.data.funds.lines[0].explanation = null;
    const line = validateSubmission(rapport, { lang: 'en' }).issues.find((i) => i.code === 'accounts.explanation.required')!;
    assert.deepEqual(line.params, { line: 'field.orgnr' });
    assert.match(line.message, /for field\.orgnr differs/);
    const report = JSON.parse(JSON.stringify(validSubmissions()['helseteknologi/rapport']));
    report.data.accounts.costs.projectResources.explanation = null;
    const row = validateSubmission(report).issues.find((i) => i.code === 'accounts.explanation.required')!;
    assert.match(row.message, /regnskapet for prosjektleder og prosjektressurser avviker/);
  });
});
