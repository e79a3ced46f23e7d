import { expect } from 'chai';
import type { TilskuddSkjema } from '../../src/elements/tilskudd-skjema.js';
import { $, cleanup, mount, tabTo, type } from '../elements/helpers.js';
import { Tab, copyTitles, holdStore, settled, sleep, storedDraft, storedTitle, until } from './client.js';

// Four ways typed text was lost, each found by a reviewer's probe: a test for each.

afterEach(cleanup);

const id = (key: string) => `helseteknologi/soknad#${key}`;
const title = (el: TilskuddSkjema) => (el.value.project as { title?: string } | undefined)?.title;
const background = (data: Record<string, unknown> | undefined) => (data?.description as { background?: string } | undefined)?.background;

describe('a save on hiding the tab and older saves still queued', () => {
  const hide = () => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    document.dispatchEvent(new Event('visibilitychange'));
  };
  const show = () => delete (document as unknown as Record<string, unknown>).visibilityState;

  it('the newest text, written when the tab was hidden, is never overwritten by an older save behind a slow store, nor its copy dropped', async () => {
    const el = await mount('helseteknologi-soknad', undefined, { 'draft-key': 'flush-order' });
    await settled(el);
    await tabTo('f-project-title');
    await type('A');
    await settled(el);
    const release = await holdStore();
    await type('B');
    await sleep(600); // a save of "AB" waits behind the slow store
    await type('C');
    await sleep(600); // a save of "ABC" waits behind it
    await type('D'); // "ABCD" not saved yet
    hide(); // the user switches tab: "ABCD" is written now, and copied to localStorage
    try {
      expect(copyTitles('flush-order'), 'the copy written on hiding').to.deep.equal(['ABCD']);
      await release();
      await settled(el);
      await sleep(300);
    } finally {
      show();
    }
    expect(title(el)).to.equal('ABCD');
    expect((await storedDraft(id('flush-order')))?.data.project, 'the stored draft').to.deep.include({ title: 'ABCD' });
    // The tab is closed later from the background, with no edit since: the next visit offers the newest text.
    el.remove();
    await settled(el);
    const next = await mount('helseteknologi-soknad', undefined, { 'draft-key': 'flush-order' });
    await settled(next);
    $(next, '[data-draft=continue]')!.click();
    await next.updateComplete;
    expect(title(next)).to.equal('ABCD');
  });
});

describe('"Start på nytt" and a reset can be undone until the user types, whatever the host does meanwhile', () => {
  /** A draft under `key`; a second visit starts over: "Angre" is shown. */
  async function startedOver(key: string): Promise<TilskuddSkjema> {
    const first = await mount('helseteknologi-soknad', undefined, { 'draft-key': key });
    await settled(first);
    await tabTo('f-project-title');
    await type('Tre dagers arbeid');
    await settled(first);
    first.remove();
    await settled(first);
    const el = await mount('helseteknologi-soknad', undefined, { 'draft-key': key });
    await settled(el);
    $(el, '[data-draft=start-over]')!.click();
    await el.updateComplete;
    expect($(el, '[data-draft=undo]'), 'Angre after Start på nytt').to.not.equal(null);
    return el;
  }

  const actions = [
    ['a late prefill (value)', 'late-prefill', (el: TilskuddSkjema) => (el.value = { project: { title: 'Fra saksbehandlingssystemet' } })],
    ['a variant switch', 'late-variant', (el: TilskuddSkjema) => ((el as unknown as { variant: string }).variant = 'forenklet')],
    ['a new config', 'late-config', (el: TilskuddSkjema) => ((el as unknown as { config: unknown }).config = { areas: [{ value: 'x', label: 'X' }] })],
  ] as const;
  for (const [what, key, act] of actions) {
    it(`after ${what} by the host, "Angre" is still there and brings the draft back`, async () => {
      const el = await startedOver(key);
      act(el);
      await el.updateComplete;
      await sleep(100);
      expect($(el, '[data-draft=undo]'), 'Angre after the host acted').to.not.equal(null);
      $(el, '[data-draft=undo]')!.click();
      await el.updateComplete;
      expect(title(el)).to.equal('Tre dagers arbeid');
      await settled(el);
      expect(await storedTitle(key)).to.equal('Tre dagers arbeid');
    });
  }

  it('after a host action, the user\'s first key press still ends it (and is saved over the draft)', async () => {
    const el = await startedOver('late-then-typed');
    (el as unknown as { variant: string }).variant = 'forenklet';
    await el.updateComplete;
    await tabTo('f-project-title');
    await type('x');
    await settled(el);
    expect($(el, '[data-draft=undo]'), 'Angre gone with the first edit').to.equal(null);
    expect(await storedTitle('late-then-typed')).to.equal('x');
  });

  it('"Angre" after a native reset survives a new config from the host', async () => {
    const form = document.createElement('form');
    form.innerHTML = '<helseteknologi-soknad name="soknad" draft-key="reset-config"></helseteknologi-soknad>';
    document.body.append(form);
    const el = form.firstElementChild as TilskuddSkjema;
    await el.updateComplete;
    await settled(el);
    await tabTo('f-project-title');
    await type('Mye arbeid');
    await settled(el);
    form.reset();
    await el.updateComplete;
    expect($(el, '[data-draft=undo]'), 'Angre after the reset').to.not.equal(null);
    (el as unknown as { config: unknown }).config = { phases: [{ value: 'a', label: 'A' }] };
    await el.updateComplete;
    await sleep(100);
    expect($(el, '[data-draft=undo]'), 'Angre after the config').to.not.equal(null);
    $(el, '[data-draft=undo]')!.click();
    await el.updateComplete;
    expect(title(el)).to.equal('Mye arbeid');
  });
});

describe('text typed before the drafts code arrived, and the tab closed during the offer', () => {
  it('is kept as the tab\'s copy: the next visit offers the draft, then asks about that text', async function () {
    this.timeout(30_000);
    const key = 'early-close';
    const first = await Tab.open(key);
    await first.type('#f-project-title', 'Fra utkastet');
    await until(async () => (await storedTitle(key)) === 'Fra utkastet', 'the draft saved');
    await first.close();
    const tab = await Tab.openHeld(key);
    await tab.type('#f-description-background', 'Skrevet mens siden lastet');
    await tab.release();
    await tab.wait('[data-state=offer]');
    await tab.close();
    expect((await storedDraft(id(key)))?.data.project, 'the stored draft untouched').to.deep.equal({ title: 'Fra utkastet' });
    const copies = Object.keys(localStorage)
      .filter((k) => k.startsWith(`tilskuddsskjema-rescue:${id(key)}@`))
      .map((k) => background(JSON.parse(localStorage.getItem(k)!).data));
    expect(copies, 'the early text, kept as the closed tab\'s copy').to.deep.equal(['Skrevet mens siden lastet']);
    const next = await Tab.open(key);
    await next.wait('[data-state=offer]');
    await next.click('[data-draft=continue]');
    expect(await next.value('#f-project-title')).to.equal('Fra utkastet');
    await next.type('#f-project-title', '!');
    await next.wait('[data-state=conflict]');
    await next.click('[data-draft=theirs]');
    expect(await next.value('#f-description-background')).to.equal('Skrevet mens siden lastet');
    await next.close();
  });
});

describe('"Bruk versjonen fra den andre fanen"', () => {
  it('sets this tab\'s answers aside, and "Angre" brings them back', async function () {
    this.timeout(30_000);
    const key = 'theirs-aside';
    const a = await Tab.open(key);
    await a.type('#f-project-title', 'Fra A');
    await until(async () => (await storedTitle(key)) === 'Fra A', 'A saved');
    const b = await Tab.open(key);
    await b.click('[data-draft=continue]');
    await a.type('#f-project-title', ' 2');
    await b.wait('[data-state=conflict]');
    await b.type('#f-description-background', 'Lang bakgrunn skrevet i B');
    await b.click('[data-draft=theirs]');
    expect(await b.value('#f-project-title')).to.equal('Fra A 2');
    expect(await b.value('#f-description-background')).to.equal('');
    await b.wait('[data-state=discarded][data-why=replaced]');
    await b.click('[data-state=discarded][data-why=replaced] [data-draft=undo]');
    expect(await b.value('#f-description-background')).to.equal('Lang bakgrunn skrevet i B');
    expect(await b.value('#f-project-title')).to.equal('Fra A');
    await a.close();
    await b.close();
  });
});
