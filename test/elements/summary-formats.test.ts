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
        {
          key: 'figures',
          type: 'summary',
          label: 'test.summary',
          items: [
            { label: 'test.date', path: 'lastDay', format: 'date' },
            { label: 'test.text', path: 'round', format: 'text' },
            { label: 'test.none', path: 'missing', format: 'date' },
          ],
        },
      ],
    },
  ],
  rules: [],
  compute: () => ({ lastDay: '2026-03-23', round: 'Vår 2026', missing: null }),
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
});
