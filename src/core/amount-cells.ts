import { amountSchema, isEmptyValue } from './field-types.js';
import type { Issue, IssueParams } from './issues.js';
import { parseAmount } from './parse/amount.js';
import { isUnparseable } from './unparseable.js';

/** The checks an amount cell gets wherever it stands: a budget table or a report's accounts. */

export const errorIssue = (path: string, rule: string, code: string, params?: IssueParams): Issue =>
  params ? { path, rule, severity: 'error', code, params } : { path, rule, severity: 'error', code };

/**
 * ALL-1 on one cell: a number, nothing, or text that did not parse. Empty is what the submission
 * sends as null (`""`, blank text), so the form never blocks a cell the receiver will accept.
 */
export function amountIssue(value: unknown, path: string): Issue | undefined {
  if (isEmptyValue(value)) return undefined;
  if (isUnparseable(value)) {
    const result = parseAmount(value.unparseable);
    return result.ok ? undefined : errorIssue(path, 'ALL-1', result.code);
  }
  const result = amountSchema.safeParse(value);
  return result.success ? undefined : errorIssue(path, 'ALL-1', result.error.issues[0]?.message ?? 'amount.invalid');
}

/** A cell as submitted: empty is null; anything else goes as it is, so the receiver sees the error the form saw. */
export const amountOrNull = (value: unknown): unknown => (isEmptyValue(value) ? null : value);

/** Does a cell hold anything: a non-zero amount, or text the user typed? */
export const hasAmount = (value: unknown): boolean => isUnparseable(value) || (typeof value === 'number' && value !== 0);
