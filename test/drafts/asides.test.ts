import { expect } from 'chai';
import { createDraft } from '../../src/core/draft.js';
import type { TilskuddSkjema } from '../../src/elements/tilskudd-skjema.js';
import { $, cleanup, fill, mount, text, type } from '../elements/helpers.js';
import { validApplication } from '../fixtures/helseteknologi.js';
import { Tab, main, putRaw, settled, sleep, storedKeys, storedTitle, until } from './client.js';

// Answers set aside, stored beside the draft: what the next visit shows, and when they go.

afterEach(cleanup);

const id = (key: string) => `helseteknologi/soknad#${key}`;
const form = { id: 'helseteknologi/soknad', version: '1.0.0' };
const EL = `document.querySelector('helseteknologi-soknad')`;
const whys = (el: TilskuddSkjema) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[data-state=discarded]')].map((b) => b.dataset.why);
const title = (el: TilskuddSkjema) => (el.value.project as { title?: string } | undefined)?.title;
/** Answers set aside under `key` at `time`, as a tab stores them. */
const putAside = (key: string, time: number, why: string, projectTitle: string, writer = `w${time}`) =>
  putRaw(`${id(key)}#~aside-${String(time).padStart(15, '0')}-${why}-${writer}`, createDraft(form, { key, data: { project: { title: projectTitle } }, revision: 1, writer }));

/** A form under `key` in which the user typed `typed`, then the host set `answers` over it. */
async function replaced(key: string, typed: string, answers: Record<string, unknown> = { project: { title: 'Fra nettsiden' } }): Promise<TilskuddSkjema> {
  const el = await mount('helseteknologi-soknad', undefined, { 'draft-key': key });
  await settled(el);
  await fill(el, 'f-project-title', typed);
  el.value = answers;
  await el.updateComplete;
  return el;
}

describe('answers set aside and the next visit', () => {
  it('shown newest first whatever their kind, three at most, none the same as another or as the draft', async () => {
    await putAside('order', 1_700_000_000_001, 'replaced', 'R1');
    await putAside('order', 1_700_000_000_002, 'replaced', 'R2');
    await putAside('order', 1_700_000_000_003, 'replaced', 'R3');
    await putAside('order', 1_700_000_000_004, 'replaced', 'R3', 'other-tab');
    await putAside('order', 1_800_000_000_000, 'early', 'E');
    const el = await mount('helseteknologi-soknad', undefined, { 'draft-key': 'order' });
    await settled(el);
    await until(() => whys(el).length === 3, 'three banners');
    const held = (el as unknown as { drafts: { draft: { asides: { draft: { data: { project: { title: string } } } }[] } } }).drafts.draft.asides;
    expect(held.map((a) => a.draft.data.project.title)).to.deep.equal(['E', 'R3', 'R2']);
    await until(async () => (await storedKeys(`${id('order')}#`)).length === 4, 'the copy of R3 gone from storage');
    // One closed, the one stored past the three takes its place.
    await main.click('[data-state=discarded] >> nth=0 >> [data-draft=dismiss]');
    await until(() => held.length === 0 || (el as any).drafts.draft.asides.map((a: any) => a.draft.data.project.title).join() === 'R3,R2,R1', 'R1 shown in its place');
  });

  it('answers the host replaced, when the user left before typing on, are the draft: no banner offers them again', async () => {
    const el = await replaced('dup', 'Skrevet selv');
    await until(async () => (await storedKeys(`${id('dup')}#`)).length === 1, 'set aside, stored');
    await until(async () => (await storedTitle('dup')) === 'Skrevet selv', 'what was typed, saved before the prefill');
    el.remove();
    const again = await mount('helseteknologi-soknad', undefined, { 'draft-key': 'dup' });
    await until(() => !!$(again, '[data-state=offer]'), 'the draft offered');
    $(again, '[data-draft=continue]')!.click();
    await settled(again);
    await sleep(200);
    expect(title(again)).to.equal('Skrevet selv');
    expect(whys(again)).to.deep.equal([]);
    expect(await storedKeys(`${id('dup')}#`), 'the copy the draft holds, gone').to.deep.equal([]);
  });

  it('the same answers set aside in two tabs are stored once', async function () {
    this.timeout(20_000);
    const a = await Tab.open('twice');
    await a.type('#f-project-title', 'Mine svar');
    await until(async () => (await storedTitle('twice')) === 'Mine svar', 'saved');
    const b = await Tab.open('twice');
    await b.click('[data-draft=continue]');
    await a.eval(`${EL}.value = { project: { title: 'Fra nettsiden' } }`);
    await until(async () => (await storedKeys(`${id('twice')}#`)).length === 1, 'stored by the first tab');
    await b.eval(`${EL}.value = { project: { title: 'Fra nettsiden' } }`);
    await b.wait('[data-state=discarded][data-why=replaced]');
    await sleep(300);
    expect(await storedKeys(`${id('twice')}#`)).to.have.length(1);
    await a.close();
    await b.close();
  });

  it('when they cannot be stored (IndexedDB full), the banner says they last only while the page is open', async function () {
    this.timeout(20_000);
    const tab = await Tab.open('not-stored', 'helseteknologi-soknad', 'indexeddb');
    await tab.type('#f-project-title', 'Skrevet selv');
    await tab.eval(`${EL}.value = { project: { title: 'Fra nettsiden' } }`);
    await tab.wait('[data-state=discarded][data-why=replaced]');
    await until(async () => (await tab.text('[data-state=discarded] p')).endsWith('til du lukker denne meldingen eller siden.'), 'the banner says "or the page"');
    await tab.close();
  });

  it('the banner says they outlive the page once they are stored', async () => {
    const el = await replaced('stored', 'Skrevet selv');
    await until(async () => (await storedKeys(`${id('stored')}#`)).length === 1, 'stored');
    expect(text($(el, '[data-state=discarded] p'))).to.match(/til du lukker denne meldingen\.$/);
  });
});

describe('answers set aside and a sent application', () => {
  it('a host value over the receipt sets nothing aside and saves nothing: the answers on screen were sent', async () => {
    const el = await mount('helseteknologi-soknad', undefined, { 'draft-key': 'sent-here' });
    await settled(el);
    el.value = validApplication();
    await fill(el, 'f-project-title', ' rettet');
    expect(await el.submit()).to.equal(true);
    await el.accepted('SAK-1');
    await until(async () => (await storedKeys(id('sent-here'))).length === 0, 'the draft cleared');
    el.value = { project: { title: 'Ny søknad' } };
    await el.updateComplete;
    await sleep(600);
    expect(await storedKeys(id('sent-here'))).to.deep.equal([]);
  });

  it('another tab drops its banners when the application is sent, and a host value there sets the sent answers nowhere', async function () {
    this.timeout(20_000);
    const el = await replaced('sent-there', 'Skrevet selv', validApplication());
    await until(async () => (await storedKeys(`${id('sent-there')}#`)).length === 1, 'set aside, stored');
    await fill(el, 'f-project-title', ' x');
    await until(async () => (await storedTitle('sent-there'))?.endsWith(' x') === true, 'the edit saved');
    const b = await Tab.open('sent-there');
    await b.click('[data-draft=continue]');
    await b.wait('[data-state=discarded][data-why=replaced]');
    expect(await el.submit()).to.equal(true);
    await el.accepted('SAK-2');
    await b.wait('[data-state=discarded]', 'detached');
    await b.eval(`${EL}.value = { project: { title: 'Ny søknad' } }`);
    await sleep(600);
    expect(await storedKeys(id('sent-there'))).to.deep.equal([]);
    await b.close();
  });
});

describe('answers set aside, in other corners', () => {
  it('text typed before the drafts code arrived, then a form reset, then "Start på nytt": the text is still to be had', async function () {
    this.timeout(20_000);
    const first = await Tab.open('early-reset');
    await first.type('#f-project-title', 'Fra utkastet');
    await until(async () => (await storedTitle('early-reset')) === 'Fra utkastet', 'the draft saved');
    await first.close();
    const tab = await Tab.openHeld('early-reset');
    await tab.type('#f-project-title', 'Skrevet tidlig');
    await tab.eval(`${EL}.formResetCallback()`);
    await tab.release();
    await tab.wait('[data-state=offer]');
    await tab.click('[data-draft=start-over]');
    await tab.click('[data-state=discarded][data-why=replaced] [data-draft=undo]');
    expect(await tab.value('#f-project-title')).to.equal('Skrevet tidlig');
    await tab.close();
  });

  it('with two banners, each button is described by its own banner, and "Lukk" leaves focus on the other banner', async () => {
    const el = await replaced('two-banners', 'Eget');
    await type(' og mitt tillegg');
    el.value = { project: { title: 'Nytt fra nettsiden' } };
    await el.updateComplete;
    const described = (selector: string) =>
      [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)].map((b) => el.shadowRoot!.getElementById(b.getAttribute('aria-describedby') ?? '')?.textContent?.trim() ?? '');
    for (const button of ['undo', 'dismiss']) {
      const texts = described(`[data-state=discarded] [data-draft=${button}]`);
      expect(texts.length).to.equal(2);
      expect(texts.every((t) => t.includes('byttet ut med nye')), button).to.equal(true);
      expect(new Set([...el.shadowRoot!.querySelectorAll(`[data-state=discarded] [data-draft=${button}]`)].map((b) => b.getAttribute('aria-describedby'))).size).to.equal(2);
    }
    await main.click('[data-state=discarded] >> nth=0 >> [data-draft=dismiss]');
    await el.updateComplete;
    await sleep(50);
    const active = el.shadowRoot!.activeElement;
    expect(active?.closest('[data-state=discarded]') ? active.getAttribute('data-draft') : (active?.outerHTML.slice(0, 80) ?? 'none')).to.equal('undo');
  });
});
