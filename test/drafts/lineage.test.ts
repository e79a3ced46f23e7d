import { expect } from 'chai';
import { createDraft, type DraftEnvelope } from '../../src/core/draft.js';
import { Lineage } from '../../src/elements/drafts/lineage.js';

const definition = { id: 'test/lineage', version: '1.0.0' };
const version = (revision: number, writer: string, data = { a: 'x' }): DraftEnvelope =>
  createDraft(definition, { key: '/', data, revision, writer });

describe('Lineage: which draft version a tab builds on', () => {
  it('a newer version by another tab is unseen until seen; our own and older ones never are', () => {
    const lineage = new Lineage('me');
    lineage.see(version(2, 'me'));
    expect(lineage.unseen([version(1, 'other'), version(2, 'me')], { a: 'y' })).to.equal(undefined);
    const theirs = version(3, 'other');
    expect(lineage.unseen([theirs], { a: 'y' })).to.equal(theirs);
    lineage.see(theirs);
    expect(lineage.base).to.equal(3);
    expect(lineage.unseen([theirs], { a: 'y' })).to.equal(undefined);
    expect(lineage.next(theirs)).to.equal(4);
  });

  it('a sibling (same revision, another tab, not seen) counts only with other answers', () => {
    const lineage = new Lineage('me');
    lineage.see(version(2, 'me'));
    const sibling = version(2, 'other', { a: 'theirs' });
    expect(lineage.unseen([sibling], { a: 'mine' })).to.equal(sibling);
    expect(lineage.unseen([sibling], { a: 'theirs' })).to.equal(undefined);
  });

  it('on the way out, a write past an announced revision becomes its sibling, not its successor', () => {
    const lineage = new Lineage('me');
    lineage.see(version(2, 'me'));
    expect(lineage.onTheWayOut(undefined)).to.deep.equal({ revision: 3, sibling: false });
    lineage.announce(5);
    expect(lineage.onTheWayOut(undefined)).to.deep.equal({ revision: 5, sibling: true });
    expect(lineage.onTheWayOut(version(7, 'other'))).to.deep.equal({ revision: 7, sibling: true });
  });

  it('forget (another slot, or the draft sent from another tab) drops what was announced too', () => {
    const lineage = new Lineage('me');
    lineage.see(version(4, 'me'));
    lineage.announce(6);
    lineage.forget();
    expect(lineage.base).to.equal(0);
    expect(lineage.onTheWayOut(undefined)).to.deep.equal({ revision: 1, sibling: false });
    expect(lineage.unseen([version(1, 'other')], {})).to.not.equal(undefined);
  });
});
