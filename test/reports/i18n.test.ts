import { expect } from 'chai';
import { $, mount, text } from '../elements/helpers.js';
import { hasText } from '../../src/i18n/texts.js';
import { useLocale } from '../../src/i18n/localize.js';
import { helseteknologiRapport } from '../../src/schemes/helseteknologi/rapport.js';
import { fmkRapport } from '../../src/schemes/fmk/rapport.js';
import { AFTER_DEADLINE, completeReport } from '../../stories/fixtures/helseteknologi-rapport.js';
import { invalidFmkRapport } from '../../stories/fixtures/fmk-rapport.js';
import { cleanupLocale, messageKeysOf, switchLocale } from '../support/i18n.js';

afterEach(cleanupLocale);

describe('the reports in three languages', () => {
  it('every message key the two report definitions use has a text', () => {
    const keys = messageKeysOf([helseteknologiRapport(), fmkRapport()], ['lineLabel']);
    expect([...keys].filter((k) => !hasText(k))).to.deep.equal([]);
  });

  it('every code the reports and the new field types emit has a text', () => {
    const codes = [
      'integer.required', 'integer.invalid', 'integer.negative', 'integer.range',
      'attachment.required', 'attachment.invalid', 'attachment.type', 'attachment.tooLarge', 'attachment.empty',
      'accounts.required', 'accounts.actual.required', 'accounts.explanation.required', 'accounts.line', 'accounts.add',
      'htor.deadline', 'htor.deadline.passed', 'htor.audit.required', 'htor.unused', 'htor.overused',
      'fmkr.used.overGranted', 'fmkr.used.overActual', 'fmkr.unused.final', 'fmkr.unused.progress', 'fmkr.substantial.warning', 'fmkr.reported.no',
    ];
    expect(codes.filter((c) => !hasText(c))).to.deep.equal([]);
  });

  it('HTO-R1: lang="en" and "nn" translate the deadline and its warning', async () => {
    const el = await mount('helseteknologi-rapport', completeReport(), { lang: 'en', today: AFTER_DEADLINE });
    await switchLocale(el, 'en');
    expect(text($(el, 'h1'))).to.equal('Report to Helseteknologiordningen (the Health Technology Scheme)');
    expect(text($(el, '#f-grant-year-msg'))).to.contain('The deadline for sending it is 01.04.2026.');
    expect(text($(el, '#f-grant-year-msg'))).to.contain('The deadline was 01.04.2026.');
    await switchLocale(el, 'nn');
    expect(text($(el, '#f-grant-year-msg'))).to.contain('Fristen for å sende han er 01.04.2026.');
    expect(text($(el, '[data-path="accounts.costs"] caption'))).to.equal('Tilskot');
  });

  it('FMK-R2, FMK-R3: the report\'s errors in English after submit', async () => {
    const el = await mount('fmk-rapport', invalidFmkRapport(), { lang: 'en' });
    await useLocale('en');
    await el.submit();
    await el.updateComplete;
    expect(text($(el, '#f-funds-lines-0-explanation-msg'))).to.equal('Error:Explain why the actual amount for Utvikling av overføringstjenesten differs from the budget');
    expect(text($(el, '#f-funds-used-msg'))).to.contain('Funds used so far cannot be more than the funds granted (500 000 kr)');
  });
});
