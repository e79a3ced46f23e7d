import type { Data, FormDefinition } from '../../core/definition.js';
import { isRecord } from '../../core/path.js';
import { draftStorageKey, migrateDraft, readDraft, sameData, versionId, type DraftEnvelope, type Migratable, type MigrateResult } from '../../core/draft.js';
import { submittedFiles } from '../render/files.js';
import { isAsideSlot } from './asides.js';
import { copySlots, readCopies, type Copy } from './rescue.js';
import { readStored, storedIds } from './store.js';

/**
 * One storage slot (a form and a draft key): what is stored in IndexedDB and what the tabs'
 * copies in localStorage hold (rescue.ts), read together. No state: the controller keeps that.
 */

/**
 * Attachments travel with the draft in IndexedDB (a File is stored as it is), beside the JSON
 * envelope: `{ ...envelope, files: { path: File } }`. Only files the data still points at.
 */
export function attachedFiles(files: Map<string, File> | undefined, value: Data): Record<string, File> | undefined {
  const submitted = files?.size ? submittedFiles(files, value) : undefined;
  return submitted?.size ? Object.fromEntries(submitted) : undefined;
}

/** The files stored beside a draft, if any. */
export function storedFiles(stored: unknown): Map<string, File> {
  const files = isRecord(stored) && isRecord(stored.files) ? stored.files : {};
  return new Map(Object.entries(files).filter((e): e is [string, File] => e[1] instanceof Blob));
}

export const withFiles = (draft: DraftEnvelope, files: Record<string, File> | undefined) => (files ? { ...draft, files } : draft);

/** A slot's newest version, and the tabs' copies read on the way. */
export interface Newest {
  /** The stored draft, or a copy newer than it (then with the stored files). */
  raw: unknown;
  /** The stored draft itself, when it can be read. */
  stored: DraftEnvelope | undefined;
  copies: (Copy & { draft: DraftEnvelope })[];
}

/**
 * The stored draft, or a tab's copy when it is newer: then that tab's write never reached
 * IndexedDB (closed at once, or IndexedDB failing). A stored draft that cannot be read is left
 * to the controller's `load`, with the copies untouched.
 */
export function newest(id: string, stored: unknown): Newest {
  const kept = stored === undefined ? undefined : readDraft(stored);
  if (kept && !kept.ok) return { raw: stored, stored: undefined, copies: [] };
  const copies = readCopies(id).flatMap((copy) => {
    const read = readDraft(copy.raw);
    return read.ok ? [{ ...copy, draft: read.draft }] : [];
  });
  const storedRevision = kept?.ok ? kept.draft.revision : 0;
  let raw = stored;
  let newer: DraftEnvelope | undefined;
  // Of two copies of one revision (two tabs closed at once), the later; the other is a sibling.
  const before = (a: DraftEnvelope, b: DraftEnvelope) => a.revision < b.revision || (a.revision === b.revision && a.savedAt <= b.savedAt);
  for (const copy of copies) {
    if (copy.draft.revision <= storedRevision || (newer && before(copy.draft, newer))) continue;
    raw = copy.raw;
    newer = copy.draft;
  }
  const files = raw === stored ? undefined : storedFiles(stored);
  if (files?.size) raw = { ...(raw as object), files: Object.fromEntries(files) };
  return { raw, stored: kept?.ok ? kept.draft : undefined, copies };
}

/** Every readable version in a slot: the stored draft or the newest copy, and all the copies. */
export function versionsIn(found: Newest): DraftEnvelope[] {
  const read = found.raw === undefined ? undefined : readDraft(found.raw);
  return [...(read?.ok ? [read.draft] : []), ...found.copies.map((c) => c.draft)];
}

/** What to set aside for one version found in a slot: the stored value (with its files) when it is that version. */
export function rawOf(found: Newest, version: DraftEnvelope): unknown {
  const read = found.raw === undefined ? undefined : readDraft(found.raw);
  return read?.ok && versionId(read.draft) === versionId(version) ? found.raw : version;
}

/**
 * A copy the stored draft has caught up with: older, the same version, or the same answers. A
 * copy of the stored revision by another tab, with other answers, is a sibling and stays.
 */
export function caughtUp({ draft }: Newest['copies'][number], stored: DraftEnvelope | undefined): boolean {
  if (!stored) return false;
  return draft.revision < stored.revision || (draft.revision === stored.revision && (draft.writer === stored.writer || sameData(draft.data, stored.data)));
}

/** A draft found in a slot that a page can use: its data migrated to the page's version. */
export interface Usable {
  id: string;
  raw: unknown;
  draft: DraftEnvelope;
  migrated: Exclude<MigrateResult, { status: 'incompatible' }>;
}

/** Of these slots, the newest draft (by `savedAt`) that `definition` can use. */
async function newestUsable(definition: Migratable, ids: Iterable<string>, read: (id: string) => Promise<unknown>): Promise<Usable | undefined> {
  let found: Usable | undefined;
  for (const id of ids) {
    const raw = await read(id);
    const parsed = readDraft(raw);
    if (!parsed.ok) continue;
    const migrated = migrateDraft(definition, parsed.draft);
    if (migrated.status === 'incompatible') continue;
    if (!found || parsed.draft.savedAt > found.draft.savedAt) found = { id, raw, draft: parsed.draft, migrated };
  }
  return found;
}

/**
 * The newest usable draft of this form saved under another page's path (the key when the host
 * gives no `draft-key`): the page has moved, or the form is on two pages (bokmål and nynorsk).
 * A slot's copies count as its versions, so a draft kept only in copies (IndexedDB failing) moves too.
 */
export async function draftElsewhere(definition: FormDefinition<any>, here: string): Promise<Usable | undefined> {
  const prefix = draftStorageKey(definition.id, '/');
  const ids = new Set(copySlots(prefix));
  try {
    for (const id of await storedIds(prefix)) ids.add(id);
  } catch {
    // IndexedDB failing: the copies are all there is.
  }
  // Not a second form's slot on this same page (`path#2`, see DraftController.keyFor).
  const others = [...ids].filter((id) => id !== here && !id.startsWith(`${here}#`) && !id.includes('#kept-') && !isAsideSlot(id));
  return newestUsable(definition, others, async (id) => newest(id, await readStored(id).catch(() => undefined)).raw);
}

/**
 * The newest version set aside in this slot (`#kept-…`) that `definition` can read: one a page of
 * another version could not, saved by a tab of this version or one a migration reaches.
 */
export async function keptFor(definition: Migratable, id: string): Promise<Usable | undefined> {
  try {
    return await newestUsable(definition, await storedIds(`${id}#kept-`), (keptId) => readStored(keptId).catch(() => undefined));
  } catch {
    return undefined; // IndexedDB failing: nothing was set aside in it
  }
}
