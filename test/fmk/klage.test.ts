import { expect } from 'chai';
import { FormModel, setIn, type Data, type Issue } from '../../src/core/index.js';
import { fmkKlage, addDays } from '../../src/schemes/fmk/index.js';
import type { FmkKlage } from '../../src/elements/fmk-klage.js';
import type { TilskuddSubmitEvent } from '../../src/elements/events.js';
import { $, byId, cleanup, deepActive, fill, frame, mount, press, tabTo, text } from '../elements/helpers.js';
import { completeFmkKlage, invalidFmkKlage } from '../../stories/fixtures/fmk.js';

const TODAY = '2026-02-10';
const model = (data: Data, today = TODAY) => new FormModel(fmkKlage({ today }), data);
const errors = (m: FormModel<any>) => m.issues.filter((i) => i.severity === 'error');
const at = (m: FormModel<any>, path: string): Issue[] => m.issues.filter((i) => i.path === path);
const change = (path: string, value: unknown, today = TODAY) => model(setIn(completeFmkKlage(), path, value), today);

afterEach(cleanup);

describe('fmk-klage: the valid fixture', () => {
  it('has no issues and a complete checklist', () => {
    const m = model(completeFmkKlage());
    expect(m.issues).to.deep.equal([]);
    expect(m.checklist.complete).to.equal(m.checklist.total);
  });
});

describe('FMK-K1 a complaint on rejection or on refusal', () => {
  it('the kind, the reference and the date received are required', () => {
    expect(at(change('decision.kind', null), 'decision.kind')[0]).to.include({ rule: 'FMK-K1', code: 'fmk.decision.kind.required' });
    expect(at(change('decision.kind', 'appeal'), 'decision.kind')[0]).to.include({ rule: 'FMK-K1', code: 'choice.invalid' });
    expect(at(change('decision.reference', ' '), 'decision.reference')[0]).to.include({ rule: 'FMK-K1', code: 'text.required' });
    expect(at(change('decision.received', null), 'decision.received')[0]).to.include({ rule: 'FMK-K2', code: 'date.required' });
  });
  it('the complainant is one who may apply (FMK-S1), with contact details (ALL-2, ALL-4)', () => {
    expect(at(change('complainant.unit', null), 'complainant.unit')[0]).to.include({ rule: 'FMK-S1' });
    expect(at(change('complainant.orgnr', '988077918'), 'complainant.orgnr')[0]).to.include({ rule: 'ALL-2' });
    expect(at(change('complainant.contact.email', 'a@b'), 'complainant.contact.email')[0]).to.include({ rule: 'ALL-4' });
  });
});

describe('FMK-K2 three weeks after the decision was received', () => {
  it('the last day is computed (across a month end) and sent', () => {
    expect(addDays('2026-02-20', 21)).to.equal('2026-03-13');
    expect(addDays('2024-02-10', 21)).to.equal('2024-03-02');
    const m = model(completeFmkKlage());
    expect(m.computed.deadline).to.deep.equal({ lastDay: '2026-02-23', passed: false });
    expect(m.submission('nb').computed).to.deep.equal({ deadline: { lastDay: '2026-02-23', passed: false } });
  });
  it('on the last day there is no warning; the day after, a warning that does not block', () => {
    expect(model(completeFmkKlage(), '2026-02-23').issues).to.deep.equal([]);
    const late = model(completeFmkKlage(), '2026-02-24');
    expect(at(late, 'decision.lastDay')[0]).to.include({ rule: 'FMK-K2', severity: 'warning', code: 'fmk.klage.late' });
    expect(late.blockingIssues).to.deep.equal([]);
  });
  it('a date received after today is an error at that field: it would make any complaint look on time', () => {
    const future = change('decision.received', '2026-02-11');
    expect(at(future, 'decision.received')).to.have.length(1);
    expect(at(future, 'decision.received')[0]).to.include({ rule: 'FMK-K2', severity: 'error', code: 'fmk.decision.received.future' });
    expect(future.blockingIssues.map((i) => i.code)).to.deep.equal(['fmk.decision.received.future']);
    expect(change('decision.received', TODAY).issues).to.deep.equal([]);
  });
  it('the form shows that error at the field once the date is typed', async () => {
    const el = await mount<FmkKlage>('fmk-klage', undefined, { today: TODAY });
    await fill(el, 'f-decision-received', '1.1.2099');
    await press('Tab');
    await el.updateComplete;
    expect(text($(el, '[data-path="decision.received"] .message.error'))).to.contain('Datoen dere mottok vedtaket, må være i dag eller tidligere');
  });
  it('the form shows the last day as soon as the date is typed, and warns after it', async () => {
    const el = await mount<FmkKlage>('fmk-klage', undefined, { today: '2026-03-01' });
    expect(text($(el, '[data-summary="deadline.lastDay"] dd'))).to.equal('–');
    const input = byId(el, 'f-decision-received')!;
    input.focus();
    input.value = '2.2.2026';
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
    await el.updateComplete;
    expect(text($(el, '[data-summary="deadline.lastDay"] dd'))).to.equal('23.02.2026');
    expect(text($(el, '[data-path="decision.lastDay"] .message.warning'))).to.contain('Klagefristen gikk ut 23.02.2026');
  });
  it('a late complaint asks why (optional), and sends the reason only while late', () => {
    const data = setIn(completeFmkKlage(), 'decision.lateReason', 'Brevet kom til feil adresse.');
    const late = model(data, '2026-03-01');
    expect(errors(late)).to.deep.equal([]);
    expect(late.submission('nb').data.decision).to.deep.include({ lateReason: 'Brevet kom til feil adresse.' });
    expect(model(data).submission('nb').data.decision).to.not.have.property('lateReason');
    expect(model(completeFmkKlage(), '2026-03-01').submission('nb').data.decision).to.deep.include({ lateReason: null });
  });
  it('a late but complete complaint is still sent', async () => {
    const el = await mount<FmkKlage>('fmk-klage', completeFmkKlage(), { today: '2026-05-01' });
    let sent: TilskuddSubmitEvent | undefined;
    el.addEventListener('tilskudd-submit', (e) => (sent = e));
    expect(await el.submit()).to.equal(true);
    expect(sent?.detail.computed).to.deep.equal({ deadline: { lastDay: '2026-02-23', passed: true } });
  });
});

describe('FMK-K3 grounds', () => {
  it('at least one ground, each with its explanation', () => {
    const none = model(setIn(completeFmkKlage(), 'grounds', { procedural: false, premises: false }));
    expect(at(none, 'grounds.which')[0]).to.include({ rule: 'FMK-K3', code: 'fmk.grounds.required' });
    expect(at(change('grounds.proceduralExplanation', ''), 'grounds.proceduralExplanation')[0]).to.include({ rule: 'FMK-K3', code: 'fmk.grounds.proceduralExplanation.required' });
    expect(at(change('grounds.premisesExplanation', ''), 'grounds.premisesExplanation')[0]).to.include({ rule: 'FMK-K3' });
  });
  it('either ground alone is enough', () => {
    expect(errors(change('grounds.premises', false))).to.deep.equal([]);
    expect(errors(change('grounds.procedural', false))).to.deep.equal([]);
  });
  it('a rejection rests on procedural error only: the premises ground is kept but not offered or sent', () => {
    const m = change('decision.kind', 'rejection');
    expect(m.submission('nb').data.grounds).to.deep.equal({ procedural: true, proceduralExplanation: (completeFmkKlage().grounds as Data).proceduralExplanation });
    expect(m.data.grounds).to.deep.include({ premises: true });
    const onlyPremises = model(setIn(setIn(completeFmkKlage(), 'grounds.procedural', false), 'decision.kind', 'rejection'));
    expect(at(onlyPremises, 'grounds.which')[0]).to.include({ rule: 'FMK-K3' });
  });
  it('the grounds are one question: a fieldset whose legend asks it, its checkboxes and explanations inside, the data where it was', async () => {
    const el = await mount<FmkKlage>('fmk-klage', setIn(completeFmkKlage(), 'grounds', { procedural: false, premises: false }));
    const group = $(el, 'fieldset#f-grounds-which')!;
    expect(text(group.querySelector('legend'))).to.equal('Hva klager dere på?');
    expect(group.getAttribute('aria-describedby')).to.equal('f-grounds-which-hint');
    expect(text($(el, '#f-grounds-which-hint'))).to.equal('Velg alt som passer.');
    expect(group.querySelector('#f-grounds-procedural') && group.querySelector('#f-grounds-premises'), 'both checkboxes inside').to.be.ok;
    await tabTo('f-grounds-procedural');
    await press('Space');
    await el.updateComplete;
    expect(group.querySelector('#f-grounds-proceduralExplanation'), 'its explanation opens inside the question').to.be.ok;
    expect(el.value.grounds).to.deep.equal({ procedural: true, premises: false });
    // The fieldset holds no data: the submission has no `which`, and the shape check agrees.
    expect(Object.keys(new FormModel(fmkKlage({ today: TODAY }), completeFmkKlage()).submission('nb').data.grounds as Data)).to.deep.equal([
      'procedural',
      'proceduralExplanation',
      'premises',
      'premisesExplanation',
    ]);
  });
  it('the form says plainly that the professional judgement itself cannot be appealed', async () => {
    const el = await mount<FmkKlage>('fmk-klage');
    expect(text($(el, '#s-grunnlag .intro'))).to.contain('Dere kan ikke klage på FMKs faglige vurdering av hvor god søknaden er');
  });
  it('with no ground, submitting shows the error and its link leads to the first ground', async () => {
    const el = await mount<FmkKlage>('fmk-klage', invalidFmkKlage());
    expect(await el.submit()).to.equal(false);
    await frame(el);
    const summary = $(el, '.error-summary');
    expect(summary && deepActive() === summary).to.equal(true);
    const link = [...summary!.querySelectorAll('a')].find((a) => a.textContent?.includes('Velg minst ett grunnlag'));
    expect(link?.getAttribute('href')).to.equal('#f-grounds-which');
    link!.click();
    await el.updateComplete;
    expect(deepActive()?.id, 'the question\'s link leads to its first box').to.equal('f-grounds-procedural');
    expect(el.checklist.items.map((i) => `${i.id} ${i.rule} ${i.status}`)).to.deep.equal([
      'complainant FMK-K1 hasErrors',
      'decision FMK-K1 hasErrors',
      'grounds FMK-K3 hasErrors',
    ]);
  });
});
