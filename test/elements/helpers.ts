import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { TilskuddSkjema } from '../../src/elements/tilskudd-skjema.js';
import type { Data } from '../../src/core/index.js';

/** Mounts a form element in the document and waits for its first render. */
export async function mount<T extends TilskuddSkjema = TilskuddSkjema>(tag = 'helseteknologi-soknad', value?: Data, attrs: Record<string, string> = {}): Promise<T> {
  const el = document.createElement(tag) as T;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (value) el.value = value;
  document.body.append(el);
  await el.updateComplete;
  return el;
}

type WithDrafts = Element & { drafts: { settled(): Promise<void> } };

/** Every form put into the page since the last cleanup, including those a test took out itself. */
const forms = new Set<WithDrafts>();
const note = (records: MutationRecord[]) => {
  for (const record of records)
    for (const node of record.addedNodes)
      if (node instanceof Element) for (const el of [node, ...node.querySelectorAll('*')]) if ('drafts' in el) forms.add(el as WithDrafts);
};
const added = new MutationObserver(note);
added.observe(document.body, { childList: true, subtree: true });

export const cleanup = async () => {
  for (const el of [...document.body.children]) if (el.localName !== 'script') el.remove();
  // A form taken out of the page still saves what was typed, once its draft code has arrived and
  // read its slot: that write must land before the database goes, not in the next test.
  note(added.takeRecords());
  const settling = [...forms].map((el) => el.drafts.settled());
  forms.clear();
  await Promise.all(settling);
  // Forms autosave drafts (keyed by page and form): one test's draft must not greet the next.
  for (const key of Object.keys(localStorage)) if (key.startsWith('tilskuddsskjema-rescue:')) localStorage.removeItem(key);
  await new Promise((done) => {
    const request = indexedDB.deleteDatabase('tilskuddsskjema');
    request.onsuccess = request.onerror = request.onblocked = done;
  });
};

export const $ = <E extends Element = HTMLElement>(el: TilskuddSkjema, selector: string) =>
  el.shadowRoot!.querySelector<E & HTMLElement>(selector);

export const byId = <E extends HTMLElement = HTMLInputElement>(el: TilskuddSkjema, id: string) => el.shadowRoot!.getElementById(id) as E | null;

/** The focused element, through shadow roots. */
export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Presses Tab (real key events) until the element with `id` has focus. */
export async function tabTo(id: string, max = 600): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (deepActive()?.id === id) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached #${id}; focus is on ${deepActive()?.outerHTML.slice(0, 120)}`);
}

export const type = (text: string) => sendKeys({ type: text });
export const press = (key: string) => sendKeys({ press: key });

/** Types into the field with `id`, reached with Tab, then leaves it with Tab. */
export async function fill(el: TilskuddSkjema, id: string, text: string): Promise<void> {
  await tabTo(id);
  await type(text);
  await el.updateComplete;
}

export async function frame(el: TilskuddSkjema) {
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(r));
}

/** The municipality combobox, reached as a user does: "En kommune" chosen first (HTO-S1). */
export async function toMunicipality(el: TilskuddSkjema): Promise<void> {
  await tabTo('f-applicant-kind');
  await press('Space');
  await el.updateComplete;
  await tabTo('f-applicant-municipality');
}

export const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
