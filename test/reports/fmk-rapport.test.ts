import { expect } from 'chai';
import { $, byId, cleanup, deepActive, frame, mount, press, tabTo, text, type } from '../elements/helpers.js';
import type { TilskuddSubmitEvent } from '../../src/elements/events.js';
import type { FmkRapport } from '../../src/elements/fmk-rapport.js';
import { completeFmkRapport, FMK_REPORT_TODAY, fmkApplicationSubmission, invalidFmkRapport } from '../../stories/fixtures/fmk-rapport.js';

afterEach(cleanup);

const TAG = 'fmk-rapport';

describe('fmk-rapport: prefill from the application', () => {
  it('the `application` property carries over the budget lines and goals (FMK-R2, FMK-R3)', async () => {
    const el = await mount<FmkRapport>(TAG, undefined, { today: FMK_REPORT_TODAY });
    el.application = fmkApplicationSubmission();
    await frame(el);
    expect(byId(el, 'f-funds-lines-0-what')!.value).to.equal('Utvikling av overføringstjenesten');
    expect(byId(el, 'f-funds-lines-1-budget')!.value.replace(/\s/g, ' ')).to.equal('200 000');
    expect(byId<HTMLTextAreaElement>(el, 'f-goals-0-goal')!.value).to.equal('Laboratoriedata overføres automatisk til fem registre');
    expect(byId(el, 'f-recipient-unit-helse-vest')!.checked).to.equal(true);
    expect(text($(el, '[data-total="amount-budget"]'))).to.equal('800 000');
  });
});

describe('fmk-rapport: FMK-R3 line by line', () => {
  it('a line is added and named from the keyboard; differences and totals follow each keystroke', async () => {
    const el = await mount<FmkRapport>(TAG, completeFmkRapport(), { today: FMK_REPORT_TODAY });
    await tabTo('f-funds-lines-add');
    await press('Enter');
    await el.updateComplete;
    await frame(el);
    expect(deepActive()?.id).to.equal('f-funds-lines-2-what');
    await type('Testing');
    await press('Tab');
    await type('50000');
    await press('Tab');
    await type('75000');
    await el.updateComplete;
    expect(text($(el, '[data-diff="2-amount"]'))).to.equal('+25 000');
    expect(text($(el, '[data-percent="2-amount"]'))).to.equal('+50 %');
    expect(text($(el, '[data-total="amount-actual"]'))).to.equal('945 000');
    const label = el.shadowRoot!.querySelector('label[for="f-funds-lines-2-explanation"]');
    expect(text(label), 'a large deviation asks why, named by the line').to.equal('Forklar avviket for Testing');
  });

  it('another form\'s submission as `application` is ignored: the report keeps its answers', async () => {
    const el = await mount<FmkRapport>(TAG, completeFmkRapport(), { today: FMK_REPORT_TODAY, 'no-draft': '' });
    const before = JSON.stringify(el.value);
    el.application = { ...fmkApplicationSubmission(), schema: 'helseteknologi/soknad' };
    await frame(el);
    expect(JSON.stringify(el.value)).to.equal(before);
  });

  it('a line can be removed, and focus returns to the add button', async () => {
    const el = await mount<FmkRapport>(TAG, completeFmkRapport(), { today: FMK_REPORT_TODAY });
    const remove = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[data-path="funds.lines"] tbody button')][1]!;
    remove.click();
    await frame(el);
    expect((el.value.funds as { lines: unknown[] }).lines).to.have.length(1);
    expect(deepActive()?.id).to.equal('f-funds-lines-add');
  });
});

describe('fmk-rapport: FMK-R2 and FMK-R4 questions follow the answers', () => {
  it('yes hides the explanation; a substantial deviation asks for its description and report date', async () => {
    const el = await mount<FmkRapport>(TAG, undefined, { today: FMK_REPORT_TODAY });
    await tabTo('f-execution-carriedOut');
    await press('Space');
    await el.updateComplete;
    expect(byId(el, 'f-execution-explanation')).to.equal(null);
    await press('ArrowDown');
    await el.updateComplete;
    expect(byId(el, 'f-execution-explanation')).to.not.equal(null);
    await tabTo('f-execution-substantial');
    await press('Space');
    await el.updateComplete;
    await tabTo('f-execution-reported');
    await press('ArrowDown');
    await press('Tab');
    await el.updateComplete;
    expect(text($(el, '#f-execution-substantial-msg'))).to.contain('FMK trekke tilbake støtten');
    expect(text($(el, '#f-execution-reported-msg'))).to.contain('Meld avviket nå');
  });
});

describe('fmk-rapport: errors and submission', () => {
  it('FMK-R2, FMK-R3, FMK-R4: the invalid report lists each error and links to it', async () => {
    const el = await mount<FmkRapport>(TAG, invalidFmkRapport(), { today: FMK_REPORT_TODAY });
    expect(await el.submit()).to.equal(false);
    await frame(el);
    const summary = $(el, '.error-summary')!;
    expect(deepActive()).to.equal(summary);
    expect([...summary.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal([
      '#f-execution-explanation',
      '#f-execution-deviation',
      '#f-funds-lines-0-explanation',
      '#f-funds-used',
    ]);
  });

  it('the complete report is sent with computed funds', async () => {
    const el = await mount<FmkRapport>(TAG, completeFmkRapport(), { today: FMK_REPORT_TODAY });
    let event: TilskuddSubmitEvent | undefined;
    el.addEventListener('tilskudd-submit', (e) => (event = e));
    expect(await el.submit()).to.equal(true);
    expect(event!.detail).to.deep.include({ schema: 'fmk/rapport', scheme: 'fmk', form: 'rapport' });
    expect((event!.detail.computed as { funds: object }).funds).to.deep.include({ granted: 500000, used: 480000, unused: 20000 });
  });
});
