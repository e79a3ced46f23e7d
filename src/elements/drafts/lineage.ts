import { isConflict, isSibling, nextRevision, sameData, versionId, type DraftEnvelope } from '../../core/draft.js';

/**
 * Which version of a slot's draft this tab's data builds on, so that a save never passes over
 * another tab's work unseen (the rules are core/draft.ts's `isConflict` and `isSibling`).
 */
export class Lineage {
  /** Revision our data builds on: the last we read, chose or wrote. */
  base = 0;
  /** The highest revision another tab announced: a blind write on `pagehide` must not pass it. */
  private announced = 0;
  /** The versions of the base revision read or chosen here (`versionId`): any other is a sibling. */
  private readonly seen = new Set<string>();

  constructor(readonly writer: string) {}

  /** A version read, chosen or written here: what our data builds on from now on. */
  see(version: Pick<DraftEnvelope, 'revision' | 'writer'>): void {
    if (version.revision < this.base) return;
    if (version.revision > this.base) this.seen.clear();
    this.base = version.revision;
    this.seen.add(versionId(version));
  }

  /** Another tab saved this revision; it is read (and maybe offered) after. */
  announce(revision: number): void {
    this.announced = Math.max(this.announced, revision);
  }

  /** Another slot, or this slot's draft cleared by a submission: nothing builds on anything. */
  forget(): void {
    this.base = 0;
    this.announced = 0;
    this.seen.clear();
  }

  /** Another tab's version not seen here: newer than ours, or a sibling of ours with other answers. */
  unseen(versions: DraftEnvelope[], data: unknown): DraftEnvelope | undefined {
    return versions
      .filter((v) => isConflict(this.base, this.writer, v) || (isSibling(this.base, this.writer, this.seen, v) && !sameData(v.data, data)))
      .sort((a, b) => b.revision - a.revision)[0];
  }

  /** The revision a checked save writes over the slot's newest version. */
  next(stored: Pick<DraftEnvelope, 'revision'> | undefined): number {
    return nextRevision(this.base, stored);
  }

  /**
   * The revision a blind write on the way out takes: past our base, or, when another tab's
   * version is not taken in yet (`pending`, or announced), that revision, as its sibling.
   */
  onTheWayOut(pending: DraftEnvelope | undefined): { revision: number; sibling: boolean } {
    const other = pending ? pending.revision : this.announced > this.base ? this.announced : 0;
    return other ? { revision: other, sibling: true } : { revision: this.base + 1, sibling: false };
  }
}
