import { expect } from 'chai';
import { cleanup, frame, mount } from '../elements/helpers.js';
import type { TilskuddSkjema } from '../../src/elements/tilskudd-skjema.js';
import { completeForenklet, halfFilledForenklet, invalidForenklet } from '../../stories/fixtures/helseteknologi-forenklet.js';
import type { Data } from '../../src/core/index.js';

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

async function violations(el: TilskuddSkjema) {
  const axe = await loadAxe();
  await frame(el);
  const result = await axe.run(el, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] }, rules: { region: { enabled: false } } });
  // Guard against a vacuous pass: axe must have checked the labels inside the shadow root.
  const labelled = result.passes.find((p) => p.id === 'label')?.nodes.length ?? 0;
  expect(labelled, 'inputs axe checked for a label').to.be.greaterThan(20);
  return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}

const forenklet = (value?: Data) => mount('helseteknologi-soknad', value, { variant: 'forenklet', 'no-draft': '' });

afterEach(cleanup);

describe('HTO-S5 simplified application: axe-core, WCAG 2.1/2.2 A and AA', () => {
  before(() => {
    document.documentElement.lang = 'nb';
  });

  it('HTO-S5: the empty form has no violations', async () => {
    expect(await violations(await forenklet())).to.deep.equal([]);
  });

  it('HTO-S5: half filled, no violations', async () => {
    expect(await violations(await forenklet(halfFilledForenklet()))).to.deep.equal([]);
  });

  it('HTO-S5: every error shown after submit, no violations', async () => {
    const el = await forenklet(invalidForenklet());
    await el.submit();
    expect(await violations(el)).to.deep.equal([]);
  });

  it('HTO-S5: complete, no violations', async () => {
    expect(await violations(await forenklet(completeForenklet()))).to.deep.equal([]);
  });
});
