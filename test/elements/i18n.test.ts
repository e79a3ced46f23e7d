import { expect } from 'chai';
import { $, cleanup, mount, text } from './helpers.js';
import { hasText } from '../../src/i18n/texts.js';
import { useLocale } from '../../src/i18n/localize.js';
import { helseteknologiSoknad } from '../../src/schemes/helseteknologi/index.js';
import { requiredKeys } from '../../src/core/index.js';

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

describe('every text in three languages', () => {
  it('every message key the definition uses has a text', () => {
    const missing = [...keysOf(helseteknologiSoknad(), new Set())].filter((k) => !hasText(k));
    expect(missing).to.deep.equal([]);
  });

  it('every code the engine emits has a text', () => {
    const codes = [
      ...Object.values(requiredKeys),
      'text.tooLong', 'email.format', 'phone.format', 'orgnr.format', 'orgnr.checksum', 'kontonr.format', 'kontonr.checksum',
      'amount.invalid', 'amount.decimals', 'amount.negative', 'amount.tooLarge', 'date.format', 'date.invalid', 'date.beforeStart',
      'choice.invalid', 'municipality.unknown', 'repeat.tooMany', 'budget.closedCell', 'budget.lineWhat.required', 'value.type', 'value.notCanonical',
      'hto.own.missing', 'hto.grant.notPart', 'hto.financing.gap', 'hto.financing.over',
    ];
    expect(codes.filter((c) => !hasText(c))).to.deep.equal([]);
  });

  it('lang="en" and lang="nn" switch every text, messages included', async () => {
    const el = await mount('helseteknologi-soknad', { applicant: { orgnr: '988077918' } }, { lang: 'en' });
    await useLocale('en');
    await el.updateComplete;
    expect(text($(el, 'h1'))).to.equal('Application for a grant from Helseteknologiordningen (the Health Technology Scheme)');
    expect(text($(el, '#f-applicant-orgnr-msg'))).to.match(/^Error:The organisation number/);
    el.lang = 'nn';
    await useLocale('nn');
    await el.updateComplete;
    expect(text($(el, '#f-applicant-orgnr-msg'))).to.match(/^Feil:Organisasjonsnummeret finst ikkje/);
  });
});
