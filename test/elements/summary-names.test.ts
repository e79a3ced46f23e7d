import { expect } from 'chai';
import { setIn } from '../../src/core/index.js';
import { validApplication } from '../fixtures/helseteknologi.js';
import { cleanupLocale, switchLocale } from '../support/i18n.js';
import { deepActive, mount, press, text } from './helpers.js';

// WCAG 2.4.4 (link purpose) and 3.3.1: a screen-reader user who lists the error summary's links
// must tell them apart. "Skriv inn mål" twice, for goal 1 and goal 2, did not say which was which.

afterEach(cleanupLocale);

const links = (el: HTMLElement) => [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('tilskudd-feiloppsummering a')];
const texts = (el: HTMLElement) => links(el).map((a) => text(a));
const linkTo = (el: HTMLElement, id: string) => links(el).find((a) => a.getAttribute('href') === `#${id}`);

async function submitted(tag: string, value: Record<string, unknown>, attrs: Record<string, string> = {}) {
  const el = await mount(tag, value, attrs);
  await el.submit();
  await el.updateComplete;
  return el;
}

/** No two links say the same. */
function unique(all: string[]) {
  const twice = all.filter((s, i) => all.indexOf(s) !== i);
  expect(twice, 'link texts said more than once').to.deep.equal([]);
}

describe('error summary links say what they are about (WCAG 2.4.4, ALL-2)', () => {
  it('HTO-S2, HTO-S4: two empty goals and milestones: every link is unique and names its row; the signature date its section', async () => {
    const el = await submitted('helseteknologi-soknad', { goals: [{}, {}], milestones: [{}, {}] });
    const all = texts(el);
    unique(all);
    expect(text(linkTo(el, 'f-goals-0-goal'))).to.equal('Mål 1: Skriv inn mål');
    expect(text(linkTo(el, 'f-goals-1-goal'))).to.equal('Mål 2: Skriv inn mål');
    expect(text(linkTo(el, 'f-milestones-0-date'))).to.equal('Milepæl 1: Skriv inn dato, for eksempel 15.03.2025');
    expect(text(linkTo(el, 'f-milestones-1-date'))).to.equal('Milepæl 2: Skriv inn dato, for eksempel 15.03.2025');
    expect(text(linkTo(el, 'f-milestones-1-what'))).to.equal('Milepæl 2: Skriv inn hva som skal være ferdig');
    // "Dato" alone is also a milestone's label: the section says which date.
    expect(text(linkTo(el, 'f-signature-date'))).to.equal('Underskrift: Skriv inn dato, for eksempel 15.03.2025');
    // A field with a label of its own keeps the plain message.
    expect(all).to.include('Skriv inn prosjektets navn');
  });

  it('the named link still leads to its own field', async () => {
    const el = await submitted('helseteknologi-soknad', { goals: [{}, {}] });
    linkTo(el, 'f-goals-1-goal')!.focus();
    await press('Enter');
    expect(deepActive()?.id).to.equal('f-goals-1-goal');
  });

  it('FMK-S11: two empty budget lines: every link is unique and names its line', async () => {
    const el = await submitted('fmk-soknad', { goals: [{}, {}], budget: { lines: [{}, {}] } });
    unique(texts(el));
    expect(text(linkTo(el, 'f-budget-lines-0-amount'))).to.equal('Kostnad 1: Skriv inn beløp i hele kroner');
    expect(text(linkTo(el, 'f-budget-lines-1-amount'))).to.equal('Kostnad 2: Skriv inn beløp i hele kroner');
    expect(text(linkTo(el, 'f-budget-lines-1-kind'))).to.equal('Kostnad 2: Velg type kostnad');
    expect(text(linkTo(el, 'f-goals-1-goal'))).to.equal('Mål 2: Skriv inn målet');
  });

  it('ALL-5: "too long" names the answer it is about, in a row with the row too', async () => {
    let value = validApplication();
    value = setIn(value, 'description.background', 'x'.repeat(4001));
    value = setIn(value, 'goals', [{ goal: 'Færre fall' }, { goal: 'Færre innleggelser', indicators: 'y'.repeat(1001) }]);
    const el = await submitted('helseteknologi-soknad', value);
    const background = text(linkTo(el, 'f-description-background'));
    expect(background).to.match(/^Bakgrunn, formål og mål for prosjektet: Svaret kan ha høyst 4\s?000 tegn/);
    expect(text(linkTo(el, 'f-goals-1-indicators'))).to.match(/^Mål 2, indikatorer: Svaret kan ha høyst 1\s?000 tegn/);
  });

  it('HTO-S7: an amount in a budget cell is named by its cost element and column', async () => {
    const el = await submitted('helseteknologi-soknad', setIn(validApplication(), 'budget.costs.training.grant', -5));
    expect(text(linkTo(el, 'f-budget-costs-training-grant'))).to.match(/^Opplæring av helse- og omsorgspersonell, tilskudd: \S/);
  });

  it('in English the row and field are named in English', async () => {
    const el = await submitted('fmk-soknad', { budget: { lines: [{}, {}] } }, { lang: 'en' });
    await switchLocale(el, 'en');
    unique(texts(el));
    expect(text(linkTo(el, 'f-budget-lines-1-amount'))).to.match(/^Cost 2: /);
  });
});

describe('error summary links in the reports\' accounts tables name their cell (WCAG 2.4.4)', () => {
  it('HTO-R3: two invalid actuals: the cost element, the payer and "regnskap" tell them apart', async () => {
    const { completeReport, BEFORE_DEADLINE } = await import('../../stories/fixtures/helseteknologi-rapport.js');
    let value = setIn(completeReport(), 'accounts.costs.training.grant.actual', -5);
    value = setIn(value, 'accounts.costs.meetings.own.actual', -7);
    const el = await submitted('helseteknologi-rapport', value, { today: BEFORE_DEADLINE, 'no-draft': '' });
    unique(texts(el));
    expect(text(linkTo(el, 'f-accounts-costs-training-grant-actual'))).to.match(/^Opplæring.*, tilskudd, regnskap: /);
  });
  it('FMK-R3: two invalid actuals in free lines: "Linje 1" and "Linje 2"', async () => {
    const { completeFmkRapport } = await import('../../stories/fixtures/fmk-rapport.js');
    let value = setIn(completeFmkRapport(), 'funds.lines.0.actual', -5);
    value = setIn(value, 'funds.lines.1.actual', -7);
    const el = await submitted('fmk-rapport', value, { 'no-draft': '' });
    unique(texts(el));
    expect(texts(el).filter((s) => /regnskap: /.test(s)).length).to.equal(2);
  });
});
