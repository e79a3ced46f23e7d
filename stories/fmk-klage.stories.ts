import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { useLocale, type Locale, type TilskuddSkjema } from '../src/index.js';
import type { Data } from '../src/core/index.js';
import { completeFmkKlage, FMK_TODAY, halfFilledFmkKlage, invalidFmkKlage } from './fixtures/fmk.js';

/**
 * `<fmk-klage>`, the complaint on a decision of FMK (SKDE), in four states (empty, half filled, with errors shown, complete and
 * valid), each in bokmål, nynorsk and English. "Late" shows the FMK-K2 warning after the three weeks.
 */

interface Args {
  lang: Locale;
  hideChecklist: boolean;
  today: string;
  /** Prefill through the `value` property; left out, the form starts empty. */
  value?: Data;
}

type Story = StoryObj<Args>;

const meta = {
  title: 'Forms/fmk-klage',
  component: 'fmk-klage',
  args: { lang: 'nb', hideChecklist: false, today: FMK_TODAY },
  argTypes: {
    lang: { control: 'select', options: ['nb', 'nn', 'en'], description: 'Language: `lang` on the element' },
    hideChecklist: { control: 'boolean', name: 'hide-checklist' },
    today: { control: 'text', description: 'The date taken as today (`today`), YYYY-MM-DD' },
    value: { control: 'object', description: 'Prefill (`.value`)' },
  },
  loaders: [async ({ args }) => ({ locale: await useLocale(args.lang) })],
  decorators: [
    (story, { args }) => {
      document.documentElement.lang = args.lang;
      return story();
    },
  ],
  render: ({ lang, hideChecklist, today, value }) =>
    value
      ? html`<fmk-klage lang=${lang} ?hide-checklist=${hideChecklist} today=${today} .value=${value}></fmk-klage>`
      : html`<fmk-klage lang=${lang} ?hide-checklist=${hideChecklist} today=${today}></fmk-klage>`,
} satisfies Meta<Args>;

export default meta;

async function form(canvasElement: HTMLElement): Promise<TilskuddSkjema> {
  const el = canvasElement.querySelector<TilskuddSkjema>('fmk-klage');
  if (!el) throw new Error('no <fmk-klage> in the story');
  await el.updateComplete;
  return el;
}

const inLang = (lang: Locale, base: Story): Story => ({ ...base, args: { ...base.args, lang }, globals: { locale: lang } });

const empty: Story = {};
export const EmptyNb: Story = { ...inLang('nb', empty), name: 'Empty (nb)' };
export const EmptyNn: Story = { ...inLang('nn', empty), name: 'Empty (nn)' };
export const EmptyEn: Story = { ...inLang('en', empty), name: 'Empty (en)' };

const halfFilled: Story = { args: { value: halfFilledFmkKlage() } };
export const HalfFilledNb: Story = { ...inLang('nb', halfFilled), name: 'Half filled (nb)' };
export const HalfFilledNn: Story = { ...inLang('nn', halfFilled), name: 'Half filled (nn)' };
export const HalfFilledEn: Story = { ...inLang('en', halfFilled), name: 'Half filled (en)' };

// Rule-breaking data prefilled, then a submit attempt: the error summary lists the errors.
const withErrors: Story = {
  args: { value: invalidFmkKlage() },
  play: async ({ canvasElement }) => {
    const el = await form(canvasElement);
    if (await el.submit()) throw new Error('submit() went through with invalid data');
    await el.updateComplete;
    if (!el.renderRoot.querySelectorAll('tilskudd-feiloppsummering li a').length) throw new Error('the error summary shows no errors after submit()');
  },
};
export const WithErrorsNb: Story = { ...inLang('nb', withErrors), name: 'With errors (nb)' };
export const WithErrorsNn: Story = { ...inLang('nn', withErrors), name: 'With errors (nn)' };
export const WithErrorsEn: Story = { ...inLang('en', withErrors), name: 'With errors (en)' };

// Complete and valid; the play function fails the story if the fixture has an error.
const complete: Story = {
  args: { value: completeFmkKlage() },
  play: async ({ canvasElement }) => {
    const el = await form(canvasElement);
    const bad = el.validate().filter((issue) => issue.severity === 'error');
    if (bad.length) throw new Error(`the complete fixture has errors: ${bad.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
    const { complete: done, total } = el.checklist;
    if (done !== total) throw new Error(`the checklist shows ${done} of ${total} complete`);
  },
};
export const CompleteNb: Story = { ...inLang('nb', complete), name: 'Complete and valid (nb)' };
export const CompleteNn: Story = { ...inLang('nn', complete), name: 'Complete and valid (nn)' };
export const CompleteEn: Story = { ...inLang('en', complete), name: 'Complete and valid (en)' };

// Received 02.02.2026, so the last day was 23.02.2026: the FMK-K2 warning, which does not block.
const late: Story = { args: { value: completeFmkKlage(), today: '2026-03-01' } };
export const LateNb: Story = { ...inLang('nb', late), name: 'Late, complete (nb)' };
export const LateNn: Story = { ...inLang('nn', late), name: 'Late, complete (nn)' };
export const LateEn: Story = { ...inLang('en', late), name: 'Late, complete (en)' };
