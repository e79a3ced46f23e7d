import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { useLocale, type FmkRapport, type Locale } from '../src/index.js';
import type { Data } from '../src/core/index.js';
import { completeFmkRapport, fmkApplicationSubmission, halfFilledFmkRapport, invalidFmkRapport } from './fixtures/fmk-rapport.js';

/**
 * `<fmk-rapport>`, the FMK final or progress report (§8–§9): empty, prefilled from an FMK
 * application (`application` property), half filled, with errors shown, complete — each in
 * bokmål, nynorsk and English.
 */

interface Args {
  lang: Locale;
  value?: Data;
  application?: Data;
}

type Story = StoryObj<Args>;

const meta = {
  title: 'Forms/fmk-rapport',
  component: 'fmk-rapport',
  args: { lang: 'nb' },
  argTypes: {
    lang: { control: 'select', options: ['nb', 'nn', 'en'], description: 'Language: `lang` on the element' },
    value: { control: 'object', description: 'Prefill (`.value`)' },
    application: { control: 'object', description: 'The FMK application\'s submission JSON (`.application`)' },
  },
  loaders: [async ({ args }) => ({ locale: await useLocale(args.lang) })],
  decorators: [
    (story, { args }) => {
      document.documentElement.lang = args.lang;
      return story();
    },
  ],
  render: ({ lang, value, application }) =>
    application
      ? html`<fmk-rapport lang=${lang} .application=${application}></fmk-rapport>`
      : value
        ? html`<fmk-rapport lang=${lang} .value=${value}></fmk-rapport>`
        : html`<fmk-rapport lang=${lang}></fmk-rapport>`,
} satisfies Meta<Args>;

export default meta;

async function form(canvasElement: HTMLElement): Promise<FmkRapport> {
  const el = canvasElement.querySelector<FmkRapport>('fmk-rapport');
  if (!el) throw new Error('no <fmk-rapport> in the story');
  await el.updateComplete;
  return el;
}

const inLang = (lang: Locale, base: Story): Story => ({ ...base, args: { ...base.args, lang }, globals: { locale: lang } });

const empty: Story = {};
export const EmptyNb: Story = { ...inLang('nb', empty), name: 'Empty (nb)' };
export const EmptyNn: Story = { ...inLang('nn', empty), name: 'Empty (nn)' };
export const EmptyEn: Story = { ...inLang('en', empty), name: 'Empty (en)' };

const prefilled: Story = {
  args: { application: fmkApplicationSubmission() },
  play: async ({ canvasElement }) => {
    const el = await form(canvasElement);
    if (((el.value.funds as { lines?: unknown[] } | undefined)?.lines?.length ?? 0) !== 2) throw new Error('the application\'s budget lines were not carried over');
  },
};
export const FromApplicationNb: Story = { ...inLang('nb', prefilled), name: 'Prefilled from the application (nb)' };
export const FromApplicationNn: Story = { ...inLang('nn', prefilled), name: 'Prefilled from the application (nn)' };
export const FromApplicationEn: Story = { ...inLang('en', prefilled), name: 'Prefilled from the application (en)' };

const halfFilled: Story = { args: { value: halfFilledFmkRapport() } };
export const HalfFilledNb: Story = { ...inLang('nb', halfFilled), name: 'Half filled (nb)' };
export const HalfFilledNn: Story = { ...inLang('nn', halfFilled), name: 'Half filled (nn)' };
export const HalfFilledEn: Story = { ...inLang('en', halfFilled), name: 'Half filled (en)' };

const withErrors: Story = {
  args: { value: invalidFmkRapport() },
  play: async ({ canvasElement }) => {
    const el = await form(canvasElement);
    if (await el.submit()) throw new Error('submit() went through with invalid data');
    await el.updateComplete;
    if (el.renderRoot.querySelectorAll('tilskudd-feiloppsummering li a').length === 0) throw new Error('the error summary shows no errors after submit()');
  },
};
export const WithErrorsNb: Story = { ...inLang('nb', withErrors), name: 'With errors (nb)' };
export const WithErrorsNn: Story = { ...inLang('nn', withErrors), name: 'With errors (nn)' };
export const WithErrorsEn: Story = { ...inLang('en', withErrors), name: 'With errors (en)' };

const complete: Story = {
  args: { value: completeFmkRapport() },
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
