import { expect } from 'chai';
import { FormModel, setIn, type Data, type FormDefinition } from '../../src/core/index.js';
import { helseteknologiForenklet, helseteknologiSoknad } from '../../src/schemes/helseteknologi/index.js';
import { completeForenklet, invalidForenklet } from '../../stories/fixtures/helseteknologi-forenklet.js';
import { validApplication } from '../fixtures/helseteknologi.js';

const forenklet = helseteknologiForenklet();
const full = helseteknologiSoknad();
const model = (data: Data) => new FormModel(forenklet, data);
const errors = (m: FormModel<any>) => m.issues.filter((i) => i.severity === 'error');
const at = (m: FormModel<any>, path: string) => errors(m).filter((i) => i.path === path);
const change = (path: string, value: unknown) => model(setIn(completeForenklet(), path, value));

describe('HTO-S5 the simplified application (core)', () => {
  it('HTO-S5: the complete fixture has no errors and a complete checklist', () => {
    const m = model(completeForenklet());
    expect(errors(m)).to.deep.equal([]);
    expect(m.checklist.complete).to.equal(m.checklist.total);
  });

  it('HTO-S5: each of its four points is required, under rule HTO-S5', () => {
    const m = new FormModel(forenklet);
    const rules = (path: string) => at(m, path).map((i) => `${i.rule} ${i.code}`);
    expect(rules('previous.scheme')).to.deep.equal(['HTO-S5 hto.s5.previous.scheme.required']);
    expect(rules('previous.reference')).to.deep.equal(['HTO-S5 text.required']);
    expect(rules('previous.granted')).to.deep.equal(['HTO-S5 amount.required']);
    expect(rules('description.status')).to.deep.equal(['HTO-S5 text.required']);
    expect(rules('description.procurement')).to.deep.equal(['HTO-S5 text.required']);
    expect(rules('goals.0.goal')).to.deep.equal(['HTO-S5 text.required']);
    expect(rules('goals.0.achieved')).to.deep.equal(['HTO-S5 text.required']);
    expect(rules('milestones.0.date')).to.deep.equal(['HTO-S5 date.required']);
    expect(rules('operation.plan')).to.deep.equal(['HTO-S5 text.required']);
    expect(rules('operation.date')).to.deep.equal(['HTO-S5 date.required']);
    expect(rules('budget.costs')).to.deep.equal(['HTO-S5 budget.required']);
  });

  it('HTO-S5: a 2023 grant of 0 kr is no grant: an error at the amount', () => {
    expect(at(change('previous.granted', 0), 'previous.granted').map((i) => `${i.rule} ${i.code}`)).to.deep.equal(['HTO-S5 hto.s5.previous.granted.zero']);
  });

  it('HTO-S5: an earlier scheme outside the two named ones is an error', () => {
    expect(at(change('previous.scheme', 'journallosninger'), 'previous.scheme').map((i) => i.code)).to.deep.equal(['choice.invalid']);
  });

  it('HTO-S5: the full application’s own content (description points, risks) is not asked for', () => {
    const paths = new FormModel(forenklet).issues.map((i) => i.path);
    expect(paths.some((p) => p.startsWith('risks') || p.startsWith('description.background') || p === 'partners')).to.equal(false);
  });

  it('HTO-S7, HTO-S8, HTO-S9 hold for its budget as in the full application', () => {
    const m = model(invalidForenklet());
    expect(at(m, 'budget.costs.travel.grant').map((i) => i.rule)).to.deep.equal(['HTO-S7']);
    const summary = at(m, 'budget.summary').map((i) => `${i.rule} ${i.code}`);
    expect(summary).to.include('HTO-S8 hto.own.missing');
    expect(summary).to.include('HTO-S9 hto.financing.gap');
  });

  it('ALL-5 and ALL-1 in its own fields: whitespace is no answer, øre are no kroner', () => {
    expect(at(change('goals.0.achieved', '  '), 'goals.0.achieved').map((i) => i.code)).to.deep.equal(['text.required']);
    expect(at(change('previous.granted', 12.5), 'previous.granted').map((i) => `${i.rule} ${i.code}`)).to.deep.equal(['ALL-1 amount.decimals']);
  });

  it('HTO-S5: its checklist has its own items, ending with signature (HTO-S3) and payment (HTO-S11)', () => {
    const items = new FormModel(forenklet).checklist.items.map((i) => `${i.id} ${i.rule}`);
    expect(items).to.deep.equal([
      'previous HTO-S5', 'status HTO-S5', 'progress HTO-S5', 'operation HTO-S5', 'budget HTO-S5', 'ownFinancing HTO-S5', 'signature HTO-S3', 'payment HTO-S11',
    ]);
  });

  it('HTO-S5: the submission says variant "forenklet" and holds only what the variant shows', () => {
    const data = { ...validApplication(), ...completeForenklet() };
    const s = model(data).submission('nb');
    expect([s.schema, s.scheme, s.form, s.variant]).to.deep.equal(['helseteknologi/soknad', 'helseteknologi', 'soknad', 'forenklet']);
    expect(Object.keys(s.data).sort()).to.deep.equal(['applicant', 'budget', 'description', 'goals', 'milestones', 'operation', 'previous', 'project', 'signature']);
    expect(Object.keys(s.data.description as Data)).to.deep.equal(['status', 'procurement']);
  });
});

describe('FormModel.withDefinition: a variant keeps the answers (engine)', () => {
  it('carries data and touched/dirty state, adds the new variant’s initial lists, prunes on submission', () => {
    const m = new FormModel(full);
    m.set('project.title', 'Digitalt tilsyn');
    m.touch('project.title');
    m.set('project.start', 'not a date');
    m.touch('project.start');
    m.set('risks.0.risk', 'Forsinkelse');
    const next = m.withDefinition(forenklet)!;
    expect(next.definition).to.equal(forenklet);
    expect(next.get('project.title')).to.equal('Digitalt tilsyn');
    expect(next.get('risks')).to.deep.equal([{ risk: 'Forsinkelse' }], 'kept in the model while hidden');
    expect(next.submission('nb').data).to.not.have.property('risks');
    expect(next.visibleIssues.map((i) => i.path)).to.deep.equal(['project.start'], 'what the user touched still shows its error');
    expect(next.checklist.items.map((i) => i.id)[0]).to.equal('previous');
    const back = next.withDefinition(full)!;
    expect(back.get('risks.0.risk')).to.equal('Forsinkelse');
    expect(back.get('goals')).to.deep.equal([{}]);
  });

  it('after a failed submit, the errors stay shown in the other variant (submitted carries over)', () => {
    const m = new FormModel(full);
    m.markSubmitted();
    const next = m.withDefinition(forenklet)!;
    expect(next.visibleIssues.length).to.equal(next.issues.length);
    expect(next.visibleIssues.length).to.be.greaterThan(5);
    expect(new FormModel(full).withDefinition(forenklet)!.visibleIssues).to.deep.equal([]);
  });

  it('another form gives undefined, so the element starts afresh', () => {
    const other: FormDefinition = { ...forenklet, form: 'rapport' } as FormDefinition;
    expect(new FormModel(full).withDefinition(other)).to.equal(undefined);
  });
});
