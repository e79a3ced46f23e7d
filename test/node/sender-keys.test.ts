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
