import { expect } from 'chai';
import { createDraft, readDraft } from '../../src/core/draft.js';
import { readStored, storedIds } from '../../src/elements/drafts/store.js';
import { copyTitles, putRaw, sleep, storedDraft, storedTitle, Tab, until } from './client.js';

const id = (key: string) => `helseteknologi/soknad#${key}`;
const title = storedTitle;

/** A saves, B continues on that draft, A writes on: B is in conflict, holding `Fra A`. */
async function behindInConflict(key: string, more: string): Promise<{ a: Tab; b: Tab }> {
  const a = await Tab.open(key);
  await a.type('#f-project-title', 'Fra A');
  await until(async () => (await title(key)) === 'Fra A', 'A saved');
  const b = await Tab.open(key);
  await b.click('[data-draft=continue]');
  await a.type('#f-project-title', more);
  await b.wait('[data-state=conflict]');
  return { a, b };
}

describe('two tabs on one draft', () => {
  it('an edit in the other tab is shown as a conflict; nothing is overwritten until the user chooses', async () => {
    const a = await Tab.open('conflict');
    await a.type('#f-project-title', 'Fra A');
    await until(async () => (await title('conflict')) === 'Fra A', 'A saved');
    const b = await Tab.open('conflict');
    await b.click('[data-draft=continue]');
    expect(await b.value('#f-project-title')).to.equal('Fra A');

    // A writes on; B, which holds the older revision, is told.
    await a.type('#f-project-title', ' og mer');
    await b.wait('[data-state=conflict]');
    expect(await b.text('[data-state=conflict] p')).to.contain('endret i en annen fane');
    // B's own typing now is not saved over A's work.
    await b.type('#f-project-title', ' (B)');
    await new Promise((r) => setTimeout(r, 800));
    expect(await title('conflict'), "A's version stays stored").to.equal('Fra A og mer');

    // B keeps its own: now A is the one told, and B's text is stored.
    await b.click('[data-draft=mine]');
    await until(async () => (await title('conflict')) === 'Fra A (B)', "B's version stored");
    await a.wait('[data-state=conflict]');
    // A takes B's version: the field shows it, and the conflict is gone in both.
    await a.click('[data-draft=theirs]');
    expect(await a.value('#f-project-title')).to.equal('Fra A (B)');
    await new Promise((r) => setTimeout(r, 800));
    expect(await title('conflict'), "taking B's version writes nothing of A's over it").to.equal('Fra A (B)');
    expect(await a.eval<number>('document.querySelector("helseteknologi-soknad").shadowRoot.querySelectorAll("[data-state=conflict]").length')).to.equal(0);
    await a.close();
    await b.close();
  });

  it('in a conflict, what this tab types is kept as its copy at each pause, and the bar below says so, with a way up to the choice', async () => {
    const { a, b } = await behindInConflict('conflict-copy', ' og mer');
    expect(await b.text('[data-state=bar]')).to.contain('bare i denne fanen');
    await b.type('#f-project-title', ' (B)');
    // No pagehide: a crash now must still find B's text in its copy.
    await until(
      async () => (await b.eval<string[]>(`Object.keys(localStorage).filter((k) => k.startsWith('tilskuddsskjema-rescue:helseteknologi/soknad#conflict-copy@')).map((k) => localStorage.getItem(k))`)).some((c) => c.includes('Fra A (B)')),
      "B's copy",
    );
    expect(await title('conflict-copy'), "A's version stays stored").to.equal('Fra A og mer');
    await b.click('[data-draft=to-choice]');
    expect(await b.eval<string>('document.querySelector("helseteknologi-soknad").shadowRoot.activeElement?.dataset.draft')).to.equal('theirs');
    await a.close();
    await b.close();
  });

  it('a tab that missed the broadcast still does not overwrite: the save checks the stored revision', async () => {
    const a = await Tab.open('missed');
    await a.type('#f-project-title', 'Fra A');
    await until(async () => (await title('missed')) === 'Fra A', 'A saved');
    const b = await Tab.open('missed');
    await b.click('[data-draft=continue]');
    // B stops listening (as a frozen background tab would), then A saves again.
    await b.eval(`(() => { const el = document.querySelector('helseteknologi-soknad'); el.drafts.draft.channel.close(); el.drafts.draft.channel = undefined; })()`);
    await a.type('#f-project-title', ' 2');
    await until(async () => (await title('missed')) === 'Fra A 2', 'A saved again');
    await b.type('#f-project-title', ' fra B');
    await b.wait('[data-state=conflict]');
    expect(await title('missed')).to.equal('Fra A 2');
    await a.close();
    await b.close();
  });

  // A tab closed right after typing leaves its last edits in a copy of its own (drafts/rescue.ts)
  // when its IndexedDB write is lost. Here the tab is gone and only its copy is left.
  const copyOf = (key: string) => `tilskuddsskjema-rescue:${id(key)}@closed-tab`;
  const closedTabCopy = (key: string, text: string, revision: number) =>
    createDraft({ id: 'helseteknologi/soknad', version: '1.0.0' }, { key, data: { project: { title: text } }, revision, writer: 'closed-tab' });

  it("the other tab's save keeps a closed tab's copy: it is offered as the other version, and goes once chosen", async () => {
    const b = await Tab.open('closed');
    await b.type('#f-project-title', 'Fra B');
    await until(async () => (await title('closed')) === 'Fra B', 'B saved');
    localStorage.setItem(copyOf('closed'), JSON.stringify(closedTabCopy('closed', 'Fra A, lukket rett etter', 2)));
    await b.type('#f-project-title', ' og mer');
    await b.wait('[data-state=conflict]');
    await new Promise((r) => setTimeout(r, 800));
    expect(await title('closed'), "B's save waits for the choice").to.equal('Fra B');
    expect(localStorage.getItem(copyOf('closed')), "A's copy is kept").to.not.equal(null);
    await b.click('[data-draft=theirs]');
    expect(await b.value('#f-project-title')).to.equal('Fra A, lukket rett etter');
    await b.type('#f-project-title', '!');
    await until(async () => (await title('closed')) === 'Fra A, lukket rett etter!', "A's text, and B's edit of it, stored");
    await until(() => localStorage.getItem(copyOf('closed')) === null, 'the copy dropped once stored');
    await b.close();
  });

  it('the broadcast of a write IndexedDB lost reaches the other tab through the copy, and "keep mine" wins over it', async () => {
    const b = await Tab.open('lost');
    await b.type('#f-project-title', 'Fra B');
    await until(async () => (await title('lost')) === 'Fra B', 'B saved');
    // What the closing tab's `pagehide` does: the copy, a write that never lands, the broadcast.
    localStorage.setItem(copyOf('lost'), JSON.stringify(closedTabCopy('lost', 'Fra A', 2)));
    const channel = new BroadcastChannel('tilskuddsskjema-drafts');
    channel.postMessage({ id: id('lost'), revision: 2, writer: 'closed-tab' });
    channel.close();
    await b.wait('[data-state=conflict]');
    expect(await b.value('#f-project-title'), 'nothing replaced before the choice').to.equal('Fra B');
    await b.click('[data-draft=mine]');
    await until(async () => (await title('lost')) === 'Fra B', "B's version stored over the copy");
    expect((await storedDraft(id('lost')))!.revision, 'past the copy’s revision').to.equal(3);
    await until(() => localStorage.getItem(copyOf('lost')) === null, 'the copy dropped');
    await b.close();
  });

  // Two tabs on one revision that close at the same moment each leave a copy of that revision.
  const version = (key: string, text: string, revision: number, writer: string, savedAt = new Date().toISOString()) => ({
    ...createDraft({ id: 'helseteknologi/soknad', version: '1.0.0' }, { key, data: { project: { title: text } }, revision, writer }),
    savedAt,
  });
  const copy = (key: string, writer: string) => `tilskuddsskjema-rescue:${id(key)}@${writer}`;

  it('two tabs closed at once, one write landed: the other tab\'s copy of the same revision is shown, not dropped', async () => {
    await putRaw(id('siblings'), version('siblings', 'Fra B', 2, 'tab-b'));
    localStorage.setItem(copy('siblings', 'tab-b'), JSON.stringify(version('siblings', 'Fra B', 2, 'tab-b')));
    localStorage.setItem(copy('siblings', 'tab-a'), JSON.stringify(version('siblings', 'Fra A', 2, 'tab-a')));
    const c = await Tab.open('siblings');
    await c.click('[data-draft=continue]');
    expect(await c.value('#f-project-title')).to.equal('Fra B');
    expect(localStorage.getItem(copy('siblings', 'tab-b')), "B's copy: the stored version itself").to.equal(null);
    expect(localStorage.getItem(copy('siblings', 'tab-a')), "A's copy: a version of its own").to.not.equal(null);
    await c.type('#f-project-title', '!');
    await c.wait('[data-state=conflict]');
    expect(await title('siblings'), 'nothing saved over either').to.equal('Fra B');
    await c.click('[data-draft=theirs]');
    expect(await c.value('#f-project-title')).to.equal('Fra A');
    await c.type('#f-project-title', ' og C');
    await until(async () => (await title('siblings')) === 'Fra A og C', "A's version, edited, stored");
    await until(() => localStorage.getItem(copy('siblings', 'tab-a')) === null, 'the copy gone once chosen and saved');
    await c.close();
  });

  it('two tabs closed at once, both writes lost: the later copy is offered, then the other is shown', async () => {
    await putRaw(id('both-lost'), version('both-lost', 'Felles', 1, 'tab-x'));
    localStorage.setItem(copy('both-lost', 'tab-a'), JSON.stringify(version('both-lost', 'Fra A', 2, 'tab-a', '2026-11-20T10:00:00.000Z')));
    localStorage.setItem(copy('both-lost', 'tab-b'), JSON.stringify(version('both-lost', 'Fra B', 2, 'tab-b', '2026-11-20T10:00:01.000Z')));
    const c = await Tab.open('both-lost');
    await c.click('[data-draft=continue]');
    expect(await c.value('#f-project-title'), 'the later of the two').to.equal('Fra B');
    await c.type('#f-project-title', '!');
    await c.wait('[data-state=conflict]');
    await c.click('[data-draft=mine]');
    await until(async () => (await title('both-lost')) === 'Fra B!', 'the choice stored');
    await until(() => !localStorage.getItem(copy('both-lost', 'tab-a')) && !localStorage.getItem(copy('both-lost', 'tab-b')), 'both copies go once chosen');
    await c.close();
  });

  it('a tab closed while it shows the conflict keeps what was typed in it, and the other tab is told', async () => {
    const { a, b } = await behindInConflict('closing-conflict', ' 2');
    await b.type('#f-project-title', ' (B)');
    await b.close();
    expect(copyTitles('closing-conflict'), "B's typing, kept beside A's version").to.deep.equal(['Fra A (B)']);
    await a.type('#f-project-title', ' 3');
    await a.wait('[data-state=conflict]');
    await a.click('[data-draft=theirs]');
    expect(await a.value('#f-project-title')).to.equal('Fra A (B)');
    await a.close();
  });

  it('a tab whose draft key changes during a conflict keeps what it typed under the old key, as its copy beside the other version', async () => {
    const { a, b } = await behindInConflict('rekey-conflict', ' 2');
    await b.type('#f-project-title', ' (B)');
    // At once, before the pause that writes the copy: the host moves on to another application.
    await b.eval(`document.querySelector('helseteknologi-soknad').draftKey = 'rekey-next'`);
    expect(copyTitles('rekey-conflict'), "B's typing, kept beside A's version").to.deep.equal(['Fra A (B)']);
    await a.type('#f-project-title', ' 3');
    await a.wait('[data-state=conflict]');
    await a.click('[data-draft=theirs]');
    expect(await a.value('#f-project-title')).to.equal('Fra A (B)');
    await a.close();
    await b.close();
  });

  it('a tab that goes to another application during a conflict and back gets its own copy shown as the other version, not saved over', async () => {
    const { a, b } = await behindInConflict('rekey-back', ' 2');
    await b.type('#f-project-title', ' (B)');
    const el = `document.querySelector('helseteknologi-soknad')`;
    await b.eval(`${el}.draftKey = 'rekey-back-other'`);
    await b.eval(`${el}.value = {}`);
    await a.close();
    await b.eval(`${el}.draftKey = 'rekey-back'`);
    await b.eval(`${el}.value = {}`);
    await b.wait('[data-state=offer]');
    await b.click('[data-draft=continue]');
    expect(await b.value('#f-project-title')).to.equal('Fra A 2');
    await b.type('#f-applicant-orgnr', '9');
    // What B typed before it left is another version of this draft: shown, not dropped by B's next save.
    await b.wait('[data-state=conflict]');
    await b.click('[data-draft=theirs]');
    expect(await b.value('#f-project-title')).to.equal('Fra A (B)');
    await b.close();
  });

  it('a tab closed while it asks about a sibling writes nothing over the stored draft, and keeps its typing beside both', async () => {
    await putRaw(id('sibling-close'), version('sibling-close', 'Fra B', 2, 'tab-b'));
    localStorage.setItem(copy('sibling-close', 'tab-a'), JSON.stringify(version('sibling-close', 'Fra A', 2, 'tab-a')));
    const c = await Tab.open('sibling-close');
    await c.click('[data-draft=continue]');
    await c.type('#f-project-title', ' og C');
    await c.wait('[data-state=conflict]');
    await c.close();
    expect(await title('sibling-close'), 'the stored draft untouched').to.equal('Fra B');
    expect(localStorage.getItem(copy('sibling-close', 'tab-a')), "A's copy kept").to.not.equal(null);
    const left = Object.keys(localStorage)
      .filter((k) => k.startsWith(`tilskuddsskjema-rescue:${id('sibling-close')}@`) && !k.endsWith('@tab-a'))
      .map((k) => JSON.parse(localStorage.getItem(k)!) as { revision: number; data: { project: { title: string } } });
    expect(left.map((d) => [d.revision, d.data.project.title]), "C's typing, a third version of revision 2").to.deep.equal([[2, 'Fra B og C']]);
  });

  it('a version saved by a newer version of the form in another tab is set aside, never put into this form; a page that can read it offers it again', async () => {
    const a = await Tab.open('versions');
    await a.type('#f-project-title', 'Fra A');
    await until(async () => (await title('versions')) === 'Fra A', 'A saved');
    // B is the page after an update. Without a migration from 1.0.0 it sets A's draft aside, then saves its own.
    const b = await Tab.open('versions', undefined, undefined, '2.0.0');
    await b.wait('[data-state=kept]');
    await b.type('#f-project-title', 'Fra B');
    await until(async () => (await storedDraft(id('versions')))?.schemaVersion === '2.0.0' && (await title('versions')) === 'Fra B', 'B saved');

    // A, still on the old page, cannot read it: no conflict to "take theirs" in, but the file, and why.
    await a.wait('[data-state=kept]');
    expect(await a.text('[data-state=kept] p')).to.contain('nyere versjon av skjemaet');
    expect(await a.eval<number>('document.querySelector("helseteknologi-soknad").shadowRoot.querySelectorAll("[data-state=conflict]").length')).to.equal(0);
    expect(await a.value('#f-project-title')).to.equal('Fra A');
    const kept = async () => (await Promise.all((await storedIds(`${id('versions')}#kept-`)).map((k) => readStored(k)))).map((raw) => readDraft(raw));
    const keptTitles = async () => (await kept()).map((r) => r.ok && `${r.draft.schemaVersion} ${(r.draft.data.project as { title: string }).title}`);
    await until(async () => (await keptTitles()).includes('2.0.0 Fra B'), "B's version kept apart");
    const count = (await kept()).length;

    // A's next edit is saved as its own version, and B's stays where it was set aside.
    await a.type('#f-project-title', ' og mer');
    await until(async () => (await title('versions')) === 'Fra A og mer', "A's edit saved");
    expect((await storedDraft(id('versions')))?.schemaVersion).to.equal('1.0.0');
    // B, the newer page, cannot read A's version either: it sets it aside in place of A's older one.
    await b.wait('[data-state=kept]');
    await until(async () => (await keptTitles()).includes('1.0.0 Fra A og mer'), "A's new version set aside by B");
    expect((await keptTitles()).sort(), 'one kept version per tab, its newest').to.deep.equal(['1.0.0 Fra A og mer', '2.0.0 Fra B']);
    expect(count).to.equal(2);
    await a.close();
    await b.close();

    // The updated page, opened afresh, cannot read what A left in the slot, but can read B's
    // version set aside: it offers that one, and the first save takes it back into the slot.
    const c = await Tab.open('versions', undefined, undefined, '2.0.0');
    await c.wait('[data-state=offer]');
    await c.click('[data-draft=continue]');
    expect(await c.value('#f-project-title')).to.equal('Fra B');
    await c.type('#f-project-title', ' igjen');
    await until(async () => (await title('versions')) === 'Fra B igjen', "C's edit saved");
    await until(async () => JSON.stringify(await keptTitles()) === JSON.stringify(['1.0.0 Fra A og mer']), "B's version back in the slot, A's still apart");
    await c.close();
  });

  it('a version saved by an older version of the form in another tab comes into the question migrated, and taking it brings it up to this version', async () => {
    const a = await Tab.open('migrating');
    await a.type('#f-project-title', 'Fra A');
    await until(async () => (await title('migrating')) === 'Fra A', 'A saved');
    // B is the page after an update, with a migration from A's version.
    const b = await Tab.open('migrating', undefined, undefined, '2.0.0', '1.0.0');
    await b.wait('[data-state=offer]');
    await b.click('[data-draft=continue]');
    expect(await b.value('#f-project-title')).to.equal('Fra A (2.0.0)');

    // A, still on the old page, types on: B hears of it and asks, with A's version migrated.
    await a.type('#f-project-title', ' og mer');
    await until(async () => (await title('migrating')) === 'Fra A og mer', "A's edit saved");
    await b.wait('[data-state=conflict]');
    expect(await b.eval<number>('document.querySelector("tilskudd-skjema").shadowRoot.querySelectorAll("[data-state=kept]").length'), 'nothing set aside').to.equal(0);
    expect(await b.value('#f-project-title'), 'B as it was until the choice').to.equal('Fra A (2.0.0)');
    await b.click('[data-draft=theirs]');
    expect(await b.value('#f-project-title')).to.equal('Fra A og mer (2.0.0)');

    // B's next edit is saved under its own version, over A's, with nothing lost on the way.
    await b.type('#f-project-title', ' fra B');
    await until(async () => (await storedDraft(id('migrating')))?.schemaVersion === '2.0.0', 'B saved');
    expect(await title('migrating')).to.equal('Fra A og mer (2.0.0) fra B');
    await a.close();
    await b.close();
  });
});

// Any script on the origin can post on the drafts' channel. A revision announced there that is
// not a safe integer once went into the copy written on pagehide, which then never read back.
describe('messages on the channel that are not ours', () => {
  const inTab = (body: string) => `(() => { const el = document.querySelector('helseteknologi-soknad'); ${body} })()`;

  for (const [what, revision] of [
    ['revision 1e308', 1e308],
    ['a revision of 2.5', 2.5],
    ['a revision that is text', '9'],
  ] as const) {
    it(`a broadcast with ${what} is ignored: the tab saves on, and what it leaves on closing reads back`, async () => {
      const key = `bad-broadcast-${String(revision)}`;
      const a = await Tab.open(key);
      await a.eval(`(() => { window.rejections = []; addEventListener('unhandledrejection', (e) => rejections.push(String(e.reason))); return true; })()`);
      await a.type('#f-project-title', 'Fra A');
      await until(async () => (await storedDraft(id(key)))?.revision === 1, 'A saved');
      const channel = new BroadcastChannel('tilskuddsskjema-drafts');
      channel.postMessage(null);
      channel.postMessage({ id: id(key), revision, writer: 'someone' });
      channel.close();
      await sleep(300);
      expect(await a.eval<number>(inTab(`return el.shadowRoot.querySelectorAll('[data-state=conflict]').length;`)), 'no conflict with nobody').to.equal(0);
      expect(await a.eval<string[]>('window.rejections')).to.deep.equal([]);
      // An edit, and the tab is closed (a real pagehide) before or after its save is due.
      await a.type('#f-project-title', ' og mer');
      await a.close();
      await until(async () => (await title(key)) === 'Fra A og mer' && (await storedDraft(id(key)))?.revision === 2, 'the edit in IndexedDB, at our own next revision');
      const copies = Object.keys(localStorage).filter((k) => k.startsWith(`tilskuddsskjema-rescue:${id(key)}@`));
      for (const copy of copies) {
        const read = readDraft(localStorage.getItem(copy));
        expect(read.ok && [read.draft.revision, read.draft.data.project], 'a copy left reads back').to.deep.equal([2, { title: 'Fra A og mer' }]);
      }
    });
  }
});
