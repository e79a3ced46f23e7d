import { randomId } from '../random-id.js';

/**
 * The idempotency key of a submission, and the answers it was made for. The same answers keep
 * their key (a double click, a retry, a reload after a timeout); other answers are another
 * submission with a key of its own, since a server refuses a key reused for other content
 * (draft-ietf-httpapi-idempotency-key-header). A draft carries the key only beside its answers.
 */
export class SubmissionKey {
  private key: string | undefined;
  /** The form's value as JSON when the key was made. */
  private answers: string | undefined;

  /** The key for these answers; `fresh` when it was made just now. */
  for(answers: string): { key: string; fresh: boolean } {
    if (this.key !== undefined && this.answers === answers) return { key: this.key, fresh: false };
    this.key = randomId();
    this.answers = answers;
    return { key: this.key, fresh: true };
  }

  /** What a draft of these answers carries: the key, if it was made for them. */
  savedWith(answers: string): string | undefined {
    return this.answers === answers ? this.key : undefined;
  }

  /** A draft's key, made for that draft's answers; nothing forgets the key. */
  adopt(key?: string, answers?: string): void {
    this.key = key;
    this.answers = key === undefined ? undefined : answers;
  }
}
