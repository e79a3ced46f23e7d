import { expect } from 'chai';
import { $, mount, text } from './helpers.js';
import { hasText } from '../../src/i18n/texts.js';
import { helseteknologiSoknad } from '../../src/schemes/helseteknologi/index.js';
import { requiredKeys } from '../../src/core/index.js';
import { cleanupLocale, messageKeysOf, switchLocale } from '../support/i18n.js';

afterEach(cleanupLocale);

describe('every text in three languages', () => {
  it('every message key the definition uses has a text', () => {
    const missing = [...messageKeysOf(helseteknologiSoknad())].filter((k) => !hasText(k));
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
    await switchLocale(el, 'en');
    expect(text($(el, 'h1'))).to.equal('Application for a grant from Helseteknologiordningen (the Health Technology Scheme)');
    expect(text($(el, '#f-applicant-orgnr-msg'))).to.match(/^Error:The organisation number/);
    await switchLocale(el, 'nn');
    expect(text($(el, '#f-applicant-orgnr-msg'))).to.match(/^Feil:Organisasjonsnummeret finst ikkje/);
  });

  it('without its lang attribute the form speaks the page’s language again', async () => {
    document.documentElement.lang = 'nb';
    const el = await mount('helseteknologi-soknad', undefined, { lang: 'en' });
    await switchLocale(el, 'en');
    el.removeAttribute('lang');
    const until = Date.now() + 3000;
    while (!text($(el, 'h1')).startsWith('Søknad') && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
    expect(text($(el, 'h1'))).to.match(/^Søknad om tilskudd/);
  });

  it('the texts are marked with the language they are in, whatever the page or the host says (WCAG 3.1.2)', async () => {
    document.documentElement.lang = 'nb';
    const first = await mount('helseteknologi-soknad', undefined, { lang: 'nb', id: 'nb-form' });
    const checklist = document.createElement('tilskudd-sjekkliste');
    checklist.setAttribute('for', 'nb-form');
    document.body.append(checklist);
    // One language per page: the last one set wins, for every form on it (README).
    const second = await mount('helseteknologi-soknad', undefined, { lang: 'en' });
    await switchLocale(second, 'en');
    await checklist.updateComplete;
    for (const [what, root] of [['the first form', first.shadowRoot!], ['the second', second.shadowRoot!], ['the checklist beside', checklist.shadowRoot!]] as const) {
      const h = root.querySelector('h1, h2')!;
      expect(text(h), what).to.not.match(/Søknad|Dette må/);
      expect(h.closest('[lang]')?.getAttribute('lang'), what).to.equal('en');
    }
  });
});

