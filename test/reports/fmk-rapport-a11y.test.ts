import { expect } from 'chai';
import { cleanup, frame, mount } from '../elements/helpers.js';
import type { TilskuddSkjema } from '../../src/elements/tilskudd-skjema.js';
import { completeFmkRapport, invalidFmkRapport, prefilledFmkRapport } from '../../stories/fixtures/fmk-rapport.js';

// axe-core's UMD bundle sets window.axe; loaded once as a classic script.
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

async function violations(el: TilskuddSkjema) {
  const axe = await loadAxe();
  await frame(el);
  const result = await axe.run(el, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] }, rules: { region: { enabled: false } } });
  const labelled = result.passes.find((p) => p.id === 'label')?.nodes.length ?? 0;
  expect(labelled, 'inputs axe checked for a label').to.be.greaterThan(10);
  return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}

afterEach(cleanup);

describe('fmk-rapport: axe-core, WCAG 2.1/2.2 A and AA', () => {
  before(() => {
    document.documentElement.lang = 'nb';
  });

  it('the empty report has no violations', async () => {
    expect(await violations(await mount('fmk-rapport'))).to.deep.equal([]);
  });
  it('the report prefilled from the application has no violations', async () => {
    expect(await violations(await mount('fmk-rapport', prefilledFmkRapport()))).to.deep.equal([]);
  });
  it('the report with every error shown (FMK-R2 to R4, after submit) has no violations', async () => {
    const el = await mount('fmk-rapport', invalidFmkRapport());
    await el.submit();
    expect(await violations(el)).to.deep.equal([]);
  });
  it('the complete report, with its warnings, has no violations', async () => {
    expect(await violations(await mount('fmk-rapport', completeFmkRapport()))).to.deep.equal([]);
  });
});
