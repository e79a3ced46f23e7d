import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { useLocale, type HelseteknologiSoknad, type Locale } from '../src/index.js';
import type { Data } from '../src/core/index.js';
import { completeApplication, halfFilledApplication, invalidApplication } from './fixtures/helseteknologi.js';

/**
 * `<helseteknologi-soknad>`, the whole application form, in four states (empty, half filled,
 * with errors shown, complete and valid), each in bokmål, nynorsk and English. The language is
 * the element's `lang`; the story also pins the toolbar locale (and so `<html lang>`) to match.
 */

interface Args {
  lang: Locale;
  hideChecklist: boolean;
  hideTitle: boolean;
  /** Prefill through the `value` property; left out, the form starts empty. */
  value?: Data;
}

type Story = StoryObj<Args>;

const meta = {
  title: 'Forms/helseteknologi-soknad',
  component: 'helseteknologi-soknad',
  args: { lang: 'nb', hideChecklist: false, hideTitle: false },
  argTypes: {
    lang: { control: 'select', options: ['nb', 'nn', 'en'], description: 'Language: `lang` on the element' },
    hideChecklist: { control: 'boolean', name: 'hide-checklist' },
    hideTitle: { control: 'boolean', name: 'hide-title' },
    value: { control: 'object', description: 'Prefill (`.value`)' },
  },
  // Load the texts before the first render, so what the checker and the screenshots see is
  // already in the story's language (the element would switch by itself a moment later).
  loaders: [async ({ args }) => ({ locale: await useLocale(args.lang) })],
  decorators: [
    // Runs inside the global decorator: `<html lang>` follows the element's language.
    (story, { args }) => {
      document.documentElement.lang = args.lang;
      return story();
    },
  ],
  render: ({ lang, hideChecklist, hideTitle, value }) =>
    value
      ? html`<helseteknologi-soknad lang=${lang} ?hide-checklist=${hideChecklist} ?hide-title=${hideTitle} .value=${value}></helseteknologi-soknad>`
      : html`<helseteknologi-soknad lang=${lang} ?hide-checklist=${hideChecklist} ?hide-title=${hideTitle}></helseteknologi-soknad>`,
} satisfies Meta<Args>;

export default meta;

/** The element, once it has rendered. */
async function form(canvasElement: HTMLElement): Promise<HelseteknologiSoknad> {
  const el = canvasElement.querySelector<HelseteknologiSoknad>('helseteknologi-soknad');
  if (!el) throw new Error('no <helseteknologi-soknad> in the story');
  await el.updateComplete;
  return el;
}

/** A story in one language: `lang` set on the element, the toolbar locale pinned to it. */
const inLang = (lang: Locale, base: Story): Story => ({ ...base, args: { ...base.args, lang }, globals: { locale: lang } });

// Empty: a new form, nothing typed, nothing shown as an error.

const empty: Story = {};
export const EmptyNb: Story = { ...inLang('nb', empty), name: 'Empty (nb)' };
export const EmptyNn: Story = { ...inLang('nn', empty), name: 'Empty (nn)' };
export const EmptyEn: Story = { ...inLang('en', empty), name: 'Empty (en)' };

// Half filled: applicant, project and three description points prefilled.

const halfFilled: Story = { args: { value: halfFilledApplication() } };
export const HalfFilledNb: Story = { ...inLang('nb', halfFilled), name: 'Half filled (nb)' };
export const HalfFilledNn: Story = { ...inLang('nn', halfFilled), name: 'Half filled (nn)' };
export const HalfFilledEn: Story = { ...inLang('en', halfFilled), name: 'Half filled (en)' };

// With errors: rule-breaking data prefilled (its errors show at once), then a submit attempt
// so the error summary lists them and takes focus.

const withErrors: Story = {
  args: { value: invalidApplication() },
  play: async ({ canvasElement }) => {
    const el = await form(canvasElement);
    if (await el.submit()) throw new Error('submit() went through with invalid data');
    await el.updateComplete;
    const links = el.renderRoot.querySelectorAll('tilskudd-feiloppsummering li a');
    if (links.length === 0) throw new Error('the error summary shows no errors after submit()');
  },
};
export const WithErrorsNb: Story = { ...inLang('nb', withErrors), name: 'With errors (nb)' };
export const WithErrorsNn: Story = { ...inLang('nn', withErrors), name: 'With errors (nn)' };
export const WithErrorsEn: Story = { ...inLang('en', withErrors), name: 'With errors (en)' };

// Complete and valid: every required field of every visible section. The play function fails
// the story if the fixture has an error (tests reuse the fixture and rely on that).

const complete: Story = {
  args: { value: completeApplication() },
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
