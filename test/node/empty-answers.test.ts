import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { completeFmkKlage, FMK_TODAY } from '../../stories/fixtures/fmk.js';
import { completeApplication } from '../../stories/fixtures/helseteknologi.js';
import { BEFORE_DEADLINE, completeReport } from '../../stories/fixtures/helseteknologi-rapport.js';
import { FormModel } from '../../src/core/model.js';
import { helseteknologiRapport } from '../../src/schemes/helseteknologi/rapport.js';
import { entry } from './support.js';

const { submissionOf, validateSubmission } = entry;
const at = (day: string) => new Date(`${day}T10:00:00.000Z`);
/** What the form sends for this data, as it travels, and the Node entry's verdict on it. */
const sendAndCheck = (schema: string, data: Record<string, any>, day: string) => {
  const sent = JSON.parse(JSON.stringify(submissionOf(schema, data, { now: at(day) })));
  return { sent, result: validateSubmission(sent) };
};

// An answer the form counts as empty must reach the receiver as empty, or the two disagree.
describe('an empty answer is judged alike by the form and the Node entry', () => {
  for (const empty of ['', '   ', {}, []])
    it(`FMK-K3: a box holding ${JSON.stringify(empty)} is unticked, and sent as false`, () => {
      const data = completeFmkKlage() as Record<string, any>;
      data.grounds = { procedural: empty, premises: true, premisesExplanation: data.grounds.premisesExplanation };
      const { sent, result } = sendAndCheck('fmk/klage', data, FMK_TODAY);
      assert.equal(sent.data.grounds.procedural, false);
      assert.deepEqual(result.issues, []);
    });

  for (const empty of ['', '  '])
    it(`ALL-1: a budget cell holding ${JSON.stringify(empty)} is an empty cell on both sides`, () => {
      const data = completeApplication() as Record<string, any>;
      data.budget.costs.technical = { grant: empty, own: null };
      const { sent, result } = sendAndCheck('helseteknologi/soknad', data, '2026-11-20');
      assert.equal(sent.data.budget.costs.technical.grant, null);
      // The checklist the form sent is the one the entry works out: neither sees an error.
      assert.deepEqual(result.issues, []);
    });

  it('ALL-1: an actual holding "" where there was a budget is missing on both sides', () => {
    const data = completeReport() as Record<string, any>;
    data.accounts.costs.training.grant.actual = '';
    const form = new FormModel(helseteknologiRapport({ today: BEFORE_DEADLINE }), data);
    const { sent, result } = sendAndCheck('helseteknologi/rapport', data, BEFORE_DEADLINE);
    assert.equal(sent.data.accounts.costs.training.grant.actual, null);
    const errors = (issues: readonly { severity: string; path: string; code: string }[]) => issues.filter((i) => i.severity === 'error').map((i) => `${i.path} ${i.code}`);
    assert.deepEqual(errors(form.issues), ['accounts.costs.training.grant.actual accounts.actual.required']);
    assert.deepEqual(errors(result.issues), errors(form.issues));
  });

  it('ALL-5: an answer of only zero-width or control characters is empty on both sides', () => {
    const data = completeFmkKlage() as Record<string, any>;
    data.decision.reference = '\u200b\u2060\ufeff';
    data.grounds.proceduralExplanation = '\u0000\u200d';
    const { sent, result } = sendAndCheck('fmk/klage', data, FMK_TODAY);
    assert.equal(sent.data.decision.reference, null);
    assert.deepEqual(result.issues.map((i) => `${i.path} ${i.rule} ${i.code}`), [
      'decision.reference FMK-K1 text.required',
      'grounds.proceduralExplanation FMK-K3 fmk.grounds.proceduralExplanation.required',
    ]);
  });
});
