import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Data, FormDefinition } from '../../core/definition.js';
import {
  createDraft,
  draftStorageKey,
  migrateDraft,
  readDraft,
  sameData,
  type DraftEnvelope,
  type MigrateResult,
} from '../../core/draft.js';
import { SubmissionKey } from './submission-key.js';
import { randomId } from '../random-id.js';
import { TilskuddDraftSavedEvent } from './events.js';
import { packFiles, readDraftFile, type PackedFile } from './attachments.js';
import { DraftChannel, sentAsHere, type Broadcast } from './channel.js';
import { Lineage } from './lineage.js';
import { MAX_ASIDE, dropAsides, forgetAside, moveAsides, readAsides, storeAside, type SetAside } from './asides.js';
import { copiesWork, copyKey, dropCopy, readCopies, writeCopy } from './rescue.js';
import { formerSlot, holdSlot, hostKey, keyFor, releaseSlot } from './slot-key.js';
import { attachedFiles, caughtUp, keptFor, newest, rawOf, storedFiles, versionsIn, withFiles, type Newest } from './slot.js';
import { classify, deleteStored, readStored, swapStored, writeNow, writeStored, type StorageFailure } from './store.js';

export type { SetAside } from './asides.js';

export interface DraftHost extends ReactiveControllerHost, HTMLElement {
  definition: FormDefinition<any> | undefined;
  value: Data;
  /** `draft-key`: keeps two applications apart. */
  draftKey: string | undefined;
  submit(): Promise<boolean>;
  /** Attachments' File objects by data path (the data holds only their name, size and type). */
  readonly files?: Map<string, File>;
}

/** What a save writes, taken when it is asked for: the slot and the data of that moment. */
interface Pending {
  definition: FormDefinition<any>;
  id: string;
  key: string;
  json: string;
  files: Record<string, File> | undefined;
  /** Taken in order: a write never replaces a newer snapshot already written (see `written`). */
  seq: number;
}

/** What the banner above the form shows; one state at a time, the most pressing. */
export type DraftState =
  | { kind: 'none' }
  /** A draft was found on load: continue with it or start afresh. The form waits (inert). */
  | { kind: 'offer'; draft: DraftEnvelope; migratedFrom?: string }
  /** A draft that cannot be used here (corrupt, other version): kept, offered as a file. */
  | { kind: 'kept'; code: 'draft.corrupt' | Extract<MigrateResult, { status: 'incompatible' }>['code']; raw: unknown }
  /** Another tab saved this draft after we read it: nothing is saved until the user chooses. */
  | { kind: 'conflict'; theirs: DraftEnvelope }
  /** The browser will not keep the draft: the form works on, in memory. */
  | { kind: 'failed'; reason: StorageFailure }
  /** IndexedDB fails, but a copy in localStorage keeps the draft, without its files. */
  | { kind: 'fallback'; reason: StorageFailure };

/** "Within a second of the last change": a pause in typing of this long saves. */
const SAVE_DELAY = 400;
/** Steady typing, keys closer than SAVE_DELAY, still saves this often: a crash loses at most this much. */
const MAX_SAVE_WAIT = 3000;

/**
 * Autosave, restore and the two-tab check for one form element. Attributes on the host:
 * `draft-key` (keeps two applications apart), `no-draft` (the host keeps drafts itself).
 */
export class DraftController implements ReactiveController {
  state: DraftState = { kind: 'none' };
  /** Answers set aside, newest first (see SetAside). */
  asides: SetAside[] = [];
  /** The user's edits (`edits`) when each aside was set: "Start på nytt" and a reset end with the next one. */
  private readonly editsAt = new WeakMap<SetAside, number>();
  /** Where answers set aside here were stored and are gone from (chosen or closed), while the delete runs. */
  private readonly gone = new Set<string>();
  /** When the draft was last written here (for the quiet line under the form). */
  savedAt: Date | undefined;
  /** The idempotency key of a submission tried and not yet confirmed; saved with the draft it belongs to. */
  readonly submissionKey = new SubmissionKey();
  /** Outcome of the last "Last opp utkast", for the line under the form. */
  upload: { ok: true; savedAt: string; missing: string[] } | { ok: false; code: string } | undefined;

  /**
   * This tab in the slot's history: new with each slot read, so that what this tab left in a slot
   * before it went to another (its copy in a conflict) is another version when it comes back.
   */
  get writer(): string {
    return this.writerId;
  }
  private writerId = randomId();
  /** The storage slot (form and key) and the key it was read for. */
  private id: string | undefined;
  private slotKey = '';
  private loadedFor: FormDefinition<any> | undefined;
  private loaded = false;
  private lineage = new Lineage(this.writer);
  /** The data as last written or read, so an unchanged form writes nothing. */
  private persisted: string | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The copy of what this tab types during a conflict (see copyLater). */
  private copyTimer: ReturnType<typeof setTimeout> | undefined;
  /** When the oldest change not yet saved was made (see MAX_SAVE_WAIT). */
  private unsavedSince = 0;
  private saving: Promise<void> | undefined;
  /** The snapshots taken (`Pending.seq`), and the newest written: a save queued behind a slow store, or a flush, may pass an older one. */
  private snapshots = 0;
  private written = 0;
  private readonly channel = new DraftChannel();
  /**
   * Drafts start with the user's own first edit: a host's prefill (or a story's) is the host's
   * to keep, and saving it would greet the next form on the page with a draft it never wrote.
   */
  private edited = false;
  /** The user's edits so far (see clear: those made after a send are kept). */
  edits = 0;
  /** Edits made before this code had loaded, still on screen (see continueDraft). */
  private typedEarly = false;
  private loading: Promise<void> | undefined;
  /** The slot of a draft found under another page's path: it moves here with the first save. */
  private movedFrom: string | undefined;

  constructor(private readonly host: DraftHost) {
    host.addController(this);
  }

  get enabled(): boolean {
    return !this.host.hasAttribute('no-draft');
  }

  /** The form waits for the user's choice about a found draft. */
  get blocking(): boolean {
    return this.state.kind === 'offer';
  }

  /**
   * The user changed an answer: the element says so for every change made through its fields and
   * buttons (a host's `value` is none). The form is inert while a found draft is offered.
   */
  noteEdit(): void {
    if (this.state.kind === 'offer') return;
    this.edits++;
    this.edited = true;
    // Before the slot is read (also what was typed before this code had loaded, see drafts.ts): set
    // aside if a draft is then continued, and saved with the first save.
    if (!this.loaded) this.typedEarly = true;
  }

  hostConnected(): void {
    if (!this.enabled) return;
    this.host.addEventListener('tilskudd-change', this.onChange);
    addEventListener('pagehide', this.flush);
    document.addEventListener('visibilitychange', this.onVisibility);
    this.channel.open((message) => void this.onBroadcast(message));
    if (this.id) holdSlot(this.id, this.host);
  }

  hostDisconnected(): void {
    releaseSlot(this.id, this.host);
    this.host.removeEventListener('tilskudd-change', this.onChange);
    removeEventListener('pagehide', this.flush);
    document.removeEventListener('visibilitychange', this.onVisibility);
    // A host that takes the form out of the page (a single-page app navigating) keeps the draft.
    if (this.timer) void this.save();
    if (this.copyTimer) {
      clearTimeout(this.copyTimer);
      this.flush();
    }
    this.channel.close();
  }

  hostUpdated(): void {
    const definition = this.host.definition;
    if (!this.enabled || !definition || definition === this.loadedFor) return;
    const before = this.loadedFor;
    this.loadedFor = definition;
    // Another variant of the same form keeps its draft; another form has its own, read afresh
    // once what was typed in the first is saved (`beforeReplace`, called before its data went).
    if (!before) this.loading = this.load(definition);
    else if (before.id !== definition.id) this.reload(definition);
  }

  // The user's choices

  continueDraft(): void {
    if (this.state.kind !== 'offer') return;
    const { draft } = this.state;
    // Typed before this code had loaded or the draft was read (noteEdit): set aside, not lost.
    const early = this.typedEarly ? this.host.value : undefined;
    this.typedEarly = false;
    const data = this.migrated ?? draft.data;
    this.take(draft, data);
    if (early && !sameData(early, data)) this.setAside(early, 'early');
  }

  /**
   * "Angre": answers set aside come back, and are saved now (they may never have been, or the
   * slot has since saved what the user typed early). What the form held is set aside in turn
   * when it is the user's: the answers the host or the user swapped in, or text typed early.
   */
  restore(aside: SetAside): void {
    if (!this.asides.includes(aside)) return;
    this.drop(aside);
    const { draft, why } = aside;
    const current = this.host.value;
    const typed = this.edited;
    if (aside.movedFrom) this.movedFrom = aside.movedFrom;
    this.take(draft, draft.data);
    this.edited = true;
    this.persisted = undefined;
    this.scheduleIfChanged();
    if (sameData(current, draft.data)) return;
    // The draft read is what "early" answers were set aside for: it goes back as after "Start på nytt".
    if (why) this.setAside(current, why === 'replaced' ? 'replaced' : undefined);
    // After "Start på nytt" kept text typed before the draft was read, that text is what goes aside.
    else if (typed) this.setAside(current, 'early');
  }

  /** A draft chosen (offered, or set aside and brought back) goes into the form as what is saved. */
  private take(draft: DraftEnvelope, data: Data) {
    this.lineage.see(draft);
    if (this.state.kind === 'offer') this.setState({ kind: 'none' });
    this.persisted = JSON.stringify(data);
    this.submissionKey.adopt(draft.submissionKey, this.persisted);
    this.apply(data);
    this.savedAt = new Date(draft.savedAt);
  }

  startOver(): void {
    if (this.state.kind !== 'offer') return;
    // Our next save replaces the draft on purpose: it is no conflict.
    this.lineage.see(this.state.draft);
    // A draft from another page's path stays there: this page starts a draft of its own.
    const movedFrom = this.movedFrom;
    this.movedFrom = undefined;
    this.pushAside({ draft: { ...this.state.draft, data: this.migrated ?? this.state.draft.data }, ...(movedFrom ? { movedFrom } : {}) });
    this.setState({ kind: 'none' });
    // Typed before the draft was read: it is what the form holds now, and is saved as any edit.
    this.typedEarly = false;
    if (this.edited) this.scheduleIfChanged();
  }

  useTheirs(): void {
    if (this.state.kind !== 'conflict') return;
    const { theirs } = this.state;
    const mine = this.host.value;
    this.lineage.see(theirs);
    this.persisted = JSON.stringify(theirs.data);
    this.submissionKey.adopt(theirs.submissionKey, this.persisted);
    this.setState({ kind: 'none' });
    this.apply(theirs.data);
    this.savedAt = new Date(theirs.savedAt);
    // This tab's answers are set aside, as at every other replacement: "Angre" brings them back.
    this.setAside(mine, 'replaced');
  }

  keepMine(): void {
    if (this.state.kind !== 'conflict') return;
    this.lineage.see(this.state.theirs);
    this.persisted = undefined;
    this.edited = true;
    this.setState({ kind: 'none' });
    void this.save();
  }

  dismiss(): void {
    if (this.state.kind === 'kept') this.setState({ kind: 'none' });
  }

  /** "Lukk" on answers set aside: they go, and one stored past the few shown takes their place. */
  dismissAside(aside: SetAside): void {
    this.drop(aside);
    this.host.requestUpdate();
    if (this.id && this.loadedFor && this.loaded) void this.takeAsides(this.loadedFor, this.id);
  }

  private drop(aside: SetAside) {
    this.asides = this.asides.filter((a) => a !== aside);
    if (aside.storedAs) this.gone.add(aside.storedAs);
    forgetAside(aside);
  }

  // The host's changes

  /**
   * The host replaces the data (a prefill, another application): what the user typed is saved
   * first, and the new data is the host's, not an edit, until the user changes something.
   */
  beforeReplace(): boolean {
    const pending = this.pending();
    if (pending) void this.save(pending);
    // In a conflict nothing may be saved, but what was typed since is kept as this tab's copy now.
    if (this.state.kind === 'conflict') {
      clearTimeout(this.copyTimer);
      this.copyTimer = undefined;
      this.flush();
    }
    // The user's: edited here, or the draft as read back or last saved (of this slot: while another
    // is read after a `draft-key` change, what was saved belongs to the application left).
    const users = this.edited || (this.loaded && this.persisted !== undefined && sameData(JSON.parse(this.persisted), this.host.value));
    this.edited = false;
    this.typedEarly = false;
    return users;
  }

  /**
   * After a native form reset (the host's reset button, `form.reset()`) or a host's new answers
   * over the user's: what the form held, saved by beforeReplace(), is set aside as after "Start på
   * nytt", with "Angre" to bring it back (see DraftState for how long).
   */
  setAside(typed: Data, why?: 'replaced' | 'early'): boolean {
    // Before the slot is read (the host's value came with the drafts code on its way): the form's definition.
    const definition = this.loadedFor ?? this.host.definition;
    // In any state: a banner about storage or another tab is no reason to lose what the user had.
    if (!this.enabled || !definition || sameData(typed, this.host.value) || this.asides.some((a) => sameData(a.draft.data, typed))) return false;
    const draft = createDraft(definition, { key: this.slotKey, data: typed, revision: this.lineage.base, writer: this.writer, submissionKey: this.submissionKey.savedWith(JSON.stringify(typed)) });
    this.pushAside({ draft, ...(why ? { why } : {}) });
    return true;
  }

  private pushAside(aside: SetAside) {
    // A draft set aside by "Start på nytt" is the one the slot still holds: a second such is the same draft, newer.
    const kept = aside.why ? this.asides : this.asides.filter((a) => a.why);
    // Older ones past the limit leave the screen, not storage: the next visit shows them.
    this.asides = [aside, ...kept].slice(0, MAX_ASIDE);
    this.editsAt.set(aside, this.edits);
    if (this.loaded) this.store(aside);
    this.host.requestUpdate();
  }

  /**
   * `draft-key` changed: the old key's draft gets what was typed under it, then the new key's
   * draft is read (and offered), as on load. Nothing is saved to either in between.
   */
  rekey(): void {
    const definition = this.loadedFor;
    if (!this.enabled || !definition) return; // not read yet: the first load reads the new key
    this.beforeReplace();
    this.reload(definition);
  }

  /** Another slot (key or form): the saves for the old one finish first, then the new one is read. */
  private reload(definition: FormDefinition<any>) {
    this.loaded = false;
    const previous = this.saving;
    this.loading = (async () => {
      await previous;
      this.forgetSlot();
      await this.load(definition);
    })();
  }

  /** What "Last ned utkast" saves: the draft as it would be written now. */
  currentDraft(): DraftEnvelope | undefined {
    const definition = this.host.definition;
    if (!definition) return undefined;
    const data = this.host.value;
    return createDraft(definition, { key: this.slotKey || hostKey(this.host), data, revision: this.lineage.base, writer: this.writer, submissionKey: this.submissionKey.savedWith(JSON.stringify(data)) });
  }

  /** "Last ned utkast": the draft with its attachments' content (attachments.ts). */
  async draftFile(): Promise<(DraftEnvelope & { attachments?: Record<string, PackedFile> }) | undefined> {
    const draft = this.currentDraft();
    if (!draft) return undefined;
    const attachments = await packFiles(attachedFiles(this.host.files, this.host.value));
    return attachments ? { ...draft, attachments } : draft;
  }

  /**
   * "Last opp utkast": the file's answers and attachments go into the form, as the user's. Never
   * rejects (the button does not wait for it): whatever goes wrong is the refusal at the upload.
   */
  async uploadFile(file: Blob): Promise<void> {
    const definition = this.host.definition;
    if (!definition) return;
    const read = await readDraftFile(definition, file);
    if (!read.ok) return this.setUpload({ ok: false, code: read.code });
    try {
      if (this.state.kind === 'offer') this.setState({ kind: 'none' });
      for (const [path, found] of read.files) this.host.files?.set(path, found);
      this.host.value = read.data;
      this.edited = true; // after the value: setting it is otherwise the host's prefill
      this.setUpload({ ok: true, savedAt: read.savedAt, missing: read.missing });
    } catch {
      this.setUpload({ ok: false, code: 'draft.corrupt' });
    }
  }

  /**
   * After an accepted submission: the draft has served its purpose. `sent`: the form's answers
   * (JSON) when they were handed over; the host may send them while the form stays open, and
   * `editedSince`: the user changed answers since (the host's own `value` is no edit).
   */
  async clear(sent = JSON.stringify(this.host.value), editedSince = false): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    // Sent: no copy of this tab's version may follow (the other tab would take it for a draft).
    clearTimeout(this.copyTimer);
    this.copyTimer = undefined;
    this.submissionKey.adopt();
    if (!this.enabled || !this.id) return;
    const id = this.id;
    await this.saving;
    // Every tab's copy, and the answers set aside: the application they belong to has been sent.
    for (const copy of readCopies(id)) dropCopy(copy);
    this.asides = [];
    void dropAsides(id);
    this.persisted = undefined;
    // What is on screen was sent: a host's new answers over it set nothing aside, and nothing saves it again.
    this.edited = false;
    try {
      await deleteStored(id);
    } catch (error) {
      // Without IndexedDB the copies were the draft, and they are gone.
      if (this.state.kind !== 'fallback') return this.setState({ kind: 'failed', reason: classify(error).kind });
    }
    this.channel.post({ id, revision: 0, writer: this.writer, sent } satisfies Broadcast);
    // Changed since they were handed over (the host's request took a while): work the submission
    // lacks, saved as a fresh draft, as another tab's changes are (onBroadcast).
    if (editedSince && !sentAsHere(sent, this.host.value)) {
      this.edited = true;
      this.scheduleIfChanged();
    }
  }

  /**
   * The key for sending the answers as they are now (see SubmissionKey). A new one is saved with
   * the draft at once, so a reload retries with it; not for answers only a host prefilled, which
   * are no draft of the user's.
   */
  keyForNow(): string {
    const { key, fresh } = this.submissionKey.for(JSON.stringify(this.host.value));
    if (fresh && this.enabled && this.edited) {
      this.persisted = undefined;
      void this.save();
    }
    return key;
  }

  /** Saves at once (the submission key must be kept before a request leaves). */
  async saveNow(): Promise<void> {
    await this.loading;
    this.persisted = undefined;
    // A send that may fail is worth a draft, even of answers the host prefilled.
    this.edited = true;
    return this.save();
  }

  /**
   * Resolves once the draft is read and no save waits or runs. A save waiting for its delay is
   * made now: a form taken out of the page (hostDisconnected) may still be reading its slot, and
   * what was typed is saved once that read is done, not some time later.
   */
  async settled(): Promise<void> {
    await this.host.updateComplete;
    await this.loading;
    while (this.timer || this.saving) {
      if (this.timer) void this.save();
      await this.saving;
    }
  }

  // Loading and saving

  private migrated: Data | undefined;
  /** Files stored beside the draft offered or the other tab's version. */
  private foundFiles = new Map<string, File>();

  /** Puts a draft's data and files into the form. */
  private apply(data: Data) {
    for (const [path, file] of this.foundFiles) this.host.files?.set(path, file);
    // The user chose this draft: what the form held before is not to be saved over it.
    this.edited = false;
    this.host.value = data;
  }

  /** Everything that belongs to one slot's draft, before another slot is read. */
  private forgetSlot() {
    // typedEarly stays: beforeReplace cleared it on the way here, and what it says now was typed
    // while the old slot's saves finished, before the new slot is read.
    this.writerId = randomId();
    this.lineage = new Lineage(this.writerId);
    this.persisted = undefined;
    this.submissionKey.adopt();
    this.savedAt = undefined;
    this.upload = undefined;
    this.migrated = undefined;
    this.foundFiles = new Map();
    this.movedFrom = undefined;
    this.state = { kind: 'none' };
    // Set aside from another application (key or form), which has what was typed there.
    this.asides = [];
    this.host.requestUpdate();
  }

  private async load(definition: FormDefinition<any>): Promise<void> {
    releaseSlot(this.id, this.host);
    const { key, place } = keyFor(this.host, definition);
    this.slotKey = key;
    const id = draftStorageKey(definition.id, key);
    this.id = id;
    if (this.host.isConnected) holdSlot(id, this.host);
    this.loaded = false;
    let stored: unknown;
    let failure: StorageFailure | undefined;
    try {
      stored = await readStored(id);
    } catch (error) {
      failure = classify(error).kind;
    }
    // Another slot was asked for while this one was read (draft-key or form changed): it wins.
    if (this.id !== id) return;
    const found = newest(id, stored);
    stored = found.raw;
    if (stored === undefined) {
      const before = await formerSlot(this.host, definition, key, id, place);
      if (this.id !== id) return;
      if (before) {
        stored = before.raw;
        this.movedFrom = before.id;
      }
    }
    this.loaded = true;
    void this.takeAsides(definition, id, stored);
    if (failure) this.setState({ kind: copiesWork() ? 'fallback' : 'failed', reason: failure });
    // A copy the stored draft has caught up with is done with (a newer one is offered below).
    for (const copy of found.copies) if (caughtUp(copy, found.stored)) dropCopy(copy);
    if (stored === undefined) return this.offerKept(definition, id);
    const read = readDraft(stored);
    const migrated = read.ok ? migrateDraft(definition, read.draft) : undefined;
    if (!read.ok || migrated?.status === 'incompatible') {
      await this.keep(id, stored, migrated?.status === 'incompatible' ? migrated.code : 'draft.corrupt', read.ok ? read.draft : undefined);
      return this.offerKept(definition, id);
    }
    this.offer(stored, read.draft, migrated!);
  }

  /**
   * Answers set aside in this slot on an earlier visit come back beside those of this one, and
   * those set aside before the slot was read (the drafts code came late) are stored now. `draft`:
   * the slot's stored draft, which holds what is the same as it.
   */
  private async takeAsides(definition: FormDefinition<any>, id: string, draft?: unknown) {
    const read = draft === undefined ? undefined : readDraft(draft);
    const migrated = read?.ok ? migrateDraft(definition, read.draft) : undefined;
    const held = migrated && migrated.status !== 'incompatible' ? migrated.data : undefined;
    const shown = [this.host.value, ...this.asides.map((a) => a.draft.data)];
    const stored = (await readAsides(definition, id, { draft: held, shown })).filter((a) => !this.gone.has(a.storedAs!));
    if (this.id !== id) return;
    for (const aside of this.asides) this.store(aside);
    const fresh = stored.filter((a) => !this.asides.some((b) => b.storedAs === a.storedAs || sameData(b.draft.data, a.draft.data)));
    if (!fresh.length) return;
    this.asides = [...this.asides, ...fresh].slice(0, MAX_ASIDE);
    this.host.requestUpdate();
  }

  /** Stores answers set aside beside the slot; the banner says whether they outlive the page. */
  private store(aside: SetAside) {
    if (!this.id || aside.storedAs) return;
    void storeAside(this.id, aside, this.writer).then(() => this.host.requestUpdate());
  }

  /**
   * A version set aside because another version of the page could not read it, and which this
   * page can: offered when the slot has nothing usable, and moved back into it by the first save.
   */
  private async offerKept(definition: FormDefinition<any>, id: string): Promise<void> {
    const kept = await keptFor(definition, id);
    if (this.id !== id) return;
    if (!kept) return this.scheduleIfChanged();
    this.movedFrom = kept.id;
    this.offer(kept.raw, kept.draft, kept.migrated);
  }

  /** A usable draft found on load: offered, unless it holds what the form holds already. */
  private offer(stored: unknown, draft: DraftEnvelope, migrated: Exclude<MigrateResult, { status: 'incompatible' }>) {
    this.lineage.see(draft);
    this.foundFiles = storedFiles(stored);
    if (sameData(migrated.data, this.host.value)) {
      // Nothing would be lost either way: no question to ask (but the stored files come back).
      for (const [path, file] of this.foundFiles) this.host.files?.set(path, file);
      this.persisted = JSON.stringify(this.host.value);
      this.submissionKey.adopt(draft.submissionKey, this.persisted);
      this.savedAt = new Date(draft.savedAt);
      return this.host.requestUpdate();
    }
    this.migrated = migrated.data;
    this.setState({ kind: 'offer', draft, ...(migrated.status === 'migrated' ? { migratedFrom: migrated.from } : {}) });
    void this.revealOffer();
  }

  /**
   * The form waits (inert) for this choice. Unless the user is busy elsewhere on the page, the
   * question comes into view and takes focus: a reload returns to where the page was scrolled,
   * and the form there would look dead, with nothing said.
   */
  private async revealOffer() {
    await this.host.updateComplete;
    const active = document.activeElement;
    if (active && active !== document.body) return;
    this.host.shadowRoot?.querySelector<HTMLElement>('[data-state=offer]')?.focus();
  }

  /**
   * A draft we cannot use is moved aside (never dropped) and offered as a file. A readable one
   * (another version of the form) is then seen: the next save replaces it instead of taking it
   * for another tab's newer work. It is kept under its writer's name, so a reload before that
   * save, or the other tab saving on, keeps that tab's newest version once, not a pile of them.
   */
  private async keep(id: string, raw: unknown, code: Extract<DraftState, { kind: 'kept' }>['code'], version?: DraftEnvelope): Promise<void> {
    let seen = false;
    try {
      const slot = `${id}#kept-${version ? version.writer : Date.now()}`;
      const before = version ? readDraft(await readStored(slot)) : undefined;
      if (!version || !before?.ok || before.draft.revision < version.revision) await writeStored(slot, raw);
      if (version && this.id === id) {
        this.lineage.see(version);
        seen = true;
      }
    } catch {
      // The banner still offers the file. A readable version stays unseen, so no save passes over
      // it: the next edit tries to set it aside again.
    }
    this.setState({ kind: 'kept', code, raw });
    if (!version || seen) this.scheduleIfChanged();
  }

  /**
   * Another tab's version, not seen here, turns up: a conflict to choose in, its answers as this
   * page's form reads them (migrated). One this page cannot read (saved by a newer version of the
   * form) is set aside and offered as a file, as on load; it never goes into this form.
   */
  private meet(id: string, theirs: DraftEnvelope, raw: unknown = theirs): Promise<void> | void {
    // Only a loaded slot hears of other tabs, so the definition is known.
    const migrated = migrateDraft(this.loadedFor!, theirs);
    if (migrated.status === 'incompatible') {
      clearTimeout(this.timer);
      this.timer = undefined;
      return this.keep(id, raw, migrated.code, theirs);
    }
    this.setState({ kind: 'conflict', theirs: { ...theirs, data: migrated.data } });
  }

  private onChange = () => {
    // After "Start på nytt" or a reset, the user's first edit is their answer; a host's change (a
    // late `value`, variant, config) is none. Answers the host or a late draft swapped in may come
    // in the middle of typing: that banner stays until chosen or closed.
    const typed = (a: SetAside) => this.edits > (this.editsAt.get(a) ?? 0);
    const ended = this.asides.filter((a) => !a.why && this.loaded && typed(a) && !sameData(this.host.value, a.draft.data));
    if (ended.length) {
      this.asides = this.asides.filter((a) => !ended.includes(a));
      this.host.requestUpdate();
    }
    this.upload = this.upload?.ok ? undefined : this.upload;
    this.scheduleIfChanged();
  };

  private scheduleIfChanged() {
    if (this.state.kind === 'conflict') return this.copyLater();
    if (!this.loaded || this.state.kind === 'offer') return;
    // No comparison here (it would cost a JSON copy per keystroke): write() skips unchanged data.
    const now = Date.now();
    if (!this.timer) this.unsavedSince = now;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.save(), now - this.unsavedSince >= MAX_SAVE_WAIT ? 0 : SAVE_DELAY);
  }

  /**
   * In a conflict nothing goes to IndexedDB until the user chooses, but what this tab types is
   * kept as its copy, as on pagehide (`flush`), so a crash before the choice loses none of it.
   */
  private copyLater() {
    clearTimeout(this.copyTimer);
    this.copyTimer = setTimeout(this.flush, SAVE_DELAY);
  }

  /**
   * What a save would write now, or nothing: no edit yet, the slot not read, a choice pending.
   * A copy on the way out is written during a conflict too (`flush`).
   */
  private pending(onTheWayOut = false): Pending | undefined {
    // The form the slot was read for: while the host swaps in another form, the data is still the old one's.
    const definition = this.loadedFor;
    // On the way out a copy is kept during a conflict, and of text typed early while a draft is offered.
    const kept = onTheWayOut && (this.state.kind === 'conflict' || (this.state.kind === 'offer' && this.typedEarly));
    const waiting = (this.state.kind === 'offer' || this.state.kind === 'conflict') && !kept;
    if (!definition || !this.id || !this.edited || !this.loaded || waiting) return undefined;
    const json = JSON.stringify(this.host.value);
    return { definition, id: this.id, key: this.slotKey, json, files: attachedFiles(this.host.files, this.host.value), seq: ++this.snapshots };
  }

  /** Saves one after the other, each what was there when it was asked for. */
  private save(pending = this.pending()): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const run = () => this.write(pending);
    const queued = (this.saving ?? Promise.resolve()).then(run, run);
    const tail: Promise<void> = queued.finally(() => {
      if (this.saving === tail) this.saving = undefined;
    });
    this.saving = tail;
    return tail;
  }

  private async write(pending: Pending | undefined): Promise<void> {
    // A conflict or an offer may have come up while this save waited for the one before.
    if (!pending || this.state.kind === 'offer' || this.state.kind === 'conflict') return;
    const { id, json: snapshot, files, seq } = pending;
    if (snapshot === this.persisted || seq < this.written) return;
    let copies: Newest['copies'] = [];
    try {
      const outcome = await swapStored<{ saved: DraftEnvelope } | { theirs: DraftEnvelope; raw: unknown } | { stale: true }>(id, (stored) => {
        // A newer snapshot was written while this save waited (the tab hidden, `flush`): it stays, and so do its copies.
        if (seq < this.written) return { result: { stale: true } };
        const found = newest(id, stored);
        copies = found.copies;
        const next = this.nextDraft(found, pending);
        if ('theirs' in next) return { result: { ...next, raw: rawOf(found, next.theirs) } };
        this.written = seq;
        return { write: withFiles(next.saved, files), result: next };
      });
      if ('stale' in outcome) return;
      if ('theirs' in outcome) return this.meet(id, outcome.theirs, outcome.raw);
      // Every copy read was older, ours, or seen and chosen against: the stored draft has it all.
      for (const copy of copies) dropCopy(copy);
      if (this.movedFrom) void this.dropMoved(this.movedFrom, id);
      if (this.state.kind === 'failed' || this.state.kind === 'fallback') this.setState({ kind: 'none' });
      this.saved(id, outcome.saved, snapshot, seq);
    } catch (error) {
      const reason = classify(error).kind;
      if (seq < this.written) return;
      if (!this.writeFallback(pending, reason)) this.setState({ kind: 'failed', reason });
    }
  }

  /**
   * IndexedDB failed: the draft goes to this tab's copy in localStorage instead, with the same
   * two-tab check against the other tabs' copies. False when localStorage fails too.
   */
  private writeFallback(pending: Pending, reason: StorageFailure): boolean {
    const { id, json } = pending;
    const found = newest(id, undefined);
    const next = this.nextDraft(found, pending);
    if ('theirs' in next) {
      void this.meet(id, next.theirs, rawOf(found, next.theirs));
      return true;
    }
    const draft = next.saved;
    if (!writeCopy(id, this.writer, draft)) return false;
    this.written = Math.max(this.written, pending.seq);
    const ours = copyKey(id, this.writer);
    for (const copy of found.copies) if (copy.key !== ours) dropCopy(copy);
    if (this.movedFrom) void this.dropMoved(this.movedFrom, id);
    if (this.state.kind !== 'fallback') this.setState({ kind: 'fallback', reason });
    this.saved(id, draft, json, pending.seq);
    return true;
  }

  /** What a save over the slot's newest version writes, or the other tab's version it must not pass. */
  private nextDraft(found: Newest, { definition, key, json }: Pending): { saved: DraftEnvelope } | { theirs: DraftEnvelope } {
    const data = JSON.parse(json) as Data;
    const theirs = this.lineage.unseen(versionsIn(found), data);
    if (theirs) return { theirs };
    const read = found.raw === undefined ? undefined : readDraft(found.raw);
    const revision = this.lineage.next(read?.ok ? read.draft : undefined);
    return { saved: createDraft(definition, { key, data, revision, writer: this.writer, submissionKey: this.submissionKey.savedWith(json) }) };
  }

  /** The draft found under another path is saved here now: one draft, not two diverging. */
  private async dropMoved(from: string, id: string) {
    this.movedFrom = undefined;
    for (const copy of readCopies(from)) dropCopy(copy);
    try {
      await deleteStored(from);
    } catch {
      // Left where it was: offered again there, never lost.
    }
    // To the slot the draft was saved in (the host may have moved this form to another since).
    await moveAsides(from, id);
    const definition = this.loadedFor;
    if (this.id === id && definition) await this.takeAsides(definition, id);
  }

  /** A draft written: it is our base from now on, and the other tabs and the host hear of it. */
  private saved(id: string, draft: DraftEnvelope, snapshot: string, seq: number) {
    this.lineage.see(draft);
    // Not when a newer snapshot was written while this one committed (a flush): that one is what is stored.
    if (seq >= this.written) this.persisted = snapshot;
    this.savedAt = new Date(draft.savedAt);
    this.host.requestUpdate();
    this.channel.post({ id, revision: draft.revision, writer: this.writer } satisfies Broadcast);
    this.host.dispatchEvent(new TilskuddDraftSavedEvent(draft));
  }

  /** The page is going (closed, reloaded, sent to the background): write now, without waiting. */
  private flush = () => {
    const conflict = this.state.kind === 'conflict' ? this.state.theirs : undefined;
    // Text typed early while a draft is offered: kept as a version beside that draft, as in a conflict.
    const other = conflict ?? (this.state.kind === 'offer' ? this.state.draft : undefined);
    if (!this.timer && !this.saving && !other) return;
    const pending = this.pending(true);
    if (!pending || pending.json === this.persisted) return;
    // Another tab's version not taken in yet (waiting in the conflict banner, or announced): this
    // one is its sibling, of the same revision, kept as a copy for the next load to show beside
    // it. Only a checked save may write IndexedDB then, never this blind one.
    const { revision, sibling } = this.lineage.onTheWayOut(other);
    const data = JSON.parse(pending.json) as Data;
    const draft = createDraft(pending.definition, { key: pending.key, data, revision, writer: this.writer, submissionKey: this.submissionKey.savedWith(pending.json) });
    // Written (copy or IndexedDB): no older save still queued may replace it or drop its copy.
    if (writeCopy(pending.id, this.writer, draft)) this.written = pending.seq;
    if (sibling) {
      if (!other) void this.save();
      return;
    }
    if (writeNow(pending.id, withFiles(draft, pending.files))) {
      this.written = pending.seq;
      clearTimeout(this.timer);
      this.timer = undefined;
      this.lineage.see(draft);
      this.persisted = pending.json;
      this.channel.post({ id: pending.id, revision, writer: this.writer } satisfies Broadcast);
    }
  };

  private onVisibility = () => {
    if (document.visibilityState === 'hidden') this.flush();
  };

  private async onBroadcast(message: Broadcast) {
    if (message.id !== this.id || message.writer === this.writer) return;
    if (message.revision === 0) {
      // The other tab submitted and cleared the draft. Answers here that differ from those sent are
      // work the submission lacks, saved as a fresh draft; the same answers are not, or the sent
      // application would be offered as a draft next time.
      this.lineage.forget();
      // The answers set aside belonged to the application sent (the sending tab removed them from storage).
      this.asides = [];
      this.host.requestUpdate();
      if (!sentAsHere(message.sent, this.host.value)) {
        this.persisted = undefined;
        return this.scheduleIfChanged();
      }
      // The answers sent: no draft of them, and a host's new answers over them set nothing aside.
      clearTimeout(this.timer);
      this.timer = undefined;
      this.persisted = undefined;
      this.edited = false;
      return;
    }
    if (message.revision <= this.lineage.base) return;
    this.lineage.announce(message.revision);
    let stored: unknown;
    try {
      stored = await readStored(message.id);
    } catch {
      // IndexedDB failing here too: the other tab's copy is its version (and a failed save says so).
    }
    // The other tab's write may not have reached IndexedDB (it closed at once): its copy has it.
    const latest = newest(message.id, stored).raw;
    const read = readDraft(latest);
    if (!read.ok || read.draft.revision <= this.lineage.base) return;
    const migrated = migrateDraft(this.loadedFor!, read.draft);
    if (migrated.status === 'incompatible') return this.meet(message.id, read.draft, latest);
    this.foundFiles = storedFiles(latest);
    if (this.state.kind === 'offer') {
      this.migrated = migrated.data;
      return this.setState({ ...this.state, draft: read.draft });
    }
    // The same answers from the other tab are no conflict (the two agree).
    if (sameData(migrated.data, this.host.value)) {
      this.lineage.see(read.draft);
      this.persisted = JSON.stringify(this.host.value);
      return;
    }
    clearTimeout(this.timer);
    this.timer = undefined;
    return this.meet(message.id, read.draft, latest);
  }

  /** After a choice the banner's button is gone: put focus somewhere that makes sense. */
  async focusAfter(selector: string): Promise<void> {
    await this.host.updateComplete;
    this.host.shadowRoot?.querySelector<HTMLElement>(selector)?.focus();
  }

  private setState(state: DraftState) {
    this.state = state;
    this.host.requestUpdate();
  }

  private setUpload(upload: DraftController['upload']) {
    this.upload = upload;
    this.host.requestUpdate();
  }
}
