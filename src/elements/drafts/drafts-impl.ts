import type { TemplateResult } from 'lit';
import { nothing } from 'lit';
import type { Submission } from '../../core/submission.js';
import { DraftController, type DraftHost } from './draft-controller.js';
import { renderReceipt } from './receipt.js';
import { renderBanner, renderBar } from './render.js';
import type { SentSubmission } from './events.js';
import { SubmitController } from './submit-controller.js';

export { draftStyles } from './styles.js';

/**
 * Everything "nothing is lost" adds to a form element: autosave and restore (DraftController),
 * sending (SubmitController), their banners and the receipt. Loaded after the form (drafts.ts).
 */
export class DraftsImpl {
  readonly draft: DraftController;
  readonly sender: SubmitController;

  constructor(private readonly host: DraftHost) {
    this.draft = new DraftController(host);
    this.sender = new SubmitController(host, this.draft);
  }

  /**
   * The form waits for a choice (a draft was found), or for the recipient's answer: an edit made
   * while sending would be in neither what was sent nor the draft cleared after the receipt.
   */
  get blocking(): boolean {
    return this.draft.blocking || this.sender.state.kind === 'sending';
  }

  /** `event` builds the host's `tilskudd-submit` event around the JSON as sent. */
  send(submission: Submission, event: (sent: SentSubmission) => Event): Promise<boolean> {
    return this.sender.send(submission, event);
  }

  accepted(reference: string): Promise<void> {
    return this.sender.accepted(reference);
  }

  banner(): TemplateResult | typeof nothing {
    return renderBanner(this.draft, this.sender, () => void this.host.submit());
  }

  bar(): TemplateResult | typeof nothing {
    return renderBar(this.draft);
  }

  /** After an accepted submission, the receipt instead of the form. */
  receipt(): TemplateResult | undefined {
    const state = this.sender.state;
    return state.kind === 'done' && this.host.definition ? renderReceipt(this.host.definition, state.receipt) : undefined;
  }
}
