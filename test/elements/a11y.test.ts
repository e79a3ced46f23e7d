import { expect } from 'chai';
import { cleanup, frame, mount } from './helpers.js';
import { setIn } from '../../src/core/index.js';
import { validApplication } from '../fixtures/helseteknologi.js';
import type { TilskuddSkjema } from '../../src/elements/tilskudd-skjema.js';

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

afterEach(cleanup);

describe('axe-core, WCAG 2.1/2.2 A and AA', () => {
  before(() => {
    document.documentElement.lang = 'nb';
  });

  it('the empty form has no violations', async () => {
    const el = await mount();
    expect(await violations(el)).to.deep.equal([]);
  });

  it('the form with every error shown (after submit) has no violations', async () => {
    const data = setIn(setIn(validApplication(), 'applicant.orgnr', '988077918'), 'budget.costs.software.grant', 50000);
    const el = await mount('helseteknologi-soknad', setIn(data, 'project.title', ''));
    await el.submit();
    expect(await violations(el)).to.deep.equal([]);
  });

  it('the complete form, with lines and partners, has no violations', async () => {
    const el = await mount('helseteknologi-soknad', validApplication());
    expect(await violations(el)).to.deep.equal([]);
  });
});
