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
