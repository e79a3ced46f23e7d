import type { Data } from '../../core/definition.js';
import { migrateDraft, readDraft, sameData, type DraftEnvelope, type Migratable } from '../../core/draft.js';
import { deleteStored, readStored, storedIds, writeStored } from './store.js';

/**
 * Answers set aside, each with its own banner and "Angre", beside whatever state the drafts are
 * in: the draft, when the user started afresh or reset the form (until the user's next edit); what the
 * user had, when the host `replaced` it with new answers, or what was typed `early`, before the
 * draft the user then chose was read (until chosen or closed).
 */
export interface SetAside {
  draft: DraftEnvelope;
  movedFrom?: string;
  why?: 'replaced' | 'early';
  /** Where the user's own answers set aside are kept beside the slot (see storeAside). */
  storedAs?: string;
}

/** More sets of answers set aside than this are not shown at once (the older stay stored, for later). */
export const MAX_ASIDE = 3;

/**
 * `<slot>#~aside-<time>-<why>-<tab>`: found by the slot's prefix, in the order they were set aside
 * (`~`: no form's `id` in a key looks like it).
 */
const PREFIX = '#~aside-';
const asideId = (id: string, why: string, writer: string) => `${id}${PREFIX}${String(Date.now()).padStart(15, '0')}-${why}-${writer}`;

/** True for a slot id that holds answers set aside, not a draft. */
export const isAsideSlot = (id: string): boolean => id.includes(PREFIX);

/**
 * The user's own answers set aside (`replaced`, `early`) are the only copy of them once the next
 * edit is saved: stored beside the slot, they outlive the page until chosen or closed. The draft
 * set aside by "Start på nytt" is the slot's own, and goes with the next edit, as its banner says.
 */
export async function storeAside(id: string, aside: SetAside, writer: string): Promise<void> {
  if (!aside.why || aside.storedAs) return;
  const slot = asideId(id, aside.why, writer);
  aside.storedAs = slot;
  try {
    // Another tab may have set the same answers aside (the host prefilled both): one copy, not two.
    for (const other of await storedIds(`${id}${PREFIX}`)) {
      const read = readDraft(await readStored(other));
      if (read.ok && sameData(read.draft.data, aside.draft.data)) {
        aside.storedAs = other;
        return;
      }
    }
    await writeStored(slot, aside.draft);
  } catch {
    // IndexedDB failing: the banner still holds them for as long as the page is open (its own banner says so).
    aside.storedAs = undefined;
  }
}

/** Chosen or closed: what was stored for it goes. */
export function forgetAside(aside: SetAside): void {
  if (aside.storedAs) void deleteStored(aside.storedAs).catch(() => undefined);
}

/**
 * The answers set aside in this slot that `definition` can read, newest first, at most MAX_ASIDE,
 * none the same as another or as `shown` (what is on screen or in memory). One the same as the
 * slot's `draft`, or as a newer one, holds nothing that is not kept there: it goes from storage.
 */
export async function readAsides(definition: Migratable, id: string, { draft, shown }: { draft: Data | undefined; shown: Data[] }): Promise<SetAside[]> {
  let ids: string[];
  try {
    ids = await storedIds(`${id}${PREFIX}`);
  } catch {
    return [];
  }
  const found: SetAside[] = [];
  const held: Data[] = draft ? [draft] : [];
  for (const slot of ids.reverse()) {
    const why = slot.slice(id.length + PREFIX.length).split('-')[1];
    if (why !== 'replaced' && why !== 'early') continue;
    const read = readDraft(await readStored(slot).catch(() => undefined));
    if (!read.ok) continue;
    // One no step reaches stays stored, as a draft would: never dropped.
    const migrated = migrateDraft(definition, read.draft);
    if (migrated.status === 'incompatible') continue;
    const { data } = migrated;
    if (held.some((d) => sameData(d, data))) {
      void deleteStored(slot).catch(() => undefined);
      continue;
    }
    held.push(data);
    if (found.length < MAX_ASIDE && !shown.some((d) => sameData(d, data))) found.push({ draft: { ...read.draft, data }, why, storedAs: slot });
  }
  return found;
}

/** The draft moved to another slot (another page's path): the answers set aside beside it go along. */
export async function moveAsides(from: string, to: string): Promise<void> {
  try {
    for (const slot of await storedIds(`${from}${PREFIX}`)) {
      await writeStored(`${to}${slot.slice(from.length)}`, await readStored(slot));
      await deleteStored(slot);
    }
  } catch {
    // Left where they were: offered there, never lost.
  }
}

/** After the application is sent: answers set aside for it are done with. */
export async function dropAsides(id: string): Promise<void> {
  try {
    for (const slot of await storedIds(`${id}${PREFIX}`)) await deleteStored(slot);
  } catch {
    // Left stored: offered again on the next visit, never lost.
  }
}
