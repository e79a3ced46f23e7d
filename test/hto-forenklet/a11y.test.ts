import { expect } from 'chai';
import { cleanup, mount } from '../elements/helpers.js';
import { completeForenklet, halfFilledForenklet, invalidForenklet } from '../../stories/fixtures/helseteknologi-forenklet.js';
import type { Data } from '../../src/core/index.js';
import { violations } from '../support/axe.js';

const forenklet = (value?: Data) => mount('helseteknologi-soknad', value, { variant: 'forenklet', 'no-draft': '' });

afterEach(cleanup);

describe('HTO-S5 simplified application: axe-core, WCAG 2.1/2.2 A and AA', () => {
  before(() => {
    document.documentElement.lang = 'nb';
  });

  it('HTO-S5: the empty form has no violations', async () => {
    expect(await violations(await forenklet(), 20)).to.deep.equal([]);
  });

  it('HTO-S5: half filled, no violations', async () => {
    expect(await violations(await forenklet(halfFilledForenklet()), 20)).to.deep.equal([]);
  });

  it('HTO-S5: every error shown after submit, no violations', async () => {
    const el = await forenklet(invalidForenklet());
    await el.submit();
    expect(await violations(el, 20)).to.deep.equal([]);
  });

  it('HTO-S5: complete, no violations', async () => {
    expect(await violations(await forenklet(completeForenklet()), 20)).to.deep.equal([]);
  });
});
