import { expect } from 'chai';
import { setIn } from '../../src/core/index.js';
import { cleanup, mount } from '../elements/helpers.js';
import { completeFmkKlage, completeFmkRegistry, completeFmkSoknad, invalidFmkKlage, invalidFmkSoknad } from '../../stories/fixtures/fmk.js';
import { violations } from '../support/axe.js';

afterEach(cleanup);

describe('axe-core on the FMK forms (WCAG 2.1/2.2 A and AA)', () => {
  before(() => {
    document.documentElement.lang = 'nb';
  });
  const late = { deadline: '2026-03-01', round: 'Vår 2026', today: '2026-04-01' };

  it('fmk-soknad empty, with the round and its FMK-S2 warning: no violations', async () => {
    expect(await violations(await mount('fmk-soknad', undefined, late), 15)).to.deep.equal([]);
  });
  it('fmk-soknad complete, a project and a new registry: no violations', async () => {
    expect(await violations(await mount('fmk-soknad', completeFmkSoknad(), late), 25)).to.deep.equal([]);
    cleanup();
    expect(await violations(await mount('fmk-soknad', setIn(completeFmkRegistry(), 'budget.applied', 900000), late), 25)).to.deep.equal([]);
  });
  it('fmk-soknad with every error shown after submit (FMK-S7 and others): no violations', async () => {
    const el = await mount('fmk-soknad', invalidFmkSoknad(), late);
    await el.submit();
    expect(await violations(el, 25)).to.deep.equal([]);
  });
  it('fmk-klage empty, complete and late (FMK-K2), and with errors: no violations', async () => {
    expect(await violations(await mount('fmk-klage'), 8)).to.deep.equal([]);
    cleanup();
    expect(await violations(await mount('fmk-klage', completeFmkKlage(), { today: '2026-06-01' }), 8)).to.deep.equal([]);
    cleanup();
    const el = await mount('fmk-klage', invalidFmkKlage());
    await el.submit();
    expect(await violations(el, 8)).to.deep.equal([]);
  });
});
