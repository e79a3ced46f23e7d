import { expect } from 'chai';
import { emulateMedia } from '@web/test-runner-commands';
import { growForPrint } from '../../src/elements/print.js';
import { completeApplication } from '../../stories/fixtures/helseteknologi.js';
import { completeFmkRapport } from '../../stories/fixtures/fmk-rapport.js';
import { $, byId, cleanup, fill, mount } from './helpers.js';

afterEach(async () => {
  await emulateMedia({ media: 'screen' });
  await cleanup();
});

/** Drawn on the page: a box with size (display: none gives none). */
const drawn = (node: Element) => node.getClientRects().length > 0;
const longText = 'Kommunen tar i bruk digital hjemmeoppfølging i tre soner. '.repeat(60).trim();

describe('printing a form (a copy to sign off or file)', () => {
  it('a long answer prints whole, with no buttons and no empty action column', async () => {
    const data = completeApplication() as any;
    data.description.background = longText;
    data.project.title = 'Digital hjemmeoppfølging med sensorer, medisindispensere og videokonsultasjoner for hjemmeboende med kroniske sykdommer i tre kommuner i Midt-Troms, med felles responssenter';
    data.budget.costs.meetings.lines[0].what = 'Oppstartssamling for prosjektgruppen og referansegruppen, med leie av lokaler og reise for deltakerne fra tre kommuner';
    const el = await mount('helseteknologi-soknad', data);
    // The last words typed with the keyboard: they must be on paper too.
    await fill(el, 'f-description-background', ' Slutt.');
    const area = byId<HTMLTextAreaElement>(el, 'f-description-background')!;
    expect(area.value.endsWith('Slutt.')).to.equal(true);
    expect(area.scrollHeight, 'on screen the answer scrolls inside its box').to.be.above(area.clientHeight + 100);
    const screenHeight = area.offsetHeight;

    await emulateMedia({ media: 'print' });
    expect(area.clientHeight, 'in print the box holds the whole answer').to.be.at.least(area.scrollHeight);
    const buttons = [...el.shadowRoot!.querySelectorAll('button')];
    expect(buttons.length).to.be.above(5);
    expect(buttons.filter(drawn).map((b) => b.textContent!.trim()), 'no button is printed').to.deep.equal([]);
    expect([...el.shadowRoot!.querySelectorAll('col.actions, td.act, th.act')].filter(drawn)).to.deep.equal([]);
    const scroll = $(el, '.table-scroll')!;
    expect(scroll.scrollWidth, 'the budget is not cut at its scroll box').to.be.at.most(scroll.clientWidth);
    expect(drawn($(el, 'td[data-total=all]')!), 'the totals print').to.equal(true);
    // One-line boxes show a part of a long answer: the whole answer prints as text in their place.
    for (const id of ['f-project-title', 'f-budget-costs-meetings-lines-0-what']) {
      const input = byId(el, id)!;
      const copy = input.nextElementSibling as HTMLElement;
      expect(drawn(input), `#${id} gives way to its text`).to.equal(false);
      expect(copy.textContent, `#${id}`).to.equal(input.value);
      expect(copy.scrollWidth, `#${id} wraps, nothing cut`).to.be.at.most(copy.clientWidth);
      expect(copy.clientHeight, `#${id} takes lines`).to.be.above(60);
    }

    await emulateMedia({ media: 'screen' });
    expect(area.offsetHeight, 'back on screen, the box is as it was').to.equal(screenHeight);
    expect(drawn(byId(el, 'f-project-title')!)).to.equal(true);
    expect([...el.shadowRoot!.querySelectorAll('.print-copy')].filter(drawn), 'the printed copies are not on screen').to.deep.equal([]);
  });

  it('a report with budget lines prints without its remove buttons or their column (FMK-R3)', async () => {
    const el = await mount('fmk-rapport', completeFmkRapport());
    expect(el.shadowRoot!.querySelectorAll('.act').length, 'the report has lines to remove').to.be.above(0);
    await emulateMedia({ media: 'print' });
    expect([...el.shadowRoot!.querySelectorAll('button, .act')].filter(drawn)).to.deep.equal([]);
    expect([...el.shadowRoot!.querySelectorAll('textarea')].filter((a) => a.scrollHeight > a.clientHeight)).to.deep.equal([]);
  });

  it('where the browser cannot size a box to its text, each grows for the print and gets its own height back after', async () => {
    const root = document.createElement('div');
    root.innerHTML = '<textarea rows="3" style="width: 20rem"></textarea><textarea rows="3"></textarea>';
    document.body.append(root);
    const [long, short] = [...root.querySelectorAll('textarea')] as [HTMLTextAreaElement, HTMLTextAreaElement];
    long.value = longText;
    long.style.height = '7rem'; // dragged by the user
    short.value = 'Kort.';
    const shortHeight = short.offsetHeight;
    const restore = growForPrint(root);
    expect(long.clientHeight).to.be.at.least(long.scrollHeight);
    expect(short.offsetHeight, 'a box that shows all its text is left alone').to.equal(shortHeight);
    restore();
    expect(long.style.height).to.equal('7rem');
    expect(long.scrollHeight).to.be.above(long.clientHeight);
  });
});
