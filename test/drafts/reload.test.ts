import { expect } from 'chai';
import { createDraft } from '../../src/core/draft.js';
import { dropCopy, readCopies, writeCopy } from '../../src/elements/drafts/rescue.js';
import { putRaw, storedDraft, Tab, until } from './client.js';

// Real Chromium pages in the test's browser context: real IndexedDB, real reloads and closes.

const id = (key: string) => `helseteknologi/soknad#${key}`;
const title = async (key: string) => ((await storedDraft(id(key)))?.data.project as { title?: string } | undefined)?.title;

describe('drafts survive reloads and closed pages', () => {
  it('type, reload: the draft is offered (never applied silently) and everything is back', async () => {
    const tab = await Tab.open('reload');
    await tab.type('#f-project-title', 'Digitalt tilsyn');
    await tab.type('#f-description-background', 'Linje én.\nLinje to.');
    await tab.type('#f-budget-costs-training-grant', '12,5');
    // Saved within a second of the last key press, without leaving the page.
    await until(async () => (await storedDraft(id('reload')))?.data !== undefined, 'the draft in IndexedDB', 1500);
    await tab.reload();
    await tab.wait('[data-state=offer]');
    expect(await tab.text('[data-state=offer] p')).to.match(/^Du har et utkast fra \d{1,2}\. \p{L}+ kl\. \d\d\.\d\d\.$/u);
    expect(await tab.value('#f-project-title'), 'nothing applied before the choice').to.equal('');
    await tab.click('[data-draft=continue]');
    await tab.wait('[data-state=offer]', 'detached');
    expect(await tab.value('#f-project-title')).to.equal('Digitalt tilsyn');
    expect(await tab.value('#f-description-background')).to.equal('Linje én.\nLinje to.');
    expect(await tab.value('#f-budget-costs-training-grant'), 'text that did not parse is kept as typed').to.equal('12,5');
    await tab.close();
  });

  it('type and close the page at once: everything is back in the next tab (pagehide)', async () => {
    const tab = await Tab.open('close');
    await tab.type('#f-project-title', 'Skrevet rett før lukking');
    await tab.close();
    const next = await Tab.open('close');
    await next.wait('[data-state=offer]');
    await next.click('[data-draft=continue]');
    expect(await next.value('#f-project-title')).to.equal('Skrevet rett før lukking');
    await next.close();
  });

  // The IndexedDB write on `pagehide` is lost now and then when a page closes at once (the test
  // above failed about 1 run in 8 before the copy); these two make that case happen every time.
  const rescue = (key: string, writer = 'closed-tab') => `tilskuddsskjema-rescue:${id(key)}@${writer}`;
  const draft = (key: string, title: string, revision: number) =>
    createDraft({ id: 'helseteknologi/soknad', version: '1.0.0' }, { key, data: { project: { title } }, revision, writer: 'closed-tab' });

  it('the copy written on pagehide is offered when IndexedDB missed the write, and goes once saved', async () => {
    await putRaw(id('missed'), draft('missed', 'Lagret før', 1));
    localStorage.setItem(rescue('missed'), JSON.stringify(draft('missed', 'Lagret før, og skrevet rett før lukking', 2)));
    const tab = await Tab.open('missed');
    await tab.wait('[data-state=offer]');
    await tab.click('[data-draft=continue]');
    expect(await tab.value('#f-project-title')).to.equal('Lagret før, og skrevet rett før lukking');
    await tab.type('#f-project-title', '!');
    await until(async () => localStorage.getItem(rescue('missed')) === null, 'the copy dropped after the save');
    expect((await storedDraft(id('missed')))!.data).to.deep.include({ project: { title: 'Lagret før, og skrevet rett før lukking!' } });
    await tab.close();
  });

  it('a copy no newer than the stored draft is dropped, never offered over it', async () => {
    await putRaw(id('stale'), draft('stale', 'Nyere, fra en annen fane', 3));
    localStorage.setItem(rescue('stale'), JSON.stringify(draft('stale', 'Eldre kopi', 3)));
    const tab = await Tab.open('stale');
    await tab.wait('[data-state=offer]');
    expect(localStorage.getItem(rescue('stale'))).to.equal(null);
    await tab.click('[data-draft=continue]');
    expect(await tab.value('#f-project-title')).to.equal('Nyere, fra en annen fane');
    await tab.close();
  });

  it('"Start på nytt" can be undone, and the old draft stays stored until the user writes', async () => {
    const tab = await Tab.open('undo');
    await tab.type('#f-project-title', 'Første utkast');
    await until(async () => (await storedDraft(id('undo')))?.data !== undefined, 'the draft saved');
    await tab.reload();
    await tab.click('[data-draft=start-over]');
    expect(await tab.value('#f-project-title')).to.equal('');
    const focused = () => tab.eval<string>(`document.querySelector('helseteknologi-soknad').shadowRoot.activeElement?.outerHTML.slice(0, 60) ?? ''`);
    expect(await focused(), 'focus goes to the undo button').to.contain('data-draft="undo"');
    expect((await storedDraft(id('undo')))!.data, 'nothing dropped by the choice alone').to.deep.include({ project: { title: 'Første utkast' } });
    await tab.click('[data-draft=undo]');
    expect(await tab.value('#f-project-title')).to.equal('Første utkast');
    expect(await focused(), 'then to the first section heading').to.match(/^<h2/);
    await tab.close();
  });

  it('an answer pasted past 100 000 characters keeps the whole draft: every answer is back after a reload, shown as too long (ALL-5)', async () => {
    const tab = await Tab.open('long');
    await tab.type('#f-project-title', 'Langt svar');
    await tab.paste('#f-description-background', 'x'.repeat(100_001));
    await until(async () => ((await storedDraft(id('long')))?.data.description as { background?: string } | undefined)?.background?.length === 100_001, 'the long draft in IndexedDB', 3000);
    await tab.reload();
    await tab.wait('[data-state=offer]');
    await tab.click('[data-draft=continue]');
    expect(await tab.value('#f-project-title')).to.equal('Langt svar');
    expect((await tab.value('#f-description-background')).length, 'never cut').to.equal(100_001);
    await tab.close();
  });

  it('two draft keys on one origin keep two applications apart', async () => {
    const a = await Tab.open('app-a');
    const b = await Tab.open('app-b');
    await a.type('#f-project-title', 'Søknad A');
    await b.type('#f-project-title', 'Søknad B');
    // Each key ends with its own tab's title (a positive check: polled, not after a fixed wait).
    await until(async () => (await title('app-a')) === 'Søknad A' && (await title('app-b')) === 'Søknad B', 'both saved, each under its key');
    expect(await a.eval<number>('document.querySelectorAll("[data-state=conflict]").length'), 'no conflict between keys').to.equal(0);
    await a.close();
    await b.close();
  });
});

describe('attachments in a draft', () => {
  it('a chosen file is stored with the draft and is back, name, size and content, after a reload', async () => {
    const tab = await Tab.open('files', 'helseteknologi-rapport');
    // The auditor's attestation is asked for at 200 000 kr (HTO-R4).
    await tab.eval(`document.querySelector('helseteknologi-rapport').value = { grant: { amount: 200000 } }`);
    await tab.wait('#f-audit-attestation', 'attached');
    await tab.upload('#f-audit-attestation', 'attestasjon.pdf', '%PDF-1.4 revisor', 'application/pdf');
    await until(async () => (await storedDraft('helseteknologi/rapport#files')) !== undefined, 'the draft with its file');
    await tab.reload();
    await tab.click('[data-draft=continue]');
    const file = await tab.eval<{ name: string; size: number; text: string }>(
      `(async () => { const f = document.querySelector('helseteknologi-rapport').files.get('audit.attestation'); return f && { name: f.name, size: f.size, text: await f.text() }; })()`,
    );
    expect(file).to.deep.equal({ name: 'attestasjon.pdf', size: 16, text: '%PDF-1.4 revisor' });
    expect(await tab.text('#f-audit-attestation-file')).to.contain('attestasjon.pdf');
    await tab.close();
  });
});

describe('the tabs’ copies (drafts/rescue.ts)', () => {
  const slot = 'helseteknologi/soknad#copies';
  afterEach(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('tilskuddsskjema-rescue:')) localStorage.removeItem(key);
  });

  it('one per tab and slot; a slot whose key holds "@" is not mixed up with a shorter one', () => {
    expect(writeCopy(slot, 'tab-a', { n: 1 })).to.equal(true);
    expect(writeCopy(slot, 'tab-b', { n: 2 })).to.equal(true);
    expect(writeCopy(`${slot}@ola`, 'tab-c', { n: 3 })).to.equal(true);
    expect(readCopies(slot).map((c) => c.raw)).to.have.deep.members([{ n: 1 }, { n: 2 }]);
    expect(readCopies(`${slot}@ola`).map((c) => c.raw)).to.deep.equal([{ n: 3 }]);
  });

  it('a copy its tab wrote again after it was read is not dropped: that version was never seen', () => {
    writeCopy(slot, 'tab-a', { n: 1 });
    const [read] = readCopies(slot);
    writeCopy(slot, 'tab-a', { n: 2 });
    dropCopy(read!);
    expect(readCopies(slot).map((c) => c.raw)).to.deep.equal([{ n: 2 }]);
    dropCopy(readCopies(slot)[0]!);
    expect(readCopies(slot)).to.deep.equal([]);
  });
});
