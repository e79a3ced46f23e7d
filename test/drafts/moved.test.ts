import { expect } from 'chai';
import { createDraft } from '../../src/core/draft.js';
import { helseteknologiSoknad } from '../../src/schemes/helseteknologi/index.js';
import type { TilskuddSkjema } from '../../src/elements/tilskudd-skjema.js';
import { $, cleanup, mount, press, tabTo, text, type } from '../elements/helpers.js';
import { deleteStored } from '../../src/elements/drafts/store.js';
import { block, putRaw, settled, sleep, storedDraft, storedKeys, until } from './client.js';

// Without `draft-key` a draft is kept under the page's path. A page that moves (a new address in
// the CMS) or a form on two pages (bokmål and nynorsk) must not leave the user's draft behind.

afterEach(cleanup);

const definition = helseteknologiSoknad();
const slot = (path: string) => `helseteknologi/soknad#${path}`;
const draftAt = (path: string, title: string, savedAt: string, revision = 3) =>
  createDraft(definition, { key: path, data: { project: { title } }, revision, writer: 'old-page', now: new Date(savedAt) });
const title = (el: TilskuddSkjema) => (el.value.project as { title?: string } | undefined)?.title;

/** Nothing under this page's path; under `path`, a draft and answers set aside beside it (`aside`, an hour earlier). */
async function draftWithAsideAt(path: string, draftTitle: string, aside: string, day: string): Promise<string> {
  for (const id of await storedKeys(slot(location.pathname))) await deleteStored(id);
  const at = new Date(`${day}T10:00:00Z`);
  await putRaw(slot(path), draftAt(path, draftTitle, at.toISOString()));
  await putRaw(`${slot(path)}#~aside-${String(at.getTime() - 3_600_000).padStart(15, '0')}-replaced-old-page`, draftAt(path, aside, new Date(at.getTime() - 3_600_000).toISOString()));
  return slot(path);
}

describe('a draft saved under another page path', () => {
  it('is offered on the page the form moved to, and moves here with the first save', async () => {
    await putRaw(slot('/tilskudd/eldre-adresse'), draftAt('/tilskudd/eldre-adresse', 'Eldre', '2026-11-01T10:00:00Z'));
    await putRaw(slot('/tilskudd/gammel-adresse'), draftAt('/tilskudd/gammel-adresse', 'Fra den gamle siden', '2026-11-20T10:00:00Z'));
    const el = await mount('helseteknologi-soknad');
    await until(() => !!$(el, '[data-state=offer]'), 'the offer');
    expect(text($(el, '[data-state=offer] p'))).to.match(/^Du har et utkast fra 20\. november/);
    $(el, '[data-draft=continue]')!.click();
    await until(() => title(el) === 'Fra den gamle siden', 'the newest draft taken');
    await tabTo('f-project-title');
    await press('End');
    await type(', flyttet');
    const here = slot(location.pathname);
    await until(async () => (await storedDraft(here))?.data.project !== undefined, 'saved on this page');
    expect((await storedDraft(here))!.data).to.deep.include({ project: { title: 'Fra den gamle siden, flyttet' } });
    expect((await storedDraft(here))!.revision, 'past the revision it was built on').to.equal(4);
    await until(async () => (await storedDraft(slot('/tilskudd/gammel-adresse'))) === undefined, 'the old path emptied');
    expect(await storedDraft(slot('/tilskudd/eldre-adresse')), 'a draft not taken is left alone').to.not.equal(undefined);
  });

  it('is not offered where the page has its own draft, nor to a form with a draft-key', async () => {
    await putRaw(slot('/tilskudd/annen-side'), draftAt('/tilskudd/annen-side', 'Fra en annen side', '2026-11-21T10:00:00Z'));
    const keyed = await mount('helseteknologi-soknad', undefined, { 'draft-key': 'sak-17' });
    await sleep(300);
    expect($(keyed, '[data-state=offer]'), 'an explicit key keeps applications apart').to.equal(null);
    keyed.remove();

    await putRaw(slot(location.pathname), draftAt(location.pathname, 'Fra denne siden', '2026-11-02T10:00:00Z'));
    const el = await mount('helseteknologi-soknad');
    await until(() => !!$(el, '[data-state=offer]'), 'the offer');
    $(el, '[data-draft=continue]')!.click();
    await until(() => title(el) === 'Fra denne siden', "this page's own draft, though older");
    expect(await storedDraft(slot('/tilskudd/annen-side'))).to.not.equal(undefined);
  });

  it('"Start på nytt" leaves it on its own page; "Angre" takes it after all', async () => {
    await putRaw(slot('/tilskudd/runde-2026'), draftAt('/tilskudd/runde-2026', 'Søknaden for 2026', '2026-11-20T10:00:00Z'));
    const el = await mount('helseteknologi-soknad');
    await until(() => !!$(el, '[data-state=offer]'), 'the offer');
    $(el, '[data-draft=start-over]')!.click();
    await until(() => !!$(el, '[data-state=discarded]'), 'started afresh');
    await tabTo('f-project-title');
    await type('Søknaden for 2027');
    const here = slot(location.pathname);
    await until(async () => (await storedDraft(here))?.data.project !== undefined, 'saved on this page');
    await sleep(300);
    expect((await storedDraft(slot('/tilskudd/runde-2026')))?.data, 'the other page keeps its draft').to.deep.include({ project: { title: 'Søknaden for 2026' } });
    el.remove();
    await cleanup();

    await putRaw(slot('/tilskudd/runde-2026'), draftAt('/tilskudd/runde-2026', 'Søknaden for 2026', '2026-11-20T10:00:00Z'));
    const again = await mount('helseteknologi-soknad');
    await until(() => !!$(again, '[data-state=offer]'), 'the offer');
    $(again, '[data-draft=start-over]')!.click();
    await until(() => !!$(again, '[data-draft=undo]'), 'the undo button');
    $(again, '[data-draft=undo]')!.click();
    await until(() => title(again) === 'Søknaden for 2026', 'the draft taken after all');
    await tabTo('f-project-title');
    await press('End');
    await type('!');
    await until(async () => (await storedDraft(slot('/tilskudd/runde-2026'))) === undefined, 'moved with the first save');
    // Angre saves the draft taken back at once; the edit after it is the save after that.
    await until(async () => ((await storedDraft(here))?.data.project as { title?: string } | undefined)?.title === 'Søknaden for 2026!', 'the edit saved here');
    expect((await storedDraft(here))!.data).to.deep.include({ project: { title: 'Søknaden for 2026!' } });
  });

  it('with IndexedDB failing, a copy kept under the old path is offered, and moves here', async () => {
    const old = slot('/tilskudd/gammel-adresse');
    localStorage.setItem(`tilskuddsskjema-rescue:${old}@old-page`, JSON.stringify(draftAt('/tilskudd/gammel-adresse', 'Bare i kopien', '2026-11-20T10:00:00Z')));
    const restore = block('indexedDB');
    try {
      const el = await mount('helseteknologi-soknad');
      await until(() => !!$(el, '[data-state=offer]'), 'the offer');
      $(el, '[data-draft=continue]')!.click();
      await until(() => title(el) === 'Bare i kopien', 'the copy taken');
      await tabTo('f-project-title');
      await press('End');
      await type(', flyttet');
      const copies = (id: string) => Object.keys(localStorage).filter((k) => k.startsWith(`tilskuddsskjema-rescue:${id}@`));
      await until(() => copies(slot(location.pathname)).length === 1, "this page's copy");
      expect(JSON.parse(localStorage.getItem(copies(slot(location.pathname))[0]!)!).data).to.deep.include({ project: { title: 'Bare i kopien, flyttet' } });
      expect(copies(old), 'the old path emptied').to.deep.equal([]);
    } finally {
      restore();
    }
  });

  it('answers set aside beside it move here with it, and are offered back', async () => {
    const old = await draftWithAsideAt('/tilskudd/med-tilsidesatt', 'Utkastet', 'Svarene jeg hadde', '2026-12-01');
    const el = await mount('helseteknologi-soknad');
    await until(() => !!$(el, '[data-state=offer]'), 'the offer');
    $(el, '[data-draft=continue]')!.click();
    await until(() => title(el) === 'Utkastet', 'the draft taken');
    await tabTo('f-project-title');
    await press('End');
    await type(' her');
    await until(async () => (await storedKeys(`${old}#`)).length === 0, 'nothing left under the old path');
    expect(await storedKeys(`${slot(location.pathname)}#~aside-`)).to.have.length(1);
    await until(() => !!$(el, '[data-state=discarded][data-why=replaced]'), 'offered back here');
    $(el, '[data-state=discarded] [data-draft=undo]')!.click();
    await until(() => title(el) === 'Svarene jeg hadde', 'taken back');
  });

  it('answers set aside beside it go to this page\'s slot even when the host moves the form to another application right after the first save', async () => {
    const old = await draftWithAsideAt('/tilskudd/flyttes-straks', 'Søknad A', 'A satt til side', '2026-12-02');
    const el = await mount('helseteknologi-soknad');
    await until(() => !!$(el, '[data-state=offer]'), 'the offer');
    $(el, '[data-draft=continue]')!.click();
    await el.updateComplete;
    let moved = false;
    el.addEventListener('tilskudd-draft-saved', () => {
      if (moved) return;
      moved = true;
      el.draftKey = 'soknad-b';
      el.value = {};
    });
    await tabTo('f-project-title');
    await type(' endret');
    await until(() => moved, 'the first save');
    await until(async () => (await storedKeys(`${old}#`)).length === 0, 'nothing left under the old path');
    expect(await storedKeys(`${slot(location.pathname)}#~aside-`)).to.have.length(1);
    expect(await storedKeys('helseteknologi/soknad#soknad-b')).to.deep.equal([]);
  });

  it('a form keyed by its id finds the draft it had under the key its place gave it before (the path, or #2 for one in a shadow root)', async () => {
    for (const id of await storedKeys(slot(location.pathname))) await deleteStored(id);
    const warn = console.warn;
    console.warn = () => undefined;
    const path = location.pathname;
    await putRaw(slot(path), draftAt(path, 'Dokumentets', '2026-12-03T10:00:00Z'));
    await putRaw(slot(`${path}#2`), draftAt(`${path}#2`, 'Skyggens', '2026-12-03T10:00:00Z'));
    const wrapper = document.createElement('div');
    try {
      const inDocument = await mount('helseteknologi-soknad', undefined, { id: 'dok' });
      document.body.append(wrapper);
      const inShadow = document.createElement('helseteknologi-soknad') as TilskuddSkjema;
      inShadow.id = 'skygge';
      wrapper.attachShadow({ mode: 'open' }).append(inShadow);
      const offered = (el: TilskuddSkjema) => (el as unknown as { drafts: { draft: { state: { draft?: { data: { project?: { title?: string } } } } } } }).drafts.draft.state.draft?.data.project?.title;
      await Promise.all([settled(inDocument), settled(inShadow)]);
      await until(() => !!offered(inDocument) && !!offered(inShadow), 'both offered their drafts');
      expect([offered(inDocument), offered(inShadow)]).to.deep.equal(['Dokumentets', 'Skyggens']);
    } finally {
      wrapper.remove();
      console.warn = warn;
    }
  });
});
