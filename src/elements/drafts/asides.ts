import { migrateDraft, readDraft, type DraftEnvelope, type Migratable } from '../../core/draft.js';
import { deleteStored, readStored, storedIds, writeStored } from './store.js';

/**
 * Answers set aside, each with its own banner and "Angre", beside whatever state the drafts are
 * in: the draft, when the user started afresh or reset the form (until the next change); what the
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

/** `<slot>#~aside-<why>-<time>-<tab>`: found by the slot's prefix, newest last in key order (`~`: no form's `id` in a key looks like it). */
const PREFIX = '#~aside-';
const asideId = (id: string, why: string, writer: string) => `${id}${PREFIX}${why}-${String(Date.now()).padStart(15, '0')}-${writer}`;

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

/** The answers set aside in this slot that `definition` can read, newest first, at most MAX_ASIDE. */
export async function readAsides(definition: Migratable, id: string): Promise<SetAside[]> {
  let ids: string[];
  try {
    ids = await storedIds(`${id}${PREFIX}`);
  } catch {
    return [];
  }
  const found: SetAside[] = [];
  for (const slot of ids.reverse()) {
    if (found.length === MAX_ASIDE) break;
    const why = slot.slice(id.length + PREFIX.length).split('-')[0];
    if (why !== 'replaced' && why !== 'early') continue;
    const read = readDraft(await readStored(slot).catch(() => undefined));
    if (!read.ok) continue;
    // One no step reaches stays stored, as a draft would: never dropped.
    const migrated = migrateDraft(definition, read.draft);
    if (migrated.status === 'incompatible') continue;
    found.push({ draft: { ...read.draft, data: migrated.data }, why, storedAs: slot });
  }
  return found;
}

/** After the application is sent: answers set aside for it are done with. */
export async function dropAsides(id: string): Promise<void> {
  try {
    for (const slot of await storedIds(`${id}${PREFIX}`)) await deleteStored(slot);
  } catch {
    // Left stored: offered again on the next visit, never lost.
  }
}
