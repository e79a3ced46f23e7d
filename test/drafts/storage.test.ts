import { expect } from 'chai';
import { createDraft, readDraft, serializeDraft } from '../../src/core/draft.js';
import { DEFAULT_RAPPORT_CONFIG, helseteknologiRapport, helseteknologiSoknad } from '../../src/schemes/helseteknologi/index.js';
import { BEFORE_DEADLINE, completeReport } from '../../stories/fixtures/helseteknologi-rapport.js';
import type { TilskuddSkjema } from '../../src/elements/tilskudd-skjema.js';
import { LIMITS } from '../../src/core/limits.js';
import { readStored, storedIds } from '../../src/elements/drafts/store.js';
import { $, byId, cleanup, fill, mount, press, tabTo, text, type } from '../elements/helpers.js';
import { block, expectDownload, main, putRaw, storedDraft, Tab, until } from './client.js';

afterEach(cleanup);

const banner = (el: TilskuddSkjema, state: string) => $(el, `[data-state=${state}]`);
const shown = (el: TilskuddSkjema, state: string) => until(() => !!banner(el, state), `the ${state} banner`);
const title = (el: TilskuddSkjema) => (el.value.project as { title?: string } | undefined)?.title;

/** The form goes on: typing, validation and the draft as a file all still work. */
async function stillUsable(el: TilskuddSkjema, state: string) {
  await fill(el, 'f-applicant-orgnr', '123');
  expect(el.validate().some((i) => i.path === 'applicant.orgnr'), 'validation runs').to.equal(true);
  const file = await expectDownload();
  await main.click(`helseteknologi-soknad [data-state=${state}] [data-draft=download]`);
  const { name, text: json } = await file();
  expect(name).to.match(/^utkast-helseteknologi-soknad-\d{4}-\d\d-\d\d\.json$/);
  const read = readDraft(json);
  expect(read.ok && read.draft.data).to.deep.include({ project: { title: 'Skrevet uten lagring' } });
  return json;
}

describe('storage failures: the form keeps working and says so', () => {
  // The full-disk tabs are other browser contexts: this reaches into their form from an eval.
  const inForm = (selector: string) => `document.querySelector('helseteknologi-soknad').shadowRoot.querySelector(${JSON.stringify(selector)})`;

  it('a full disk (IndexedDB over its quota, localStorage full, both refusing for real): says the draft is not saved; download and upload work', async () => {
    const tab = await Tab.open('quota', 'helseteknologi-soknad', 'all');
    try {
      await tab.type('#f-project-title', 'Skrevet uten lagring');
      await tab.wait('[data-state=failed]');
      expect(await tab.text('[data-state=failed]')).to.contain('Utkastet blir ikke lagret: nettleseren har ikke mer plass');
      expect(await tab.eval(`${inForm('[data-state=failed]')}.getAttribute('role')`)).to.equal('alert');
      // The form goes on: validation runs, and the draft comes out as a file.
      await tab.type('#f-applicant-orgnr', '123');
      expect(await tab.eval(`document.querySelector('helseteknologi-soknad').validate().some((i) => i.path === 'applicant.orgnr')`), 'validation runs').to.equal(true);
      const file = await expectDownload(tab.id);
      await tab.click('[data-state=failed] [data-draft=download]');
      const { name, text: json } = await file();
      expect(name).to.match(/^utkast-helseteknologi-soknad-\d{4}-\d\d-\d\d\.json$/);
      const read = readDraft(json);
      expect(read.ok && read.draft.data).to.deep.include({ project: { title: 'Skrevet uten lagring' } });
      // Bring the downloaded draft back over other text: it is read and loaded like a prefill.
      await tab.eval(`document.querySelector('helseteknologi-soknad').value = { project: { title: 'Noe annet' } }`);
      await tab.upload('[data-state=failed] input[type=file]', 'utkast.json', json, 'application/json');
      await tab.wait('[data-state=failed] .draft-note');
      expect(await tab.value('#f-project-title')).to.equal('Skrevet uten lagring');
      expect(await tab.text('[data-state=failed] .draft-note')).to.match(/^Utkastet fra .* er lastet opp/);
      expect(await tab.eval(`${inForm('#f-applicant-orgnr')}.getAttribute('aria-invalid')`), 'its errors show as a prefill’s do').to.equal('true');
    } finally {
      await tab.close();
    }
  });

  it('IndexedDB over its quota, localStorage with room: the draft is kept in localStorage and says so', async () => {
    const tab = await Tab.open('quota-idb', 'helseteknologi-soknad', 'indexeddb');
    try {
      await tab.type('#f-project-title', 'Skrevet i reserven');
      await tab.wait('[data-state=fallback] [data-saved]');
      expect(await tab.text('[data-state=fallback]')).to.contain('uten vedleggene');
      const kept = await tab.eval<string[]>(
        `Object.keys(localStorage).filter((k) => k.startsWith('tilskuddsskjema-rescue:helseteknologi/soknad#quota-idb@')).map((k) => localStorage.getItem(k))`,
      );
      expect(kept).to.have.length(1);
      const read = readDraft(kept[0]!);
      expect(read.ok && read.draft.data).to.deep.include({ project: { title: 'Skrevet i reserven' } });
    } finally {
      await tab.close();
    }
  });

  it('storage blocked by the host page (reading indexedDB and localStorage throws SecurityError): the form works in memory', async () => {
    const restore = block('indexedDB', 'localStorage');
    try {
      const el = await mount('helseteknologi-soknad', undefined, { 'draft-key': 'blocked' });
      await shown(el, 'failed');
      expect(text(banner(el, 'failed'))).to.contain('tillater ikke lagring');
      await fill(el, 'f-project-title', 'Skrevet uten lagring');
      await stillUsable(el, 'failed');
    } finally {
      restore();
    }
  });

  const append = async (id: string, text: string) => {
    await tabTo(id);
    await press('End');
    await type(text);
  };
  const copies = (slot: string) => Object.keys(localStorage).filter((k) => k.startsWith(`tilskuddsskjema-rescue:helseteknologi/soknad#${slot}@`));

  it('IndexedDB failing, localStorage working: the draft is kept there without its files, says so, and is offered next time', async () => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('Internal error opening backing store.', 'UnknownError');
    };
    try {
      const el = await mount('helseteknologi-soknad', undefined, { 'draft-key': 'fallback' });
      await fill(el, 'f-project-title', 'Skrevet i reserven');
      await shown(el, 'fallback');
      expect(text(banner(el, 'fallback'))).to.contain('uten vedleggene');
      await until(() => !!$(el, '[data-state=fallback] [data-saved]'), 'when it was saved');
      expect(copies('fallback')).to.have.length(1);
      const kept = readDraft(localStorage.getItem(copies('fallback')[0]!));
      expect(kept.ok && kept.draft.data).to.deep.include({ project: { title: 'Skrevet i reserven' } });
      // Another save replaces this tab's copy; it does not add one.
      await append('f-project-title', ', to ganger');
      await until(() => copies('fallback').length === 1 && localStorage.getItem(copies('fallback')[0]!)!.includes('to ganger'), 'the copy updated');
      el.remove();

      const next = await mount('helseteknologi-soknad', undefined, { 'draft-key': 'fallback' });
      await shown(next, 'offer');
      $(next, '[data-draft=continue]')!.click();
      await until(() => title(next) === 'Skrevet i reserven, to ganger', 'the draft back');
    } finally {
      IDBObjectStore.prototype.put = put;
    }
  });

  it('IndexedDB blocked, localStorage working: the last visit’s copy is offered, and new edits are kept', async () => {
    const earlier = createDraft(helseteknologiSoknad(), { key: 'blocked-idb', data: { project: { title: 'Fra forrige besøk' } }, revision: 4, writer: 'earlier-tab' });
    localStorage.setItem('tilskuddsskjema-rescue:helseteknologi/soknad#blocked-idb@earlier-tab', JSON.stringify(earlier));
    const restore = block('indexedDB');
    try {
      const el = await mount('helseteknologi-soknad', undefined, { 'draft-key': 'blocked-idb' });
      await shown(el, 'offer');
      $(el, '[data-draft=continue]')!.click();
      await until(() => title(el) === 'Fra forrige besøk', 'the copy taken');
      await append('f-project-title', ', og i dag');
      await shown(el, 'fallback');
      await until(() => copies('blocked-idb').length === 1, "this tab's copy replacing the earlier one");
      const kept = readDraft(localStorage.getItem(copies('blocked-idb')[0]!));
      expect(kept.ok && kept.draft.revision, 'past the copy it was built on').to.equal(5);
      expect(kept.ok && kept.draft.data).to.deep.include({ project: { title: 'Fra forrige besøk, og i dag' } });
    } finally {
      restore();
    }
  });

  it('a copy from localStorage names the attachment but holds no file: the field asks for it again, and nothing is sent without it', async () => {
    const data = completeReport();
    const earlier = createDraft(helseteknologiRapport({ ...DEFAULT_RAPPORT_CONFIG, today: BEFORE_DEADLINE }), { key: 'copy-file', data, revision: 2, writer: 'earlier-tab' });
    localStorage.setItem('tilskuddsskjema-rescue:helseteknologi/rapport#copy-file@earlier-tab', JSON.stringify(earlier));
    const restore = block('indexedDB');
    try {
      const el = await mount('helseteknologi-rapport', undefined, { 'draft-key': 'copy-file', today: BEFORE_DEADLINE });
      await shown(el, 'offer');
      $(el, '[data-draft=continue]')!.click();
      await until(() => !!$(el, '#f-audit-attestation-msg'), 'the message at the attachment');
      expect(text($(el, '#f-audit-attestation-msg'))).to.contain('Skjemaet har bare navnet på filen «revisorattestasjon-2025.pdf», ikke selve filen. Velg filen på nytt');
      let sent = 0;
      el.addEventListener('tilskudd-submit', () => sent++);
      expect(await el.submit()).to.equal(false);
      expect(sent).to.equal(0);
    } finally {
      restore();
    }
  });

  it('an upload that is not a draft of this form is refused with a reason, and the form is untouched', async () => {
    const el = await mount('helseteknologi-soknad', undefined, { 'draft-key': 'upload' });
    await fill(el, 'f-project-title', 'Mitt');
    await main.upload('helseteknologi-soknad [data-state=bar] input[type=file]', 'x.json', '{"hei": 1}');
    await until(() => !!$(el, '.draft-note.error'), 'the refusal');
    expect(text($(el, '.draft-note.error'))).to.contain('Filen er ikke et utkast til dette skjemaet');
    const other = createDraft({ id: 'annen/rapport', version: '1.0.0' }, { key: 'x', data: {}, revision: 1, writer: 'w' });
    await main.upload('helseteknologi-soknad [data-state=bar] input[type=file]', 'y.json', serializeDraft(other));
    await until(() => text($(el, '.draft-note.error')).includes('et annet skjema'), 'the other-form refusal');
    expect(title(el)).to.equal('Mitt');
  });

  it('a corrupted stored draft is kept aside and offered as a file; the form starts and saves afresh', async () => {
    const raw = '{"format":"tilskudd-draft","data":{"project":{"title":"Halvt skrevet';
    await putRaw('helseteknologi/soknad#corrupt', raw);
    const el = await mount('helseteknologi-soknad', undefined, { 'draft-key': 'corrupt' });
    await shown(el, 'kept');
    expect(text(banner(el, 'kept'))).to.contain('ikke kan leses');
    const file = await expectDownload();
    await main.click('helseteknologi-soknad [data-draft=download-kept]');
    expect((await file()).text, 'the file is exactly what was stored').to.equal(raw);
    await fill(el, 'f-project-title', 'Ny start');
    await until(async () => (await storedDraft('helseteknologi/soknad#corrupt'))?.revision === 1, 'a fresh draft saved');
  });
});

describe('drafts past the limits (nested too deep): refused like unreadable ones, the form goes on', () => {
  const definition = helseteknologiSoknad();
  /** `levels` objects, one inside the other. */
  const nested = (levels: number): unknown => (levels === 0 ? 'x' : { a: nested(levels - 1) });
  /** A draft file whose data holds arrays nested `depth` deep (JSON.parse takes it; copying it throws). */
  const deepText = (key: string, depth: number, revision = 1) =>
    JSON.stringify(createDraft(definition, { key, data: { project: { title: 'Dypt' }, junk: '__DEEP__' }, revision, writer: 'w' })).replace(
      '"__DEEP__"',
      `${'['.repeat(depth)}${']'.repeat(depth)}`,
    );
  /** Unhandled rejections while a test runs: an upload or a load that throws leaves one, and no message. */
  let rejections: string[] = [];
  const note = (e: PromiseRejectionEvent) => rejections.push(String(e.reason));
  beforeEach(() => {
    rejections = [];
    addEventListener('unhandledrejection', note);
  });
  afterEach(() => removeEventListener('unhandledrejection', note));

  for (const [what, depth] of [
    ['just past the limit', LIMITS.depth + 1],
    ['100 000 deep', 100_000],
  ] as const) {
    it(`an upload nested ${what} is refused as not a draft, and the form is as it was`, async () => {
      const el = await mount('helseteknologi-soknad', undefined, { 'draft-key': 'upload-deep' });
      await fill(el, 'f-project-title', 'Mitt');
      await main.upload('helseteknologi-soknad [data-state=bar] input[type=file]', 'dypt.json', deepText('upload-deep', depth));
      await until(() => !!$(el, '.draft-note.error'), 'the refusal');
      expect(text($(el, '.draft-note.error'))).to.contain('Filen er ikke et utkast til dette skjemaet');
      expect(title(el)).to.equal('Mitt');
      expect(byId(el, 'f-project-title')!.value).to.equal('Mitt');
      // It goes on: typing is saved as before.
      await fill(el, 'f-applicant-orgnr', '123');
      await until(async () => (await storedDraft('helseteknologi/soknad#upload-deep'))?.data.applicant !== undefined, 'the next save');
      expect(rejections).to.deep.equal([]);
    });
  }

  it('an upload the form fails to take (any error on the way) ends in the same refusal, never an unhandled rejection', async () => {
    const el = await mount('helseteknologi-soknad', undefined, { 'draft-key': 'upload-throws' });
    await fill(el, 'f-project-title', 'Mitt');
    // The element refuses the data as a prefill that overflows would: the setter throws.
    const accessor = (o: object): PropertyDescriptor => Object.getOwnPropertyDescriptor(o, 'value') ?? accessor(Object.getPrototypeOf(o) as object);
    const { get } = accessor(el);
    const set = () => {
      throw new RangeError('Maximum call stack size exceeded');
    };
    Object.defineProperty(el, 'value', { configurable: true, get, set });
    try {
      const draft = createDraft(definition, { key: 'upload-throws', data: { project: { title: 'Fra fila' } }, revision: 1, writer: 'w' });
      await main.upload('helseteknologi-soknad [data-state=bar] input[type=file]', 'utkast.json', serializeDraft(draft));
      await until(() => !!$(el, '.draft-note.error'), 'the refusal');
      expect(text($(el, '.draft-note.error'))).to.contain('Filen er ikke et utkast til dette skjemaet');
      expect(title(el)).to.equal('Mitt');
      expect(rejections).to.deep.equal([]);
    } finally {
      delete (el as { value?: unknown }).value;
    }
  });

  for (const [what, key, raw] of [
    ['as text, nested 100 000 deep', 'deep-text', deepText('deep-text', 100_000)],
    ['as an object, nested just past the limit', 'deep-object', createDraft(definition, { key: 'deep-object', data: { project: { title: 'Dypt' }, junk: nested(LIMITS.depth) }, revision: 1, writer: 'w' })],
  ] as const) {
    it(`a stored draft ${what} is kept aside and offered as a file; the form starts and saves afresh`, async () => {
      const id = `helseteknologi/soknad#${key}`;
      await putRaw(id, raw);
      const el = await mount('helseteknologi-soknad', undefined, { 'draft-key': key });
      await shown(el, 'kept');
      expect(text(banner(el, 'kept'))).to.contain('ikke kan leses');
      expect((await storedIds(`${id}#kept-`)).length, 'moved aside').to.equal(1);
      const file = await expectDownload();
      await main.click('helseteknologi-soknad [data-draft=download-kept]');
      const downloaded = (await file()).text;
      if (typeof raw === 'string') expect(downloaded, 'the file is exactly what was stored').to.equal(raw);
      else expect(JSON.parse(downloaded)).to.deep.equal(raw);
      await fill(el, 'f-project-title', 'Ny start');
      await until(async () => (await storedDraft(id))?.revision === 1 && title(el) === 'Ny start', 'a fresh draft saved');
      expect((await storedIds(`${id}#kept-`)).length, 'still kept after the save').to.equal(1);
      expect(rejections).to.deep.equal([]);
    });
  }

  it("a tab's copy nested too deep is passed over: the stored draft is offered, and the copy is left where it was", async () => {
    const id = 'helseteknologi/soknad#deep-copy';
    await putRaw(id, createDraft(definition, { key: 'deep-copy', data: { project: { title: 'Lagret' } }, revision: 1, writer: 'w' }));
    const copy = `tilskuddsskjema-rescue:${id}@closed-tab`;
    localStorage.setItem(copy, deepText('deep-copy', 100_000, 2));
    const el = await mount('helseteknologi-soknad', undefined, { 'draft-key': 'deep-copy' });
    await shown(el, 'offer');
    $(el, '[data-draft=continue]')!.click();
    await until(() => title(el) === 'Lagret', 'the stored draft taken');
    expect(localStorage.getItem(copy), 'not ours to drop').to.not.equal(null);
    expect(rejections).to.deep.equal([]);
  });
});

describe('draft versions', () => {
  const definition = helseteknologiSoknad();

  it('a draft from an older version without a migration is kept and offered for download, never dropped', async () => {
    const old = createDraft({ id: definition.id, version: '0.9.0' }, { key: 'old', data: { project: { title: 'Gammel' } }, revision: 4, writer: 'w' });
    await putRaw('helseteknologi/soknad#old', old);
    const el = await mount('helseteknologi-soknad', undefined, { 'draft-key': 'old' });
    await shown(el, 'kept');
    expect(text(banner(el, 'kept'))).to.contain('eldre versjon');
    const file = await expectDownload();
    await main.click('helseteknologi-soknad [data-draft=download-kept]');
    expect(JSON.parse((await file()).text)).to.deep.equal(old);
  });

  it('after a draft from an older version is kept, typing saves afresh (no conflict), and a reload keeps it once', async () => {
    const id = 'helseteknologi/soknad#old-edit';
    const old = createDraft({ id: definition.id, version: '0.9.0' }, { key: 'old-edit', data: { project: { title: 'Gammel' } }, revision: 4, writer: 'w' });
    await putRaw(id, old);
    // Reloaded twice before any edit: the old draft is moved aside once, not once per load.
    const first = await mount('helseteknologi-soknad', undefined, { 'draft-key': 'old-edit' });
    await shown(first, 'kept');
    first.remove();
    const el = await mount('helseteknologi-soknad', undefined, { 'draft-key': 'old-edit' });
    await shown(el, 'kept');
    expect(await storedIds(`${id}#kept-`)).to.have.length(1);
    await fill(el, 'f-project-title', 'Ny start');
    await until(async () => (await storedDraft(id))?.revision === 5, 'the new draft saved over the old one');
    expect(banner(el, 'conflict'), 'the old draft is not another tab').to.equal(null);
    expect((await storedDraft(id))?.data).to.deep.include({ project: { title: 'Ny start' } });
    const kept = await storedIds(`${id}#kept-`);
    expect(kept).to.have.length(1);
    expect(await readStored(kept[0]!), 'the old draft, as it was').to.deep.equal(old);
  });

  it('a draft from an older version with a migration is brought up and offered', async () => {
    const v2 = {
      ...definition,
      version: '2.0.0',
      migrations: [{ from: '1.0.0', to: '2.0.0', migrate: (d: Record<string, unknown>) => ({ ...d, project: { title: `${(d.prosjekt as { tittel: string }).tittel}` } }) }],
    };
    await putRaw('helseteknologi/soknad#mig', createDraft(definition, { key: 'mig', data: { prosjekt: { tittel: 'Fra versjon 1' } }, revision: 2, writer: 'w' }));
    const el = document.createElement('tilskudd-skjema') as TilskuddSkjema;
    el.setAttribute('draft-key', 'mig');
    el.definition = v2;
    document.body.append(el);
    await shown(el, 'offer');
    expect(text(banner(el, 'offer'))).to.contain('eldre versjon av skjemaet og er gjort om');
    $(el, '[data-draft=continue]')!.click();
    await el.updateComplete;
    expect(byId(el, 'f-project-title')!.value).to.equal('Fra versjon 1');
  });
});

describe('attachments in a downloaded draft', () => {
  const report = () => mount('helseteknologi-rapport', { grant: { amount: 200000 } }, { 'draft-key': 'file-attachments' });
  const attestation = (el: TilskuddSkjema) => el.files.get('audit.attestation');

  it('the downloaded file holds the attachments, and uploading it brings them back, content and all', async () => {
    const el = await report();
    // The auditor's attestation is asked for at 200 000 kr (HTO-R4).
    await main.upload('helseteknologi-rapport #f-audit-attestation', 'attestasjon.pdf', '%PDF-1.4 revisor', 'application/pdf');
    await until(() => !!attestation(el), 'the file chosen');
    const file = await expectDownload();
    await main.click('helseteknologi-rapport [data-state=bar] [data-draft=download]');
    const json = (await file()).text;
    expect(JSON.parse(json).attachments).to.deep.equal({
      'audit.attestation': { name: 'attestasjon.pdf', type: 'application/pdf', size: 16, base64: btoa('%PDF-1.4 revisor') },
    });

    // Another browser: nothing chosen, then the file uploaded.
    el.files.clear();
    el.value = { grant: { amount: 200000 } };
    await el.updateComplete;
    await main.upload('helseteknologi-rapport [data-state=bar] input[type=file]', 'utkast.json', json);
    await until(() => !!attestation(el), 'the attachment back from the file');
    expect(await attestation(el)!.text()).to.equal('%PDF-1.4 revisor');
    expect(attestation(el)!.type).to.equal('application/pdf');
    await el.updateComplete;
    expect(text(byId(el, 'f-audit-attestation-file'))).to.contain('attestasjon.pdf');
    expect(text($(el, '[data-state=bar] .draft-note'))).not.to.contain('var ikke med');
  });

  it('an attachment named in the file without its content is asked for again, never sent as a bare name', async () => {
    const el = await report();
    const definition = { id: 'helseteknologi/rapport', version: el.definition!.version };
    const draft = createDraft(definition, {
      key: 'file-attachments',
      data: { grant: { amount: 200000 }, audit: { attestation: { name: 'attestasjon.pdf', size: 16, type: 'application/pdf' } } },
      revision: 1,
      writer: 'w',
    });
    await main.upload('helseteknologi-rapport [data-state=bar] input[type=file]', 'utkast.json', serializeDraft(draft));
    await until(() => !!$(el, '[data-state=bar] .draft-note'), 'the upload line');
    await el.updateComplete;
    expect(text($(el, '[data-state=bar] .draft-note'))).to.contain('Vedlegget attestasjon.pdf var ikke med i filen. Velg filen på nytt.');
    expect((el.value.audit as { attestation?: unknown }).attestation).to.equal(null);
    expect(byId(el, 'f-audit-attestation-file'), 'no file shown as chosen').to.equal(null);
    expect(el.validate().some((i) => i.path === 'audit.attestation' && i.severity === 'error'), 'HTO-R4: the attestation is still required').to.equal(true);
  });
});

// Last in this file: after a hung open the page leaves IndexedDB alone for a minute (store.ts).
describe('an IndexedDB that hangs', () => {
  it('IndexedDB whose open never answers (the WebKit hang): after 3 s the draft goes to localStorage and says so', async function () {
    this.timeout(15_000);
    const open = IDBFactory.prototype.open;
    // A request that never fires an event, as the hanging browser gives.
    IDBFactory.prototype.open = () => ({}) as IDBOpenDBRequest;
    try {
      const el = await mount('helseteknologi-soknad', undefined, { 'draft-key': 'hung' });
      await fill(el, 'f-project-title', 'Skrevet mens lagringen hang');
      await until(() => !!$(el, '[data-state=fallback] [data-saved]'), 'kept in localStorage', 8000);
      const kept = readDraft(localStorage.getItem(Object.keys(localStorage).filter((k) => k.startsWith('tilskuddsskjema-rescue:helseteknologi/soknad#hung@'))[0]!));
      expect(kept.ok && kept.draft.data).to.deep.include({ project: { title: 'Skrevet mens lagringen hang' } });
    } finally {
      IDBFactory.prototype.open = open;
    }
  });
});
