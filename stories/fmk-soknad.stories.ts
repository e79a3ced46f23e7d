import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { useLocale, type Locale, type TilskuddSkjema } from '../src/index.js';
import type { Data } from '../src/core/index.js';
import { completeFmkRegistry, completeFmkSoknad, FMK_DEADLINE, FMK_TODAY, halfFilledFmkSoknad, invalidFmkSoknad } from './fixtures/fmk.js';

/**
 * `<fmk-soknad>`, the application for funds from FMK (SKDE), in four states (empty, half filled, with errors shown, complete and
 * valid), each in bokmål, nynorsk and English. The round is "Vår 2026" with its deadline 01.03.2026 (FMK-S2); "Late" shows the warning after it, and "New registry" the §4.2 b category.
 */

interface Args {
  lang: Locale;
  hideChecklist: boolean;
  today: string;
  round: string;
  deadline: string;
  /** Prefill through the `value` property; left out, the form starts empty. */
  value?: Data;
}

type Story = StoryObj<Args>;

const meta = {
  title: 'Forms/fmk-soknad',
  component: 'fmk-soknad',
  args: { lang: 'nb', hideChecklist: false, today: FMK_TODAY, round: 'Vår 2026', deadline: FMK_DEADLINE },
  argTypes: {
    lang: { control: 'select', options: ['nb', 'nn', 'en'], description: 'Language: `lang` on the element' },
    hideChecklist: { control: 'boolean', name: 'hide-checklist' },
    today: { control: 'text', description: 'The date taken as today (`today`), YYYY-MM-DD' },
    round: { control: 'text', description: 'The round (`round`)' },
    deadline: { control: 'text', description: 'The deadline (`deadline`), YYYY-MM-DD (FMK-S2)' },
    value: { control: 'object', description: 'Prefill (`.value`)' },
  },
  loaders: [async ({ args }) => ({ locale: await useLocale(args.lang) })],
  decorators: [
    (story, { args }) => {
      document.documentElement.lang = args.lang;
      return story();
    },
  ],
  render: ({ lang, hideChecklist, today, round, deadline, value }) =>
    value
      ? html`<fmk-soknad lang=${lang} ?hide-checklist=${hideChecklist} today=${today} round=${round} deadline=${deadline} .value=${value}></fmk-soknad>`
      : html`<fmk-soknad lang=${lang} ?hide-checklist=${hideChecklist} today=${today} round=${round} deadline=${deadline}></fmk-soknad>`,
} satisfies Meta<Args>;

export default meta;

async function form(canvasElement: HTMLElement): Promise<TilskuddSkjema> {
  const el = canvasElement.querySelector<TilskuddSkjema>('fmk-soknad');
  if (!el) throw new Error('no <fmk-soknad> in the story');
  await el.updateComplete;
  return el;
}

const inLang = (lang: Locale, base: Story): Story => ({ ...base, args: { ...base.args, lang }, globals: { locale: lang } });

const empty: Story = {};
export const EmptyNb: Story = { ...inLang('nb', empty), name: 'Empty (nb)' };
export const EmptyNn: Story = { ...inLang('nn', empty), name: 'Empty (nn)' };
export const EmptyEn: Story = { ...inLang('en', empty), name: 'Empty (en)' };

const halfFilled: Story = { args: { value: halfFilledFmkSoknad() } };
export const HalfFilledNb: Story = { ...inLang('nb', halfFilled), name: 'Half filled (nb)' };
export const HalfFilledNn: Story = { ...inLang('nn', halfFilled), name: 'Half filled (nn)' };
export const HalfFilledEn: Story = { ...inLang('en', halfFilled), name: 'Half filled (en)' };

// Rule-breaking data prefilled, then a submit attempt: the error summary lists the errors.
const withErrors: Story = {
  args: { value: invalidFmkSoknad() },
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
  args: { value: completeFmkSoknad() },
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

// After the deadline: the FMK-S2 warning shows at once and does not block.
const late: Story = { args: { value: completeFmkSoknad(), today: '2026-03-15' } };
export const LateNb: Story = { ...inLang('nb', late), name: 'Late, complete (nb)' };
export const LateNn: Story = { ...inLang('nn', late), name: 'Late, complete (nn)' };
export const LateEn: Story = { ...inLang('en', late), name: 'Late, complete (en)' };

// Category (b): a new registry with shared components (FMK-S6, FMK-S9).
const registry: Story = { ...complete, args: { value: completeFmkRegistry() } };
export const RegistryNb: Story = { ...inLang('nb', registry), name: 'New registry, complete (nb)' };
export const RegistryNn: Story = { ...inLang('nn', registry), name: 'New registry, complete (nn)' };
export const RegistryEn: Story = { ...inLang('en', registry), name: 'New registry, complete (en)' };
