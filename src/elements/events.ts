import type { ChecklistState } from '../core/checklist.js';
import type { Data } from '../core/definition.js';
import type { Submission } from '../core/submission.js';

/** One class per event; all bubble and cross shadow roots, so a host can listen on any ancestor. */
const init = { bubbles: true, composed: true } as const;

/** The submission JSON as sent: with the key that makes a repeated send one submission. */
export type SentSubmission = Submission & { idempotencyKey: string };

/** The form passed every blocking rule; `detail` is the submission JSON, `files` the attachments' File objects by data path. */
export class TilskuddSubmitEvent extends Event {
  static readonly type = 'tilskudd-submit';
  constructor(
    readonly detail: SentSubmission,
    readonly files: ReadonlyMap<string, File> = new Map(),
  ) {
    super(TilskuddSubmitEvent.type, { ...init, cancelable: true });
  }
}

/** The data changed (every keystroke). */
export class TilskuddChangeEvent extends Event {
  static readonly type = 'tilskudd-change';
  readonly detail: { readonly value: Data; readonly checklist: ChecklistState };
  constructor(data: Data, checklist: ChecklistState) {
    super(TilskuddChangeEvent.type, init);
    // Copies, made when a listener reads them (most keystrokes have none that does): a host that
    // edits what it got must not change the form's data behind its back.
    let value: Data | undefined;
    let state: ChecklistState | undefined;
    this.detail = {
      get value() {
        return (value ??= structuredClone(data));
      },
      get checklist() {
        return (state ??= structuredClone(checklist));
      },
    };
  }
}

/** A checklist's state changed (an item's status or the progress). */
export class TilskuddChecklistEvent extends Event {
  static readonly type = 'tilskudd-sjekkliste-change';
  constructor(readonly detail: ChecklistState) {
    super(TilskuddChecklistEvent.type, init);
  }
}

/** Someone asked to go to a section (a checklist or guidance link). */
export class TilskuddNavigateEvent extends Event {
  static readonly type = 'tilskudd-navigate';
  constructor(readonly detail: { section: string }) {
    super(TilskuddNavigateEvent.type, init);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tilskudd-submit': TilskuddSubmitEvent;
    'tilskudd-change': TilskuddChangeEvent;
    'tilskudd-sjekkliste-change': TilskuddChecklistEvent;
    'tilskudd-navigate': TilskuddNavigateEvent;
  }
}

declare global {
  interface HTMLElementEventMap {
    'tilskudd-submit': TilskuddSubmitEvent;
    'tilskudd-change': TilskuddChangeEvent;
    'tilskudd-sjekkliste-change': TilskuddChecklistEvent;
    'tilskudd-navigate': TilskuddNavigateEvent;
  }
}
