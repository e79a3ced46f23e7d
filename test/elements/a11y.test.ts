import { expect } from 'chai';
import { cleanup, mount } from './helpers.js';
import { setIn } from '../../src/core/index.js';
import { validApplication } from '../fixtures/helseteknologi.js';
import { violations } from '../support/axe.js';

afterEach(cleanup);

describe('axe-core, WCAG 2.1/2.2 A and AA', () => {
  before(() => {
    document.documentElement.lang = 'nb';
  });

  it('the empty form has no violations', async () => {
    const el = await mount();
    expect(await violations(el, 20)).to.deep.equal([]);
  });

  it('the form with every error shown (after submit) has no violations', async () => {
    const data = setIn(setIn(validApplication(), 'applicant.orgnr', '988077918'), 'budget.costs.software.grant', 50000);
    const el = await mount('helseteknologi-soknad', setIn(data, 'project.title', ''));
    await el.submit();
    expect(await violations(el, 20)).to.deep.equal([]);
  });

  it('the complete form, with lines and partners, has no violations', async () => {
    const el = await mount('helseteknologi-soknad', validApplication());
    expect(await violations(el, 20)).to.deep.equal([]);
  });
});
