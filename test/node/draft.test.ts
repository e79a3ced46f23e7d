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
});
