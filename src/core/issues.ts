/** What a rule reports. The core never holds text: `code` is a message key, `params` fill it. */
export type Severity = 'error' | 'warning' | 'info';

export type IssueParams = Record<string, string | number>;

export interface Issue {
  /** Dotted data path, e.g. `applicant.orgnr` or `partners.2.name`. */
  path: string;
  /** Rule id from RULES.md, e.g. `ALL-2`. */
  rule: string;
  severity: Severity;
  /** Stable message key, e.g. `orgnr.checksum`. */
  code: string;
  params?: IssueParams;
}

export const isBlocking = (issue: Issue): boolean => issue.severity === 'error';
