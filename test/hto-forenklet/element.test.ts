import { expect } from 'chai';
import { $, byId, deepActive, fill, frame, mount, press, tabTo, text, type } from '../elements/helpers.js';
import { setIn } from '../../src/core/index.js';
import type { TilskuddSubmitEvent } from '../../src/elements/events.js';
import type { HelseteknologiSoknad } from '../../src/elements/helseteknologi-soknad.js';
import { useLocale } from '../../src/i18n/localize.js';
import { hasText } from '../../src/i18n/texts.js';
import { helseteknologiForenklet } from '../../src/schemes/helseteknologi/index.js';
import { completeForenklet, invalidForenklet } from '../../stories/fixtures/helseteknologi-forenklet.js';
import { cleanupLocale, messageKeysOf, switchLocale } from '../support/i18n.js';

// no-draft: a draft autosaved by an earlier test must not be offered (and make the form wait) here.
const forenklet = (value?: Parameters<typeof mount>[1], attrs: Record<string, string> = {}) =>
  mount<HelseteknologiSoknad>('helseteknologi-soknad', value, { variant: 'forenklet', 'no-draft': '', ...attrs });

const checklistItems = (el: HelseteknologiSoknad) =>
  [...$(el, 'tilskudd-sjekkliste')!.shadowRoot!.querySelectorAll('li')].map((li) => li.dataset.item);

afterEach(cleanupLocale);

describe('HTO-S5 <helseteknologi-soknad variant="forenklet">', () => {
  it('HTO-S5: shows the simplified sections, not the full application’s description, risks or partners', async () => {
    const el = await forenklet();
    expect(text($(el, 'h1'))).to.equal('Forenklet søknad om tilskudd fra Helseteknologiordningen');
    const sections = [...el.shadowRoot!.querySelectorAll('section[id^="s-"]')].map((s) => s.id);
    expect(sections).to.deep.equal(['s-tidligere', 's-soker', 's-prosjekt', 's-status', 's-mal', 's-milepaeler', 's-drift', 's-budsjett', 's-signatur']);
    expect(byId(el, 'f-description-background')).to.equal(null);
    expect(byId(el, 'f-risks-0-risk')).to.equal(null);
    expect(byId(el, 'f-goals-0-achieved')).to.not.equal(null);
  });

  it('HTO-S5: an error shows once the field is left, not while typing, and goes when mended', async () => {
    const el = await forenklet();
    await tabTo('f-previous-reference');
    await type(' ');
    await el.updateComplete;
    expect($(el, '#f-previous-reference-msg'), 'not while typing').to.equal(null);
    await press('Tab');
    await el.updateComplete;
    expect(text($(el, '#f-previous-reference-msg'))).to.contain('Skriv inn saksnummer for tilskuddet');
    expect(byId(el, 'f-previous-reference')!.getAttribute('aria-describedby')).to.contain('f-previous-reference-msg');
    await fill(el, 'f-previous-reference', '23/12345');
    expect($(el, '#f-previous-reference-msg')).to.equal(null);
  });

  it('ALL-1 in HTO-S5’s granted amount: 12,5 keeps what was typed and says why', async () => {
    const el = await forenklet();
    await fill(el, 'f-previous-granted', '12,5');
    await press('Tab');
    await el.updateComplete;
    expect(byId(el, 'f-previous-granted')!.value).to.equal('12,5');
    expect(text($(el, '#f-previous-granted-msg'))).to.contain('hele kroner');
  });

  it('HTO-S7, HTO-S8, HTO-S9: the budget has the same cost elements and rules', async () => {
    const el = await forenklet(invalidForenklet());
    expect(byId(el, 'f-budget-costs-software-grant')).to.equal(null);
    expect(text($(el, '#f-budget-costs-travel-grant-msg'))).to.contain('Under tilskudd kan du ikke føre reisetid');
    const summary = text($(el, '#f-budget-summary-msg'));
    expect(summary).to.contain('Kommunen må finansiere en del av prosjektet selv');
    expect(summary).to.contain('lavere enn samlet kostnad');
  });

  it('HTO-S5: submit shows every error in the summary, which takes focus; a link moves focus to its field', async () => {
    const el = await forenklet(invalidForenklet());
    expect(await el.submit()).to.equal(false);
    await frame(el);
    const summary = $(el, '.error-summary')!;
    expect(deepActive()).to.equal(summary);
    const links = [...summary.querySelectorAll('a')];
    expect(links.length).to.equal(el.validate().filter((i) => i.severity === 'error').length);
    expect(links.map((a) => a.getAttribute('href'))).to.include('#f-previous-scheme');
    expect(text(summary)).to.contain('Velg hvilken ordning prosjektet fikk tilskudd fra i 2023');
    links.find((a) => a.getAttribute('href') === '#f-goals-0-achieved')!.focus();
    await press('Enter');
    await frame(el);
    expect(deepActive()?.id).to.equal('f-goals-0-achieved');
  });

  it('HTO-S5: tilskudd-submit carries variant "forenklet" in the envelope', async () => {
    const el = await forenklet(completeForenklet());
    let event: TilskuddSubmitEvent | undefined;
    document.addEventListener('tilskudd-submit', (e) => (event = e), { once: true });
    expect(await el.submit()).to.equal(true);
    expect(event!.bubbles && event!.composed).to.equal(true);
    const { schema, scheme, form, variant, checklist } = event!.detail;
    expect({ schema, scheme, form, variant }).to.deep.equal({ schema: 'helseteknologi/soknad', scheme: 'helseteknologi', form: 'soknad', variant: 'forenklet' });
    expect([checklist.complete, checklist.total]).to.deep.equal([8, 8]);
  });

  it('HTO-S5: value prefills and shows a prefilled error at once; validate() names the rule and says what to do', async () => {
    const el = await forenklet(setIn(setIn(completeForenklet(), 'operation.plan', ''), 'previous.granted', -5));
    expect(text($(el, '#f-previous-granted-msg'))).to.contain('kan ikke være negativt');
    expect($(el, '#f-operation-plan-msg'), 'an empty answer waits for the user or a submit').to.equal(null);
    expect(el.validate().map((i) => `${i.path} ${i.rule}`)).to.deep.equal(['previous.granted ALL-1', 'operation.plan HTO-S5']);
    expect(el.validate()[1]!.message).to.equal('Skriv inn plan for overgang til drift');
  });

  it('HTO-S5: form-associated: the JSON goes into FormData, an invalid form blocks the native submit', async () => {
    const form = document.createElement('form');
    form.innerHTML = '<helseteknologi-soknad name="soknad" variant="forenklet" no-draft></helseteknologi-soknad>';
    document.body.append(form);
    const el = form.firstElementChild as HelseteknologiSoknad;
    el.value = completeForenklet();
    await el.updateComplete;
    const json = JSON.parse(new FormData(form).get('soknad') as string);
    expect(json.variant).to.equal('forenklet');
    expect(json.data.previous).to.deep.equal({ scheme: 'digital-hjemmeoppfolging-kronisk-syke', reference: '23/12345', granted: 800000 });
    expect(form.checkValidity()).to.equal(true);
    el.value = invalidForenklet();
    await el.updateComplete;
    expect(form.checkValidity()).to.equal(false);
    form.remove();
  });

  it('HTO-S5: the checklist follows the variant', async () => {
    const el = await forenklet();
    expect(checklistItems(el)).to.deep.equal(['previous', 'status', 'progress', 'operation', 'budget', 'ownFinancing', 'signature', 'payment']);
    expect(text($(el, 'tilskudd-sjekkliste')!.shadowRoot!.querySelector('#progress'))).to.equal('0 av 8 fullført');
    el.variant = 'full';
    await el.updateComplete;
    await ($(el, 'tilskudd-sjekkliste') as HTMLElement & { updateComplete: Promise<void> }).updateComplete;
    expect(checklistItems(el)).to.deep.equal(['goals', 'measures', 'budget', 'otherFunding', 'ownFinancing', 'risks', 'description', 'signature', 'payment']);
  });

  it('HTO-S5: switching variant keeps every shared answer, and what only one variant asks for', async () => {
    const el = await mount<HelseteknologiSoknad>('helseteknologi-soknad', undefined, { 'no-draft': '' });
    await fill(el, 'f-project-title', 'Digitalt tilsyn');
    await fill(el, 'f-description-status', 'Halvveis');
    await fill(el, 'f-risks-0-risk', 'Forsinkelse');
    await fill(el, 'f-budget-costs-training-own', '12,5');
    await press('Tab');
    // The user reaches the variant switch outside the form: focus leaves it first.
    (deepActive() as HTMLElement).blur();
    el.variant = 'forenklet';
    await el.updateComplete;
    expect(byId(el, 'f-project-title')!.value).to.equal('Digitalt tilsyn');
    expect(byId<HTMLTextAreaElement>(el, 'f-description-status')!.value, 'the same key, asked as the variant asks').to.equal('Halvveis');
    expect(byId(el, 'f-budget-costs-training-own')!.value, 'bad input kept as typed').to.equal('12,5');
    expect(text($(el, '#f-budget-costs-training-own-msg')), 'a touched field still shows its error').to.contain('hele kroner');
    expect(el.submission!.data).to.not.have.property('risks');
    await fill(el, 'f-operation-plan', 'Hjemmetjenesten drifter');
    (deepActive() as HTMLElement).blur();
    el.variant = 'full';
    await el.updateComplete;
    expect(byId(el, 'f-risks-0-risk')!.value).to.equal('Forsinkelse');
    expect(el.submission!.data).to.not.have.property('operation');
    el.variant = 'forenklet';
    await el.updateComplete;
    expect(byId<HTMLTextAreaElement>(el, 'f-operation-plan')!.value).to.equal('Hjemmetjenesten drifter');
  });
});

describe('HTO-S5 in nb, nn and en', () => {
  it('HTO-S5: every message key the simplified definition uses has a text', () => {
    expect([...messageKeysOf(helseteknologiForenklet())].filter((k) => !hasText(k))).to.deep.equal([]);
  });

  it('HTO-S5: lang="en" and lang="nn" switch its texts, messages included', async () => {
    const el = await forenklet({ previous: { reference: ' ' } }, { lang: 'en' });
    await switchLocale(el, 'en');
    expect(text($(el, 'h1'))).to.equal('Simplified application for a grant from Helseteknologiordningen (the Health Technology Scheme)');
    expect(text($(el, '#s-drift-h'))).to.equal('Moving into operation');
    el.lang = 'nn';
    await useLocale('nn');
    await el.submit();
    await el.updateComplete;
    expect(text($(el, 'h1'))).to.equal('Forenkla søknad om tilskot frå Helseteknologiordningen');
    expect(text($(el, '#f-previous-reference-msg'))).to.contain('saksnummer for tilskotet');
  });
});
