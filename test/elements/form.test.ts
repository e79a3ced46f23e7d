import { expect } from 'chai';
import { sendKeys } from '@web/test-runner-commands';
import { $, byId, cleanup, deepActive, fill, frame, mount, press, tabTo, text, toMunicipality, type } from './helpers.js';
import { validApplication } from '../fixtures/helseteknologi.js';
import { setIn } from '../../src/core/index.js';
import type { TilskuddSubmitEvent } from '../../src/elements/events.js';
import { HelseteknologiSoknad } from '../../src/elements/helseteknologi-soknad.js';
import { until } from '../drafts/client.js';

afterEach(cleanup);

describe('live validation and its timing', () => {
  it('ALL-2: an error shows once the field is left, and goes as soon as the value is right', async () => {
    const el = await mount();
    await tabTo('f-applicant-orgnr');
    await type('988077918');
    await el.updateComplete;
    expect($(el, '#f-applicant-orgnr-msg'), 'not shown while first typing').to.equal(null);
    await press('Tab');
    await el.updateComplete;
    expect(text($(el, '#f-applicant-orgnr-msg'))).to.contain('Organisasjonsnummeret finnes ikke');
    expect(byId(el, 'f-applicant-orgnr')!.getAttribute('aria-invalid')).to.equal('true');
    expect(byId(el, 'f-applicant-orgnr')!.getAttribute('aria-describedby')).to.contain('f-applicant-orgnr-msg');
    await sendKeys({ down: 'Shift' });
    await press('Tab');
    await sendKeys({ up: 'Shift' });
    // Tab selects the field's text: go to its end and mend the last digit.
    await press('End');
    await press('Backspace');
    await type('7');
    await el.updateComplete;
    expect($(el, '#f-applicant-orgnr-msg'), 'gone while typing the right value').to.equal(null);
    await press('Tab');
    await el.updateComplete;
    expect(byId(el, 'f-applicant-orgnr')!.value).to.equal('988 077 917');
  });

  it('ALL-1: 12,5 in a budget cell keeps what was typed and says why', async () => {
    const el = await mount();
    await fill(el, 'f-budget-costs-training-grant', '12,5');
    await press('Tab');
    await el.updateComplete;
    expect(byId(el, 'f-budget-costs-training-grant')!.value).to.equal('12,5');
    expect(text($(el, '#f-budget-costs-training-grant-msg'))).to.contain('hele kroner');
  });

  it('ALL-1: kr 1 000 000,- is read as one million and the totals follow every keystroke', async () => {
    const el = await mount();
    await tabTo('f-budget-costs-projectResources-grant');
    await type('kr 1 000 000,-');
    await el.updateComplete;
    expect(text($(el, 'td[data-total="grant"]'))).to.equal('1 000 000');
    await type('9');
    await el.updateComplete;
    // `,-9` no longer parses: the total drops the cell rather than guess.
    expect(text($(el, 'td[data-total="grant"]'))).to.equal('0');
    await press('Backspace');
    await press('Tab');
    await el.updateComplete;
    expect(byId(el, 'f-budget-costs-projectResources-grant')!.value.replace(/\s/g, ' ')).to.equal('1 000 000');
  });

  it('ALL-5: whitespace only in a required answer is an error after leaving it', async () => {
    const el = await mount();
    await fill(el, 'f-project-title', '    ');
    await press('Tab');
    await el.updateComplete;
    expect(text($(el, '#f-project-title-msg'))).to.contain('Skriv inn prosjektets navn');
  });

  it('ALL-5: 100 000 characters in a 4 000 character answer are shown as too long, never cut', async () => {
    const long = 'a'.repeat(100_000);
    const el = await mount('helseteknologi-soknad', setIn(validApplication(), 'description.background', long));
    const area = byId<HTMLTextAreaElement>(el, 'f-description-background')!;
    expect(area.value.length).to.equal(100_000);
    expect(area.hasAttribute('maxlength')).to.equal(false);
    expect(text($(el, '#f-description-background-count'))).to.equal('Du har 96 000 tegn for mye');
    expect(text($(el, '#f-description-background-msg'))).to.contain('96 000 tegn for mye');
    expect(el.value.description).to.have.property('background').with.length(100_000);
  });

  it('ALL-5: the counter follows each keystroke', async () => {
    const el = await mount();
    await fill(el, 'f-description-gains', 'abc');
    expect(text($(el, '#f-description-gains-count'))).to.equal('Du har 3 997 tegn igjen');
  });

  it('shows <img src=x onerror=alert(1)> as text; nothing runs', async () => {
    (window as unknown as { pwned?: boolean }).pwned = false;
    const payload = '<img src=x onerror="window.pwned=true">';
    const el = await mount();
    await fill(el, 'f-project-title', payload);
    await press('Tab');
    await el.submit();
    await frame(el);
    expect(byId(el, 'f-project-title')!.value).to.equal(payload);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    await new Promise((r) => setTimeout(r, 50));
    expect((window as unknown as { pwned?: boolean }).pwned).to.equal(false);
  });
});

describe('HTO-S7 in the budget table', () => {
  it('own-only elements have no grant input', async () => {
    const el = await mount();
    expect(byId(el, 'f-budget-costs-software-grant')).to.equal(null);
    expect(byId(el, 'f-budget-costs-software-own')).to.not.equal(null);
    expect(byId(el, 'f-budget-costs-travel-grant')).to.equal(null);
  });
  it('a prefilled grant on an own-only element shows its error at that cell', async () => {
    const el = await mount('helseteknologi-soknad', setIn(validApplication(), 'budget.costs.software.grant', 50000));
    expect(text($(el, '#f-budget-costs-software-grant-msg')))
      .to.contain('Under tilskudd kan du ikke føre kjøp av programvare')
      .and.contain('Før beløpet under egenfinansiering i stedet');
  });
  it('a prefilled grant on an own-only element can be removed from the keyboard: the summary link lands on "Fjern beløpet" (HTO-S7)', async () => {
    const el = await mount('helseteknologi-soknad', setIn(validApplication(), 'budget.costs.software.grant', 50000));
    await el.submit();
    await frame(el);
    const link = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('tilskudd-feiloppsummering a')].find((a) => a.getAttribute('href') === '#f-budget-costs-software-grant')!;
    link.focus();
    await press('Enter');
    await frame(el);
    const button = deepActive() as HTMLButtonElement;
    expect(button.localName).to.equal('button');
    expect(text(button)).to.equal('Fjern beløpet');
    expect(button.getAttribute('aria-describedby')).to.equal('f-budget-costs-software-grant-msg');
    await press('Enter');
    await frame(el);
    expect(deepActive()?.id, 'where the amount belongs').to.equal('f-budget-costs-software-own');
    expect((el.value.budget as any).costs.software.grant ?? null).to.equal(null);
    expect(el.validate().filter((i) => i.path === 'budget.costs.software.grant')).to.deep.equal([]);
    expect(text($(el, '[aria-live=polite]'))).to.equal('Beløpet er fjernet');
  });
  it('splitting into lines keeps the amounts typed and the lines sum into the element', async () => {
    const el = await mount();
    await fill(el, 'f-budget-costs-training-grant', '5000');
    await tabTo('f-budget-costs-training-own');
    await press('Tab');
    await press('Enter'); // "Del opp i linjer"
    await frame(el);
    expect(deepActive()?.id).to.equal('f-budget-costs-training-lines-0-what');
    expect(byId(el, 'f-budget-costs-training-lines-0-grant')!.value.replace(/\s/g, ' ')).to.equal('5 000');
    await type('Kurs');
    await fill(el, 'f-budget-costs-training-lines-0-own', '2000');
    expect(text($(el, 'td[data-total="all"]'))).to.equal('7 000');
  });
});

describe('HTO-S8 and HTO-S9 totals and shares', () => {
  it('shows totals, shares and the SVG bar, and says when financing does not balance', async () => {
    const el = await mount('helseteknologi-soknad', setIn(validApplication(), 'budget.totalCost', 1_100_000));
    const figure = (path: string) => text($(el, `[data-summary="${path}"] dd`)).replace(/\s/g, ' ');
    expect(figure('budget.grant')).to.equal('520 000 kr');
    expect(figure('budget.financing')).to.equal('1 000 000 kr');
    expect(figure('budget.shares.own')).to.equal('39,1 %');
    expect(text($(el, '#f-budget-summary-msg'))).to.contain('100 000 kr lavere enn samlet kostnad');
    expect($(el, '.bar svg[role="img"]')!.getAttribute('aria-label')).to.contain('Tilskudd det søkes om');
  });
});

describe('error summary and submit', () => {
  it('lists every error, takes focus, and each link moves focus to its field', async () => {
    const el = await mount();
    await tabTo('f-project-title');
    await type('Mitt prosjekt');
    await tabTo('f-budget-costs-training-grant');
    await el.submit();
    await frame(el);
    const summary = $(el, '.error-summary')!;
    expect(deepActive()).to.equal(summary);
    const links = [...summary.querySelectorAll('a')];
    expect(links.length).to.equal(el.validate().filter((i) => i.severity === 'error').length);
    expect(byId(el, 'f-project-title')!.value, 'nothing typed is lost').to.equal('Mitt prosjekt');
    await press('Tab');
    await press('Enter');
    await frame(el);
    expect(deepActive()?.id).to.equal(links[0]!.getAttribute('href')!.slice(1));
  });

  it('fixing one error takes only its item away: the others are left as they are, and the summary is no live region', async () => {
    const el = await mount();
    await el.submit();
    await frame(el);
    const summary = $(el, '.error-summary')!;
    expect(summary.closest('[role=alert], [aria-live]')?.outerHTML.slice(0, 80) ?? null, 'it took focus, which reads it; live, it would be read again at every fix').to.equal(null);
    const items = () => [...summary.querySelectorAll('li')];
    const before = items();
    const fixed = before.findIndex((li) => li.querySelector('a')!.getAttribute('href') === '#f-applicant-orgnr');
    expect(fixed).to.be.greaterThan(-1);
    await tabTo('f-applicant-orgnr');
    await type('974760673');
    await frame(el);
    const after = items();
    expect(after.length).to.equal(before.length - 1);
    const kept = before.filter((_, i) => i !== fixed);
    expect(after.every((li, i) => li === kept[i] && li.textContent === kept[i]!.textContent), 'the same list items, not their text rewritten in place').to.equal(true);
  });

  it('the link for an empty budget lands on its first amount, not on the table\'s label', async () => {
    const el = await mount();
    await el.submit();
    await frame(el);
    const link = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('tilskudd-feiloppsummering a')].find((a) => text(a) === 'Fyll ut budsjettet med minst ett beløp')!;
    link.focus();
    await press('Enter');
    await frame(el);
    expect(deepActive()?.localName).to.equal('input');
    expect(deepActive()?.id).to.match(/^f-budget-costs-/);
  });

  it('dispatches tilskudd-submit, bubbling and composed, when nothing blocks', async () => {
    const el = await mount('helseteknologi-soknad', validApplication());
    let event: TilskuddSubmitEvent | undefined;
    document.addEventListener('tilskudd-submit', (e) => (event = e), { once: true });
    expect(await el.submit()).to.equal(true);
    expect(event!.bubbles && event!.composed).to.equal(true);
    expect(event!.detail.schema).to.equal('helseteknologi/soknad');
    expect(event!.detail.checklist.complete).to.equal(9);
  });
});

describe('checklist', () => {
  it('HTO-S2, S3, S4, S11: every required content item with its rule id and status', async () => {
    const el = await mount();
    const list = $(el, 'tilskudd-sjekkliste')!;
    const items = [...list.shadowRoot!.querySelectorAll('li')];
    expect(items.map((li) => li.dataset.item)).to.deep.equal(['goals', 'measures', 'budget', 'otherFunding', 'ownFinancing', 'risks', 'description', 'signature', 'payment']);
    expect(text(items[7])).to.contain('HTO-S3');
    expect(text(list.shadowRoot!.querySelector('#progress'))).to.equal('0 av 9 fullført');
    await fill(el, 'f-project-title', 'Prosjekt');
    await (list as HTMLElement & { updateComplete: Promise<void> }).updateComplete;
    expect(list.shadowRoot!.querySelector('[data-item="measures"]')!.getAttribute('data-status')).to.equal('inProgress');
  });

  it('works on its own beside the form with for=, and its links move focus to the section', async () => {
    const holder = document.createElement('div');
    holder.innerHTML = `<tilskudd-sjekkliste for="app"></tilskudd-sjekkliste><helseteknologi-soknad id="app" hide-checklist></helseteknologi-soknad>`;
    document.body.append(holder);
    const el = holder.querySelector('helseteknologi-soknad') as unknown as Parameters<typeof $>[0];
    const list = holder.querySelector('tilskudd-sjekkliste')!;
    const states: unknown[] = [];
    list.addEventListener('tilskudd-sjekkliste-change', (e) => states.push((e as CustomEvent).detail));
    await el.updateComplete;
    el.value = validApplication();
    await list.updateComplete;
    await list.updateComplete;
    expect(text(list.shadowRoot!.querySelector('#progress'))).to.equal('9 av 9 fullført');
    expect(states.length).to.be.greaterThan(0);
    const navigated: unknown[] = [];
    holder.addEventListener('tilskudd-navigate', (e) => navigated.push((e as CustomEvent).detail));
    list.shadowRoot!.querySelector<HTMLAnchorElement>('[data-item="risks"] a')!.focus();
    await press('Enter');
    expect(deepActive()?.id).to.equal('s-risiko-h');
    expect(navigated, 'the host hears of it, as from the checklist inside the form').to.deep.equal([{ section: 'risiko' }]);
    holder.remove();
  });

  it('with for=, follows a form put in the page after it, one that replaces it, and none once it goes (an SPA)', async () => {
    const list = document.createElement('tilskudd-sjekkliste');
    list.setAttribute('for', 'app');
    document.body.append(list);
    await list.updateComplete;
    const progress = async () => {
      await list.updateComplete;
      return text(list.shadowRoot!.querySelector('#progress'));
    };
    expect(await progress(), 'no form yet: nothing shown').to.equal('');
    const first = await mount('helseteknologi-soknad', validApplication(), { id: 'app', 'hide-checklist': '' });
    await until(async () => (await progress()) === '9 av 9 fullført', 'the form added later is followed');
    first.remove();
    const second = await mount('helseteknologi-soknad', undefined, { id: 'app', 'hide-checklist': '' });
    await until(async () => (await progress()) === '0 av 9 fullført', 'the replacing form is followed');
    second.id = 'other';
    await until(async () => (await progress()) === '', 'no form by that id: nothing shown');
  });
});

describe('the municipality field (HTO-S1)', () => {
  it('finds a municipality by a name typed without ø, picked with arrow keys and Enter', async () => {
    const el = await mount();
    await toMunicipality(el);
    await type('tromso');
    await el.updateComplete;
    const input = byId(el, 'f-applicant-municipality')!;
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    await press('ArrowDown');
    await press('Enter');
    await el.updateComplete;
    expect(el.value.applicant).to.deep.include({ municipality: '5501' });
    expect(input.value).to.equal('5501 Tromsø');
  });
  it('finds every name form (Sámi and Norwegian) and the number', async () => {
    const el = await mount();
    await toMunicipality(el);
    await type('Kautokeino');
    await press('Enter');
    await el.updateComplete;
    expect(el.value.applicant).to.deep.include({ municipality: '5612' });
  });
});

/** The application with `name="soknad"` inside a native form, prefilled with a valid application. */
async function inNativeForm() {
  const form = document.createElement('form');
  form.innerHTML = '<helseteknologi-soknad name="soknad"></helseteknologi-soknad>';
  document.body.append(form);
  const el = form.firstElementChild as unknown as Parameters<typeof $>[0];
  el.value = validApplication();
  await el.updateComplete;
  return { form, el };
}

describe('the Svalbard applicant (HTO-S1) signs for UNN (HTO-S3)', () => {
  it('choosing UNN by keyboard turns the signature\'s choices, confirmation and checklist item to UNN; the answer stays', async () => {
    const el = await mount('helseteknologi-soknad', { signature: { authority: 'director' } });
    const choices = () => [...el.shadowRoot!.querySelectorAll('[data-path="signature.authority"] label')].map(text);
    const confirm = () => text(el.shadowRoot!.querySelector('label[for="f-signature-confirmed"]'));
    const list = $(el, 'tilskudd-sjekkliste')! as HTMLElement & { updateComplete: Promise<void> };
    const item = () => text(list.shadowRoot!.querySelector('[data-item="signature"]'));
    expect(choices()).to.deep.equal(['Kommunedirektør', 'Med delegert myndighet fra kommunedirektøren']);
    expect(confirm()).to.contain('for kommunen');
    expect(item()).to.contain('kommunedirektøren');

    await tabTo('f-applicant-kind');
    await press('ArrowDown'); // from "En kommune" to UNN, as a radio group moves
    await el.updateComplete;
    expect(el.value.applicant).to.include({ kind: 'svalbard' });
    expect(choices()).to.deep.equal(['Administrerende direktør i UNN', 'Med delegert myndighet fra administrerende direktør i UNN']);
    expect(confirm()).to.contain('for UNN').and.not.contain('kommunen');
    expect((byId(el, 'f-signature-authority') as HTMLInputElement).checked).to.equal(true);
    await list.updateComplete;
    expect(item()).to.contain('Underskrift av administrerende direktør i UNN').and.contain('HTO-S3');
  });
});

describe('value, validate() and form association', () => {
  it('value prefills and shows prefilled errors at once', async () => {
    const el = await mount('helseteknologi-soknad', setIn(validApplication(), 'applicant.orgnr', '000000000'));
    expect(text($(el, '#f-applicant-orgnr-msg'))).to.contain('finnes ikke');
    expect(el.validate().map((i) => i.rule)).to.deep.equal(['ALL-2']);
    expect(el.validate()[0]!.message).to.contain('Organisasjonsnummeret');
  });

  it('validate() gives every issue with params, {} when its message has none (budget.required, HTO-S2)', async () => {
    const el = await mount();
    const issues = el.validate();
    expect(issues.find((i) => i.code === 'budget.required'), 'an issue without params in the core').to.include({ rule: 'HTO-S2' });
    expect(issues.filter((i) => typeof i.params !== 'object' || i.params === null)).to.deep.equal([]);
  });

  it('value and draftKey set before the element is defined (a framework rendering first) are taken up, and value works after', async () => {
    // A tag no bundle defined yet: the host's assignments land on a plain HTMLElement.
    const el = document.createElement('zz-early-soknad') as HelseteknologiSoknad;
    el.draftKey = 'tidlig';
    el.value = setIn(validApplication(), 'project.title', 'Satt før definisjonen');
    document.body.append(el);
    customElements.define('zz-early-soknad', class extends HelseteknologiSoknad {});
    await el.updateComplete;
    expect(Object.hasOwn(el, 'value'), 'no own property hides the accessor').to.equal(false);
    expect(el.draftKey).to.equal('tidlig');
    expect(byId(el, 'f-project-title')!.value).to.equal('Satt før definisjonen');
    el.value = setIn(validApplication(), 'project.title', 'Satt etterpå');
    await el.updateComplete;
    expect(byId(el, 'f-project-title')!.value).to.equal('Satt etterpå');
  });

  it('a name puts the submission JSON into a native form, and reset restores the prefill', async () => {
    const { form, el } = await inNativeForm();
    const json = JSON.parse(new FormData(form).get('soknad') as string);
    expect(json.data.applicant.orgnr).to.equal('974760673');
    expect(form.checkValidity()).to.equal(true);
    await tabTo('f-project-title');
    await press('End');
    await type(' endret');
    expect((el.value.project as { title: string }).title).to.equal('Digitalt tilsyn i hjemmetjenesten endret');
    form.reset();
    await el.updateComplete;
    expect((el.value.project as { title: string }).title).to.equal('Digitalt tilsyn i hjemmetjenesten');
    expect(byId(el, 'f-project-title')!.value).to.equal('Digitalt tilsyn i hjemmetjenesten');
    form.remove();
  });

  it('the JSON a native form gets is the submission of that moment, with one idempotency key', async () => {
    const { form, el } = await inNativeForm();
    await new Promise((r) => setTimeout(r, 30));
    const before = new Date().toISOString();
    const first = JSON.parse(new FormData(form).get('soknad') as string);
    expect(first.submittedAt >= before, `${first.submittedAt} is not before ${before}`).to.equal(true);
    expect(first.idempotencyKey).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    await (el as unknown as { drafts: { ready: Promise<unknown> } }).drafts.ready;
    const second = JSON.parse(new FormData(form).get('soknad') as string);
    const third = JSON.parse(new FormData(form).get('soknad') as string);
    expect(third.idempotencyKey, 'the same answers sent again are one submission').to.equal(second.idempotencyKey);
    const fieldset = document.createElement('fieldset');
    fieldset.disabled = true;
    form.append(fieldset);
    fieldset.append(el);
    expect(new FormData(form).has('soknad'), 'a disabled form element sends nothing, as any control').to.equal(false);
    form.remove();
  });

  it('value past the limits (nested 100 000 deep) is refused before anything changes: what was typed stays', async () => {
    const el = await mount('helseteknologi-soknad');
    await fill(el, 'f-project-title', 'Skrevet for hånd');
    const deep = JSON.parse(`{"project":{"title":"x"},"junk":${'['.repeat(100_000)}${']'.repeat(100_000)}}`);
    expect(() => (el.value = deep)).to.throw(RangeError, /core\/limits/);
    await el.updateComplete;
    expect(byId(el, 'f-project-title')!.value).to.equal('Skrevet for hånd');
    expect((el.value.project as { title: string }).title).to.equal('Skrevet for hånd');
  });

  it('value is a copy; the same answers set again change nothing and fire nothing (a framework keeping the value)', async () => {
    const el = await mount('helseteknologi-soknad', validApplication());
    (el.value.project as { title: string }).title = 'Endret utenfra';
    expect((el.value.project as { title: string }).title, 'editing the copy changes nothing').to.equal('Digitalt tilsyn i hjemmetjenesten');
    // What React does with `value={data}` and `onTilskuddChange={e => setData(e.detail.value)}`.
    let events = 0;
    el.addEventListener('tilskudd-change', (e) => {
      events++;
      el.value = (e as CustomEvent).detail.value;
    });
    await tabTo('f-budget-costs-technical-grant');
    events = 0;
    await type('1 0');
    expect(events, 'one event per key, no loop').to.equal(3);
    expect(byId(el, 'f-budget-costs-technical-grant')!.value, 'what is being typed stays as typed').to.equal('1 0');
    await type('00');
    expect((el.value.budget as { costs: { technical: { grant: number } } }).costs.technical.grant).to.equal(1000);
  });

  it('an invalid form blocks the native form submit and shows the error summary', async () => {
    const form = document.createElement('form');
    form.innerHTML = '<helseteknologi-soknad name="soknad"></helseteknologi-soknad><button>Send</button>';
    document.body.append(form);
    let submitted = false;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      submitted = true;
    });
    const el = form.firstElementChild as unknown as Parameters<typeof $>[0];
    await el.updateComplete;
    form.requestSubmit();
    await frame(el);
    expect(submitted).to.equal(false);
    expect($(el, '.error-summary')).to.not.equal(null);
    form.remove();
  });
});
