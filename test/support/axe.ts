import { expect } from 'chai';
import type { TilskuddSkjema } from '../../src/elements/tilskudd-skjema.js';
import { frame } from '../elements/helpers.js';

export interface AxeResult {
  violations: { id: string; help: string; nodes: { target: unknown }[] }[];
  passes: { id: string; nodes: unknown[] }[];
}

/** The rules every form is held to: WCAG 2.x A and AA plus best practice; `region` is the host page's business. */
export const AXE_OPTIONS = { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] }, rules: { region: { enabled: false } } };

// axe-core ships a UMD bundle that sets window.axe; load it once as a classic script.
async function loadAxe(): Promise<{ run: (ctx: Element, opts: object) => Promise<AxeResult> }> {
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

/** Runs axe on the rendered form, after its next frame. */
export async function runAxe(el: TilskuddSkjema): Promise<AxeResult> {
  const axe = await loadAxe();
  await frame(el);
  return axe.run(el, AXE_OPTIONS);
}

/** One line per violation, so a failing deep.equal([]) names the rule and where. */
export const describeViolations = (result: AxeResult) =>
  result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);

/** The form's violations, after checking that axe saw more than `minLabels` labelled inputs. */
export async function violations(el: TilskuddSkjema, minLabels: number): Promise<string[]> {
  const result = await runAxe(el);
  // Guard against a vacuous pass: axe must have checked the labels inside the shadow root.
  const labelled = result.passes.find((p) => p.id === 'label')?.nodes.length ?? 0;
  expect(labelled, 'inputs axe checked for a label').to.be.greaterThan(minLabels);
  return describeViolations(result);
}
