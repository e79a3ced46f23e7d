import { expect } from 'chai';
import { setIn } from '../../src/core/index.js';
import type { FmkKlage } from '../../src/elements/fmk-klage.js';
import { completeFmkKlage } from '../../stories/fixtures/fmk.js';
import { cleanupLocale, switchLocale } from '../support/i18n.js';
import { $, mount, text } from '../elements/helpers.js';

afterEach(cleanupLocale);

const legends = (el: FmkKlage) => [...el.shadowRoot!.querySelectorAll('legend')].map((l) => text(l));

describe('FMK-K1 the complaint asks its own questions (WCAG 2.4.6)', () => {
  for (const lang of ['nb', 'nn', 'en'] as const) {
    it(`no two questions of the complaint share a legend (${lang})`, async () => {
      const el = await mount<FmkKlage>('fmk-klage', completeFmkKlage(), { lang, today: '2026-02-10' });
      await switchLocale(el, lang);
      const all = legends(el);
      expect(all.filter((l, i) => all.indexOf(l) !== i)).to.deep.equal([]);
    });
  }

  it('the decision kind and the grounds are asked apart', async () => {
    const el = await mount<FmkKlage>('fmk-klage', completeFmkKlage(), { today: '2026-02-10' });
    expect(text($(el, '[data-path="decision.kind"] legend'))).to.equal('Hva slags vedtak klager dere på?');
    expect(text($(el, '#f-grounds-which > legend'))).to.equal('Hva klager dere på?');
  });

  it('the complainant is asked who complains, and its error says so; the application still asks who applies', async () => {
    const el = await mount<FmkKlage>('fmk-klage', setIn(completeFmkKlage(), 'complainant.unit', null), { today: '2026-02-10' });
    expect(text($(el, '[data-path="complainant.unit"] legend'))).to.equal('Hvem klager?');
    expect(await el.submit()).to.equal(false);
    await el.updateComplete;
    expect(text($(el, '[data-path="complainant.unit"] .message.error'))).to.equal('Feil:Velg hvem som klager');
    await switchLocale(el, 'en');
    expect(text($(el, '[data-path="complainant.unit"] legend'))).to.equal('Who is complaining?');
    expect(text($(el, '[data-path="complainant.unit"] .message.error'))).to.equal('Error:Select who is complaining');
    const soknad = await mount('fmk-soknad', undefined, { deadline: '2026-03-01', today: '2026-02-10' });
    await switchLocale(soknad, 'nb');
    expect(text($(soknad, '[data-path="applicant.unit"] legend'))).to.equal('Hvem søker?');
  });
});
