import { expect } from 'chai';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { completeApplication } from '../../stories/fixtures/helseteknologi.js';
import { completeForenklet } from '../../stories/fixtures/helseteknologi-forenklet.js';
import { BEFORE_DEADLINE, completeReport } from '../../stories/fixtures/helseteknologi-rapport.js';
import { completeFmkRapport } from '../../stories/fixtures/fmk-rapport.js';
import { FMK_DEADLINE, completeFmkKlage, completeFmkSoknad } from '../../stories/fixtures/fmk.js';
import type { Data } from '../../src/core/index.js';
import { $, byId, cleanup, mount, press, text, toMunicipality, type } from './helpers.js';
import { until } from '../drafts/client.js';

// WCAG 2.1 AA beyond the keyboard: reflow at 320 px (1.4.10), a form on any host page (1.4.3),
// forced colours (1.4.11), and not by colour alone (1.4.1).

afterEach(async () => {
  await emulateMedia({ forcedColors: 'none', media: 'screen' });
  await setViewport({ width: 800, height: 600 });
  document.body.removeAttribute('style');
  await cleanup();
});

const FORMS: [string, () => Data, Record<string, string>][] = [
  ['helseteknologi-soknad', completeApplication, {}],
  ['helseteknologi-soknad', completeForenklet, { variant: 'forenklet' }],
  ['helseteknologi-rapport', completeReport, { today: BEFORE_DEADLINE }],
  ['fmk-soknad', completeFmkSoknad, { deadline: FMK_DEADLINE }],
  ['fmk-rapport', completeFmkRapport, {}],
  ['fmk-klage', completeFmkKlage, {}],
];

/** A usual host page: a gutter and the system font. */
const HOST_PAGE = 'margin: 0; padding: 1rem; font-family: system-ui, sans-serif';

/** Relative luminance and contrast ratio, WCAG 2.1. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = c.match(/\d+(\.\d+)?/g)!.slice(0, 3).map((v) => Number(v) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}

describe('reflow: every form at 320 CSS px, no sideways scrolling (1.4.10)', () => {
  for (const [tag, data, attrs] of FORMS) {
    it(`${tag}${attrs.variant ? ` (${attrs.variant})` : ''}: empty, and filled in (ALL-5)`, async () => {
      await setViewport({ width: 320, height: 640 });
      document.body.setAttribute('style', HOST_PAGE);
      const el = await mount(tag, undefined, attrs);
      expect(document.documentElement.scrollWidth, 'empty').to.equal(320);
      el.value = data();
      await el.updateComplete;
      // Each table may scroll inside its own box (allowed), never the page.
      if (tag === 'helseteknologi-rapport') expect(byId(el, 'f-audit-attestation'), 'the file input is there').to.not.equal(null);
      expect(document.documentElement.scrollWidth, 'filled').to.equal(320);
      const cut = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input.amount')].filter((input) => input.scrollWidth > input.clientWidth);
      expect(cut.map((input) => `${input.id} ${input.value}`), 'every amount shows whole').to.deep.equal([]);
    });
  }
});

describe('text spacing at 320 CSS px (1.4.12)', () => {
  it('long compound words wrap in labels and messages: the report with every error shown (HTO-R5)', async () => {
    await setViewport({ width: 320, height: 640 });
    document.body.setAttribute('style', HOST_PAGE);
    const el = await mount('helseteknologi-rapport', undefined, { today: BEFORE_DEADLINE });
    await el.submit();
    await el.updateComplete;
    // The user's own spacing, as a bookmarklet or extension sets it, in every shadow root too.
    const spacing = new CSSStyleSheet();
    spacing.replaceSync('* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }');
    const roots = [document, ...[el, ...el.shadowRoot!.querySelectorAll('*')].flatMap((node) => (node.shadowRoot ? [node.shadowRoot] : []))];
    for (const root of roots) root.adoptedStyleSheets = [...root.adoptedStyleSheets, spacing];
    try {
      expect(text($(el, '[data-path="indicators.standardisation"] label'))).to.match(/^Standardiseringsaktiviteter/);
      expect(document.documentElement.scrollWidth).to.equal(320);
    } finally {
      for (const root of roots) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((sheet) => sheet !== spacing);
    }
  });
});

describe('reflow: a narrow column', () => {
  it("the auditor's attestation input fits its column, however long the browser's own button text (HTO-R4)", async () => {
    const column = document.createElement('div');
    column.style.width = '240px';
    document.body.append(column);
    const el = document.createElement('helseteknologi-rapport') as HTMLElement & { value: Data; updateComplete: Promise<unknown> };
    el.setAttribute('today', BEFORE_DEADLINE);
    el.value = completeReport();
    column.append(el);
    await el.updateComplete;
    const input = el.shadowRoot!.getElementById('f-audit-attestation')!;
    expect(input.getBoundingClientRect().right).to.be.at.most(column.getBoundingClientRect().right);
  });
});

describe('a form on a dark host page keeps its own light ground (1.4.3)', () => {
  it('text, links and controls keep their contrast; the checklist beside it too (HTO-S2)', async () => {
    document.body.setAttribute('style', 'background: #111; color: #eee; color-scheme: dark');
    const el = await mount('helseteknologi-soknad');
    const host = getComputedStyle(el);
    expect(host.colorScheme).to.equal('light');
    const ground = host.backgroundColor;
    expect(contrast(getComputedStyle($(el, 'h1')!).color, ground), 'heading').to.be.at.least(4.5);
    expect(contrast(getComputedStyle($(el, '.hint')!).color, ground), 'hint').to.be.at.least(4.5);
    expect(contrast(getComputedStyle($(el, 'button.primary')!).backgroundColor, ground), 'primary button').to.be.at.least(3);
    const checklist = document.createElement('tilskudd-sjekkliste');
    document.body.append(checklist);
    await (checklist as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const own = getComputedStyle(checklist);
    expect(contrast(own.color, own.backgroundColor), 'a checklist placed on its own').to.be.at.least(4.5);
  });
});

describe("a host's font (1.4.4)", () => {
  it('--tilskudd-font-size and -family scale every heading and text, in the form and in a checklist on its own (HTO-S2)', async () => {
    document.body.setAttribute('style', '--tilskudd-font-size: 24px; --tilskudd-font-family: Georgia, serif');
    const el = await mount('helseteknologi-soknad', undefined, { 'hide-checklist': '' });
    const size = (node: Element | null | undefined) => parseFloat(getComputedStyle(node!).fontSize);
    expect(size($(el, 'label')), 'body text').to.equal(24);
    expect(size($(el, 'h1')), 'the title, 1.75 times the text').to.equal(42);
    expect(size($(el, 'section h2')), 'a section heading stays bigger than the text').to.equal(33);
    const checklist = document.createElement('tilskudd-sjekkliste') as HTMLElement & { updateComplete: Promise<unknown> };
    checklist.setAttribute('for', el.id = 'app');
    document.body.append(checklist);
    await until(() => !!checklist.shadowRoot!.querySelector('h2'), 'the checklist follows the form');
    expect(getComputedStyle(checklist).fontFamily).to.equal('Georgia, serif');
    expect(size(checklist), 'the list, a little smaller than the form').to.equal(22.5);
    expect(size(checklist.shadowRoot!.querySelector('h2')), 'its heading above its text').to.equal(27);
  });
});

describe('forced colours (Windows high contrast)', () => {
  it('the municipality the arrow keys are on stands out from the others (HTO-S1)', async () => {
    await emulateMedia({ forcedColors: 'active' });
    const el = await mount('helseteknologi-soknad');
    await toMunicipality(el);
    await type('os');
    await press('ArrowDown');
    await el.updateComplete;
    const options = [...el.shadowRoot!.querySelectorAll('[role=option]')];
    const active = options.find((o) => o.getAttribute('aria-selected') === 'true')!;
    const other = options.find((o) => o !== active)!;
    expect(byId(el, 'f-applicant-municipality')!.getAttribute('aria-activedescendant')).to.equal(active.id);
    // Compared with the list's own ground: a transparent and an opaque white look the same.
    const ground = getComputedStyle($(el, '[role=listbox]')!).backgroundColor;
    expect(contrast(getComputedStyle(active).backgroundColor, ground), 'the active row').to.be.at.least(3);
    expect(getComputedStyle(other).backgroundColor).to.match(/rgba\(.*, 0\)|^rgb\(255, 255, 255\)$/);
    expect(contrast(getComputedStyle(active).color, getComputedStyle(active).backgroundColor)).to.be.at.least(4.5);
  });

  it('the financing chart keeps its colours, with a gap where two parts meet (HTO-S9)', async () => {
    await emulateMedia({ forcedColors: 'active' });
    const el = await mount('helseteknologi-soknad', completeApplication());
    const swatches = [...el.shadowRoot!.querySelectorAll('.bar .swatch')].map((s) => getComputedStyle(s).backgroundColor);
    expect(new Set(swatches).size, swatches.join(' ')).to.equal(swatches.length);
    expect(el.shadowRoot!.querySelectorAll('.bar line[stroke="#fff"]').length, 'grant | own | others').to.equal(2);
    // The legend's words follow the theme (on a dark high-contrast theme, author black would vanish).
    const words = getComputedStyle(el.shadowRoot!.querySelector('.bar figcaption')!);
    expect(getComputedStyle(el.shadowRoot!.querySelector('.bar svg')!).forcedColorAdjust).to.equal('none');
    expect(words.forcedColorAdjust).to.equal('auto');
  });
});

describe('not by colour alone (1.4.1)', () => {
  it('a warning carries a mark an error does not, and a screen reader still hears "Advarsel:" first (FMK-S2)', async () => {
    const el = await mount('fmk-soknad', undefined, { deadline: FMK_DEADLINE, today: '2026-03-05' });
    const warning = $(el, '[data-path="round"] .message.warning')!;
    expect(text(warning)).to.match(/^Advarsel:/);
    const mark = getComputedStyle(warning, '::before');
    expect(mark.content).to.match(/^"!"/);
    expect(mark.borderTopStyle).to.equal('solid');
    expect(getComputedStyle(warning, '::before').display).to.equal('inline-block');
  });
});
