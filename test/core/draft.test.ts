import { expect } from 'chai';
import {
  compareVersions,
  createDraft,
  draftFileName,
  draftStorageKey,
  isConflict,
  isSibling,
  migrateDraft,
  nextRevision,
  readDraft,
  sameData,
  serializeDraft,
  versionId,
  type Migratable,
} from '../../src/core/draft.js';
import { LIMITS, withinLimits } from '../../src/core/limits.js';
import { receiptSummary } from '../../src/core/receipt.js';
import { fmkRapport } from '../../src/schemes/fmk/index.js';
import { helseteknologiRapport, helseteknologiSoknad } from '../../src/schemes/helseteknologi/index.js';
import { completeFmkRapport } from '../../stories/fixtures/fmk-rapport.js';
import { completeReport } from '../../stories/fixtures/helseteknologi-rapport.js';
import { validApplication } from '../fixtures/helseteknologi.js';

const v1 = { id: 'demo/soknad', version: '1.0.0' };
const now = new Date('2026-11-21T13:32:00Z');
const draftOf = (data: object, def = v1, revision = 1) => createDraft(def, { key: 'k', data: data as never, revision, writer: 'tab-a', now });

describe('draft envelope', () => {
  it('carries the schema, its version, the key, a revision, the writer and the time', () => {
    const draft = draftOf({ a: { b: 'x' } });
    expect(draft).to.deep.equal({
      format: 'tilskudd-draft',
      formatVersion: 1,
      schema: 'demo/soknad',
      schemaVersion: '1.0.0',
      key: 'k',
      revision: 1,
      writer: 'tab-a',
      savedAt: '2026-11-21T13:32:00.000Z',
      data: { a: { b: 'x' } },
    });
    expect(draftStorageKey('demo/soknad', 'k')).to.equal('demo/soknad#k');
  });

  it('copies the data, so later edits do not change a saved draft', () => {
    const data = { a: { b: 'x' } };
    const draft = draftOf(data);
    data.a.b = 'y';
    expect(draft.data).to.deep.equal({ a: { b: 'x' } });
  });

  it('reads back what it wrote, as an object or as the downloaded file', () => {
    const draft = createDraft(v1, { key: 'k', data: { amount: { unparseable: '12,5' } }, revision: 3, writer: 'w', now, submissionKey: 'abc' });
    expect(readDraft(draft)).to.deep.equal({ ok: true, draft });
    expect(readDraft(serializeDraft(draft))).to.deep.equal({ ok: true, draft });
  });

  it('reads a submission JSON as a draft of its schema version', () => {
    const result = readDraft({ schema: 'demo/soknad', schemaVersion: '1.0.0', submittedAt: '2026-11-20T10:00:00.000Z', data: { a: 1 }, computed: {} });
    expect(result.ok && result.draft).to.include({ schema: 'demo/soknad', schemaVersion: '1.0.0', savedAt: '2026-11-20T10:00:00.000Z' });
  });

  for (const [name, raw] of [
    ['text that is not JSON', '{"format":"tilskudd-draft",'],
    ['JSON of another kind', { hello: 'world' }],
    ['a negative revision', { ...draftOf({}), revision: -1 }],
    ['data that is not an object', { ...draftOf({}), data: [1, 2] }],
    ['a time that is not a time', { ...draftOf({}), savedAt: 'i går' }],
    ['nothing', null],
  ] as const) {
    it(`calls ${name} corrupt`, () => {
      expect(readDraft(raw)).to.deep.equal({ ok: false, code: 'draft.corrupt' });
    });
  }

  it('names the downloaded file after the form and the day', () => {
    expect(draftFileName(draftOf({}))).to.equal('utkast-demo-soknad-2026-11-21.json');
  });
});

describe('draft limits (the Node entry\'s numbers: past them copying or walking the data throws)', () => {
  /** `levels` objects, one inside the other. */
  const nested = (levels: number): unknown => (levels === 0 ? 'x' : { a: nested(levels - 1) });
  const deepText = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

  it(`data nested ${LIMITS.depth} levels is read; one level more is corrupt`, () => {
    expect(readDraft(draftOf(nested(LIMITS.depth) as object)).ok).to.equal(true);
    expect(readDraft(draftOf(nested(LIMITS.depth + 1) as object))).to.deep.equal({ ok: false, code: 'draft.corrupt' });
  });

  it('a file nested 100 000 deep is corrupt at once, as a draft or as a submission, and nothing throws', () => {
    const draft = serializeDraft(draftOf({ junk: '__DEEP__' })).replace('"__DEEP__"', deepText(100_000));
    expect(readDraft(draft)).to.deep.equal({ ok: false, code: 'draft.corrupt' });
    const submission = `{"schema":"demo/soknad","schemaVersion":"1.0.0","data":{"junk":${deepText(100_000)}}}`;
    expect(readDraft(submission)).to.deep.equal({ ok: false, code: 'draft.corrupt' });
  });

  it('a stored value that holds a cycle (IndexedDB keeps them) is corrupt, not an endless walk', () => {
    const data: Record<string, unknown> = { project: { title: 'x' } };
    data.self = data;
    expect(readDraft({ ...draftOf({}), data })).to.deep.equal({ ok: false, code: 'draft.corrupt' });
  });

  it('absurdly large data is corrupt: too many values, a list too long, a text or a key too long', () => {
    const many = Object.fromEntries(Array.from({ length: LIMITS.nodes }, (_, i) => [`k${i}`, i]));
    expect(withinLimits(many), `${LIMITS.nodes} values and the object itself`).to.equal(false);
    expect(readDraft({ ...draftOf({}), data: { list: Array.from({ length: LIMITS.arrayItems + 1 }, () => 1) } }).ok).to.equal(false);
    expect(readDraft({ ...draftOf({}), data: { text: 'x'.repeat(LIMITS.keptStringLength + 1) } }).ok).to.equal(false);
    expect(readDraft({ ...draftOf({}), data: { ['k'.repeat(LIMITS.keyLength + 1)]: 1 } }).ok).to.equal(false);
    const atLimits = { list: Array.from({ length: LIMITS.arrayItems }, () => 1), text: 'x'.repeat(LIMITS.keptStringLength), ['k'.repeat(LIMITS.keyLength)]: 1 };
    expect(readDraft({ ...draftOf({}), data: atLimits }).ok, 'at the limits').to.equal(true);
  });

  it('an answer past what the Node entry takes (more than 100 000 characters pasted) keeps its draft readable: the form says it is too long (ALL-5)', () => {
    const data = { project: { title: 'Digitalt tilsyn' }, description: { needs: 'x'.repeat(LIMITS.stringLength + 1) } };
    const read = readDraft(draftOf(data));
    expect(read.ok).to.equal(true);
    expect(read.ok && read.draft.data).to.deep.equal(data);
  });
});

describe('draft versions and migration', () => {
  const v3: Migratable = {
    id: 'demo/soknad',
    version: '3.0.0',
    migrations: [
      { from: '1.0.0', to: '2.0.0', migrate: (d) => ({ ...d, renamed: d.old, old: undefined }) },
      { from: '2.0.0', to: '3.0.0', migrate: (d) => ({ ...d, added: [] }) },
    ],
  };

  it('a draft of the current version is used as it is', () => {
    expect(migrateDraft(v1, draftOf({ a: 1 }))).to.deep.equal({ status: 'current', data: { a: 1 } });
  });

  it('a draft two versions old is brought up step by step', () => {
    const result = migrateDraft(v3, draftOf({ old: 'x' }));
    expect(result).to.deep.equal({ status: 'migrated', from: '1.0.0', data: { renamed: 'x', old: undefined, added: [] } });
  });

  it('a draft no chain of steps reaches is incompatible (and the caller keeps it)', () => {
    expect(migrateDraft(v3, draftOf({}, { id: 'demo/soknad', version: '0.9.0' }))).to.deep.equal({ status: 'incompatible', code: 'draft.noMigration' });
  });

  it('a step that throws makes the draft incompatible rather than half migrated', () => {
    const broken: Migratable = { ...v1, version: '2.0.0', migrations: [{ from: '1.0.0', to: '2.0.0', migrate: () => { throw new Error('no'); } }] };
    expect(migrateDraft(broken, draftOf({}))).to.deep.equal({ status: 'incompatible', code: 'draft.noMigration' });
  });

  it('a draft from a newer version of the form, or from another form, is incompatible', () => {
    expect(migrateDraft(v1, draftOf({}, { id: 'demo/soknad', version: '1.10.0' }))).to.deep.equal({ status: 'incompatible', code: 'draft.newer' });
    expect(migrateDraft(v1, draftOf({}, { id: 'annen/rapport', version: '1.0.0' }))).to.deep.equal({ status: 'incompatible', code: 'draft.otherForm' });
  });

  it('versions compare by number, not by text', () => {
    expect(compareVersions('1.10.0', '1.9.0')).to.equal(1);
    expect(compareVersions('1.0', '1.0.0')).to.equal(0);
    expect(compareVersions('0.9.1', '1.0.0')).to.equal(-1);
  });
});

describe('draft revisions across tabs', () => {
  it('a save by another tab past our base revision is a conflict', () => {
    expect(isConflict(4, 'tab-a', { revision: 5, writer: 'tab-b' })).to.equal(true);
  });

  it('our own later save, an older save, or no draft is not', () => {
    expect(isConflict(4, 'tab-a', { revision: 5, writer: 'tab-a' })).to.equal(false);
    expect(isConflict(5, 'tab-a', { revision: 5, writer: 'tab-b' })).to.equal(false);
    expect(isConflict(0, 'tab-a', undefined)).to.equal(false);
  });

  it('a version of our base revision by another tab, never read here, is a sibling', () => {
    const seen = new Set([versionId({ revision: 5, writer: 'tab-b' })]);
    expect(isSibling(5, 'tab-a', seen, { revision: 5, writer: 'tab-c' })).to.equal(true);
    expect(isSibling(5, 'tab-a', seen, { revision: 5, writer: 'tab-b' }), 'read here').to.equal(false);
    expect(isSibling(5, 'tab-a', seen, { revision: 5, writer: 'tab-a' }), 'our own').to.equal(false);
    expect(isSibling(5, 'tab-a', seen, { revision: 4, writer: 'tab-c' }), 'older: what ours builds on').to.equal(false);
  });

  it('the next revision is past both ours and the stored one', () => {
    expect(nextRevision(4, { revision: 7 })).to.equal(8);
    expect(nextRevision(4, undefined)).to.equal(5);
  });

  it('data that differs only in key order is the same draft', () => {
    expect(sameData({ a: 1, b: { c: 2, d: 3 } }, { b: { d: 3, c: 2 }, a: 1 })).to.equal(true);
    expect(sameData({ a: 1 }, { a: 2 })).to.equal(false);
  });
});

describe('receipt summary', () => {
  it('lists answered fields per section, options by their label key, amounts formatted', () => {
    const summary = receiptSummary(helseteknologiSoknad(), validApplication());
    expect(summary.length).to.be.greaterThan(3);
    const rows = summary.flatMap((s) => s.rows);
    expect(rows.some((r) => 'text' in r.value && r.value.text === '974 760 673'), 'orgnr formatted').to.equal(true);
    expect(rows.every((r) => typeof r.label === 'string' && r.label.length > 0)).to.equal(true);
    expect(rows.some((r) => r.item?.n === 1), 'a repeat item is named').to.equal(true);
  });

  it("lists a report's attachment by its name, and leaves its accounts tables out (no \"[object Object]\")", () => {
    for (const [definition, data] of [[helseteknologiRapport(), completeReport()], [fmkRapport(), completeFmkRapport()]] as const) {
      const texts = receiptSummary(definition, data).flatMap((s) => s.rows.map((r) => ('text' in r.value ? r.value.text : r.value.key)));
      expect(texts.length).to.be.greaterThan(5);
      expect(texts.filter((t) => t.includes('[object')), definition.id).to.deep.equal([]);
    }
    const rows = receiptSummary(helseteknologiRapport(), completeReport()).flatMap((s) => s.rows);
    expect(rows.find((r) => r.label === 'htor.audit.attestation')?.value).to.deep.equal({ text: 'revisorattestasjon-2025.pdf' });
  });
});
