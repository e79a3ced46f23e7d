import type { DraftEnvelope } from '../../core/draft.js';
import type { SentSubmission } from '../events.js';
import type { SendFailure } from './submit-controller.js';

/** As src/elements/events.ts: one class per event; all bubble and cross shadow roots. */
const init = { bubbles: true, composed: true } as const;

export type { SentSubmission };

/** The draft was saved in the browser; a host may save `detail` (the draft envelope) to its own server too. */
export class TilskuddDraftSavedEvent extends Event {
  static readonly type = 'tilskudd-draft-saved';
  constructor(readonly detail: DraftEnvelope) {
    super(TilskuddDraftSavedEvent.type, init);
  }
}

/** The `action` URL accepted the submission (a 2xx answer); the draft is cleared. */
export class TilskuddSubmittedEvent extends Event {
  static readonly type = 'tilskudd-submitted';
  constructor(readonly detail: { reference: string; receivedAt: string; submission: SentSubmission; status: number }) {
    super(TilskuddSubmittedEvent.type, init);
  }
}

/** Sending to `action` failed; everything is kept and the user is offered to try again. */
export class TilskuddSubmitFailedEvent extends Event {
  static readonly type = 'tilskudd-submit-failed';
  constructor(readonly detail: { reason: SendFailure; status?: number; submission: SentSubmission }) {
    super(TilskuddSubmitFailedEvent.type, init);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tilskudd-draft-saved': TilskuddDraftSavedEvent;
    'tilskudd-submitted': TilskuddSubmittedEvent;
    'tilskudd-submit-failed': TilskuddSubmitFailedEvent;
  }
}

declare global {
  interface HTMLElementEventMap {
    'tilskudd-draft-saved': TilskuddDraftSavedEvent;
    'tilskudd-submitted': TilskuddSubmittedEvent;
    'tilskudd-submit-failed': TilskuddSubmitFailedEvent;
  }
}
