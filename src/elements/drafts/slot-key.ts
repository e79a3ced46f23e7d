import type { FormDefinition } from '../../core/definition.js';
import { draftStorageKey } from '../../core/draft.js';
import { formsOnPage } from './forms-on-page.js';
import { draftElsewhere, newest } from './slot.js';
import { readStored } from './store.js';

/** What the slot's key is read from: the form element. */
interface KeyedForm extends HTMLElement {
  definition: FormDefinition<any> | undefined;
  draftKey: string | undefined;
}

/**
 * The form that has read each slot on this page: two forms of one kind without `draft-key` would
 * otherwise share one draft, each taking the other's saves for another tab's.
 */
const slotsInUse = new Map<string, HTMLElement>();

/** `form` has read slot `id` (and holds it while connected). */
export const holdSlot = (id: string, form: HTMLElement): void => void slotsInUse.set(id, form);

/** `form` reads another slot, or leaves the page: the slot is free for another form. */
export function releaseSlot(id: string | undefined, form: HTMLElement): void {
  if (id && slotsInUse.get(id) === form) slotsInUse.delete(id);
}

/** Another connected form on the page has read slot `id`. */
function heldByOther(id: string, form: HTMLElement): boolean {
  const other = slotsInUse.get(id);
  return !!other && other !== form && other.isConnected;
}

/** `draft-key`, else the page's path. */
export const hostKey = (form: KeyedForm): string => form.draftKey ?? location.pathname;

/**
 * The slot's key: `draft-key`, else the page's path. Two or more forms of one kind on the page
 * without a key each get one of their own: the path with the form's `id`, or with its place
 * among them (`#2`), so each finds its own draft again on the next visit, in any order by id.
 * `place`: the form's place among those forms, -1 when it is not among them.
 */
export function keyFor(form: KeyedForm, definition: FormDefinition<any>): { key: string; place: number } {
  const path = hostKey(form);
  if (form.draftKey !== undefined) return { key: path, place: -1 };
  const peers = formsOnPage(form.localName).filter((el) => {
    const peer = el as KeyedForm;
    return peer.draftKey === undefined && !el.hasAttribute('no-draft') && peer.definition?.id === definition.id;
  });
  const place = peers.indexOf(form);
  let key = peers.length < 2 ? path : form.id ? `${path}#${form.id}` : place > 0 ? `${path}#${place + 1}` : path;
  // Still one slot per form: two with the same id, or a place taken before, move on to the next number.
  for (let n = 2; heldByOther(draftStorageKey(definition.id, key), form); n++) key = `${path}#${n}`;
  if (key !== path) console.warn(`tilskuddsskjema: more than one <${form.localName}> on this page has no draft-key; this one saves its draft as "${key}". Give each form its own draft-key.`);
  return { key, place };
}

/**
 * Where the form's draft was before, when its own slot (`id`, for `key`) is empty: it moves here
 * with the first save. Alone under the path now, a form that shared the page with another of its
 * kind has it under its id, or another page's path has it. Keyed by its id, a form has it under
 * the key its place gave it: the path when it was alone, `#2` from when forms in shadow roots were
 * numbered; not a slot another form on the page holds now.
 */
export async function formerSlot(form: KeyedForm, definition: FormDefinition<any>, key: string, id: string, place: number): Promise<{ raw: unknown; id: string } | undefined> {
  const path = location.pathname;
  const read = async (slot: string) => newest(slot, await readStored(slot).catch(() => undefined)).raw;
  if (form.draftKey !== undefined) return undefined;
  if (key === path) {
    const own = form.id ? draftStorageKey(definition.id, `${path}#${form.id}`) : undefined;
    const shared = own ? await read(own) : undefined;
    return shared === undefined ? draftElsewhere(definition, id) : { raw: shared, id: own! };
  }
  if (place < 0 || !key.startsWith(`${path}#`)) return undefined;
  const before = draftStorageKey(definition.id, place === 0 ? path : `${path}#${place + 1}`);
  if (before === id || heldByOther(before, form)) return undefined;
  const earlier = await read(before);
  return earlier === undefined ? undefined : { raw: earlier, id: before };
}
