import { expect } from 'chai';
import { FormModel, setIn, submissionData, type Data } from '../../src/core/index.js';
import { DEFAULT_RAPPORT_CONFIG, fromApplication, helseteknologiRapport } from '../../src/schemes/helseteknologi/rapport.js';
import { completeApplication } from '../../stories/fixtures/helseteknologi.js';
import { completeForenklet } from '../../stories/fixtures/helseteknologi-forenklet.js';
import { helseteknologiForenklet } from '../../src/schemes/helseteknologi/forenklet.js';
import { AFTER_DEADLINE, BEFORE_DEADLINE, applicationSubmission, completeReport, invalidReport } from '../../stories/fixtures/helseteknologi-rapport.js';

const definition = (today = BEFORE_DEADLINE) => helseteknologiRapport({ ...DEFAULT_RAPPORT_CONFIG, today });
const model = (data: Data, today?: string) => new FormModel(definition(today), data);
const errors = (m: FormModel<any>) => m.issues.filter((i) => i.severity === 'error').map((i) => `${i.path} ${i.rule} ${i.code}`);
const at = (m: FormModel<any>, path: string) => m.issues.filter((i) => i.path === path).map((i) => `${i.rule} ${i.severity} ${i.code}`);

describe('helseteknologi-rapport: the fixtures', () => {
  it('the complete report has no errors and a complete checklist', () => {
    const m = model(completeReport());
    expect(errors(m)).to.deep.equal([]);
    expect(m.checklist.complete).to.equal(m.checklist.total);
    expect(m.checklist.total).to.equal(6);
  });

  it('the invalid report breaks HTO-R2, HTO-R3, HTO-S7, HTO-R4 and HTO-R5', () => {
    expect(errors(model(invalidReport()))).to.deep.equal([
      'goals.0.deviation HTO-R2 htor.goal.deviation.required',
      'accounts.costs.projectResources.explanation HTO-R3 accounts.explanation.required',
      'accounts.costs.software.grant.actual HTO-S7 budget.closedCell',
      'audit.attestation HTO-R4 attachment.required',
      'indicators.procurementsStarted HTO-R5 integer.negative',
    ]);
  });
});

describe('HTO-R1: the year reported and the deadline', () => {
  it('shows the year per 31 December and the deadline 1 April the year after', () => {
    const m = model(completeReport());
    expect(m.computed.period).to.deep.equal({ year: 2025, until: '2025-12-31', deadline: '2026-04-01', daysLeft: 45, passed: false });
    expect(at(m, 'grant.year')).to.deep.equal(['HTO-R1 info htor.deadline']);
  });

  it('warns after the deadline, and only then (the deadline day is in time)', () => {
    expect(at(model(completeReport(), AFTER_DEADLINE), 'grant.year')).to.deep.equal(['HTO-R1 info htor.deadline', 'HTO-R1 warning htor.deadline.passed']);
    expect(at(model(completeReport(), '2026-04-01'), 'grant.year')).to.deep.equal(['HTO-R1 info htor.deadline']);
    expect(errors(model(completeReport(), AFTER_DEADLINE)), 'a warning does not block').to.deep.equal([]);
  });

  it('warns while the year reported is not over: the report is per 31 December', () => {
    const year = (y: number, today: string) => at(model(setIn(completeReport(), 'grant.year', y), today), 'grant.year');
    expect(year(2026, BEFORE_DEADLINE), 'a year not begun').to.deep.equal(['HTO-R1 info htor.deadline', 'HTO-R1 warning htor.year.open']);
    expect(year(2025, '2025-12-31'), 'its last day').to.deep.equal(['HTO-R1 info htor.deadline', 'HTO-R1 warning htor.year.open']);
    expect(year(2025, '2026-01-01'), 'the day after').to.deep.equal(['HTO-R1 info htor.deadline']);
    expect(errors(model(setIn(completeReport(), 'grant.year', 2030))), 'a warning does not block').to.deep.equal([]);
  });

  it('HTO-R1: the report is confirmed on or before the day it is sent, not after', () => {
    const on = (date: string) => at(model(setIn(completeReport(), 'confirmation.date', date)), 'confirmation.date');
    expect(on(BEFORE_DEADLINE), 'today').to.deep.equal([]);
    expect(on('2026-02-16'), 'tomorrow').to.deep.equal(['HTO-R1 error report.date.future']);
  });

  it('the deadline is configuration', () => {
    const m = new FormModel(helseteknologiRapport({ ...DEFAULT_RAPPORT_CONFIG, deadline: { month: 3, day: 1, yearsAfter: 1 }, today: '2026-03-02' }), completeReport());
    expect(m.computed.period).to.include({ deadline: '2026-03-01', passed: true });
  });
});

describe('HTO-R2: goal achievement', () => {
  it('a goal reached needs no explanation; partly or not reached needs one', () => {
    expect(errors(model(setIn(completeReport(), 'goals.0.status', 'reached')))).to.deep.equal([]);
    expect(errors(model(setIn(setIn(completeReport(), 'goals.0.status', 'notReached'), 'goals.0.deviation', '  ')))).to.deep.equal(['goals.0.deviation HTO-R2 htor.goal.deviation.required']);
  });
  it('status, results and the assessment of the measures are required', () => {
    const data = setIn(setIn(setIn(completeReport(), 'goals.0.status', null), 'goals.0.results', ''), 'assessment', '');
    expect(errors(model(data))).to.deep.equal(['goals.0.status HTO-R2 htor.goal.status.required', 'goals.0.results HTO-R2 text.required', 'assessment HTO-R2 text.required']);
  });
});

describe('HTO-R3: accounts on the budget\'s cost elements', () => {
  it('budget against actual for the grant and own financing, with differences and totals', () => {
    const { accounts } = model(completeReport()).computed;
    expect(accounts.elements.projectResources.grant).to.deep.equal({ budget: 400000, actual: 340000, difference: -60000, percent: -15 });
    expect(accounts.elements.software).to.have.keys(['own']);
    expect(accounts.grant).to.deep.equal({ budget: 520000, actual: 458000, difference: -62000, percent: -11.9 });
    expect(accounts.own).to.deep.equal({ budget: 430000, actual: 435000, difference: 5000, percent: 1.2 });
    expect(accounts.large).to.deep.equal(['projectResources']);
  });
  it('a large deviation asks for an explanation; the threshold is configuration', () => {
    const data = setIn(completeReport(), 'accounts.costs.training.grant.actual', 60000);
    expect(errors(model(data))).to.deep.equal(['accounts.costs.training.explanation HTO-R3 accounts.explanation.required']);
    const lenient = new FormModel(helseteknologiRapport({ ...DEFAULT_RAPPORT_CONFIG, deviation: { percent: 50, amount: 10000 } }), data);
    expect(errors(lenient)).to.deep.equal([]);
  });
  it('an actual is required wherever there was a budget', () => {
    expect(errors(model(setIn(completeReport(), 'accounts.costs.meetings.own.actual', null)))).to.deep.equal([
      'accounts.costs.meetings.own.actual HTO-R3 accounts.actual.required',
    ]);
  });
});

describe('HTO-R4: the auditor\'s attestation', () => {
  it('is asked for at 200 000 kr and more, and only then', () => {
    expect(model(completeReport()).checklist.items.map((i) => i.id)).to.include('audit');
    const small = setIn(setIn(completeReport(), 'grant.amount', 199999), 'audit', {});
    const m = model(small);
    expect(errors(m)).to.deep.equal([]);
    expect(m.checklist.items.map((i) => i.id)).to.not.include('audit');
    expect(submissionData(m.definition, m.data)).to.not.have.property('audit');
    expect(errors(model(setIn(small, 'grant.amount', 200000)))).to.deep.equal(['audit.auditor HTO-R4 text.required', 'audit.attestation HTO-R4 attachment.required']);
  });
  it('the JSON carries the attachment\'s name, size and type', () => {
    const m = model(completeReport());
    expect(submissionData(m.definition, m.data).audit).to.deep.equal({
      auditor: 'Vestland kommunerevisjon',
      attestation: { name: 'revisorattestasjon-2025.pdf', size: 183204, type: 'application/pdf' },
    });
  });
  it('only a PDF of at most 10 MB', () => {
    const word = setIn(completeReport(), 'audit.attestation', { name: 'a.docx', size: 1000, type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
    expect(errors(model(word))).to.deep.equal(['audit.attestation HTO-R4 attachment.type']);
    const big = setIn(completeReport(), 'audit.attestation', { name: 'a.pdf', size: 11 * 1024 * 1024, type: 'application/pdf' });
    expect(errors(model(big))).to.deep.equal(['audit.attestation HTO-R4 attachment.tooLarge']);
  });
});

describe('HTO-R4: the attestation file itself', () => {
  it('where files are at hand (a browser), a name without its file is an error; Node, with JSON only, checks the name', () => {
    const data = completeReport();
    expect(errors(model(data)), 'Node: no files to look for').to.deep.equal([]);
    const seen: string[] = [];
    const none = new FormModel(definition(), data, { hasFile: (path, described) => (seen.push(`${path} ${described.name}`), false) });
    expect(errors(none)).to.deep.equal(['audit.attestation HTO-R4 attachment.missing']);
    expect(none.issues.find((i) => i.code === 'attachment.missing')!.params).to.include({ name: 'revisorattestasjon-2025.pdf' });
    expect(seen[0]).to.equal('audit.attestation revisorattestasjon-2025.pdf');
    expect(errors(new FormModel(definition(), data, { hasFile: () => true }))).to.deep.equal([]);
    // A description that is wrong already says so; asking for the file as well would say it twice.
    const word = setIn(data, 'audit.attestation', { name: 'a.docx', size: 1000, type: 'application/msword' });
    expect(errors(new FormModel(definition(), word, { hasFile: () => false }))).to.deep.equal(['audit.attestation HTO-R4 attachment.type']);
    // A variant carries the check over.
    expect(errors(none.withDefinition(definition(AFTER_DEADLINE))!)).to.deep.equal(['audit.attestation HTO-R4 attachment.missing']);
  });
});

describe('HTO-R5: indicators as numbers or text', () => {
  it('counts are whole numbers, the rest text; the improvements are described when there are any', () => {
    expect(errors(model(setIn(completeReport(), 'indicators.improvements', 2)))).to.deep.equal(['indicators.improvementsWhat HTO-R5 text.required.clause']);
    expect(errors(model(setIn(completeReport(), 'indicators.municipalities', null)))).to.deep.equal(['indicators.municipalities HTO-R5 integer.required']);
    expect(errors(model(setIn(completeReport(), 'indicators.effects', '')))).to.deep.equal(['indicators.effects HTO-R5 text.required']);
  });
});

describe('HTO-R6: unused or overpaid grant', () => {
  it('granted minus used is computed and shown as to be returned', () => {
    const m = model(completeReport());
    expect(m.computed.grant).to.deep.equal({ granted: 520000, used: 458000, unused: 62000, overused: 0 });
    expect(at(m, 'accounts.summary')).to.deep.equal(['HTO-R6 info htor.unused']);
  });
  it('more used than granted is shown as the municipality\'s own cost', () => {
    const m = model(setIn(completeReport(), 'grant.amount', 400000));
    expect(m.computed.grant).to.include({ unused: 0, overused: 58000 });
    expect(at(m, 'accounts.summary')).to.deep.equal(['HTO-R6 warning htor.overused']);
  });
});

describe('prefill from the application (HTO-R2, HTO-R3, HTO-R5)', () => {
  it('carries over the applicant, partners, goals, budget and title', () => {
    const data = fromApplication(applicationSubmission()) as any;
    expect(data.applicant).to.deep.equal({
      kind: 'municipality',
      municipality: '4601',
      orgnr: '974760673',
      contact: { name: 'Kari Nordmann', role: 'Prosjektleder', email: 'kari.nordmann@bergen.kommune.no', phone: '91234567' },
    });
    expect(data.partners).to.deep.equal([{ kind: 'municipality', municipality: '4624', role: 'Prøver ut løsningen i to sykehjem og deler erfaringene.' }]);
    expect(data.goals).to.deep.equal([{ goal: 'Færre unødvendige nattbesøk i hjemmetjenesten', indicators: 'Antall nattbesøk per måned, målt mot nullpunktet' }]);
    expect(data.grant).to.deep.equal({ projectTitle: 'Digitalt tilsyn i hjemmetjenesten', year: 2025 });
    expect(data.accounts.costs.meetings).to.deep.equal({ grant: { budget: 20000 }, own: { budget: 10000 } }, 'lines summed');
    expect(data.accounts.costs.software).to.deep.equal({ own: { budget: 150000 } });
    expect(data.indicators).to.deep.equal({ municipalities: 2 });
  });
  it('follows up the simplified application (HTO-S5) as its submission JSON comes out', () => {
    const app = completeForenklet() as any;
    const submitted = JSON.parse(JSON.stringify(new FormModel(helseteknologiForenklet(), app).submission('nb')));
    expect(submitted).to.include({ schema: 'helseteknologi/soknad', variant: 'forenklet' });
    const data = fromApplication(submitted) as any;
    expect(data.grant.projectTitle).to.equal(app.project.title);
    expect(data.applicant.orgnr).to.equal(app.applicant.orgnr);
  });
  it('takes the bare data too, and nothing from another form', () => {
    expect(fromApplication(completeApplication())).to.deep.equal(fromApplication(applicationSubmission()));
    expect(fromApplication({ schema: 'fmk/soknad', data: completeApplication() })).to.equal(undefined);
  });
  it('the prefilled report only lacks what is new', () => {
    const m = model(fromApplication(applicationSubmission())!);
    const missing = new Set(errors(m).map((e) => e.split(' ')[0]!.split('.')[0]));
    expect([...missing]).to.have.members(['grant', 'goals', 'assessment', 'accounts', 'audit', 'indicators', 'confirmation'].filter((k) => k !== 'audit'));
    expect(errors(m).some((e) => e.startsWith('applicant') || e.startsWith('partners'))).to.equal(false);
  });
});
