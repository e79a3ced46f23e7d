import { expect } from 'chai';
import { setIn } from '../../src/core/index.js';
import type { TilskuddSkjema } from '../../src/elements/tilskudd-skjema.js';
import { cleanup, frame, mount } from '../elements/helpers.js';
import { completeFmkKlage, completeFmkRegistry, completeFmkSoknad, invalidFmkKlage, invalidFmkSoknad } from '../../stories/fixtures/fmk.js';

// axe-core ships a UMD bundle that sets window.axe; load it once as a classic script.
async function loadAxe(): Promise<{ run: (ctx: Element, opts: object) => Promise<{ violations: { id: string; help: string; nodes: { target: unknown }[] }[]; passes: { id: string; nodes: unknown[] }[] }> }> {
  const w = window as unknown as { axe?: unknown };
  if (!w.axe) {
    await new Promise<void>((resolve, reject) => {
      const s = document.createElement('script');
      s.src = '/node_modules/axe-core/axe.min.js';
      s.onload = () => resolve();
      s.onerror = reject;
      document.head.append(s);
    });
  }
  return w.axe as never;
}

async function violations(el: TilskuddSkjema, minLabels: number) {
  const axe = await loadAxe();
  await frame(el);
  const result = await axe.run(el, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] }, rules: { region: { enabled: false } } });
  // Guard against a vacuous pass: axe must have checked the labels inside the shadow root.
  const labelled = result.passes.find((p) => p.id === 'label')?.nodes.length ?? 0;
  expect(labelled, 'inputs axe checked for a label').to.be.greaterThan(minLabels);
  return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}

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
