import { expect } from 'chai';
import { cleanup, mount } from '../elements/helpers.js';
import { BEFORE_DEADLINE, completeReport, invalidReport, prefilledReport } from '../../stories/fixtures/helseteknologi-rapport.js';
import { violations } from '../support/axe.js';

afterEach(cleanup);

describe('helseteknologi-rapport: axe-core, WCAG 2.1/2.2 A and AA', () => {
  before(() => {
    document.documentElement.lang = 'nb';
  });
  const attrs = { today: BEFORE_DEADLINE };

  it('the empty report has no violations', async () => {
    expect(await violations(await mount('helseteknologi-rapport', undefined, attrs), 20)).to.deep.equal([]);
  });
  it('the report prefilled from the application has no violations', async () => {
    expect(await violations(await mount('helseteknologi-rapport', prefilledReport(), attrs), 20)).to.deep.equal([]);
  });
  it('the report with every error shown (HTO-R2 to R5, after submit) has no violations', async () => {
    const el = await mount('helseteknologi-rapport', invalidReport(), attrs);
    await el.submit();
    expect(await violations(el, 20)).to.deep.equal([]);
  });
  it('the complete report, past its deadline (HTO-R1 warning), has no violations', async () => {
    expect(await violations(await mount('helseteknologi-rapport', completeReport(), { today: '2026-05-01' }), 20)).to.deep.equal([]);
  });
});
