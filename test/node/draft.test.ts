import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createDraft, isConflict, migrateDraft, nextRevision, readDraft, serializeDraft } from '../../src/core/draft.js';

// src/core/draft.ts is DOM-free: a back end can read, check and migrate a draft file in Node.

describe('drafts in plain Node', () => {
  const v1 = { id: 'demo/soknad', version: '1.0.0' };
  const v2 = { id: 'demo/soknad', version: '2.0.0', migrations: [{ from: '1.0.0', to: '2.0.0', migrate: (d: Record<string, unknown>) => ({ ...d, v: 2 }) }] };

  it('writes, reads back and migrates a draft without window or document', () => {
    assert.equal(typeof (globalThis as Record<string, unknown>).document, 'undefined');
    const draft = createDraft(v1, { key: 'k', data: { a: 1 }, revision: 2, writer: 'w', now: new Date('2026-11-21T13:32:00Z') });
    const read = readDraft(serializeDraft(draft));
    assert.ok(read.ok);
    assert.deepEqual(read.draft, draft);
    assert.deepEqual(migrateDraft(v2, read.draft), { status: 'migrated', from: '1.0.0', data: { a: 1, v: 2 } });
  });

  it('tells a corrupted file and a conflicting revision apart', () => {
    assert.deepEqual(readDraft('{"format":"tilskudd-draft"'), { ok: false, code: 'draft.corrupt' });
    assert.equal(isConflict(2, 'me', { revision: 3, writer: 'other' }), true);
    assert.equal(nextRevision(2, { revision: 3 }), 4);
  });

  it('reads only a well-formed envelope, and keeps none of the keys it does not know', () => {
    const draft = createDraft(v1, { key: 'k', data: { a: 1 }, revision: 0, writer: 'w', now: new Date('2026-11-21T13:32:00Z'), submissionKey: 's' });
    const read = readDraft({ ...draft, extra: '<script>' });
    assert.ok(read.ok);
    assert.deepEqual(read.draft, draft);
    const broken: Record<string, unknown>[] = [
      { revision: -1 },
      { revision: 1.5 },
      { formatVersion: 2 },
      { schema: '' },
      { savedAt: '21.11.2026' },
      { savedAt: '2026-13-45T99:99:00Z' },
      { data: [] },
      { data: null },
      { key: 7 },
      { submissionKey: 1 },
    ];
    for (const change of broken) assert.deepEqual(readDraft({ ...draft, ...change }), { ok: false, code: 'draft.corrupt' }, JSON.stringify(change));
    // A submission JSON is read as a draft of its data; a broken draft is never read as one.
    const fromSubmission = readDraft({ schema: 'demo/soknad', schemaVersion: '1.0.0', data: { a: 2 }, submittedAt: '2026-11-20T08:00:00Z' });
    assert.ok(fromSubmission.ok);
    assert.deepEqual([fromSubmission.draft.data, fromSubmission.draft.savedAt], [{ a: 2 }, '2026-11-20T08:00:00Z']);
  });
});
