import { expect } from 'chai';
import { cleanup, mount } from '../elements/helpers.js';
import { completeFmkRapport, invalidFmkRapport, prefilledFmkRapport } from '../../stories/fixtures/fmk-rapport.js';
import { violations } from '../support/axe.js';

afterEach(cleanup);

describe('fmk-rapport: axe-core, WCAG 2.1/2.2 A and AA', () => {
  before(() => {
    document.documentElement.lang = 'nb';
  });

  it('the empty report has no violations', async () => {
    expect(await violations(await mount('fmk-rapport'), 10)).to.deep.equal([]);
  });
  it('the report prefilled from the application has no violations', async () => {
    expect(await violations(await mount('fmk-rapport', prefilledFmkRapport()), 10)).to.deep.equal([]);
  });
  it('the report with every error shown (FMK-R2 to R4, after submit) has no violations', async () => {
    const el = await mount('fmk-rapport', invalidFmkRapport());
    await el.submit();
    expect(await violations(el, 10)).to.deep.equal([]);
  });
  it('the complete report, with its warnings, has no violations', async () => {
    expect(await violations(await mount('fmk-rapport', completeFmkRapport()), 10)).to.deep.equal([]);
  });
});
