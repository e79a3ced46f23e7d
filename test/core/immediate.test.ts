import { expect } from 'chai';
import { FormModel, type FormDefinition } from '../../src/core/index.js';

/** A cross rule marked `immediate` shows its issues before any interaction; others wait. */
const definition = (immediate: boolean): FormDefinition<{ late: boolean }> => ({
  id: 't/immediate',
  version: '1',
  scheme: 't',
  form: 'f',
  variant: 'v',
  title: 't',
  sections: [{ id: 's', title: 's', fields: [{ key: 'name', type: 'text', label: 'l', maxLength: 10 }] }],
  rules: [
    { id: 'T-1', watch: ['name'], immediate, check: (_d, c) => (c.late ? [{ path: 'deadline', rule: 'T-1', severity: 'warning', code: 't.late' }] : []) },
  ],
  compute: () => ({ late: true }),
  checklist: [],
});

describe('CrossRule.immediate', () => {
  it('an immediate rule is shown at once, and a warning does not block', () => {
    const m = new FormModel(definition(true));
    expect(m.visibleIssues.map((i) => i.rule)).to.deep.equal(['T-1']);
    expect(m.blockingIssues).to.deep.equal([]);
  });
  it('without it, the issue waits for a watched field to be changed and left', () => {
    const m = new FormModel(definition(false));
    expect(m.visibleIssues).to.deep.equal([]);
    m.set('name', 'x');
    m.touch('name');
    expect(m.visibleIssues.map((i) => i.rule)).to.deep.equal(['T-1']);
  });
});

describe("a field's own issue that carries a cross rule's id (HTO-R4)", () => {
  // The audit section's rule is HTO-R4, and so is the cross rule that says why the section appeared.
  const rapport = (immediate: boolean): FormDefinition<{ required: boolean }> => ({
    id: 't/shared-id',
    version: '1',
    scheme: 't',
    form: 'f',
    variant: 'v',
    title: 't',
    sections: [
      { id: 'g', key: 'grant', title: 'g', fields: [{ key: 'amount', type: 'amount', label: 'a' }] },
      { id: 'a', key: 'audit', title: 'a', rule: 'T-4', fields: [{ key: 'auditor', type: 'text', label: 'r', maxLength: 50, required: true }] },
    ],
    rules: [{ id: 'T-4', watch: ['grant.amount'], immediate, check: (_d, c) => (c.required ? [{ path: 'grant.amount', rule: 'T-4', severity: 'info', code: 't.audit' }] : []) }],
    compute: (d) => ({ required: ((d.grant as { amount?: number } | undefined)?.amount ?? 0) > 100 }),
    checklist: [],
  });

  for (const immediate of [false, true])
    it(`waits for its own field, not for the rule's watched one${immediate ? ', nor shows at once when the rule is immediate' : ''}`, () => {
      const m = new FormModel(rapport(immediate));
      m.set('grant.amount', 500);
      m.touch('grant.amount');
      expect(m.visibleIssues.map((i) => `${i.path} ${i.code}`)).to.deep.equal(['grant.amount t.audit']);
      m.set('audit.auditor', '');
      m.touch('audit.auditor');
      expect(m.visibleIssues.map((i) => `${i.path} ${i.code}`)).to.deep.equal(['audit.auditor text.required', 'grant.amount t.audit']);
    });
});

describe('two cross rules with one id (HTO-R1: the deadline, and the confirmation date)', () => {
  const shared = (): FormDefinition<unknown> => ({
    id: 't/two-rules',
    version: '1',
    scheme: 't',
    form: 'f',
    variant: 'v',
    title: 't',
    sections: [{ id: 's', title: 's', fields: [{ key: 'a', type: 'text', label: 'l', maxLength: 10 }, { key: 'b', type: 'text', label: 'l', maxLength: 10 }] }],
    rules: [
      { id: 'T-2', watch: ['a'], check: () => [{ path: 'a', rule: 'T-2', severity: 'error', code: 't.a' }] },
      { id: 'T-2', watch: ['b'], check: () => [{ path: 'b', rule: 'T-2', severity: 'error', code: 't.b' }] },
    ],
    compute: () => ({}),
    checklist: [],
  });
  it('each issue is shown by its own rule\'s watch, not by the last rule with that id', () => {
    const m = new FormModel(shared());
    m.set('a', 'x');
    m.touch('a');
    expect(m.visibleIssues.map((i) => i.code)).to.deep.equal(['t.a']);
    m.set('b', 'y');
    m.touch('b');
    expect(m.visibleIssues.map((i) => i.code)).to.deep.equal(['t.a', 't.b']);
  });
});
