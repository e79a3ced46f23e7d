/**
 * Copies of a draft in localStorage, one per tab: written synchronously when the page goes, and
 * as the store of last resort when IndexedDB fails.
 *
 * The IndexedDB write started on `pagehide` is lost when the page closes before the database
 * has committed it (about 1 close in 8 right after typing, measured in Chromium), and the edits
 * of the last moment with it. localStorage takes the value in the same task, so the copy
 * survives. A copy holds the draft without its files and lives until a save has caught up with
 * it. Each tab writes under its own writer id, so one tab's save never removes the copy another
 * tab left as it closed: that copy is a version of its own (the two-tab check sees it).
 */

const PREFIX = 'tilskuddsskjema-rescue:';
export const copyKey = (id: string, writer: string): string => `${PREFIX}${id}@${writer}`;

export interface Copy {
  key: string;
  /** As stored: a copy is dropped only while it is still the one that was read. */
  text: string;
  raw: unknown;
}

/** False when storage is blocked or full: the caller has nothing kept, and says so. */
export function writeCopy(id: string, writer: string, draft: unknown): boolean {
  try {
    localStorage.setItem(copyKey(id, writer), JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

/** The keys of the copies whose slot id starts with `prefix`; none when storage is blocked. */
function copyKeys(prefix: string): string[] {
  const keys: string[] = [];
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (key?.startsWith(PREFIX + prefix)) keys.push(key);
    }
  } catch {
    // Blocked storage holds no copies.
  }
  return keys;
}

/** Every tab's copy of one draft slot. */
export function readCopies(id: string): Copy[] {
  const copies: Copy[] = [];
  const start = `${PREFIX}${id}@`.length;
  // A writer id holds no `@`: "form#a@b@writer" is slot "a@b", not "a".
  for (const key of copyKeys(`${id}@`).filter((k) => !k.includes('@', start))) {
    try {
      const text = localStorage.getItem(key) ?? 'null';
      copies.push({ key, text, raw: JSON.parse(text) as unknown });
    } catch {
      // Not JSON: not ours to read, and not ours to drop either.
    }
  }
  return copies;
}

/** The draft slots that have copies, of the slots whose id starts with `prefix`. */
export function copySlots(prefix: string): string[] {
  return [...new Set(copyKeys(prefix).map((key) => key.slice(PREFIX.length, key.lastIndexOf('@'))))];
}

/** Drops a copy read before, unless its tab has written it again since (a version not yet seen). */
export function dropCopy({ key, text }: Copy): void {
  try {
    if (localStorage.getItem(key) === text) localStorage.removeItem(key);
  } catch {
    // Blocked storage holds no copy either.
  }
}

/** Whether copies can be kept at all (the fallback when IndexedDB fails). */
export function copiesWork(): boolean {
  const probe = `${PREFIX}probe`;
  try {
    localStorage.setItem(probe, '1');
    localStorage.removeItem(probe);
    return true;
  } catch {
    return false;
  }
}
