import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { useLocale, type HelseteknologiSoknad, type Locale } from '../src/index.js';
import { createDraft, draftStorageKey } from '../src/core/draft.js';
import { FormModel } from '../src/core/model.js';
import type { Drafts } from '../src/elements/drafts/drafts.js';
import type { DraftState, SetAside } from '../src/elements/drafts/draft-controller.js';
import type { SendState } from '../src/elements/drafts/submit-controller.js';
import { writeStored } from '../src/elements/drafts/store.js';
import { helseteknologiSoknad } from '../src/schemes/helseteknologi/index.js';
import { completeApplication, halfFilledApplication } from './fixtures/helseteknologi.js';

/**
 * "Nothing is lost": every state of drafts and sending, on `<helseteknologi-soknad>` (the same
 * for every form). A found draft and a corrupted one are real (written to IndexedDB before the
 * story renders); the states that need a second tab, a full disk or a failing server are set on
 * the element's controllers, since a story cannot have those.
 */

type Setup = { draft?: DraftState; asides?: SetAside[]; send?: SendState };

interface Args {
  lang: Locale;
  /** The story's own draft key, so stories do not see each other's drafts. */
  draftKey: string;
  /** Written to IndexedDB under the key before the form renders. */
  stored?: unknown;
  setup?: Setup;
}

type Story = StoryObj<Args>;

const definition = helseteknologiSoknad();
const savedAt = new Date('2026-11-21T13:32:00Z');
const draftOf = (key: string) => createDraft(definition, { key, data: halfFilledApplication(), revision: 3, writer: 'story', now: savedAt });

const meta = {
  title: 'Drafts and sending',
  component: 'helseteknologi-soknad',
  args: { lang: 'nb', draftKey: 'story' },
  argTypes: {
    lang: { control: 'select', options: ['nb', 'nn', 'en'] },
    draftKey: { control: 'text', name: 'draft-key' },
  },
  loaders: [
    async ({ args }) => {
      // A fresh key per render: a draft the previous visit saved never greets this one.
      const key = `${args.draftKey}-${Date.now()}`;
      if (args.stored !== undefined) await writeStored(draftStorageKey(definition.id, key), args.stored === 'draft' ? draftOf(key) : args.stored);
      return { locale: await useLocale(args.lang), key };
    },
  ],
  decorators: [
    (story, { args }) => {
      document.documentElement.lang = args.lang;
      return story();
    },
  ],
  render: ({ lang, setup }, { loaded }) =>
    setup?.send?.kind === 'done' || setup?.send?.kind === 'failed' || setup?.send?.kind === 'sending'
      ? html`<helseteknologi-soknad lang=${lang} draft-key=${loaded.key} hide-checklist .value=${completeApplication()}></helseteknologi-soknad>`
      : html`<helseteknologi-soknad lang=${lang} draft-key=${loaded.key} hide-checklist></helseteknologi-soknad>`,
  play: async ({ canvasElement, args }) => {
    const el = canvasElement.querySelector<HelseteknologiSoknad>('helseteknologi-soknad')!;
    await el.updateComplete;
    const drafts = (el as unknown as { drafts: Drafts }).drafts;
    await drafts.ready;
    if (args.setup?.draft) drafts.draft.state = args.setup.draft;
    if (args.setup?.asides) drafts.draft.asides = args.setup.asides;
    if (args.setup?.send) drafts.sender.state = args.setup.send;
    el.requestUpdate();
    await el.updateComplete;
    if (args.stored !== undefined) {
      // The found draft is offered once its read finishes.
      for (let i = 0; i < 50 && !el.renderRoot.querySelector('[data-state=offer], [data-state=kept]'); i++) await new Promise((r) => setTimeout(r, 20));
      if (!el.renderRoot.querySelector('[data-state=offer], [data-state=kept]')) throw new Error('the stored draft was not offered');
    }
  },
} satisfies Meta<Args>;

export default meta;

const inLang = (lang: Locale, base: Story, name: string): Story => ({ ...base, args: { ...base.args, lang }, globals: { locale: lang }, name: `${name} (${lang})` });

const conflictTheirs = createDraft(definition, { key: 'story', data: halfFilledApplication(), revision: 7, writer: 'other-tab', now: savedAt });
const accepted = {
  reference: 'HDIR-2026-004211',
  receivedAt: savedAt.toISOString(),
  submission: { ...new FormModel(definition, completeApplication()).submission('nb', savedAt), idempotencyKey: '6f1c2d4e-0000-4000-8000-000000000000' },
};

const offer: Story = { args: { stored: 'draft', draftKey: 'offer' } };
export const OfferNb: Story = inLang('nb', offer, 'A draft is found: continue or start again');
export const OfferNn: Story = inLang('nn', offer, 'A draft is found: continue or start again');
export const OfferEn: Story = inLang('en', offer, 'A draft is found: continue or start again');

const kept: Story = { args: { stored: '{"format":"tilskudd-draft","data":{"proj', draftKey: 'kept' } };
export const KeptNb: Story = inLang('nb', kept, 'A corrupted draft, kept and offered as a file');
export const KeptNn: Story = inLang('nn', kept, 'A corrupted draft, kept and offered as a file');
export const KeptEn: Story = inLang('en', kept, 'A corrupted draft, kept and offered as a file');

const discarded: Story = { args: { setup: { asides: [{ draft: draftOf('story') }] } } };
export const DiscardedNb: Story = inLang('nb', discarded, 'Started again: undo');
export const DiscardedNn: Story = inLang('nn', discarded, 'Started again: undo');
export const DiscardedEn: Story = inLang('en', discarded, 'Started again: undo');

const replaced: Story = { args: { setup: { asides: [{ why: 'replaced', draft: draftOf('story'), storedAs: 'story' }] } } };
export const ReplacedNb: Story = inLang('nb', replaced, 'The page put new answers over the user\'s: undo');
export const ReplacedNn: Story = inLang('nn', replaced, 'The page put new answers over the user\'s: undo');
export const ReplacedEn: Story = inLang('en', replaced, 'The page put new answers over the user\'s: undo');

const early: Story = { args: { setup: { asides: [{ why: 'early', draft: draftOf('story'), storedAs: 'story' }] } } };
export const TypedEarlyNb: Story = inLang('nb', early, 'Typed before the draft was read, then the draft continued: use what was typed');
export const TypedEarlyNn: Story = inLang('nn', early, 'Typed before the draft was read, then the draft continued: use what was typed');
export const TypedEarlyEn: Story = inLang('en', early, 'Typed before the draft was read, then the draft continued: use what was typed');

const replacedInConflict: Story = { args: { setup: { draft: { kind: 'conflict', theirs: conflictTheirs }, asides: [{ why: 'replaced', draft: draftOf('story'), storedAs: 'story' }] } } };
export const ReplacedInConflictNb: Story = inLang('nb', replacedInConflict, 'Changed in another tab, and the page put new answers over the user\'s: both kept');
export const ReplacedInConflictNn: Story = inLang('nn', replacedInConflict, 'Changed in another tab, and the page put new answers over the user\'s: both kept');
export const ReplacedInConflictEn: Story = inLang('en', replacedInConflict, 'Changed in another tab, and the page put new answers over the user\'s: both kept');

const twoReplaced: Story = {
  args: {
    setup: {
      asides: [
        { why: 'replaced', draft: draftOf('story'), storedAs: 'story-2' },
        { why: 'early', draft: draftOf('story'), storedAs: 'story-1' },
      ],
    },
  },
};
export const TwoSetAsideNb: Story = inLang('nb', twoReplaced, 'Two sets of answers set aside, each with its own banner');
export const TwoSetAsideNn: Story = inLang('nn', twoReplaced, 'Two sets of answers set aside, each with its own banner');
export const TwoSetAsideEn: Story = inLang('en', twoReplaced, 'Two sets of answers set aside, each with its own banner');

const notStored: Story = { args: { setup: { draft: { kind: 'failed', reason: 'quota' }, asides: [{ why: 'replaced', draft: draftOf('story') }] } } };
export const SetAsideNotStoredNb: Story = inLang('nb', notStored, 'Storage full, answers set aside: kept while the page is open');
export const SetAsideNotStoredNn: Story = inLang('nn', notStored, 'Storage full, answers set aside: kept while the page is open');
export const SetAsideNotStoredEn: Story = inLang('en', notStored, 'Storage full, answers set aside: kept while the page is open');

const conflict: Story = { args: { setup: { draft: { kind: 'conflict', theirs: conflictTheirs } } } };
export const ConflictNb: Story = inLang('nb', conflict, 'Changed in another tab');
export const ConflictNn: Story = inLang('nn', conflict, 'Changed in another tab');
export const ConflictEn: Story = inLang('en', conflict, 'Changed in another tab');

const quota: Story = { args: { setup: { draft: { kind: 'failed', reason: 'quota' } } } };
export const QuotaNb: Story = inLang('nb', quota, 'Storage full: not saved, download or upload');
export const QuotaNn: Story = inLang('nn', quota, 'Storage full: not saved, download or upload');
export const QuotaEn: Story = inLang('en', quota, 'Storage full: not saved, download or upload');

const blocked: Story = { args: { setup: { draft: { kind: 'failed', reason: 'blocked' } } } };
export const BlockedNb: Story = inLang('nb', blocked, 'Storage blocked by the page');
export const BlockedNn: Story = inLang('nn', blocked, 'Storage blocked by the page');
export const BlockedEn: Story = inLang('en', blocked, 'Storage blocked by the page');

const fallback: Story = { args: { setup: { draft: { kind: 'fallback', reason: 'unavailable' } } } };
export const FallbackNb: Story = inLang('nb', fallback, 'IndexedDB failing: kept in localStorage, without attachments');
export const FallbackNn: Story = inLang('nn', fallback, 'IndexedDB failing: kept in localStorage, without attachments');
export const FallbackEn: Story = inLang('en', fallback, 'IndexedDB failing: kept in localStorage, without attachments');

const sending: Story = { args: { setup: { send: { kind: 'sending' } } } };
export const SendingNb: Story = inLang('nb', sending, 'Sending');
export const SendingNn: Story = inLang('nn', sending, 'Sending');
export const SendingEn: Story = inLang('en', sending, 'Sending');

const serverError: Story = { args: { setup: { send: { kind: 'failed', reason: 'status', status: 500 } } } };
export const ServerErrorNb: Story = inLang('nb', serverError, 'The server answered 500: try again');
export const ServerErrorNn: Story = inLang('nn', serverError, 'The server answered 500: try again');
export const ServerErrorEn: Story = inLang('en', serverError, 'The server answered 500: try again');

const timeout: Story = { args: { setup: { send: { kind: 'failed', reason: 'timeout' } } } };
export const TimeoutNb: Story = inLang('nb', timeout, 'No answer in time: try again');
export const TimeoutNn: Story = inLang('nn', timeout, 'No answer in time: try again');
export const TimeoutEn: Story = inLang('en', timeout, 'No answer in time: try again');

const offline: Story = { args: { setup: { send: { kind: 'failed', reason: 'network' } } } };
export const OfflineNb: Story = inLang('nb', offline, 'No connection: try again');
export const OfflineNn: Story = inLang('nn', offline, 'No connection: try again');
export const OfflineEn: Story = inLang('en', offline, 'No connection: try again');

const receipt: Story = { args: { setup: { send: { kind: 'done', receipt: accepted } } } };
export const ReceiptNb: Story = inLang('nb', receipt, 'Receipt (printable)');
export const ReceiptNn: Story = inLang('nn', receipt, 'Receipt (printable)');
export const ReceiptEn: Story = inLang('en', receipt, 'Receipt (printable)');

