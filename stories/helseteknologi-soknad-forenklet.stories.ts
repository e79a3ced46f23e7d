import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { useLocale, type HelseteknologiSoknad, type Locale } from '../src/index.js';
import type { Data } from '../src/core/index.js';
import { completeForenklet, halfFilledForenklet, invalidForenklet } from './fixtures/helseteknologi-forenklet.js';

/**
 * `<helseteknologi-soknad variant="forenklet">`, the simplified application (HTO-S5) for projects
 * granted in 2023, in four states (empty, half filled, with errors shown, complete and valid),
 * each in bokmål, nynorsk and English.
 */

interface Args {
  lang: Locale;
  variant: 'forenklet' | 'full';
  hideChecklist: boolean;
  /** Prefill through the `value` property; left out, the form starts empty. */
  value?: Data;
}

type Story = StoryObj<Args>;

const meta = {
  title: 'Forms/helseteknologi-soknad (forenklet)',
  component: 'helseteknologi-soknad',
  args: { lang: 'nb', variant: 'forenklet', hideChecklist: false },
  argTypes: {
    lang: { control: 'select', options: ['nb', 'nn', 'en'], description: 'Language: `lang` on the element' },
    variant: { control: 'select', options: ['forenklet', 'full'], description: 'Switch to see that shared answers stay' },
    hideChecklist: { control: 'boolean', name: 'hide-checklist' },
    value: { control: 'object', description: 'Prefill (`.value`)' },
  },
  loaders: [async ({ args }) => ({ locale: await useLocale(args.lang) })],
  decorators: [
    (story, { args }) => {
      document.documentElement.lang = args.lang;
      return story();
    },
  ],
  render: ({ lang, variant, hideChecklist, value }) =>
    value
      ? html`<helseteknologi-soknad lang=${lang} variant=${variant} ?hide-checklist=${hideChecklist} .value=${value}></helseteknologi-soknad>`
      : html`<helseteknologi-soknad lang=${lang} variant=${variant} ?hide-checklist=${hideChecklist}></helseteknologi-soknad>`,
} satisfies Meta<Args>;

export default meta;

async function form(canvasElement: HTMLElement): Promise<HelseteknologiSoknad> {
  const el = canvasElement.querySelector<HelseteknologiSoknad>('helseteknologi-soknad');
  if (!el) throw new Error('no <helseteknologi-soknad> in the story');
  await el.updateComplete;
  return el;
}

const inLang = (lang: Locale, base: Story): Story => ({ ...base, args: { ...base.args, lang }, globals: { locale: lang } });

const empty: Story = {};
export const EmptyNb: Story = { ...inLang('nb', empty), name: 'Empty (nb)' };
export const EmptyNn: Story = { ...inLang('nn', empty), name: 'Empty (nn)' };
export const EmptyEn: Story = { ...inLang('en', empty), name: 'Empty (en)' };

// Half filled: the 2023 grant, the applicant and the project.
const halfFilled: Story = { args: { value: halfFilledForenklet() } };
export const HalfFilledNb: Story = { ...inLang('nb', halfFilled), name: 'Half filled (nb)' };
export const HalfFilledNn: Story = { ...inLang('nn', halfFilled), name: 'Half filled (nn)' };
export const HalfFilledEn: Story = { ...inLang('en', halfFilled), name: 'Half filled (en)' };

// With errors: no earlier scheme chosen, no goal achievement, grant on travel, no own financing.
const withErrors: Story = {
  args: { value: invalidForenklet() },
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

// Complete and valid: the play function fails the story if the fixture has an error.
const complete: Story = {
  args: { value: completeForenklet() },
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
