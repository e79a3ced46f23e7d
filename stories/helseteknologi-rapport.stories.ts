import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { useLocale, type HelseteknologiRapport, type Locale } from '../src/index.js';
import type { Data } from '../src/core/index.js';
import { AFTER_DEADLINE, BEFORE_DEADLINE, applicationSubmission, completeReport, halfFilledReport, invalidReport } from './fixtures/helseteknologi-rapport.js';

/**
 * `<helseteknologi-rapport>`, the yearly report (HTO §5, §6): empty, prefilled from the
 * application (`application` property), half filled, with errors shown, complete — and complete
 * after the deadline (HTO-R1's warning) — each in bokmål, nynorsk and English. `today` is fixed,
 * so the deadline reads the same on every day the stories are opened.
 */

interface Args {
  lang: Locale;
  today: string;
  value?: Data;
  application?: Data;
}

type Story = StoryObj<Args>;

const meta = {
  title: 'Forms/helseteknologi-rapport',
  component: 'helseteknologi-rapport',
  args: { lang: 'nb', today: BEFORE_DEADLINE },
  argTypes: {
    lang: { control: 'select', options: ['nb', 'nn', 'en'], description: 'Language: `lang` on the element' },
    today: { control: 'text', description: '`today` (YYYY-MM-DD): the date the deadline is judged against (HTO-R1)' },
    value: { control: 'object', description: 'Prefill (`.value`)' },
    application: { control: 'object', description: 'The application\'s submission JSON (`.application`)' },
  },
  loaders: [async ({ args }) => ({ locale: await useLocale(args.lang) })],
  decorators: [
    (story, { args }) => {
      document.documentElement.lang = args.lang;
      return story();
    },
  ],
  render: ({ lang, today, value, application }) =>
    application
      ? html`<helseteknologi-rapport lang=${lang} today=${today} .application=${application}></helseteknologi-rapport>`
      : value
        ? html`<helseteknologi-rapport lang=${lang} today=${today} .value=${value}></helseteknologi-rapport>`
        : html`<helseteknologi-rapport lang=${lang} today=${today}></helseteknologi-rapport>`,
} satisfies Meta<Args>;

export default meta;

async function form(canvasElement: HTMLElement): Promise<HelseteknologiRapport> {
  const el = canvasElement.querySelector<HelseteknologiRapport>('helseteknologi-rapport');
  if (!el) throw new Error('no <helseteknologi-rapport> in the story');
  await el.updateComplete;
  return el;
}

const inLang = (lang: Locale, base: Story): Story => ({ ...base, args: { ...base.args, lang }, globals: { locale: lang } });

const empty: Story = {};
export const EmptyNb: Story = { ...inLang('nb', empty), name: 'Empty (nb)' };
export const EmptyNn: Story = { ...inLang('nn', empty), name: 'Empty (nn)' };
export const EmptyEn: Story = { ...inLang('en', empty), name: 'Empty (en)' };

// Prefilled from the application: applicant, partners, goals and the budget column carried over.
const prefilled: Story = {
  args: { application: applicationSubmission() },
  play: async ({ canvasElement }) => {
    const el = await form(canvasElement);
    if ((el.value.goals as unknown[] | undefined)?.length !== 1) throw new Error('the application\'s goal was not carried over');
  },
};
export const FromApplicationNb: Story = { ...inLang('nb', prefilled), name: 'Prefilled from the application (nb)' };
export const FromApplicationNn: Story = { ...inLang('nn', prefilled), name: 'Prefilled from the application (nn)' };
export const FromApplicationEn: Story = { ...inLang('en', prefilled), name: 'Prefilled from the application (en)' };

const halfFilled: Story = { args: { value: halfFilledReport() } };
export const HalfFilledNb: Story = { ...inLang('nb', halfFilled), name: 'Half filled (nb)' };
export const HalfFilledNn: Story = { ...inLang('nn', halfFilled), name: 'Half filled (nn)' };
export const HalfFilledEn: Story = { ...inLang('en', halfFilled), name: 'Half filled (en)' };

const withErrors: Story = {
  args: { value: invalidReport() },
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
  args: { value: completeReport() },
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

// HTO-R1: the same report after 1 April: a warning, which does not block sending.
const late: Story = { ...complete, args: { value: completeReport(), today: AFTER_DEADLINE } };
export const AfterDeadlineNb: Story = { ...inLang('nb', late), name: 'After the deadline (nb)' };
export const AfterDeadlineNn: Story = { ...inLang('nn', late), name: 'After the deadline (nn)' };
export const AfterDeadlineEn: Story = { ...inLang('en', late), name: 'After the deadline (en)' };
