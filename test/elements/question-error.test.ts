import { expect } from 'chai';
import type { Data, FormDefinition } from '../../src/core/index.js';
import { asRecord } from '../../src/core/path.js';
import { registerTexts } from '../../src/i18n/texts.js';
import type { TilskuddSkjema } from '../../src/elements/tilskudd-skjema.js';
import { $, byId, cleanup, deepActive, frame, text } from './helpers.js';

registerTexts({
  'test.q.section': () => 'Section',
  'test.q.question': () => 'Which apply?',
  'test.q.hint': () => 'Choose all that apply.',
  'test.q.a': () => 'First',
  'test.q.b': () => 'Second',
  'test.q.none': () => 'Choose at least one',
});

/** A question of two checkboxes in a fieldset, and a rule that puts its error on the question itself. */
const definition: FormDefinition = {
  id: 't/question',
  version: '1',
  scheme: 't',
  form: 'f',
  variant: 'v',
  title: 'test.q.section',
  sections: [
    {
      id: 's',
      key: 'q',
      title: 'test.q.section',
      fields: [
        {
          key: 'which',
          type: 'fieldset',
          label: 'test.q.question',
          hint: 'test.q.hint',
          fields: [
            { key: 'a', type: 'checkbox', label: 'test.q.a' },
            { key: 'b', type: 'checkbox', label: 'test.q.b' },
          ],
        },
      ],
    },
  ],
  rules: [
    {
      id: 'T-1',
      watch: ['q'],
      check: (data: Data) => {
        const q = asRecord(data.q);
        return q.a === true || q.b === true ? [] : [{ path: 'q.which', rule: 'T-1', severity: 'error', code: 'test.q.none' }];
      },
    },
  ],
  compute: () => ({}),
  checklist: [],
};

async function mountQuestion(): Promise<TilskuddSkjema> {
  const el = document.createElement('tilskudd-skjema') as TilskuddSkjema;
  el.definition = definition;
  el.hideChecklist = true;
  document.body.append(el);
  await el.updateComplete;
  return el;
}

afterEach(cleanup);

describe('a fieldset question shows an error on its own path for the whole group (WCAG 1.3.1)', () => {
  it('the message sits in the fieldset and its description; no one box is marked', async () => {
    const el = await mountQuestion();
    const group = $(el, 'fieldset#f-q-which')!;
    expect(group.getAttribute('aria-describedby'), 'before any error: the hint only').to.equal('f-q-which-hint');
    expect(await el.submit()).to.equal(false);
    await el.updateComplete;
    expect(group.getAttribute('aria-describedby')).to.equal('f-q-which-hint f-q-which-msg');
    const message = group.querySelector('#f-q-which-msg');
    expect(text(message)).to.equal('Feil:Choose at least one');
    // Seen as well as heard: the red edge the fields with an error have.
    expect(group.classList.contains('invalid')).to.equal(true);
    expect(getComputedStyle(group).borderLeftStyle).to.equal('solid');
    for (const id of ['f-q-a', 'f-q-b']) {
      const box = byId(el, id)!;
      expect(box.getAttribute('aria-invalid'), id).to.equal('false');
      expect(box.getAttribute('aria-describedby') ?? '', id).to.not.contain('msg');
    }
    byId(el, 'f-q-b')!.click();
    await el.updateComplete;
    expect(group.getAttribute('aria-describedby'), 'answered: the error goes').to.equal('f-q-which-hint');
    expect(group.classList.contains('invalid')).to.equal(false);
    expect(group.querySelector('.message')).to.equal(null);
  });

  it("the error summary's link leads to the question's first box, with the legend in view", async () => {
    const el = await mountQuestion();
    await el.submit();
    await frame(el);
    const link = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.error-summary a')].find((a) => text(a).includes('Choose at least one'))!;
    expect(link, 'the summary lists the error').to.be.ok;
    link.click();
    await el.updateComplete;
    expect(deepActive()?.id).to.equal('f-q-a');
  });
});
