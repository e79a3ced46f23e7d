import { expect } from 'chai';
import { createDraft } from '../../src/core/draft.js';
import { setIn } from '../../src/core/index.js';
import { helseteknologiSoknad } from '../../src/schemes/helseteknologi/index.js';
import { $, byId, cleanup, deepActive, mount, press, tabTo, text, toMunicipality, type } from './helpers.js';
import { validApplication } from '../fixtures/helseteknologi.js';
import { putRaw, until } from '../drafts/client.js';
import { BEFORE_DEADLINE, completeReport } from '../../stories/fixtures/helseteknologi-rapport.js';
import { completeFmkRapport } from '../../stories/fixtures/fmk-rapport.js';

// Where focus goes, and what a screen reader hears, at the places an audit found wanting.

afterEach(cleanup);

/** The accessible name an aria-labelledby gives: the referenced elements' texts, in order. */
const labelledName = (root: ShadowRoot, input: Element) =>
  (input.getAttribute('aria-labelledby') ?? '')
    .split(' ')
    .map((id) => text(root.getElementById(id)))
    .join(' ');

describe('focus and names for keyboard and screen-reader users', () => {
  it('removing a budget line moves focus to the line that took its place, then to "Del opp i linjer"; a line amount is named by its line (HTO-S7)', async () => {
    const el = await mount();
    await tabTo('f-budget-costs-meetings-split');
    await press('Enter');
    await el.updateComplete;
    expect(deepActive()?.id).to.equal('f-budget-costs-meetings-lines-0-what');
    await type('Oppstart');
    $(el, 'tr.add-line button')!.focus();
    await press('Enter');
    await el.updateComplete;
    await type('Avslutning');
    const grant = byId(el, 'f-budget-costs-meetings-lines-0-grant')!;
    expect(labelledName(el.shadowRoot!, grant), 'not the text typed in the line').to.equal('Linje 1 under Møter og samlinger Tilskudd');

    $(el, 'tr.line button')!.focus();
    await press('Enter');
    await el.updateComplete;
    expect(deepActive()?.id).to.equal('f-budget-costs-meetings-lines-0-what');
    expect(byId(el, 'f-budget-costs-meetings-lines-0-what')!.value).to.equal('Avslutning');
    $(el, 'tr.line button')!.focus();
    await press('Enter');
    await el.updateComplete;
    expect(deepActive()?.id).to.equal('f-budget-costs-meetings-split');
  });

  it('the same words twice are said twice: removing the first budget line two times in a row changes the live region both times', async () => {
    const el = await mount();
    await tabTo('f-budget-costs-meetings-split');
    await press('Enter');
    await el.updateComplete;
    await type('Oppstart');
    $(el, 'tr.add-line button')!.focus();
    await press('Enter');
    await el.updateComplete;
    await type('Avslutning');
    expect(text($(el, 'tr.line button')), 'its name reads as a sentence').to.equal('Fjern linje 1 under Møter og samlinger');
    const live = $(el, '[aria-live=polite]')!;
    const said: string[] = [];
    new MutationObserver(() => said.push(text(live))).observe(live, { subtree: true, characterData: true, childList: true });
    for (let i = 0; i < 2; i++) {
      $(el, 'tr.line button')!.focus();
      await press('Enter');
      await el.updateComplete;
    }
    expect(said).to.deep.equal(['Linje 1 under Møter og samlinger er fjernet', 'Linje 1 under Møter og samlinger er fjernet']);
  });

  it('an error summary link for a list with no items leads to its add button, which carries the message (HTO-S2)', async () => {
    const el = await mount('helseteknologi-soknad', { ...validApplication(), goals: [] });
    await el.submit();
    await el.updateComplete;
    const link = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('tilskudd-feiloppsummering a')].find((a) => a.getAttribute('href') === '#f-goals')!;
    link.focus();
    await press('Enter');
    expect(deepActive()?.id).to.equal('f-goals-add');
    const described = deepActive()!.getAttribute('aria-describedby')!;
    expect(text(el.shadowRoot!.getElementById(described))).to.contain('mål');
  });

  it('radios in an error carry aria-invalid, as every other control (ALL-2)', async () => {
    const el = await mount();
    await el.submit();
    await el.updateComplete;
    const radios = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=radio][name="applicant.kind"]')];
    expect(radios.length).to.be.greaterThan(1);
    expect(radios.map((r) => r.getAttribute('aria-invalid'))).to.deep.equal(radios.map(() => 'true'));
  });

  it('a summary box refers to its message only while it has one', async () => {
    const el = await mount();
    for (const dl of el.shadowRoot!.querySelectorAll('dl.figures')) {
      const ref = dl.getAttribute('aria-describedby');
      if (ref) expect(el.shadowRoot!.getElementById(ref), ref).to.not.equal(null);
    }
  });

  it('"Fjern filen" empties the native file input too, so the same file can be chosen again (HTO-R4)', async () => {
    const el = await mount('helseteknologi-rapport', completeReport(), { today: BEFORE_DEADLINE });
    const input = byId(el, 'f-audit-attestation')!;
    const transfer = new DataTransfer();
    transfer.items.add(new File(['%PDF-1.4'], 'attest.pdf', { type: 'application/pdf' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    await el.updateComplete;
    $(el, '[data-path="audit.attestation"] p.file button')!.focus();
    await press('Enter');
    await el.updateComplete;
    expect(input.files?.length ?? 0).to.equal(0);
    expect(deepActive()?.id).to.equal('f-audit-attestation');
  });

  it('a draft offered on load takes focus, so the waiting form does not look dead', async () => {
    const definition = helseteknologiSoknad();
    await putRaw(`helseteknologi/soknad#${location.pathname}`, createDraft(definition, { key: location.pathname, data: { project: { title: 'Fra i går' } }, revision: 1, writer: 'yesterday' }));
    (document.activeElement as HTMLElement | null)?.blur();
    const el = await mount();
    await until(() => !!$(el, '[data-state=offer]'), 'the offer');
    await until(() => deepActive()?.getAttribute('data-state') === 'offer', 'focus on the offer');
  });

  it('the municipality field says when nothing matches, and Enter on a name not picked shows the choices instead of sending (HTO-S1)', async () => {
    const el = await mount();
    await toMunicipality(el);
    await type('Oslx');
    await el.updateComplete;
    const live = $(el, '[aria-live=polite]');
    expect(text(live)).to.equal('Ingen kommuner passer med «Oslx»');
    await press('Backspace');
    await el.updateComplete;
    const input = byId(el, 'f-applicant-municipality')!;
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    await press('Escape');
    await el.updateComplete;
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    await press('Enter');
    await el.updateComplete;
    expect(input.getAttribute('aria-expanded'), 'the choices again').to.equal('true');
    expect(el.shadowRoot!.querySelectorAll('tilskudd-feiloppsummering li').length, 'nothing sent').to.equal(0);
    expect(deepActive()?.id).to.equal('f-applicant-municipality');
  });

  it('a short answer near its limit has its counter in the description, and said once typing pauses (ALL-5)', async () => {
    const el = await mount('helseteknologi-soknad', { project: { title: 'x'.repeat(150) } });
    const input = byId(el, 'f-project-title')!;
    expect(input.getAttribute('aria-describedby') ?? '', 'far from the limit: no counter').to.not.contain('count');
    await tabTo('f-project-title');
    await press('End');
    await type('y'.repeat(15));
    await el.updateComplete;
    expect(input.getAttribute('aria-describedby')).to.contain('f-project-title-count');
    expect(text(el.shadowRoot!.getElementById('f-project-title-count'))).to.equal('Du har 35 tegn igjen');
    await until(() => text($(el, '[aria-live=polite]')) === 'Du har 35 tegn igjen', 'the count said', 3000);
  });

  it('the checklist of a report or a complaint says so in its heading (2.4.6)', async () => {
    for (const [tag, heading] of [
      ['helseteknologi-rapport', 'Dette må rapporten inneholde'],
      ['fmk-rapport', 'Dette må rapporten inneholde'],
      ['fmk-klage', 'Dette må klagen inneholde'],
      ['helseteknologi-soknad', 'Dette må søknaden inneholde'],
    ]) {
      const el = await mount(tag!);
      const list = $(el, 'tilskudd-sjekkliste') as HTMLElement & { updateComplete: Promise<unknown> };
      await list.updateComplete;
      expect(text(list.shadowRoot!.querySelector('h2')), tag).to.equal(heading);
      el.remove();
    }
  });

  it('no section skips rendering off screen: a screen reader started late would not find it (1.3.1)', async () => {
    const el = await mount();
    const sections = [...el.shadowRoot!.querySelectorAll('section')];
    expect(sections.length).to.be.greaterThan(5);
    expect(sections.map((s) => getComputedStyle(s).contentVisibility)).to.deep.equal(sections.map(() => 'visible'));
  });

  it('each "Fjern beløpet" is named by its cell, as the input there would be: two in one closed accounts cell are told apart (HTO-S7)', async () => {
    const report = setIn(setIn(completeReport(), 'accounts.costs.software.grant.budget', 20000), 'accounts.costs.software.grant.actual', 15000);
    const el = await mount('helseteknologi-rapport', report, { today: BEFORE_DEADLINE });
    const names = [...el.shadowRoot!.querySelectorAll('.stray-remove')].map((b) => labelledName(el.shadowRoot!, b));
    expect(names).to.have.length(2);
    expect(names[0]).to.match(/^Fjern beløpet Kjøp av programvare.* Tilskudd Budsjett$/);
    expect(names[1]).to.match(/^Fjern beløpet Kjøp av programvare.* Tilskudd Regnskap$/);
    const soknad = await mount('helseteknologi-soknad', setIn(validApplication(), 'budget.costs.software.grant', 50000));
    expect(labelledName(soknad.shadowRoot!, byId(soknad, 'f-budget-costs-software-grant')!)).to.match(/^Fjern beløpet .*Tilskudd$/);
  });

  it('an amount in an accounts line is named by its line, not by the text typed in it (FMK report)', async () => {
    const el = await mount('fmk-rapport', completeFmkRapport());
    const budget = byId(el, 'f-funds-lines-0-budget')!;
    const name = labelledName(el.shadowRoot!, budget);
    expect(name).to.match(/^Linje 1 /);
    expect(name).to.not.contain(byId(el, 'f-funds-lines-0-what')!.value);
  });
});
