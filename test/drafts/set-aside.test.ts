import { expect } from 'chai';
import { createDraft } from '../../src/core/draft.js';
import type { TilskuddSkjema } from '../../src/elements/tilskudd-skjema.js';
import { $, byId, cleanup, fill, mount, text, type } from '../elements/helpers.js';
import { validApplication } from '../fixtures/helseteknologi.js';
import { Tab, block, holdStore, main, putRaw, settled, sleep, storedDraft, storedKeys, storedTitle, until } from './client.js';

afterEach(cleanup);

const id = (key: string) => `helseteknologi/soknad#${key}`;
const form = { id: 'helseteknologi/soknad', version: '1.0.0' };
const title = (el: TilskuddSkjema) => byId(el, 'f-project-title')!.value;

/** A form under `key` in which the user typed `typed`, then the host set new answers over it. */
async function typedThenPrefilled(key: string, typed: string): Promise<TilskuddSkjema> {
  const el = await mount('helseteknologi-soknad', undefined, { 'draft-key': key });
  await settled(el);
  await fill(el, 'f-project-title', typed);
  el.value = { project: { title: 'Fra nettsiden' } };
  await el.updateComplete;
  return el;
}

/** A draft "Fra utkastet" under `key`; then a tab whose drafts code comes late, in which "Skrevet tidlig" was typed before: it is offered the draft. */
async function typedBeforeTheDraft(key: string): Promise<Tab> {
  const first = await Tab.open(key);
  await first.type('#f-project-title', 'Fra utkastet');
  await until(async () => (await storedTitle(key)) === 'Fra utkastet', 'the draft saved');
  await first.close();
  const tab = await Tab.openHeld(key);
  await tab.type('#f-project-title', 'Skrevet tidlig');
  await tab.release();
  await tab.wait('[data-state=offer]');
  return tab;
}

describe('answers set aside, never silently replaced', () => {
  it('a prefill that comes after the user chose to continue a draft sets the draft aside, with "Angre"', async () => {
    await putRaw(id('late'), createDraft(form, { key: 'late', data: { project: { title: 'Mitt utkast' } }, revision: 1, writer: 'w' }));
    const el = await mount('helseteknologi-soknad', undefined, { 'draft-key': 'late' });
    await until(() => !!$(el, '[data-state=offer]'), 'the offer');
    await main.click('[data-draft=continue]');
    await el.updateComplete;
    expect(title(el)).to.equal('Mitt utkast');

    // The host's own fetch answers late, and it sets the form's value.
    el.value = { project: { title: 'Fra nettsiden' } };
    await el.updateComplete;
    expect(title(el)).to.equal('Fra nettsiden');
    expect($(el, '[data-state=discarded]')?.dataset.why).to.equal('replaced');
    expect(text($(el, '[data-state=discarded]'))).to.contain('Du kan hente tilbake svarene du hadde');
    expect(text($(el, '[aria-live]')), 'said where the user is, too').to.contain('Du kan angre øverst i skjemaet');
    await sleep(600);
    expect(await storedTitle('late'), 'the draft is untouched until the user writes').to.equal('Mitt utkast');
    await main.click('[data-draft=undo]');
    await el.updateComplete;
    expect(title(el)).to.equal('Mitt utkast');
    // Angre swaps: the host's answers are set aside in turn, and the draft is saved as chosen.
    expect($(el, '[data-state=discarded]')?.dataset.why).to.equal('replaced');
    await main.click('[data-draft=undo]');
    await el.updateComplete;
    expect(title(el)).to.equal('Fra nettsiden');
    await main.click('[data-draft=dismiss]');
    await el.updateComplete;
    expect($(el, '.draft-banner')?.outerHTML ?? null).to.equal(null);
  });

  it('a prefill over what the user typed, in the middle of typing: the banner stays while the user types on, and Angre brings the answers back', async () => {
    const el = await typedThenPrefilled('over', 'Skrevet selv');
    expect($(el, '[data-state=discarded]')?.dataset.why).to.equal('replaced');
    await until(async () => (await storedTitle('over')) === 'Skrevet selv', 'what was typed saved before the prefill');
    await type(', og mer');
    await el.updateComplete;
    expect($(el, '[data-state=discarded]')?.dataset.why, 'typing on does not end the offer to undo').to.equal('replaced');
    await until(async () => (await storedTitle('over')) === 'Fra nettsiden, og mer', 'the edit saved');
    await main.click('[data-draft=undo]');
    await el.updateComplete;
    expect(title(el)).to.equal('Skrevet selv');
    await until(async () => (await storedTitle('over')) === 'Skrevet selv', 'the answers brought back are saved at once');
  });

  it('a second prefill over what the user typed on under the banner sets that newer work aside too, beside the first', async () => {
    const el = await typedThenPrefilled('again', 'Eget');
    await type(' og mitt tillegg');
    await el.updateComplete;
    el.value = { project: { title: 'Nytt fra nettsiden' } };
    await el.updateComplete;
    // Both sets are kept, the newest first: neither prefill took what the user had.
    expect([...el.shadowRoot!.querySelectorAll<HTMLElement>('[data-state=discarded]')].map((b) => b.dataset.why)).to.deep.equal(['replaced', 'replaced']);
    await main.click('[data-draft=undo] >> nth=0');
    await el.updateComplete;
    expect(title(el)).to.equal('Fra nettsiden og mitt tillegg');
    await main.click('[data-state=discarded]:has-text("byttet ut") >> nth=1 >> [data-draft=undo]');
    await el.updateComplete;
    expect(title(el), 'the first set, still there').to.equal('Eget');
  });

  it('a host that prefills twice before the user writes gets no banner: both were its own', async () => {
    const el = await mount('helseteknologi-soknad', { project: { title: 'Første utfylling' } }, { 'draft-key': 'twice' });
    await settled(el);
    el.value = { project: { title: 'Andre utfylling' } };
    await el.updateComplete;
    expect(title(el)).to.equal('Andre utfylling');
    expect($(el, '.draft-banner')?.outerHTML ?? null).to.equal(null);
  });

  it('text typed before the drafts code arrived is set aside when the user continues the draft, with a way back', async function () {
    this.timeout(20_000);
    const tab = await typedBeforeTheDraft('early');
    await tab.click('[data-draft=continue]');
    expect(await tab.value('#f-project-title')).to.equal('Fra utkastet');
    await tab.wait('[data-state=discarded][data-why=early]');
    expect(await tab.text('[data-state=discarded]')).to.contain('Du skrev i skjemaet før utkastet var hentet');
    await tab.click('[data-draft=undo]');
    expect(await tab.value('#f-project-title')).to.equal('Skrevet tidlig');
    // Chosen: saved at once, and the draft is what is set aside now, as after "Start på nytt".
    await until(async () => (await storedTitle('early')) === 'Skrevet tidlig', 'what was typed early, saved');
    await tab.wait('[data-state=discarded][data-why=start-over]');
    await tab.close();
  });

  it('text typed before the drafts code arrived is saved when the user starts over instead', async function () {
    this.timeout(20_000);
    const tab = await typedBeforeTheDraft('early-over');
    await tab.click('[data-draft=start-over]');
    await until(async () => (await storedTitle('early-over')) === 'Skrevet tidlig', 'what was typed early, saved');
    await tab.close();
  });

  it('text typed early, kept by "Start på nytt", is set aside in turn when the user takes the draft back with "Angre", and the draft is saved again', async function () {
    this.timeout(20_000);
    const tab = await typedBeforeTheDraft('early-undo');
    await tab.click('[data-draft=start-over]');
    await until(async () => (await storedTitle('early-undo')) === 'Skrevet tidlig', 'what was typed early, saved');
    await tab.click('[data-state=discarded][data-why=start-over] [data-draft=undo]');
    expect(await tab.value('#f-project-title')).to.equal('Fra utkastet');
    await until(async () => (await storedTitle('early-undo')) === 'Fra utkastet', 'the draft taken back, saved again');
    await tab.click('[data-state=discarded][data-why=early] [data-draft=undo]');
    expect(await tab.value('#f-project-title')).to.equal('Skrevet tidlig');
    await tab.close();
  });

  it('text typed while the old key\'s save still runs after a draft-key change is set aside as typed early when the new key\'s draft is continued', async () => {
    await putRaw(id('next-key'), createDraft(form, { key: 'next-key', data: { project: { title: 'Neste utkast' } }, revision: 1, writer: 'w' }));
    const el = await mount('helseteknologi-soknad', undefined, { 'draft-key': 'old-key' });
    await settled(el);
    await fill(el, 'f-project-title', 'Gammel');
    await until(async () => (await storedTitle('old-key')) === 'Gammel', 'the old key saved');
    const release = await holdStore();
    await type('Z'); // not saved yet: the key change saves it first, behind the held store
    el.draftKey = 'next-key';
    el.value = {};
    await el.updateComplete;
    byId(el, 'f-project-title')!.focus();
    await type('Ny tekst');
    await release();
    await until(() => !!$(el, '[data-state=offer]'), 'the new key\'s draft offered');
    $(el, '[data-draft=continue]')!.click();
    await el.updateComplete;
    expect(title(el)).to.equal('Neste utkast');
    await until(() => !!$(el, '[data-state=discarded][data-why=early]'), 'what was typed, set aside');
    $(el, '[data-state=discarded][data-why=early] [data-draft=undo]')!.click();
    await el.updateComplete;
    expect(title(el)).to.equal('Ny tekst');
  });

  it('a host that moves to another application (draft-key, then value) while focus is in a field gets no "typed early" banner when the user continues', async function () {
    this.timeout(20_000);
    const el = `document.querySelector('helseteknologi-soknad')`;
    const a = await Tab.open('move-two');
    await a.type('#f-project-title', 'Søknad to');
    await until(async () => (await storedTitle('move-two')) === 'Søknad to', 'the second application saved');
    await a.close();
    const b = await Tab.open('move-one');
    await b.type('#f-project-title', 'Søknad en');
    await until(async () => (await storedTitle('move-one')) === 'Søknad en', 'the first saved');
    await b.eval(`${el}.draftKey = 'move-two'`);
    await b.eval(`${el}.value = { project: { title: 'Fra nettsiden' } }`);
    await b.wait('[data-state=offer]');
    await b.click('[data-draft=continue]');
    expect(await b.value('#f-project-title')).to.equal('Søknad to');
    await sleep(300);
    expect(await b.eval<string>(`[...${el}.shadowRoot.querySelectorAll('.draft-banner')].map((b) => b.dataset.state + '/' + b.dataset.why + ':' + b.textContent.trim().slice(0, 60)).join() || 'none'`)).to.equal('none');
    await b.close();
  });
});

describe('answers set aside beside another banner, or before the drafts code is here', () => {
  const EL = `document.querySelector('helseteknologi-soknad')`;
  const asides = (tab: Tab) => tab.eval<string[]>(`[...${EL}.shadowRoot.querySelectorAll('[data-state=discarded]')].map((b) => b.dataset.why)`);

  it('a host value over text typed before the drafts code arrived is set aside once it is here, with "Angre"', async function () {
    this.timeout(20_000);
    const tab = await Tab.openHeld('early-prefill');
    await tab.type('#f-project-title', 'Skrevet tidlig');
    await tab.eval(`${EL}.value = { project: { title: 'Fra nettsiden' } }`);
    await tab.release();
    await tab.wait('[data-state=discarded][data-why=replaced]');
    expect(await tab.value('#f-project-title')).to.equal('Fra nettsiden');
    await tab.click('[data-draft=undo]');
    expect(await tab.value('#f-project-title')).to.equal('Skrevet tidlig');
    await until(async () => (await storedTitle('early-prefill')) === 'Skrevet tidlig', 'what was typed, saved once chosen');
    await tab.close();
  });

  it('a host value during the offer of a draft, over text typed early, is set aside and shown once the user has chosen', async function () {
    this.timeout(20_000);
    const tab = await typedBeforeTheDraft('offer-prefill');
    await tab.eval(`${EL}.value = { project: { title: 'Fra nettsiden' } }`);
    expect(await asides(tab), 'the offer is answered first').to.deep.equal([]);
    await tab.click('[data-draft=continue]');
    expect(await tab.value('#f-project-title')).to.equal('Fra utkastet');
    await tab.wait('[data-state=discarded][data-why=replaced]');
    await tab.click('[data-draft=undo]');
    expect(await tab.value('#f-project-title')).to.equal('Skrevet tidlig');
    await tab.close();
  });

  it('a host value over typed text while storage is blocked (the failed banner shows) is set aside, with "Angre"', async () => {
    const restore = block('indexedDB', 'localStorage');
    try {
      const el = await mount('helseteknologi-soknad', undefined, { 'draft-key': 'blocked-prefill' });
      await until(() => !!$(el, '[data-state=failed]'), 'the failed banner');
      await fill(el, 'f-project-title', 'Skrevet selv');
      el.value = { project: { title: 'Fra nettsiden' } };
      await el.updateComplete;
      expect($(el, '[data-state=failed]'), 'the storage problem is still said').to.not.equal(null);
      expect($(el, '[data-state=discarded]')?.dataset.why).to.equal('replaced');
      await main.click('[data-draft=undo]');
      await el.updateComplete;
      expect(title(el)).to.equal('Skrevet selv');
    } finally {
      restore();
    }
  });

  it('a host value over typed text during a two-tab conflict is set aside, and the conflict still waits for its choice', async function () {
    this.timeout(20_000);
    const a = await Tab.open('conflict-prefill');
    await a.type('#f-project-title', 'Fra A');
    await until(async () => (await storedTitle('conflict-prefill')) === 'Fra A', 'A saved');
    const b = await Tab.open('conflict-prefill');
    await b.click('[data-draft=continue]');
    await a.type('#f-project-title', ' 2');
    await b.wait('[data-state=conflict]');
    await b.type('#f-project-title', ' skrevet i B');
    await b.eval(`${EL}.value = { project: { title: 'Fra nettsiden' } }`);
    await b.wait('[data-state=discarded][data-why=replaced]');
    await b.wait('[data-state=conflict]');
    await b.click('[data-draft=undo]');
    expect(await b.value('#f-project-title')).to.equal('Fra A skrevet i B');
    await b.click('[data-draft=mine]');
    await until(async () => (await storedTitle('conflict-prefill')) === 'Fra A skrevet i B', "B's own version saved once chosen");
    await a.close();
    await b.close();
  });

  it('another tab saving over answers set aside brings the conflict, and what was set aside stays', async function () {
    this.timeout(20_000);
    const one = await Tab.open('replaced-then-conflict');
    await one.type('#f-project-title', 'Min søknad A');
    await until(async () => (await storedTitle('replaced-then-conflict')) === 'Min søknad A', 'A saved');
    await one.eval(`${EL}.value = { project: { title: 'Fra nettsiden' } }`);
    await one.wait('[data-state=discarded][data-why=replaced]');
    await one.type('#f-project-title', ' + mer');
    await until(async () => (await storedTitle('replaced-then-conflict')) === 'Fra nettsiden + mer', 'typed on, saved');
    const two = await Tab.open('replaced-then-conflict');
    await two.click('[data-draft=continue]');
    await two.type('#f-project-title', ' (fane 2)');
    await one.wait('[data-state=conflict]');
    expect(await asides(one)).to.deep.equal(['replaced']);
    await one.click('[data-draft=undo]');
    expect(await one.value('#f-project-title')).to.equal('Min søknad A');
    await one.close();
    await two.close();
  });
});

describe('answers set aside outlive the page', () => {
  const EL = `document.querySelector('helseteknologi-soknad')`;
  const asides = (tab: Tab) => tab.eval<string[]>(`[...${EL}.shadowRoot.querySelectorAll('[data-state=discarded]')].map((b) => b.dataset.why)`);

  /** A tab in which the user typed "Skrevet selv", then the host put its answers over it, and the user typed on. */
  async function replacedThenTypedOn(key: string): Promise<Tab> {
    const tab = await Tab.open(key);
    await tab.type('#f-project-title', 'Skrevet selv');
    await until(async () => (await storedTitle(key)) === 'Skrevet selv', 'what was typed, saved');
    await tab.eval(`${EL}.value = { project: { title: 'Fra nettsiden' } }`);
    await tab.wait('[data-state=discarded][data-why=replaced]');
    await tab.type('#f-project-title', ' + mer');
    await until(async () => (await storedTitle(key)) === 'Fra nettsiden + mer', 'the draft now holds the new answers');
    return tab;
  }

  it('answers the host replaced are still offered after a reload, and "Angre" brings them back', async function () {
    this.timeout(20_000);
    const tab = await replacedThenTypedOn('outlive');
    await tab.reload();
    await tab.wait('[data-state=offer]');
    expect(await asides(tab), 'the found draft is answered first').to.deep.equal([]);
    await tab.click('[data-draft=continue]');
    await tab.wait('[data-state=discarded][data-why=replaced]');
    expect(await tab.text('[data-state=discarded]')).to.match(/ble svarene i skjemaet byttet ut med nye/);
    await tab.click('[data-draft=undo]');
    expect(await tab.value('#f-project-title')).to.equal('Skrevet selv');
    await until(async () => (await storedTitle('outlive')) === 'Skrevet selv', 'the answers brought back, saved');
    // Chosen: what is on screen is the draft now, and the answers swapped out are what is set aside.
    await tab.reload();
    await tab.wait('[data-state=offer]');
    await tab.click('[data-draft=continue]');
    await tab.wait('[data-state=discarded][data-why=replaced]');
    expect(await asides(tab)).to.deep.equal(['replaced']);
    await tab.click('[data-draft=undo]');
    expect(await tab.value('#f-project-title')).to.equal('Fra nettsiden + mer');
    await tab.close();
  });

  it('"Lukk" ends it: after a reload no answers are offered back', async function () {
    this.timeout(20_000);
    const tab = await replacedThenTypedOn('outlive-closed');
    await tab.click('[data-draft=dismiss]');
    await until(async () => (await storedKeys('helseteknologi/soknad#outlive-closed#')).length === 0, 'nothing set aside left stored');
    await tab.reload();
    await tab.wait('[data-state=offer]');
    await tab.click('[data-draft=continue]');
    await sleep(300);
    expect(await asides(tab)).to.deep.equal([]);
    await tab.close();
  });

  it('the application sent, the answers set aside for it go too', async () => {
    const el = await mount('helseteknologi-soknad', undefined, { 'draft-key': 'outlive-sent' });
    await settled(el);
    await fill(el, 'f-project-title', 'Skrevet selv');
    el.value = validApplication();
    await until(async () => (await storedKeys(`${id('outlive-sent')}#`)).length === 1, 'the answers set aside, stored');
    expect(await el.submit()).to.equal(true);
    await el.accepted('SAK-2026-1');
    await until(async () => (await storedKeys(id('outlive-sent'))).length === 0, 'the draft and what was set aside, gone');
  });

  it('answers set aside are not a draft of another page: a page without drafts of its own is not offered them', async function () {
    this.timeout(20_000);
    const tab = await replacedThenTypedOn('outlive-path');
    await tab.close();
    const keys = await storedKeys(`${id('outlive-path')}#`);
    expect(keys).to.have.length(1);
    // The same answers under a path-like key another page would look through (draftElsewhere).
    const other = `helseteknologi/soknad#/another/page${keys[0]!.slice(id('outlive-path').length)}`;
    await putRaw(other, await storedDraft(keys[0]!));
    const el = await mount('helseteknologi-soknad');
    await settled(el);
    // Another test file's draft under a path may be offered here (one origin); ours must not be.
    const state = (el as unknown as { drafts: { draft: { state: { kind: string; draft?: { data: { project?: { title?: string } } } } } } }).drafts.draft.state;
    expect(state.kind === 'offer' ? state.draft!.data.project?.title : null).to.not.equal('Skrevet selv');
  });
});
