import { expect } from 'chai';
import { FormModel, setIn, type Data, type Issue } from '../../src/core/index.js';
import { DEFAULT_PRIORITY_AREAS, fmkSoknad, type FmkSoknadConfig } from '../../src/schemes/fmk/index.js';
import type { FmkSoknad } from '../../src/elements/fmk-soknad.js';
import type { TilskuddSubmitEvent } from '../../src/elements/events.js';
import { $, byId, cleanup, deepActive, frame, mount, text } from '../elements/helpers.js';
import { completeFmkRegistry, completeFmkSoknad, FMK_DEADLINE, FMK_TODAY } from '../../stories/fixtures/fmk.js';

const CONFIG: FmkSoknadConfig = { priorityAreas: DEFAULT_PRIORITY_AREAS, deadline: FMK_DEADLINE, today: FMK_TODAY };
const model = (data: Data, config: FmkSoknadConfig = CONFIG) => new FormModel(fmkSoknad(config), data);
const errors = (m: FormModel<any>) => m.issues.filter((i) => i.severity === 'error');
const at = (m: FormModel<any>, path: string): Issue[] => m.issues.filter((i) => i.path === path);
const change = (path: string, value: unknown, base = completeFmkSoknad()) => model(setIn(base, path, value));

afterEach(cleanup);

describe('fmk-soknad: the valid fixtures', () => {
  it('a project (§4.2 a) and a new registry (§4.2 b) have no errors and no warnings, and a complete checklist', () => {
    for (const data of [completeFmkSoknad(), completeFmkRegistry()]) {
      const m = model(data);
      expect(m.issues.map((i) => `${i.path} ${i.code}`)).to.deep.equal([]);
      expect(m.checklist.complete).to.equal(m.checklist.total);
    }
  });
});

describe('FMK-S1 applicant', () => {
  it('must be a national service environment in one of the four regions, or SKDE', () => {
    expect(at(change('applicant.unit', null), 'applicant.unit')[0]).to.include({ rule: 'FMK-S1', code: 'fmk.unit.required' });
    expect(at(change('applicant.unit', 'kommune'), 'applicant.unit')[0]).to.include({ rule: 'FMK-S1', code: 'choice.invalid' });
    for (const unit of ['helse-nord', 'helse-midt-norge', 'helse-vest', 'helse-sor-ost', 'skde'])
      expect(at(change('applicant.unit', unit), 'applicant.unit')).to.deep.equal([]);
  });
  it('ALL-2 and ALL-4: organisation number and contact details are checked', () => {
    expect(at(change('applicant.orgnr', '988077918'), 'applicant.orgnr')[0]).to.include({ rule: 'ALL-2', code: 'orgnr.checksum' });
    expect(at(change('applicant.contact.phone', '1234'), 'applicant.contact.phone')[0]).to.include({ rule: 'ALL-4', code: 'phone.format' });
  });
});

describe('FMK-S2 the round and its deadline are configuration', () => {
  it('after the deadline the form warns at once, and the warning does not block', () => {
    const m = model(completeFmkSoknad(), { ...CONFIG, today: '2026-03-02' });
    const late = at(m, 'round');
    expect(late[0]).to.include({ rule: 'FMK-S2', severity: 'warning', code: 'fmk.round.late' });
    expect(m.visibleIssues).to.deep.include(late[0]);
    expect(m.blockingIssues).to.deep.equal([]);
  });
  it('on the deadline day, and with no deadline configured, there is no warning', () => {
    expect(at(model(completeFmkSoknad(), { ...CONFIG, today: FMK_DEADLINE }), 'round')).to.deep.equal([]);
    expect(at(model(completeFmkSoknad(), { priorityAreas: DEFAULT_PRIORITY_AREAS, today: '2030-01-01' }), 'round')).to.deep.equal([]);
  });
  it('the element takes deadline, round and today as attributes, shows them and warns', async () => {
    const el = await mount<FmkSoknad>('fmk-soknad', undefined, { deadline: FMK_DEADLINE, round: 'Vår 2026', today: '2026-03-05' });
    const round = $(el, '[data-path="round"]');
    expect(text(round)).to.contain('Vår 2026').and.contain('01.03.2026');
    expect(text(round?.querySelector('.message.warning'))).to.contain('Søknadsfristen var 01.03.2026');
    expect(el.submission?.computed).to.deep.include({ round: { label: 'Vår 2026', deadline: FMK_DEADLINE, afterDeadline: true } });
  });
  it('a late but complete application is still sent', async () => {
    const el = await mount<FmkSoknad>('fmk-soknad', completeFmkSoknad(), { deadline: FMK_DEADLINE, today: '2026-04-01' });
    let sent: TilskuddSubmitEvent | undefined;
    el.addEventListener('tilskudd-submit', (e) => (sent = e));
    expect(await el.submit()).to.equal(true);
    expect(sent?.detail.data.project).to.deep.include({ category: 'project' });
    expect(el.validate().filter((i) => i.severity === 'warning').map((i) => i.rule)).to.deep.equal(['FMK-S2']);
  });
});

describe('FMK-S3 priority area', () => {
  it('is required, from the 2021 list by default', () => {
    expect(at(change('project.priorityArea', null), 'project.priorityArea')[0]).to.include({ rule: 'FMK-S3', code: 'choice.required' });
    expect(DEFAULT_PRIORITY_AREAS.map((o) => o.value)).to.deep.equal(['new-registry-capture', 'helsedata', 'automated-capture']);
  });
  it('the list is configuration: a value outside it is an error, and plain labels are shown as given', async () => {
    const areas = [{ value: 'ki', label: 'Kunstig intelligens i registrene' }];
    expect(at(model(completeFmkSoknad(), { ...CONFIG, priorityAreas: areas }), 'project.priorityArea')[0]).to.include({ rule: 'FMK-S3', code: 'choice.invalid' });
    const el = document.createElement('fmk-soknad') as FmkSoknad;
    el.config = { priorityAreas: areas };
    document.body.append(el);
    await el.updateComplete;
    const options = [...byId<HTMLSelectElement>(el, 'f-project-priorityArea')!.options].map((o) => o.textContent?.trim());
    expect(options.slice(1)).to.deep.equal(['Kunstig intelligens i registrene']);
  });
});

describe('FMK-S4 category, FMK-S5 and FMK-S6 its criteria', () => {
  it('the category is required', () => {
    expect(at(change('project.category', null), 'project.category')[0]).to.include({ rule: 'FMK-S4', code: 'fmk.project.category.required' });
  });
  it('FMK-S5: a project answers each §4.2 a criterion', () => {
    for (const key of ['necessity', 'reuse', 'value', 'plan', 'standards', 'security'])
      expect(at(change(`criteriaA.${key}`, ' '), `criteriaA.${key}`)[0]).to.include({ rule: 'FMK-S5', code: 'fmk.criterion.required' });
  });
  it('FMK-S6: a new registry confirms each "must" and describes reuse, plan and gains', () => {
    for (const key of ['metadata', 'innsyn', 'platforms'])
      expect(at(change(`criteriaB.${key}`, false, completeFmkRegistry()), `criteriaB.${key}`)[0]).to.include({ rule: 'FMK-S6', code: 'fmk.b.must.required' });
    for (const key of ['reuse', 'plan', 'gains'])
      expect(at(change(`criteriaB.${key}`, '', completeFmkRegistry()), `criteriaB.${key}`)[0]).to.include({ rule: 'FMK-S6' });
    expect(at(change('project.registryName', '', completeFmkRegistry()), 'project.registryName')[0]).to.include({ rule: 'FMK-S4' });
  });
  it('answers for the other category are kept while switching, and left out of the submission', () => {
    const data = { ...completeFmkRegistry(), criteriaA: completeFmkSoknad().criteriaA };
    const asRegistry = model(data);
    expect(asRegistry.submission('nb').data).to.have.property('criteriaB');
    expect(asRegistry.submission('nb').data).to.not.have.property('criteriaA');
    const asProject = model(setIn(data, 'project.category', 'project'));
    expect(asProject.submission('nb').data).to.not.have.property('criteriaB');
    expect((asProject.submission('nb').data.project as Data).registryName).to.equal(undefined);
    expect(asProject.data.criteriaB).to.deep.include({ metadata: true });
    expect(errors(asProject)).to.deep.equal([]);
  });
  it('switching category in the form keeps what was typed in the other', async () => {
    const el = await mount<FmkSoknad>('fmk-soknad', completeFmkSoknad());
    byId(el, 'f-project-category-registry')!.click();
    await el.updateComplete;
    expect(byId(el, 'f-criteriaA-necessity')).to.equal(null);
    expect(byId(el, 'f-criteriaB-metadata')).to.not.equal(null);
    byId(el, 'f-project-category')!.click();
    await el.updateComplete;
    expect(byId<HTMLTextAreaElement>(el, 'f-criteriaA-necessity')!.value).to.equal((completeFmkSoknad().criteriaA as Data).necessity);
  });
});

describe('FMK-S7 no funds for operation or maintenance', () => {
  it('a budget line of that kind is an error at its kind', () => {
    const m = change('budget.lines.1.kind', 'operation');
    expect(at(m, 'budget.lines.1.kind')[0]).to.include({ rule: 'FMK-S7', severity: 'error', code: 'fmk.budget.operation' });
  });
  it('the applicant confirms it', () => {
    expect(at(change('budget.noOperationConfirmed', false), 'budget.noOperationConfirmed')[0]).to.include({ rule: 'FMK-S7', code: 'fmk.budget.noOperation.required' });
  });
  it('the error shows in the form beside the line once the kind is chosen', async () => {
    const el = await mount<FmkSoknad>('fmk-soknad', setIn(completeFmkSoknad(), 'budget.lines.0.kind', 'operation'));
    expect(text($(el, '[data-path="budget.lines.0.kind"] .message.error'))).to.contain('drift eller forvaltning');
    expect(await el.submit()).to.equal(false);
  });
});

describe('FMK-S8 goals, indicators and an end date', () => {
  it('at least one goal; indicators optional', () => {
    expect(at(change('goals', []), 'goals')[0]).to.include({ rule: 'FMK-S8', code: 'fmk.goals.required' });
    expect(errors(change('goals.0.indicators', null))).to.deep.equal([]);
    expect(at(change('goals.0.goal', ''), 'goals.0.goal')[0]).to.include({ rule: 'FMK-S8' });
  });
  it('milestones lie within the project, from start to end date', () => {
    expect(at(change('milestones.1.date', '2027-07-01'), 'milestones.1.date')[0]).to.include({ rule: 'FMK-S8', code: 'fmk.milestone.afterEnd' });
    expect(at(change('milestones.0.date', '2026-03-31'), 'milestones.0.date')[0]).to.include({ rule: 'FMK-S8', code: 'fmk.milestone.beforeStart' });
    expect(errors(change('milestones.1.date', '2027-06-30'))).to.deep.equal([]);
  });
  it('an end date is required and (ALL-6) not before the start', () => {
    expect(at(change('project.end', null), 'project.end')[0]).to.include({ rule: 'FMK-S8', code: 'date.required' });
    expect(at(change('project.end', '2026-03-31'), 'project.end')[0]).to.include({ rule: 'ALL-6', code: 'date.beforeStart' });
  });
});

describe('FMK-S11 e: what is applied for', () => {
  it('FMK-S11: an application for 0 kr is an error at the amount', () => {
    expect(at(change('budget.applied', 0), 'budget.applied').map((i) => `${i.rule} ${i.severity} ${i.code}`)).to.deep.equal(['FMK-S11 error fmk.applied.zero']);
    expect(at(change('budget.applied', 1), 'budget.applied').filter((i) => i.code === 'fmk.applied.zero')).to.deep.equal([]);
  });
  it('ALL-1: an amount past 10 000 000 000 kr is too large, so that no sum of the lines loses exactness', () => {
    const big = (amount: number) => setIn(setIn(completeFmkSoknad(), 'budget.lines.0.amount', amount), 'budget.lines.1.amount', amount);
    expect(at(model(big(Number.MAX_SAFE_INTEGER)), 'budget.lines.0.amount').map((i) => i.code)).to.deep.equal(['amount.tooLarge']);
    expect(at(model(big(10_000_000_000)), 'budget.lines.0.amount').map((i) => i.code)).to.deep.equal([]);
  });
});

describe('FMK-S9 a new registry: 500 000 kr, and up to 150 000 kr for shared components', () => {
  const registry = (applied: number, shared: number | null) =>
    model(setIn(setIn(completeFmkRegistry(), 'budget.applied', applied), 'budget.sharedComponents', shared));
  it('500 000 kr without shared components is fine; 500 001 kr is an error', () => {
    expect(errors(registry(500000, null))).to.deep.equal([]);
    expect(at(registry(500001, null), 'budget.applied')[0]).to.include({ rule: 'FMK-S9', code: 'fmk.applied.overLimit' });
    expect(at(registry(500001, null), 'budget.applied')[0]!.params).to.deep.equal({ max: 500000 });
  });
  it('shared components raise the limit by what is asked, up to 150 000 kr', () => {
    expect(errors(registry(650000, 150000))).to.deep.equal([]);
    expect(at(registry(650001, 150000), 'budget.applied')[0]).to.include({ rule: 'FMK-S9' });
    expect(at(registry(600000, 150001), 'budget.sharedComponents')[0]).to.include({ rule: 'FMK-S9', code: 'fmk.shared.tooMuch' });
    expect(at(registry(520000, 50000), 'budget.applied')).to.deep.equal([]);
  });
  it('shared components need their justification', () => {
    expect(at(change('budget.sharedJustification', '', completeFmkRegistry()), 'budget.sharedJustification')[0]).to.include({ rule: 'FMK-S9' });
  });
  it('a project has no such limit, and its shared-components answer is not sent', () => {
    const m = change('budget.sharedComponents', 999999, setIn(completeFmkSoknad(), 'budget.applied', 700000));
    expect(errors(m)).to.deep.equal([]);
    expect(m.submission('nb').data.budget).to.not.have.property('sharedComponents');
  });
});

describe('FMK-S10 a project asking for the whole cost', () => {
  it('gives a warning, not an error', () => {
    const m = model(setIn(setIn(completeFmkSoknad(), 'budget.applied', 800000), 'budget.hasOtherSupport', 'no'));
    expect(at(m, 'budget.applied')[0]).to.include({ rule: 'FMK-S10', severity: 'warning', code: 'fmk.applied.whole' });
    expect(m.blockingIssues).to.deep.equal([]);
  });
  it('less than the whole cost gives none, and a new registry gets none', () => {
    expect(at(change('budget.applied', 799999), 'budget.applied')).to.deep.equal([]);
    const registry = model(setIn(completeFmkRegistry(), 'budget.lines', [{ what: 'Utvikling', kind: 'development', amount: 620000 }]));
    expect(registry.issues.filter((i) => i.rule === 'FMK-S10')).to.deep.equal([]);
  });
  it('the grant and other support together above the cost is an error (FMK-S11 e)', () => {
    const m = change('budget.applied', 750000);
    expect(at(m, 'budget.summary')[0]).to.include({ rule: 'FMK-S11', code: 'fmk.financing.over' });
    expect(at(m, 'budget.summary')[0]!.params).to.deep.equal({ amount: 50000 });
  });
  it('lines that sum to 0 are a cost of 0: the grant asked is then over it (FMK-S11 e)', () => {
    const m = model(setIn(completeFmkSoknad(), 'budget.lines', [{ what: 'Utvikling', kind: 'development', amount: 0 }]));
    expect(at(m, 'budget.summary')[0]).to.include({ rule: 'FMK-S11', code: 'fmk.financing.over' });
    expect(at(m, 'budget.summary')[0]!.params).to.deep.equal({ amount: m.computed.budget.applied + m.computed.budget.other });
    const empty = model(setIn(completeFmkSoknad(), 'budget.lines', [{ what: 'Utvikling', kind: 'development', amount: null }]));
    expect(at(empty, 'budget.summary')).to.deep.equal([]);
  });
});

describe('FMK-S9 and FMK-S10 in the form, as the user types', () => {
  async function typeApplied(el: FmkSoknad, text: string) {
    const input = byId(el, 'f-budget-applied')!;
    input.focus();
    input.value = text;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
    await el.updateComplete;
    return input;
  }
  it('a new registry asking above its limit gets the error at the amount, marked invalid', async () => {
    const el = await mount<FmkSoknad>('fmk-soknad', setIn(completeFmkRegistry(), 'budget.applied', null));
    const input = await typeApplied(el, '700 000');
    expect(text($(el, '[data-path="budget.applied"] .message.error'))).to.contain('høyst 620 000 kr');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
  });
  it('a project asking for the whole cost gets a warning that is not marked invalid', async () => {
    const el = await mount<FmkSoknad>('fmk-soknad', setIn(setIn(completeFmkSoknad(), 'budget.applied', null), 'budget.hasOtherSupport', 'no'));
    const input = await typeApplied(el, '800000');
    expect(text($(el, '[data-path="budget.applied"] .message.warning'))).to.contain('Advarsel:Dere søker om hele kostnaden');
    expect(input.getAttribute('aria-invalid')).to.equal('false');
    expect(await el.submit()).to.equal(true);
  });
});

describe('FMK-S11 §6 a–g: totals, future costs and the checklist', () => {
  it('computes total cost, own share and shares live; future costs apart from what is applied for', () => {
    const m = model(completeFmkSoknad());
    expect(m.computed.budget).to.deep.equal({
      totalCost: 800000,
      applied: 500000,
      other: 100000,
      own: 200000,
      limit: null,
      shares: { applied: 62.5, other: 12.5, own: 25 },
    });
    expect(m.computed.future).to.deep.equal({ management: 80000, operating: 40000, perYear: 120000 });
  });
  it('future costs per year are required (§6 f, g); 0 is an answer', () => {
    expect(at(change('future.management', null), 'future.management')[0]).to.include({ rule: 'FMK-S11', code: 'fmk.future.management.required' });
    expect(errors(change('future.operating', 0))).to.deep.equal([]);
  });
  it('the checklist is §6 a–g, each with its letter and rule id', () => {
    const m = model({});
    expect(m.checklist.items.map((i) => `${i.id} ${i.rule} ${i.label}`)).to.deep.equal(
      ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((l) => `${l} FMK-S11 fmk.check.${l}`),
    );
  });
  it('the form shows the totals and the SVG bar, and updates them as the user types', async () => {
    const el = await mount<FmkSoknad>('fmk-soknad', completeFmkSoknad());
    const summary = $(el, '[data-path="budget.summary"]');
    expect(text(summary?.querySelector('[data-summary="budget.own"] dd'))).to.equal('200 000 kr');
    expect(summary?.querySelector('svg[role="img"]')?.getAttribute('aria-label')?.replace(/\s/g, ' ')).to.contain('Søkt fra FMK 500 000 kr (62,5 %)');
    const input = byId(el, 'f-budget-lines-0-amount')!;
    input.value = '700 000';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(text($(el, '[data-summary="budget.totalCost"] dd'))).to.equal('900 000 kr');
    expect(text($(el, '[data-summary="budget.own"] dd'))).to.equal('300 000 kr');
    expect(text($(el, '[data-path="future.summary"] [data-summary="future.perYear"] dd'))).to.equal('120 000 kr');
  });
  it('checklist items show in the form with their letters and rule id', async () => {
    const el = await mount<FmkSoknad>('fmk-soknad');
    const list = el.shadowRoot!.querySelector('tilskudd-sjekkliste')!;
    await (list as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const shown = (list.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
    for (const l of ['a) Navn og kontaktinformasjon', 'g) Framtidige driftskostnader']) expect(shown).to.contain(l);
    expect(shown).to.contain('FMK-S11');
  });
});

describe('FMK-S12 a revised application refers to the earlier one', () => {
  it('asks for the reference and the changes only for a revision', () => {
    expect(at(change('revision.isRevision', null), 'revision.isRevision')[0]).to.include({ rule: 'FMK-S12', code: 'fmk.revision.is.required' });
    const m = change('revision.isRevision', 'yes');
    expect(at(m, 'revision.earlierReference')[0]).to.include({ rule: 'FMK-S12' });
    expect(at(m, 'revision.changes')[0]).to.include({ rule: 'FMK-S12' });
    expect(model(completeFmkSoknad()).submission('nb').data.revision).to.deep.equal({ isRevision: 'no' });
  });
});

describe('fmk-soknad: live validation timing, error summary, value and form association', () => {
  it('an error shows only after the field was changed and left, and the summary takes focus on submit', async () => {
    const el = await mount<FmkSoknad>('fmk-soknad');
    const orgnr = byId(el, 'f-applicant-orgnr')!;
    orgnr.focus();
    orgnr.value = '123';
    orgnr.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect($(el, '[data-path="applicant.orgnr"] .message')).to.equal(null);
    orgnr.dispatchEvent(new Event('blur'));
    await el.updateComplete;
    expect(text($(el, '[data-path="applicant.orgnr"] .message'))).to.contain('9 siffer');
    expect(await el.submit()).to.equal(false);
    await frame(el);
    const summary = $(el, '.error-summary');
    expect(summary && deepActive() === summary, 'the error summary has focus').to.equal(true);
    expect(text(summary)).to.contain('Organisasjonsnummeret må ha 9 siffer');
  });
  it('inside a native form, the JSON is in FormData under its name', async () => {
    const form = document.createElement('form');
    document.body.append(form);
    const el = document.createElement('fmk-soknad') as FmkSoknad;
    el.setAttribute('name', 'soknad');
    el.value = completeFmkSoknad();
    form.append(el);
    await frame(el);
    const json = JSON.parse(new FormData(form).get('soknad') as string);
    expect(json.schema).to.equal('fmk/soknad');
    expect(json.data.budget.lines).to.deep.equal((completeFmkSoknad().budget as Data).lines);
    expect(form.checkValidity()).to.equal(true);
  });
});
