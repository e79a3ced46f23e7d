import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FormModel } from '../../src/core/model.js';
import { norwayDate } from '../../src/core/parse/date.js';
import { fmkKlage } from '../../src/schemes/fmk/klage.js';
import { completeFmkKlage } from '../../stories/fixtures/fmk.js';
import { entry } from './support.js';

const oslo = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit' });

describe('"today" is the date in Norway, in the browser and in Node alike', () => {
  it('norwayDate gives the date Intl gives for Europe/Oslo, every half hour around each clock change 2024–2040', () => {
    for (let year = 2024; year <= 2040; year++)
      for (const month of [2, 9]) {
        const start = Date.UTC(year, month, 20);
        for (let t = start; t < start + 12 * 86_400_000; t += 1_800_000) assert.equal(norwayDate(t), oslo.format(t), new Date(t).toISOString());
      }
  });

  it('and at random moments of any year', () => {
    for (let i = 0; i < 20_000; i++) {
      const t = Date.UTC(2024, 0, 1) + Math.floor(Math.random() * 17 * 365 * 86_400_000);
      assert.equal(norwayDate(t), oslo.format(t), new Date(t).toISOString());
    }
  });

  // The decision came 2 February 2026: the last day to complain is 23 February (FMK-K2).
  for (const [when, sentAt, passed] of [
    ['ten minutes before midnight in Norway', '2026-02-23T22:50:00.000Z', false],
    ['ten minutes after midnight in Norway (still the 23rd in UTC)', '2026-02-23T23:10:00.000Z', true],
  ] as const)
    it(`a complaint form opened on another day and sent ${when}: its computed block is the sending day's, and Node accepts it (FMK-K2)`, () => {
      const model = new FormModel(fmkKlage(), completeFmkKlage());
      model.markSubmitted();
      const submission = model.submission('nb', new Date(sentAt));
      assert.equal(submission.computed.deadline.passed, passed);
      const checked = entry.validateSubmission(submission);
      assert.deepEqual(checked.issues.filter((i) => i.code === 'computed.mismatch'), []);
      assert.equal(checked.issues.some((i) => i.rule === 'FMK-K2' && i.severity === 'warning'), passed);
    });
});
