import { expect } from 'chai';
import { setViewport } from '@web/test-runner-commands';
import { byId, cleanup, mount, press, toMunicipality, type } from './helpers.js';

afterEach(cleanup);

describe('the municipality combobox (HTO-S1)', () => {
  it('a name typed in full and Enter picks that municipality, not a longer name starting with it', async () => {
    const el = await mount();
    await toMunicipality(el);
    const input = byId(el, 'f-applicant-municipality')!;
    const cases: [string, string, string][] = [
      ['Hamar', '3403', 'Hamarøy'],
      ['Bø', '1867', 'Bokn'],
      ['Ås', '3218', 'Asker'],
      ['Os', '3430', 'Oslo'],
      ['Nes', '3228', 'Nesna'],
      ['Hå', '1119', 'Haugesund'],
      ['Ål', '3328', 'Ålesund'],
      ['Hol', '3330', 'Aurskog-Høland'],
      ['Vågå', '3435', 'Vågan'],
      ['Gran', '3446', 'Grane'],
      ['Etne', '4611', 'Etnedal'],
      ['Flå', '3320', 'Flakstad'],
    ];
    for (const [name, number, not] of cases) {
      // Replace what the field shows (the last pick) with the name, as a user does.
      await press('Control+a');
      await type(name);
      await el.updateComplete;
      const options = [...el.shadowRoot!.querySelectorAll('[role=option]')];
      expect(options.length, `${name}: a list, with others (${not}) below`).to.be.greaterThan(1);
      expect(input.getAttribute('aria-activedescendant'), name).to.equal(options[0]!.id);
      expect(options[0]!.textContent, `${name}: the highlighted option`).to.contain(number);
      await press('Enter');
      await el.updateComplete;
      expect(el.value.applicant, `${name} + Enter`).to.deep.include({ municipality: number });
      expect(input.value).to.equal(`${number} ${name}`);
    }
  });

  it('the option the arrow keys are on is scrolled into view, also below the window (WCAG 2.4.7, 2.4.11)', async () => {
    await setViewport({ width: 800, height: 700 });
    // Room above, so the field can sit at the bottom of the window.
    const spacer = document.createElement('div');
    spacer.style.height = '1500px';
    document.body.append(spacer);
    const el = await mount();
    await toMunicipality(el);
    const input = byId(el, 'f-applicant-municipality')!;
    window.scrollBy(0, input.getBoundingClientRect().bottom - (innerHeight - 15));
    expect(input.getBoundingClientRect().bottom, 'the field at the bottom').to.be.within(innerHeight - 40, innerHeight);
    const list = el.shadowRoot!.querySelector<HTMLElement>('[role=listbox]')!;
    for (let i = 0; i < 8; i++) {
      await press('ArrowDown');
      await el.updateComplete;
      await new Promise((r) => requestAnimationFrame(r));
      const active = el.shadowRoot!.getElementById(input.getAttribute('aria-activedescendant')!)!;
      expect(active.getAttribute('aria-selected')).to.equal('true');
      expect(active.id).to.match(new RegExp(`-opt-${i}$`));
      const box = active.getBoundingClientRect();
      // Within a pixel: the page scrolls by whole pixels, the options sit at fractions of one.
      expect(box.top, `option ${i + 1} in the window`).to.be.at.least(-1);
      expect(box.bottom, `option ${i + 1} in the window`).to.be.at.most(innerHeight + 1);
      const shown = list.getBoundingClientRect();
      expect(box.top, `option ${i + 1} in the list's box`).to.be.at.least(shown.top);
      expect(box.bottom, `option ${i + 1} in the list's box`).to.be.at.most(shown.top + list.clientTop + list.clientHeight + 0.5);
    }
    spacer.remove();
  });

  it('the list shows its options whole: none cut at its bottom edge', async () => {
    await setViewport({ width: 800, height: 700 });
    const el = await mount();
    await toMunicipality(el);
    await press('ArrowDown');
    await el.updateComplete;
    const list = el.shadowRoot!.querySelector<HTMLElement>('[role=listbox]')!;
    const options = [...list.querySelectorAll('[role=option]')];
    expect(options).to.have.length(8);
    const bottom = list.getBoundingClientRect().top + list.clientTop + list.clientHeight;
    for (const [i, option] of options.entries()) expect(option.getBoundingClientRect().bottom, `option ${i + 1}`).to.be.at.most(bottom + 0.5);
  });
});
