import { nothing, type TemplateResult } from 'lit';
import { adoptInto } from '../adopt.js';
import { randomId } from '../random-id.js';
import type { Data } from '../../core/definition.js';
import { sameData } from '../../core/same-data.js';
import type { Submission } from '../../core/submission.js';
import type { DraftController, DraftHost } from './draft-controller.js';
import type { DraftsImpl } from './drafts-impl.js';
import type { SentSubmission } from './events.js';
import type { SubmitController } from './submit-controller.js';

/**
 * "Nothing is lost" behind one field of the form element. The code (IndexedDB, the two-tab check,
 * sending, banners, receipt) loads right after the form's first render, not before it: the form
 * is on screen sooner, and the draft read from IndexedDB is asynchronous anyway. A change made
 * before it arrives is saved with the first save, since that reads the form's whole value.
 */
export class Drafts {
  private impl: DraftsImpl | undefined;
  /** Resolves once drafts work (tests and previews wait for it). */
  readonly ready: Promise<DraftsImpl>;

  /** Typed before the code arrived, and not replaced since: saved with the first save. */
  private editedEarly = false;
  /** Answers set aside before the code arrived (a host's `value` over early typing, a reset): banners once it is here. */
  private earlyAsides: { typed: Data; why: 'replaced' }[] = [];

  constructor(private readonly host: DraftHost) {
    // In a task of its own, after the first render: the import() call alone takes a few ms
    // (4.4 ms measured here) that the form on screen need not wait for. An element created
    // before it is connected has no shadow root for the styles until that render.
    const afterFirstRender = host.updateComplete.then(() => new Promise((start) => setTimeout(start)));
    this.ready = afterFirstRender.then(() => import('./drafts-impl.js')).then(({ DraftsImpl, draftStyles }) => {
      // The banners' and receipt's styles come with their code.
      adoptInto(host.shadowRoot ?? host, draftStyles);
      this.impl = new DraftsImpl(host);
      for (const { typed, why } of this.earlyAsides) this.impl.draft.setAside(typed, why);
      this.earlyAsides = [];
      // The slot is not read yet, so this counts as typed early, as any edit until it is.
      if (this.editedEarly) this.impl.draft.noteEdit();
      host.requestUpdate();
      return this.impl;
    });
  }

  /** Once the drafts code is here, the draft read and every save done (see DraftController.settled). */
  async settled(): Promise<void> {
    return (await this.ready).draft.settled();
  }

  get draft(): DraftController {
    return this.loaded().draft;
  }

  get sender(): SubmitController {
    return this.loaded().sender;
  }

  /** The form waits for a choice (a draft was found) or for the recipient's answer (sending). */
  get blocking(): boolean {
    return this.impl?.blocking ?? false;
  }

  /** The user changed an answer (typing before the code arrives must still be saved: noted for it). */
  noteEdit(): void {
    if (this.impl) this.impl.draft.noteEdit();
    else this.editedEarly = true;
  }

  /** The host is about to replace the data: what the user typed is saved first. True when the form holds the user's work. */
  beforeReplace(): boolean {
    if (this.impl) return this.impl.draft.beforeReplace();
    // Nothing saved yet: what was typed lives in the form only, and is set aside (setAside) for the code to take.
    const typed = this.editedEarly;
    this.editedEarly = false;
    return typed;
  }

  /** A native form reset emptied the form, or the host `replaced` the user's answers: what was there is set aside, with "Angre". */
  setAside(typed: Data, why?: 'replaced'): boolean {
    if (this.impl) return this.impl.draft.setAside(typed, why);
    if (this.host.hasAttribute('no-draft') || sameData(typed, this.host.value)) return false;
    // Nothing was saved yet, so a reset's answers are no draft set aside but the user's own, replaced.
    this.earlyAsides.push({ typed, why: why ?? 'replaced' });
    return true;
  }

  /** `draft-key` changed: save under the old key, then read the new key's draft. */
  rekey(): void {
    this.impl?.draft.rekey();
  }

  /** `event` builds the host's `tilskudd-submit` event around the JSON as sent. */
  async send(submission: Submission, event: (sent: SentSubmission) => Event): Promise<boolean> {
    return (await this.ready).send(submission, event);
  }

  /**
   * The key of the submission a native form is sending: the same for the same answers, as on
   * every other path (submission-key.ts), or a new one before the drafts code is here.
   */
  submissionKey(): string {
    if (!this.impl) return randomId();
    return this.impl.draft.keyForNow();
  }

  async accepted(reference: string): Promise<void> {
    return (await this.ready).accepted(reference);
  }

  banner(): TemplateResult | typeof nothing {
    return this.impl?.banner() ?? nothing;
  }

  bar(): TemplateResult | typeof nothing {
    return this.impl?.bar() ?? nothing;
  }

  /** After an accepted submission, the receipt instead of the form. */
  receipt(): TemplateResult | undefined {
    return this.impl?.receipt();
  }

  private loaded(): DraftsImpl {
    if (!this.impl) throw new Error('tilskuddsskjema: drafts are still loading; await `drafts.ready` first');
    return this.impl;
  }
}
