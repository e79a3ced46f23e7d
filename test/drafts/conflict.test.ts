import { expect } from 'chai';
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
});
