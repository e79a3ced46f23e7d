/**
 * Drafts in IndexedDB, with the raw API: one object store, a handful of calls, no dependency.
 * IndexedDB rather than localStorage: it takes structured data of any size (a long application
 * passes localStorage's ~5 MB per origin quickly with several forms), does not block the main
 * thread, and one transaction can read and write, which is what makes the two-tab check safe.
 */

export type StorageFailure = 'quota' | 'blocked' | 'unavailable';

/** Why the browser would not keep a draft, in the three cases the user is told apart. */
export class DraftStorageError extends Error {
  constructor(
    readonly kind: StorageFailure,
    cause?: unknown,
  ) {
    super(`draft storage: ${kind}`, { cause });
  }
}

const DB_NAME = 'tilskuddsskjema';
const STORE = 'drafts';

export function classify(error: unknown): DraftStorageError {
  if (error instanceof DraftStorageError) return error;
  const name = (error as { name?: string } | null)?.name;
  if (name === 'QuotaExceededError') return new DraftStorageError('quota', error);
  if (name === 'SecurityError') return new DraftStorageError('blocked', error);
  return new DraftStorageError('unavailable', error);
}

const done = <T>(request: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(classify(request.error));
  });

const committed = (tx: IDBTransaction) =>
  new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(classify(tx.error));
    tx.onerror = () => reject(classify(tx.error));
  });

let opening: Promise<IDBDatabase> | undefined;
/** Kept once open, so a write on `pagehide` can start synchronously, before the page goes. */
let opened: IDBDatabase | undefined;

/**
 * WebKit's open can hang with no event at all: past OPEN_TIMEOUT drafts go to localStorage
 * instead, and for a minute later calls fail at once rather than wait again (unless the hanging
 * open answers after all).
 */
const OPEN_TIMEOUT = 3000;
const RETRY_AFTER = 60_000;
let hungAt = 0;

function openDb(): Promise<IDBDatabase> {
  if (Date.now() - hungAt < RETRY_AFTER) return Promise.reject(new DraftStorageError('unavailable'));
  opening ??= new Promise<IDBDatabase>((resolve, reject) => {
    // A host page can block storage: then even reading `indexedDB` throws (SecurityError).
    const request = globalThis.indexedDB.open(DB_NAME, 1);
    const hung = setTimeout(() => {
      hungAt = Date.now();
      reject(new DraftStorageError('unavailable'));
    }, OPEN_TIMEOUT);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => {
      clearTimeout(hung);
      hungAt = 0;
      opened = request.result;
      opening = Promise.resolve(opened);
      // Another tab upgrading the database: let go, and open again on the next call.
      opened.onversionchange = () => {
        opened?.close();
        opened = opening = undefined;
      };
      resolve(opened);
    };
    request.onerror = () => {
      clearTimeout(hung);
      hungAt = 0;
      reject(classify(request.error));
    };
    request.onblocked = () => {
      clearTimeout(hung);
      hungAt = 0;
      reject(new DraftStorageError('unavailable'));
    };
  }).catch((error: unknown) => {
    opening = undefined;
    throw classify(error);
  });
  return opening;
}

async function run<T>(mode: IDBTransactionMode, body: (store: IDBObjectStore) => Promise<T>): Promise<T> {
  try {
    const db = await openDb();
    const tx = db.transaction(STORE, mode);
    const [result] = await Promise.all([body(tx.objectStore(STORE)), committed(tx)]);
    return result;
  } catch (error) {
    throw classify(error);
  }
}

/** The stored value under `id`, whatever it is (the caller validates it). */
export const readStored = (id: string): Promise<unknown> => run('readonly', (store) => done(store.get(id)));

/** The ids stored that begin with `prefix`. */
export const storedIds = (prefix: string): Promise<string[]> =>
  run('readonly', (store) => done(store.getAllKeys(IDBKeyRange.bound(prefix, `${prefix}\uffff`)))).then((keys) => keys.filter((k): k is string => typeof k === 'string'));

export const writeStored = (id: string, value: unknown): Promise<void> => run('readwrite', async (store) => void (await done(store.put(value, id))));

export const deleteStored = (id: string): Promise<void> => run('readwrite', async (store) => void (await done(store.delete(id))));

/**
 * Reads and writes in one transaction: `decide` sees what is stored and returns what to write,
 * or nothing to leave it (another tab got there first). No other tab can write in between.
 */
export function swapStored<T>(id: string, decide: (stored: unknown) => { write?: unknown; result: T }): Promise<T> {
  return run('readwrite', async (store) => {
    const { write, result } = decide(await done(store.get(id)));
    if (write !== undefined) await done(store.put(write, id));
    return result;
  });
}

/**
 * A write started synchronously (on `pagehide`, when no later task may run): only if the
 * database is already open. Errors go nowhere; the page is going.
 */
export function writeNow(id: string, value: unknown): boolean {
  if (!opened) return false;
  try {
    const tx = opened.transaction(STORE, 'readwrite', { durability: 'strict' });
    tx.objectStore(STORE).put(value, id);
    // No later request will come: commit at once rather than after the put's answer (browsers
    // without commit() commit on their own).
    tx.commit?.();
    return true;
  } catch {
    return false;
  }
}
