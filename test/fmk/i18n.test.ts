import { expect } from 'chai';
import { $, cleanup, mount, text } from '../elements/helpers.js';
import { hasText } from '../../src/i18n/texts.js';
import { useLocale } from '../../src/i18n/localize.js';
import { DEFAULT_PRIORITY_AREAS, fmkKlage, fmkSoknad } from '../../src/schemes/fmk/index.js';
import { completeFmkKlage, completeFmkSoknad } from '../../stories/fixtures/fmk.js';

const TEXT_KEYS = new Set(['label', 'hint', 'title', 'intro', 'text', 'itemLabel', 'addLabel', 'requiredKey', 'wholeLabel']);

function keysOf(node: unknown, out: Set<string>): Set<string> {
  if (Array.isArray(node)) node.forEach((n) => keysOf(n, out));
  else if (node && typeof node === 'object')
    for (const [k, v] of Object.entries(node)) {
      if (TEXT_KEYS.has(k) && typeof v === 'string') out.add(v);
      else keysOf(v, out);
    }
  return out;
}

afterEach(async () => {
  cleanup();
  await useLocale('nb');
});

describe('FMK forms: every text in three languages', () => {
  it('every message key the definitions use, and every code their rules emit, has a text', () => {
    const keys = keysOf([fmkSoknad({ priorityAreas: DEFAULT_PRIORITY_AREAS, deadline: '2026-03-01', round: 'x' }), fmkKlage()], new Set());
    const codes = ['fmk.round.late', 'fmk.budget.operation', 'fmk.shared.tooMuch', 'fmk.applied.overLimit', 'fmk.applied.whole', 'fmk.financing.over', 'fmk.klage.late', 'fmk.grounds.required', 'fmk.milestone.beforeStart', 'fmk.milestone.afterEnd'];
    expect([...keys, ...codes].filter((k) => !hasText(k))).to.deep.equal([]);
  });

  it('lang="en" and lang="nn" switch the application, its warning (FMK-S2) and its checklist (FMK-S11)', async () => {
    const el = await mount('fmk-soknad', completeFmkSoknad(), { lang: 'en', deadline: '2026-03-01', today: '2026-03-02' });
    await useLocale('en');
    await el.updateComplete;
    expect(text($(el, 'h1'))).to.equal('Application for funds from the Technology Forum for Medical Quality Registries (FMK)');
    expect(text($(el, '[data-path="round"] .message'))).to.match(/^Warning:The deadline was 01\.03\.2026/);
    el.lang = 'nn';
    await useLocale('nn');
    await el.updateComplete;
    expect(text($(el, '[data-path="round"] .message'))).to.match(/^Åtvaring:Søknadsfristen var 01\.03\.2026/);
    expect(text($(el, '#s-framtid-h'))).to.equal('Framtidige kostnader');
  });

  it('lang="en" switches the complaint, with its time limit (FMK-K2) and the note on professional judgement (FMK-K3)', async () => {
    const el = await mount('fmk-klage', completeFmkKlage(), { lang: 'en', today: '2026-03-01' });
    await useLocale('en');
    await el.updateComplete;
    expect(text($(el, '[data-path="decision.lastDay"] .message'))).to.match(/^Warning:The time limit ran out on 23\.02\.2026/);
    expect(text($(el, '#s-grunnlag .intro'))).to.contain('cannot be appealed');
  });
});
