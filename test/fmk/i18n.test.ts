import { expect } from 'chai';
import { $, mount, text } from '../elements/helpers.js';
import { hasText } from '../../src/i18n/texts.js';
import { DEFAULT_PRIORITY_AREAS, fmkKlage, fmkSoknad } from '../../src/schemes/fmk/index.js';
import { completeFmkKlage, completeFmkSoknad } from '../../stories/fixtures/fmk.js';
import { cleanupLocale, messageKeysOf, switchLocale } from '../support/i18n.js';

afterEach(cleanupLocale);

describe('FMK forms: every text in three languages', () => {
  it('every message key the definitions use, and every code their rules emit, has a text', () => {
    const keys = messageKeysOf([fmkSoknad({ priorityAreas: DEFAULT_PRIORITY_AREAS, deadline: '2026-03-01', round: 'x' }), fmkKlage()]);
    const codes = ['fmk.round.late', 'fmk.budget.operation', 'fmk.shared.tooMuch', 'fmk.applied.overLimit', 'fmk.applied.whole', 'fmk.financing.over', 'fmk.klage.late', 'fmk.grounds.required', 'fmk.milestone.beforeStart', 'fmk.milestone.afterEnd'];
    expect([...keys, ...codes].filter((k) => !hasText(k))).to.deep.equal([]);
  });

  it('lang="en" and lang="nn" switch the application, its warning (FMK-S2) and its checklist (FMK-S11)', async () => {
    const el = await mount('fmk-soknad', completeFmkSoknad(), { lang: 'en', deadline: '2026-03-01', today: '2026-03-02' });
    await switchLocale(el, 'en');
    expect(text($(el, 'h1'))).to.equal('Application for funds from the Technology Forum for Medical Quality Registries (FMK)');
    expect(text($(el, '[data-path="round"] .message'))).to.match(/^Warning:The deadline was 01\.03\.2026/);
    await switchLocale(el, 'nn');
    expect(text($(el, '[data-path="round"] .message'))).to.match(/^Åtvaring:Søknadsfristen var 01\.03\.2026/);
    expect(text($(el, '#s-framtid-h'))).to.equal('Framtidige kostnader');
  });

  it('lang="en" switches the complaint, with its time limit (FMK-K2) and the note on professional judgement (FMK-K3)', async () => {
    const el = await mount('fmk-klage', completeFmkKlage(), { lang: 'en', today: '2026-03-01' });
    await switchLocale(el, 'en');
    expect(text($(el, '[data-path="decision.lastDay"] .message'))).to.match(/^Warning:The time limit ran out on 23\.02\.2026/);
    expect(text($(el, '#s-grunnlag .intro'))).to.contain("You cannot complain about FMK's professional assessment");
  });
});
