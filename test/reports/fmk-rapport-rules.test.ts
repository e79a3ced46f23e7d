import { expect } from 'chai';
import { FormModel, setIn, submissionData, type Data } from '../../src/core/index.js';
import { DEFAULT_RAPPORT_CONFIG, fmkRapport, fromApplication } from '../../src/schemes/fmk/rapport.js';
import { completeFmkSoknad } from '../../stories/fixtures/fmk.js';
import { completeFmkRapport, FMK_REPORT_TODAY, fmkApplicationSubmission, invalidFmkRapport } from '../../stories/fixtures/fmk-rapport.js';

const model = (data: Data) => new FormModel(fmkRapport({ today: FMK_REPORT_TODAY }), data);
const errors = (m: FormModel<any>) => m.issues.filter((i) => i.severity === 'error').map((i) => `${i.path} ${i.rule} ${i.code}`);
const notes = (m: FormModel<any>) => m.issues.filter((i) => i.severity !== 'error').map((i) => `${i.path} ${i.rule} ${i.severity} ${i.code}`);

describe('fmk-rapport: the fixtures', () => {
  it('the complete report has no errors and a complete checklist', () => {
    const m = model(completeFmkRapport());
    expect(errors(m)).to.deep.equal([]);
    expect(m.checklist.complete).to.equal(m.checklist.total);
  });
  it('the invalid report breaks FMK-R2, FMK-R3 and FMK-R4', () => {
    expect(errors(model(invalidFmkRapport()))).to.deep.equal([
      'execution.explanation FMK-R2 fmkr.explanation.required',
      'execution.deviation FMK-R4 fmkr.deviation.required',
      'funds.lines.0.explanation FMK-R2 accounts.explanation.required',
      'funds.used FMK-R3 fmkr.used.overGranted',
    ]);
  });
});

describe('FMK-R1: final report or yearly progress report', () => {
  it('the kind is required, and the period cannot end before it starts (ALL-6)', () => {
    expect(errors(model(setIn(completeFmkRapport(), 'report.kind', null)))).to.deep.equal(['report.kind FMK-R1 fmkr.kind.required']);
    expect(errors(model(setIn(completeFmkRapport(), 'report.periodEnd', '2026-01-01')))).to.deep.equal(['report.periodEnd ALL-6 date.beforeStart']);
    expect(errors(model(setIn(completeFmkRapport(), 'report.kind', 'progress')))).to.deep.equal([]);
  });

  it('FMK-R1: the report is confirmed on or before the day it is sent, not after', () => {
    const on = (date: string, today?: string) => errors(new FormModel(fmkRapport(today ? { today } : {}), setIn(completeFmkRapport(), 'confirmation.date', date)));
    expect(on(FMK_REPORT_TODAY, FMK_REPORT_TODAY), 'today').to.deep.equal([]);
    expect(on('2027-07-16', FMK_REPORT_TODAY), 'tomorrow').to.deep.equal(['confirmation.date FMK-R1 report.date.future']);
    expect(on('2199-01-01'), 'without config, the clock\'s today').to.deep.equal(['confirmation.date FMK-R1 report.date.future']);
  });
});

describe('FMK-R2: carried out as described', () => {
  it('yes needs no explanation, and the deviation questions are not asked or sent', () => {
    const m = model(setIn(completeFmkRapport(), 'execution.carriedOut', 'yes'));
    expect(errors(m)).to.deep.equal([]);
    expect(submissionData(m.definition, m.data).execution).to.deep.equal({ carriedOut: 'yes' });
  });
  it('partly or no asks for the explanation and whether the deviation is substantial', () => {
    const data = setIn(completeFmkRapport(), 'execution', { carriedOut: 'no' });
    expect(errors(model(data))).to.deep.equal(['execution.explanation FMK-R2 fmkr.explanation.required', 'execution.substantial FMK-R4 fmkr.substantial.required']);
  });
  it('each goal of the application gets its status and achievement', () => {
    expect(errors(model(setIn(completeFmkRapport(), 'goals.0', { goal: 'Mål' })))).to.deep.equal([
      'goals.0.status FMK-R2 fmkr.goal.status.required',
      'goals.0.achievement FMK-R2 fmkr.goal.achievement.required',
    ]);
  });
});

describe('FMK-R3: use of funds line by line', () => {
  it('budget, actual and the difference in kroner and per cent per line and in total; unused funds', () => {
    const { funds } = model(completeFmkRapport()).computed;
    expect(funds.lines).to.deep.equal([
      { what: 'Utvikling av overføringstjenesten', budget: 600000, actual: 680000, difference: 80000, percent: 13.3, large: true },
      { what: 'Prosjektledelse', budget: 200000, actual: 190000, difference: -10000, percent: -5, large: false },
    ]);
    expect(funds.total).to.deep.equal({ budget: 800000, actual: 870000, difference: 70000, percent: 8.8 });
    expect(funds).to.include({ granted: 500000, used: 480000, unused: 20000 });
  });
  it('unused funds: to settle with FMK in a final report, carried on in a progress report', () => {
    expect(notes(model(completeFmkRapport()))).to.include('funds.summary FMK-R3 info fmkr.unused.final');
    expect(notes(model(setIn(completeFmkRapport(), 'report.kind', 'progress')))).to.include('funds.summary FMK-R3 info fmkr.unused.progress');
  });
  it('used cannot exceed what the lines cost', () => {
    const data = setIn(setIn(completeFmkRapport(), 'funds.granted', 1000000), 'funds.used', 900000);
    expect(errors(model(data))).to.deep.equal(['funds.used FMK-R3 fmkr.used.overActual']);
  });
  it('used cannot exceed lines that cost 0 either, once their actuals are in', () => {
    const lines = [{ what: 'Utvikling', budget: 600000, actual: 0, explanation: 'Arbeidet er ikke startet.' }];
    const data = setIn(completeFmkRapport(), 'funds.lines', lines);
    expect(errors(model(data))).to.deep.equal(['funds.used FMK-R3 fmkr.used.overActual']);
    // Before any actual is in, the lines' cost is not known yet: nothing to hold `used` against.
    const before = setIn(data, 'funds.lines', [{ what: 'Utvikling', budget: 600000, actual: null }]);
    expect(errors(model(before))).to.not.include('funds.used FMK-R3 fmkr.used.overActual');
  });
  it('a line needs its actual, and the deviation threshold is configuration', () => {
    expect(errors(model(setIn(completeFmkRapport(), 'funds.lines.1.actual', null)))).to.deep.equal(['funds.lines.1.actual FMK-R3 accounts.actual.required']);
    const data = setIn(completeFmkRapport(), 'funds.lines.0.explanation', null);
    expect(errors(new FormModel(fmkRapport({ ...DEFAULT_RAPPORT_CONFIG, today: FMK_REPORT_TODAY, deviation: { percent: 20, amount: 0 } }), data))).to.deep.equal([]);
  });
});

describe('FMK-R4: substantial deviations', () => {
  it('ask for the description and when it was reported, with a warning that the grant can be cancelled', () => {
    const m = model(completeFmkRapport());
    expect(notes(m)).to.include('execution.substantial FMK-R4 warning fmkr.substantial.warning');
    expect(errors(model(setIn(completeFmkRapport(), 'execution.reportedAt', null)))).to.deep.equal(['execution.reportedAt FMK-R4 date.required']);
  });
  it('not reported yet: a warning to report it now, which does not block', () => {
    const m = model(setIn(completeFmkRapport(), 'execution.reported', 'no'));
    expect(errors(m)).to.deep.equal([]);
    expect(notes(m)).to.include('execution.reported FMK-R4 warning fmkr.reported.no');
  });
});

describe('fmk-rapport: prefill from the application (FMK-R2, FMK-R3)', () => {
  it('carries over the recipient, title, goals and budget lines', () => {
    expect(fromApplication(fmkApplicationSubmission())).to.deep.equal({
      report: { periodStart: '2026-04-01' },
      project: { title: 'Automatisk overføring av laboratoriedata til kvalitetsregistre' },
      recipient: {
        unit: 'helse-vest',
        orgnr: '974760673',
        contact: { name: 'Kari Nordmann', role: 'Leder, servicemiljøet', email: 'kari.nordmann@helse-bergen.no', phone: '55975000' },
      },
      goals: [{ goal: 'Laboratoriedata overføres automatisk til fem registre', indicators: 'Antall registre som mottar data automatisk' }],
      funds: { lines: [{ what: 'Utvikling av overføringstjenesten', budget: 600000 }, { what: 'Prosjektledelse', budget: 200000 }] },
    });
    expect(fromApplication(completeFmkSoknad())).to.deep.equal(fromApplication(fmkApplicationSubmission()));
  });
  it('refuses another form\'s submission', () => {
    expect(fromApplication({ schema: 'helseteknologi/soknad', data: completeFmkSoknad() })).to.equal(undefined);
    expect(fromApplication('fmk/soknad')).to.equal(undefined);
  });
});
