import { executeServerCommand } from '@web/test-runner-commands';
import type { DraftEnvelope } from '../../src/core/draft.js';

/** Another tab of this test's browser context (same origin: same IndexedDB and BroadcastChannel). */
export class Tab {
  constructor(readonly id: string) {}

  /**
   * `version`: the application at that schema version (another version of the page); with
   * `migrateFrom`, it brings drafts of that version up to its own (the title gets marked).
   * `fullDisk`: the tab is another profile whose IndexedDB is out of quota for real, and with
   * `'all'` its localStorage is filled until it refuses too.
   */
  static async open(key: string, tag = 'helseteknologi-soknad', fullDisk?: 'indexeddb' | 'all', version?: string, migrateFrom?: string): Promise<Tab> {
    const path = `/test/drafts/page.html?key=${encodeURIComponent(key)}&tag=${tag}${version ? `&version=${version}` : ''}${migrateFrom ? `&migrate=${migrateFrom}` : ''}`;
    const { id } = await executeServerCommand<{ id: string }, { path: string; fullDisk?: string }>('drafts:open', { path, fullDisk });
    return new Tab(id);
  }

  /** A tab whose drafts code is held back (a slow line) until `release()`: the form is there, drafts are not. */
  static async openHeld(key: string): Promise<Tab> {
    const path = `/test/drafts/page.html?key=${encodeURIComponent(key)}`;
    const { id } = await executeServerCommand<{ id: string }, { path: string; holdDrafts: boolean }>('drafts:open', { path, holdDrafts: true });
    return new Tab(id);
  }

  private run<T>(payload: Record<string, unknown>): Promise<T> {
    return executeServerCommand<T, Record<string, unknown>>('drafts:page', { page: this.id, ...payload }) as Promise<T>;
  }

  /** Real key presses into the field (Playwright's locators pierce shadow roots). */
  type = (selector: string, text: string) => this.run<boolean>({ do: 'type', selector, text });
  /** One edit of the whole text, as a paste (Playwright's insertText). */
  paste = (selector: string, text: string) => this.run<boolean>({ do: 'paste', selector, text });
  click = (selector: string) => this.run<boolean>({ do: 'click', selector });
  value = (selector: string) => this.run<string>({ do: 'value', selector });
  text = async (selector: string) => (await this.run<string>({ do: 'text', selector })).replace(/\s+/g, ' ').trim();
  wait = (selector: string, state: 'visible' | 'hidden' | 'detached' | 'attached' = 'visible') => this.run<boolean>({ do: 'wait', selector, state });
  eval = async <T>(expression: string) => (await this.run<{ result: T }>({ do: 'eval', expression })).result;
  upload = (selector: string, name: string, text: string, mimeType: string) => this.run<boolean>({ do: 'upload', selector, name, text, mimeType });
  reload = () => this.run<boolean>({ do: 'reload' });
  /** Lets the held drafts code arrive (see openHeld), and waits for it. */
  release = () => this.run<boolean>({ do: 'release' });
  close = () => this.run<boolean>({ do: 'close' });
}

/** The test page itself, for commands that need Playwright (double clicks, downloads, uploads). */
export const main = {
  click: (selector: string) => executeServerCommand('drafts:page', { page: 'main', do: 'click', selector }),
  dblclick: (selector: string) => executeServerCommand('drafts:page', { page: 'main', do: 'dblclick', selector }),
  upload: (selector: string, name: string, text: string, mimeType = 'application/json') =>
    executeServerCommand('drafts:page', { page: 'main', do: 'upload', selector, name, text, mimeType }),
};

/** Starts waiting for a download on a page; the returned function gives the file. */
export async function expectDownload(page = 'main'): Promise<() => Promise<{ name: string; text: string }>> {
  await executeServerCommand('drafts:download-start', { page });
  return () => executeServerCommand('drafts:download-result', { page }) as Promise<{ name: string; text: string }>;
}

export const receiver = (scenario: string, plan: (number | 'hang' | 'login')[]) =>
  executeServerCommand('drafts:receiver', { scenario, plan }) as Promise<{ url: string }>;

export const receiverLog = (scenario: string) =>
  executeServerCommand('drafts:receiver-log', { scenario }) as Promise<{
    requests: { key: string; bodyKey: string; answer: number | 'hang'; type: string; files: { path: string; name: string; type: string; text: string }[] }[];
    accepted: { key: string; reference: string; data: unknown }[];
  }>;

/** Opens the forms' draft database as any page would (creating the store on a fresh profile). */
function openDrafts(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('tilskuddsskjema', 1);
    open.onupgradeneeded = () => open.result.createObjectStore('drafts');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => resolve(open.result);
  });
}

/** The project title stored in the HTO application's draft under `key`. */
export const storedTitle = async (key: string): Promise<string | undefined> =>
  ((await storedDraft(`helseteknologi/soknad#${key}`))?.data.project as { title?: string } | undefined)?.title;

/** Resolves once a form's drafts code has read its slot and no save waits or runs. */
export const settled = (el: Element): Promise<void> => (el as unknown as { drafts: { settled(): Promise<void> } }).drafts.settled();

/** The project titles in this tab's and the other tabs' copies of the HTO application's draft under `key`. */
export const copyTitles = (key: string): string[] =>
  Object.keys(localStorage)
    .filter((k) => k.startsWith(`tilskuddsskjema-rescue:helseteknologi/soknad#${key}@`))
    .map((k) => (JSON.parse(localStorage.getItem(k)!) as { data: { project: { title: string } } }).data.project.title);

/** What IndexedDB holds for a draft id (`schema#key`), read the way any page would. */
export async function storedDraft(id: string): Promise<DraftEnvelope | undefined> {
  const db = await openDrafts();
  return new Promise((resolve, reject) => {
    const get = db.transaction('drafts').objectStore('drafts').get(id);
    get.onsuccess = () => {
      db.close();
      resolve(get.result as DraftEnvelope | undefined);
    };
    get.onerror = () => reject(get.error);
  });
}

/**
 * Holds a readwrite transaction on the drafts store until the returned function is called: every
 * save waits behind it, as behind a slow disk.
 */
export async function holdStore(): Promise<() => Promise<void>> {
  const db = await openDrafts();
  let held = true;
  const tx = db.transaction('drafts', 'readwrite');
  const store = tx.objectStore('drafts');
  const spin = () => {
    if (held) store.get('__hold__').onsuccess = spin;
  };
  spin();
  const done = new Promise((resolve) => (tx.oncomplete = tx.onabort = tx.onerror = resolve));
  return async () => {
    held = false;
    await done;
    db.close();
  };
}

/** The ids IndexedDB's drafts store holds that begin with `prefix`. */
export async function storedKeys(prefix: string): Promise<string[]> {
  const db = await openDrafts();
  return new Promise((resolve, reject) => {
    const keys = db.transaction('drafts').objectStore('drafts').getAllKeys(IDBKeyRange.bound(prefix, `${prefix}\uffff`));
    keys.onsuccess = () => {
      db.close();
      resolve(keys.result as string[]);
    };
    keys.onerror = () => reject(keys.error);
  });
}

export async function putRaw(id: string, value: unknown): Promise<void> {
  const db = await openDrafts();
  return new Promise((resolve, reject) => {
    const tx = db.transaction('drafts', 'readwrite');
    tx.objectStore('drafts').put(value, id);
    tx.oncomplete = () => {
      db.close();
      resolve();
    };
    tx.onerror = () => reject(tx.error);
  });
}

/** Makes reading `window[name]` throw, as a host page that blocks storage does. */
export function block(...names: ('indexedDB' | 'localStorage')[]): () => void {
  const real = names.map((name) => [name, Object.getOwnPropertyDescriptor(window, name)!] as const);
  for (const name of names)
    Object.defineProperty(window, name, {
      configurable: true,
      get: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  return () => real.forEach(([name, descriptor]) => Object.defineProperty(window, name, descriptor));
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls until `check` holds (a save is within a second; a broadcast a moment). */
export async function until(check: () => boolean | Promise<boolean>, what: string, ms = 4000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await sleep(50);
  }
  throw new Error(`timed out waiting for: ${what}`);
}
