import { expect } from 'chai';
import type { FormDefinition } from '../../src/core/index.js';
import { registerTexts } from '../../src/i18n/texts.js';
import type { TilskuddSkjema } from '../../src/elements/tilskudd-skjema.js';
import { $, cleanup, text } from './helpers.js';

registerTexts({ 'test.summary': () => 'Figures', 'test.date': () => 'Last day', 'test.text': () => 'Round', 'test.none': () => 'Nothing yet' });

const definition: FormDefinition = {
  id: 't/summary',
  version: '1',
  scheme: 't',
  form: 'f',
  variant: 'v',
  title: 'test.summary',
  sections: [
    {
      id: 's',
      title: 'test.summary',
      fields: [
        { key: 'big', type: 'amount', label: 'test.text' },
        {
          key: 'figures',
          type: 'summary',
          label: 'test.summary',
          items: [
            { label: 'test.date', path: 'lastDay', format: 'date' },
            { label: 'test.text', path: 'round', format: 'text' },
            { label: 'test.none', path: 'missing', format: 'date' },
            { label: 'test.text', path: 'big', format: 'kroner', emphasis: true },
            { label: 'test.text', path: 'share', format: 'percent' },
          ],
        },
      ],
    },
  ],
  rules: [],
  compute: (data) => ({ lastDay: '2026-03-23', round: 'Vår 2026', missing: null, big: (data as { big?: number }).big ?? 98_765_432, share: 12.5 }),
  checklist: [],
};

afterEach(cleanup);

describe('summary field formats', () => {
  it('shows an ISO date as dd.mm.yyyy, text as given, and a dash for nothing', async () => {
    const el = document.createElement('tilskudd-skjema') as TilskuddSkjema;
    el.definition = definition;
    document.body.append(el);
    await el.updateComplete;
    expect(text($(el, '[data-summary="lastDay"] dd'))).to.equal('23.03.2026');
    expect(text($(el, '[data-summary="round"] dd'))).to.equal('Vår 2026');
    expect(text($(el, '[data-summary="missing"] dd'))).to.equal('–');
  });

  // The amounts sit in size-contained boxes (so a keystroke lays out the box, not the page): the
  // box must still be as wide as its figure, now and after the figure grows by a digit group.
  it('an amount fits its box, bold or not, and after it grows', async () => {
    const el = document.createElement('tilskudd-skjema') as TilskuddSkjema;
    el.definition = definition;
    document.body.append(el);
    await el.updateComplete;
    const fits = (path: string) => {
      const dd = $(el, `[data-summary="${path}"] dd`)!;
      const figure = dd.querySelector('.figure')!;
      const range = document.createRange();
      range.selectNodeContents(figure);
      const textWidth = range.getBoundingClientRect().width;
      expect(getComputedStyle(figure).contain, 'the box is size-contained').to.contain('size');
      expect(textWidth, `${text(dd)}: the text has a width`).to.be.greaterThan(10);
      expect(textWidth, `${text(dd)} fits its box`).to.be.at.most(figure.getBoundingClientRect().width + 0.5);
    };
    expect(text($(el, '[data-summary="big"] dd'))).to.equal('98 765 432 kr');
    fits('big');
    fits('share');
    el.value = { big: 1_234_567_890 };
    await el.updateComplete;
    expect(text($(el, '[data-summary="big"] dd'))).to.equal('1 234 567 890 kr');
    fits('big');
  });
});
