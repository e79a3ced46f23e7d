import { expect } from 'chai';
import { createDraft } from '../../src/core/draft.js';
import { storedDraft, Tab, until } from './client.js';

const id = (key: string) => `helseteknologi/soknad#${key}`;
const title = async (key: string) => ((await storedDraft(id(key)))?.data.project as { title?: string } | undefined)?.title;

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
});
