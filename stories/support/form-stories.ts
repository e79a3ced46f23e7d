import { noChange, nothing } from 'lit';
import { html, unsafeStatic } from 'lit/static-html.js';
import type { ArgTypes, Meta, StoryObj } from '@storybook/web-components-vite';
import { useLocale, type Locale, type TilskuddSkjema } from '../../src/index.js';
import type { Data } from '../../src/core/index.js';
import { withStandInFiles } from './stand-in-files.js';

/**
 * One form's story set: the meta (locale loader and decorator, controls, render) and every
 * state in bokmål, nynorsk and English, so each `<form>.stories.ts` only says what differs.
 */

/** Every arg a form story may take; a form's config picks the attributes it has. */
export interface FormArgs {
  lang: Locale;
  variant?: 'forenklet' | 'full';
  hideChecklist?: boolean;
  hideTitle?: boolean;
  today?: string;
  round?: string;
  deadline?: string;
  /** Prefill through the `value` property; left out, the form starts empty. */
  value?: Data;
  /** An application's submission JSON (`.application`), for the report forms. */
  application?: Data;
}

export type FormStory = StoryObj<FormArgs>;
type Attributes = Partial<Pick<FormArgs, 'variant' | 'hideChecklist' | 'hideTitle' | 'today' | 'round' | 'deadline'>>;
type Check = (el: TilskuddSkjema) => void | Promise<void>;

/** A state beyond the four every form has (late, prefilled from the application, …). */
export interface ExtraState {
  args: Partial<FormArgs>;
  /** Runs as the play function on the rendered element; throw to fail the story. */
  check?: Check;
}

export interface FormStoriesConfig<Extra extends string> {
  tag: string;
  /** The attributes the element takes, with their default values. */
  attributes?: Attributes;
  /** Per-form wording of a control (merged over the shared one); `application` adds that control. */
  argTypes?: Partial<ArgTypes<FormArgs>>;
  fixtures: { halfFilled: () => Data; invalid: () => Data; complete: () => Data };
  extra?: Record<Extra, ExtraState>;
}

const LANGS = { Nb: 'nb', Nn: 'nn', En: 'en' } as const satisfies Record<string, Locale>;
type Lang = keyof typeof LANGS;
type State<Extra extends string> = 'Empty' | 'HalfFilled' | 'WithErrors' | 'Complete' | Extra;

const ARG_TYPES: ArgTypes<FormArgs> = {
  lang: { control: 'select', options: ['nb', 'nn', 'en'], description: 'Language: `lang` on the element' },
  variant: { control: 'select', options: ['forenklet', 'full'] },
  hideChecklist: { control: 'boolean', name: 'hide-checklist' },
  hideTitle: { control: 'boolean', name: 'hide-title' },
  today: { control: 'text', description: 'The date taken as today (`today`), YYYY-MM-DD' },
  round: { control: 'text', description: 'The round (`round`)' },
  deadline: { control: 'text', description: 'The deadline (`deadline`), YYYY-MM-DD' },
  value: { control: 'object', description: 'Prefill (`.value`)' },
  application: { control: 'object', description: 'The application\'s submission JSON (`.application`)' },
};

/** Invalid data prefilled: submitting must fail and the error summary list the errors (and take focus). */
export const checkErrorsShown: Check = async (el) => {
  if (await el.submit()) throw new Error('submit() went through with invalid data');
  await el.updateComplete;
  if (el.renderRoot.querySelectorAll('tilskudd-feiloppsummering li a').length === 0) throw new Error('the error summary shows no errors after submit()');
};

/** Fails the story if the fixture has an error (tests reuse the fixtures and rely on that). */
export const checkComplete: Check = (el) => {
  const bad = el.validate().filter((issue) => issue.severity === 'error');
  if (bad.length) throw new Error(`the complete fixture has errors: ${bad.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  const { complete: done, total } = el.checklist;
  if (done !== total) throw new Error(`the checklist shows ${done} of ${total} complete`);
};

export function formStories<Extra extends string = never>(config: FormStoriesConfig<Extra>) {
  const { tag, attributes = {}, fixtures } = config;
  const name = unsafeStatic(tag);

  // Only the controls this element has, in the order lang, attributes, value (then overrides).
  const argTypes: Partial<ArgTypes<FormArgs>> = {};
  for (const key of ['lang', ...Object.keys(attributes), 'value'] as (keyof FormArgs)[]) argTypes[key] = ARG_TYPES[key];
  for (const [key, over] of Object.entries(config.argTypes ?? {}) as [keyof FormArgs, object][]) argTypes[key] = { ...ARG_TYPES[key], ...over };

  const meta = {
    component: tag,
    args: { lang: 'nb', ...attributes },
    argTypes,
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
    // One template for every form: an attribute the element lacks is left off (`nothing`), and
    // `.value` is only set when given and no `.application` prefills instead (noChange: not set).
    render: ({ lang, variant, hideChecklist, hideTitle, today, round, deadline, value, application }) =>
      html`<${name} lang=${lang} variant=${variant ?? nothing} ?hide-checklist=${hideChecklist} ?hide-title=${hideTitle}
        today=${today ?? nothing} round=${round ?? nothing} deadline=${deadline ?? nothing}
        .value=${application || !value ? noChange : value} .application=${application ?? noChange} ${withStandInFiles()}></${name}>`,
  } satisfies Omit<Meta<FormArgs>, 'title'>;

  const play = (check: Check): FormStory['play'] => async ({ canvasElement }) => {
    const el = canvasElement.querySelector<TilskuddSkjema>(tag);
    if (!el) throw new Error(`no <${tag}> in the story`);
    await el.updateComplete;
    await check(el);
  };

  const states: Record<string, ExtraState> = {
    Empty: { args: {} },
    HalfFilled: { args: { value: fixtures.halfFilled() } },
    WithErrors: { args: { value: fixtures.invalid() }, check: checkErrorsShown },
    Complete: { args: { value: fixtures.complete() }, check: checkComplete },
    ...config.extra,
  };

  // Each state in each language: `lang` on the element, the toolbar locale pinned to it.
  // Names are not set here: Storybook's indexer reads them only from literals in the story file.
  const stories: Partial<Record<`${State<Extra>}${Lang}`, FormStory>> = {};
  for (const [state, { args, check }] of Object.entries(states)) {
    for (const [suffix, lang] of Object.entries(LANGS)) {
      stories[`${state}${suffix}` as `${State<Extra>}${Lang}`] = { args: { ...args, lang }, globals: { locale: lang }, ...(check && { play: play(check) }) };
    }
  }
  return { meta, stories: stories as Record<`${State<Extra>}${Lang}`, FormStory> };
}
