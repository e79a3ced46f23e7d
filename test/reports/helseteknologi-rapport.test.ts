import { expect } from 'chai';
import { $, byId, cleanup, deepActive, fill, frame, mount, press, tabTo, text, type } from '../elements/helpers.js';
import { setIn } from '../../src/core/index.js';
import type { TilskuddSubmitEvent } from '../../src/elements/events.js';
import type { HelseteknologiRapport } from '../../src/elements/helseteknologi-rapport.js';
import { AFTER_DEADLINE, BEFORE_DEADLINE, applicationSubmission, completeReport, invalidReport } from '../../stories/fixtures/helseteknologi-rapport.js';
import { standInFiles } from '../../stories/support/stand-in-files.js';

afterEach(cleanup);

const TAG = 'helseteknologi-rapport';

async function report(attrs: Record<string, string> = { today: BEFORE_DEADLINE }, value?: object): Promise<HelseteknologiRapport> {
  return mount<HelseteknologiRapport>(TAG, value as never, attrs);
}

/** Chooses a file in a native file input as the browser's file picker would. */
async function chooseFile(el: HelseteknologiRapport, id: string, file: File) {
  const input = byId(el, id)!;
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

describe('helseteknologi-rapport: prefill from the application', () => {
  it('the `application` property carries over applicant, partners, goals and budget (HTO-R2, HTO-R3, HTO-R5)', async () => {
    const el = await report();
    el.application = applicationSubmission();
    await frame(el);
    expect(byId(el, 'f-grant-projectTitle')!.value).to.equal('Digitalt tilsyn i hjemmetjenesten');
    expect(byId(el, 'f-applicant-orgnr')!.value).to.equal('974 760 673');
    expect(byId<HTMLTextAreaElement>(el, 'f-goals-0-goal')!.value).to.equal('Færre unødvendige nattbesøk i hjemmetjenesten');
    expect(byId(el, 'f-accounts-costs-projectResources-grant-budget')!.value.replace(/\s/g, ' ')).to.equal('400 000');
    expect(byId(el, 'f-accounts-costs-meetings-own-budget')!.value.replace(/\s/g, ' ')).to.equal('10 000');
    expect(byId(el, 'f-indicators-municipalities')!.value).to.equal('2');
    expect(byId(el, 'f-partners-0-municipality')!.value).to.contain('Bjørnafjorden');
    expect(el.value.grant).to.deep.include({ year: 2025 });
  });
});

describe('helseteknologi-rapport: HTO-R1 year and deadline', () => {
  it('shows the deadline with the year, and warns after it', async () => {
    const before = await report({ today: BEFORE_DEADLINE }, completeReport());
    expect(text($(before, '#f-grant-year-msg'))).to.equal('Merk:Rapporten gjelder 2025, per 31.12.2025. Fristen for å sende den er 01.04.2026.');
    cleanup();
    const after = await report({ today: AFTER_DEADLINE }, completeReport());
    expect(text($(after, '#f-grant-year-msg'))).to.contain('Advarsel:Fristen var 01.04.2026.');
    standInFiles(after); // the fixture names the attestation; the user had chosen it
    expect(await after.submit(), 'a warning does not block').to.equal(true);
  });

  it('the year typed shows its deadline once the field is left', async () => {
    const el = await report();
    await fill(el, 'f-grant-year', '2024');
    await press('Tab');
    await el.updateComplete;
    expect(text($(el, '#f-grant-year-msg'))).to.contain('Fristen for å sende den er 01.04.2025.');
    expect(text($(el, '#f-grant-year-msg'))).to.contain('Fristen var 01.04.2025.');
  });
});

describe('helseteknologi-rapport: HTO-R3 accounts', () => {
  it('differences in kroner and per cent follow every keystroke, and a large one asks why', async () => {
    const el = await report({ today: BEFORE_DEADLINE }, setIn(completeReport(), 'accounts.costs.training', { grant: { budget: 100000 }, own: { budget: 50000, actual: 50000 } }));
    await tabTo('f-accounts-costs-training-grant-actual');
    await type('95000');
    await el.updateComplete;
    expect(text($(el, '[data-diff="training-grant"]'))).to.equal('−5 000');
    expect(text($(el, '[data-percent="training-grant"]'))).to.equal('−5 %');
    expect(byId(el, 'f-accounts-costs-training-explanation'), 'small: no explanation asked').to.equal(null);
    expect(text($(el, '[data-total="grant-actual"]'))).to.equal('455 000');
    for (let i = 0; i < 5; i++) await press('Backspace');
    await type('20000');
    await el.updateComplete;
    expect(text($(el, '[data-diff="training-grant"]'))).to.equal('−80 000');
    expect(text($(el, '[data-percent="training-grant"]'))).to.equal('−80 %');
    const label = el.shadowRoot!.querySelector('label[for="f-accounts-costs-training-explanation"]');
    expect(text(label)).to.equal('Forklar avviket for Opplæring av helse- og omsorgspersonell');
    await press('Tab');
    await el.updateComplete;
    await el.submit();
    expect(text($(el, '#f-accounts-costs-training-explanation-msg'))).to.contain('Forklar hvorfor regnskapet for opplæring av helse- og omsorgspersonell avviker fra budsjettet');
  });

  it('the table has a caption, column groups and row headers; inputs are named by them', async () => {
    const el = await report({ today: BEFORE_DEADLINE }, completeReport());
    const field = $(el, '[data-path="accounts.costs"]')!;
    expect(text(field.querySelector('.label'))).to.equal('Budsjett og regnskap per kostnadselement');
    expect([...field.querySelectorAll('table caption')].map(text), 'a table per payer').to.deep.equal(['Tilskudd', 'Egenfinansiering']);
    expect([...field.querySelectorAll('table')[0]!.querySelectorAll('thead th')].map((th) => th.getAttribute('scope'))).to.deep.equal(['col', 'col', 'col', 'col', 'col']);
    expect(field.querySelectorAll('tbody th[scope="row"]').length).to.equal(12);
    const input = byId(el, 'f-accounts-costs-training-own-actual')!;
    const names = input.getAttribute('aria-labelledby')!.split(' ').map((id) => text(el.shadowRoot!.getElementById(id)));
    expect(names).to.deep.equal(['Opplæring av helse- og omsorgspersonell', 'Egenfinansiering', 'Regnskap']);
    expect(byId(el, 'f-accounts-costs-software-grant-budget'), 'HTO-S7: no grant on software').to.equal(null);
  });
});

describe('helseteknologi-rapport: HTO-R4 attestation', () => {
  it('is asked for when the grant typed is 200 000 kr or more, and only then', async () => {
    const el = await report();
    await fill(el, 'f-grant-amount', '199 999');
    expect(byId(el, 'f-audit-attestation')).to.equal(null);
    expect(el.checklist.items.map((i) => i.id)).to.not.include('audit');
    await press('Backspace');
    await type('8');
    await el.updateComplete;
    expect(byId(el, 'f-audit-attestation')).to.equal(null);
    await tabTo('f-grant-amount');
    await press('End');
    for (let i = 0; i < 7; i++) await press('Backspace');
    await type('200000');
    await el.updateComplete;
    expect(byId(el, 'f-audit-attestation')!.type).to.equal('file');
    expect(el.checklist.items.map((i) => i.id)).to.include('audit');
  });

  it('a chosen file goes into `files`; the JSON holds its name, size and type; the submit event carries it', async () => {
    const data = completeReport() as any;
    delete data.audit.attestation;
    const el = await report({ today: BEFORE_DEADLINE }, data);
    const file = new File(['%PDF-1.4 attestert'], 'attestasjon.pdf', { type: 'application/pdf' });
    await chooseFile(el, 'f-audit-attestation', file);
    expect(el.files.get('audit.attestation')).to.equal(file);
    expect(el.value.audit).to.deep.include({ attestation: { name: 'attestasjon.pdf', size: file.size, type: 'application/pdf' } });
    expect(text($(el, '#f-audit-attestation-file'))).to.contain('Valgt fil: attestasjon.pdf (18 B)');
    let event: TilskuddSubmitEvent | undefined;
    el.addEventListener('tilskudd-submit', (e) => (event = e));
    expect(await el.submit()).to.equal(true);
    expect(event!.detail.data.audit).to.deep.equal({ auditor: 'Vestland kommunerevisjon', attestation: { name: 'attestasjon.pdf', size: file.size, type: 'application/pdf' } });
    expect([...event!.files]).to.deep.equal([['audit.attestation', file]]);
  });

  it('a file named without the file itself (a prefill, a restored copy) is asked for again, and blocks sending until chosen', async () => {
    const el = await report({ today: BEFORE_DEADLINE }, completeReport());
    const message = 'Skjemaet har bare navnet på filen «revisorattestasjon-2025.pdf», ikke selve filen. Velg filen på nytt';
    expect(text($(el, '#f-audit-attestation-msg')), 'shown at once, as a prefill').to.contain(message);
    expect(el.validate().filter((i) => i.severity === 'error').map((i) => `${i.path} ${i.rule} ${i.code}`)).to.deep.equal(['audit.attestation HTO-R4 attachment.missing']);
    expect(el.checklist.items.find((i) => i.id === 'audit')!.status).to.equal('hasErrors');
    let sent = 0;
    el.addEventListener('tilskudd-submit', () => sent++);
    expect(await el.submit()).to.equal(false);
    await frame(el);
    expect([...$(el, '.error-summary')!.querySelectorAll('a')].map(text)).to.deep.equal([message]);
    expect(el.value.audit, 'the name stays until another file is chosen').to.deep.include({ attestation: { name: 'revisorattestasjon-2025.pdf', size: 183204, type: 'application/pdf' } });

    // A host that holds the file hands it over: name and size must match.
    el.files.set('audit.attestation', new File(['%PDF'], 'revisorattestasjon-2025.pdf', { type: 'application/pdf' }));
    await el.updateComplete;
    expect(text($(el, '#f-audit-attestation-msg')), 'another size is not that file').to.contain(message);
    await chooseFile(el, 'f-audit-attestation', new File(['%PDF-1.4 attestert'], 'attestasjon.pdf', { type: 'application/pdf' }));
    expect($(el, '#f-audit-attestation-msg')).to.equal(null);
    expect(await el.submit()).to.equal(true);
    expect(sent).to.equal(1);
  });

  it('a host handing over the file the prefill names clears the error at once', async () => {
    const el = await report({ today: BEFORE_DEADLINE }, completeReport());
    const changes: unknown[] = [];
    el.addEventListener('tilskudd-change', (e) => changes.push(e));
    el.files.set('audit.attestation', new File([new Uint8Array(183204)], 'revisorattestasjon-2025.pdf', { type: 'application/pdf' }));
    await el.updateComplete;
    expect($(el, '#f-audit-attestation-msg')).to.equal(null);
    expect(el.checklist.complete).to.equal(el.checklist.total);
    expect(changes, 'a checklist beside the form hears it').to.have.length(1);
    el.files.delete('audit.attestation');
    await el.updateComplete;
    expect(text($(el, '#f-audit-attestation-msg'))).to.contain('Velg filen på nytt');
  });

  it('a file of the wrong type is named as the error, and can be removed', async () => {
    const data = completeReport() as any;
    delete data.audit.attestation;
    const el = await report({ today: BEFORE_DEADLINE }, data);
    await chooseFile(el, 'f-audit-attestation', new File(['x'], 'notat.docx', { type: 'application/msword' }));
    expect(text($(el, '#f-audit-attestation-msg'))).to.contain('Filen har feil format. Velg en PDF-fil');
    $(el, '#f-audit-attestation-file button')!.click();
    await el.updateComplete;
    expect(el.files.size).to.equal(0);
    expect(el.value.audit).to.deep.include({ attestation: null });
  });
});

describe('helseteknologi-rapport: errors, summary and value', () => {
  it('HTO-R2, HTO-R3, HTO-R4, HTO-R5: the invalid report lists each error in the summary', async () => {
    const el = await report({ today: BEFORE_DEADLINE }, invalidReport());
    expect(await el.submit()).to.equal(false);
    await frame(el);
    const summary = $(el, '.error-summary')!;
    expect(deepActive()).to.equal(summary);
    expect([...summary.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal([
      '#f-goals-0-deviation',
      '#f-accounts-costs-projectResources-explanation',
      '#f-accounts-costs-software-grant-actual',
      '#f-audit-attestation',
      '#f-indicators-procurementsStarted',
    ]);
    for (const link of summary.querySelectorAll('a')) expect(el.shadowRoot!.getElementById(link.getAttribute('href')!.slice(1)), link.getAttribute('href')!).to.not.equal(null);
    expect(el.validate().filter((i) => i.severity === 'error').map((i) => i.rule)).to.deep.equal(['HTO-R2', 'HTO-R3', 'HTO-S7', 'HTO-R4', 'HTO-R5']);
  });

  it('works in a native form: the JSON goes into FormData under its name', async () => {
    const form = document.createElement('form');
    document.body.append(form);
    const el = document.createElement(TAG) as HelseteknologiRapport;
    el.setAttribute('name', 'rapport');
    el.setAttribute('today', BEFORE_DEADLINE);
    el.value = completeReport();
    form.append(el);
    await el.updateComplete;
    await frame(el);
    const json = JSON.parse(new FormData(form).get('rapport') as string);
    expect(json).to.include({ schema: 'helseteknologi/rapport', form: 'rapport' });
    expect(json.computed.grant).to.deep.equal({ granted: 520000, used: 458000, unused: 62000, overused: 0 });
  });
});
