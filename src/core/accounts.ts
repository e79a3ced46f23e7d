import { amountIssue, amountOrNull, errorIssue as issue, hasAmount } from './amount-cells.js';
import type { AccountsField, AccountsRow, BudgetColumn, Data } from './definition.js';
import { isEmptyValue } from './field-types.js';
import type { Issue, IssueParams } from './issues.js';
import { charCount, isBlank } from './parse/text.js';
import { asNumber, asRecord, joinPath } from './path.js';

/**
 * Accounts: budget against actual, per cell, row and column. Pure: the element renders these
 * figures and the scheme's `compute` puts them in the submission's `computed` block.
 */

export interface Deviation {
  budget: number;
  actual: number;
  /** actual − budget: positive is more spent than budgeted. */
  difference: number;
  /** The difference in per cent of the budget, one decimal; null when there is no budget. */
  percent: number | null;
}

export interface AccountsRowSums extends Deviation {
  /** Row key (fixed rows) or line index (free lines). */
  key: string;
  /** Data path of the row, relative to the field. */
  at: string;
  /** Row label key, or the line's own `what`. */
  label: string;
  cells: Record<string, Deviation>;
  /** Every cell with a budget has its actual filled in, so the deviation is known. */
  reported: boolean;
  /** A cell's deviation reaches the threshold: the row asks for an explanation. */
  large: boolean;
}

export interface AccountsSums {
  rows: AccountsRowSums[];
  /** Per column over all rows (one column, `amount`, when the field has none). */
  columns: Record<string, Deviation>;
  total: Deviation;
  /** Keys of the rows with a large deviation. */
  large: string[];
}

/** The implicit column of accounts without columns: the row holds `budget` and `actual` itself. */
export const SINGLE = 'amount';

export function deviation(budget: number, actual: number): Deviation {
  const difference = actual - budget;
  // Half away from zero, so −1,25 % shows as −1,3 % as +1,25 % shows as +1,3 %. Multiplied before
  // dividing: 201 000 / 400 000 × 1000 is 502.49999…, while 201 000 000 / 400 000 is 502.5 exactly.
  const tenths = (Math.abs(difference) * 1000) / budget;
  return { budget, actual, difference, percent: budget > 0 ? (Math.sign(difference) * Math.round(tenths)) / 10 || 0 : null };
}

const addTo = (a: Deviation, b: Deviation): Deviation => deviation(a.budget + b.budget, a.actual + b.actual);

/**
 * Is a cell's deviation large: at least `amount` kroner and `percent` of its budget (any spend of
 * `amount` or more when there was none)? On the exact share: 9.95 % is shown as 10 % but is less.
 */
export function isLarge(d: Deviation, threshold: AccountsField['threshold']): boolean {
  if (d.difference === 0 || Math.abs(d.difference) < threshold.amount) return false;
  return d.budget <= 0 || Math.abs(d.difference) * 100 >= threshold.percent * d.budget;
}

const SINGLE_COLUMNS: readonly BudgetColumn[] = [{ key: SINGLE, label: '' }];

export const accountsColumns = (field: AccountsField): readonly BudgetColumn[] => field.columns ?? SINGLE_COLUMNS;

/** The columns a row may use: its payers, or every column. */
export const openColumns = (field: AccountsField, row: AccountsRow | undefined): readonly BudgetColumn[] =>
  accountsColumns(field).filter((c) => !row?.payers || row.payers.includes(c.key));

/** A row's cell for a column: `row[column]` with columns, the row itself without. */
export const cellOf = (field: AccountsField, row: Data, column: string): Data =>
  field.columns ? asRecord(row[column]) : row;

export const cellPath = (field: AccountsField, rowPath: string, column: string): string => (field.columns ? joinPath(rowPath, column) : rowPath);

export interface AccountsRowView {
  key: string;
  at: string;
  label: string;
  /** The fixed row's definition; undefined for a free line. */
  row: AccountsRow | undefined;
  value: Data;
}

/** The rows of a value, fixed or free, with their relative paths. */
export function accountsRows(field: AccountsField, value: unknown): AccountsRowView[] {
  if (field.rows) {
    const data = asRecord(value);
    return field.rows.map((row) => ({ key: row.key, at: row.key, label: row.label, row, value: asRecord(data[row.key]) }));
  }
  const lines = Array.isArray(value) ? value : [];
  return lines.map((line, i) => {
    const data = asRecord(line);
    return { key: String(i), at: String(i), label: typeof data.what === 'string' ? data.what : '', row: undefined, value: data };
  });
}

export function sumAccounts(field: AccountsField, value: unknown): AccountsSums {
  const columns = accountsColumns(field);
  const totals: Record<string, Deviation> = Object.fromEntries(columns.map((c) => [c.key, deviation(0, 0)]));
  const rows = accountsRows(field, value).map((view): AccountsRowSums => {
    const cells: Record<string, Deviation> = {};
    let rowTotal = deviation(0, 0);
    let reported = true;
    for (const column of openColumns(field, view.row)) {
      const cell = cellOf(field, view.value, column.key);
      const d = deviation(asNumber(cell.budget), asNumber(cell.actual));
      if (d.budget > 0 && typeof cell.actual !== 'number') reported = false;
      cells[column.key] = d;
      rowTotal = addTo(rowTotal, d);
      totals[column.key] = addTo(totals[column.key]!, d);
    }
    // Until the actual is in, a gap would read as a deviation: only a reported row can be large.
    const large = reported && Object.values(cells).some((d) => isLarge(d, field.threshold));
    return { key: view.key, at: view.at, label: view.label, cells, reported, large, ...rowTotal };
  });
  const total = Object.values(totals).reduce(addTo, deviation(0, 0));
  return { rows, columns: totals, total, large: rows.filter((r) => r.large).map((r) => r.key) };
}

/**
 * ALL-1 in every cell; a closed cell holds nothing; an actual is given wherever there was a
 * budget (0 if nothing was spent); a free line says what it is; a large deviation is explained.
 */
export function validateAccounts(field: AccountsField, value: unknown, path: string, required: boolean, ownRule?: string): Issue[] {
  const issues: Issue[] = [];
  const sums = sumAccounts(field, value);
  let anything = false;
  accountsRows(field, value).forEach((view, index) => {
    const rowPath = joinPath(path, view.at);
    const open = openColumns(field, view.row);
    // A fixed row's label is a key (`row`, translated); a free line's name is the user's text (`line`, shown as typed).
    const name: IssueParams = view.row ? { row: view.row.label } : { line: view.label || String(index + 1) };
    let lineHasAmount = false;
    for (const column of accountsColumns(field)) {
      const cell = cellOf(field, view.value, column.key);
      const at = cellPath(field, rowPath, column.key);
      if (!open.includes(column)) {
        for (const side of ['budget', 'actual'])
          if (hasAmount(cell[side]))
            issues.push(
              issue(joinPath(at, side), field.payerRule ?? ownRule ?? 'ALL-1', 'budget.closedCell', { element: view.row!.label, column: column.label, open: open[0]?.label ?? '' }),
            );
        continue;
      }
      for (const side of ['budget', 'actual']) {
        const problem = amountIssue(cell[side], joinPath(at, side));
        if (problem) issues.push(problem);
        if (hasAmount(cell[side])) anything = lineHasAmount = true;
      }
      if (typeof cell.budget === 'number' && cell.budget > 0 && isEmptyValue(cell.actual))
        issues.push(issue(joinPath(at, 'actual'), ownRule ?? 'ALL-1', 'accounts.actual.required', column.label ? { ...name, column: column.label } : name));
    }
    if (!view.row) {
      const what = view.value.what;
      const max = field.lineMaxLength ?? 200;
      if (lineHasAmount && (typeof what !== 'string' || isBlank(what))) issues.push(issue(joinPath(rowPath, 'what'), 'ALL-5', 'budget.lineWhat.required'));
      else if (typeof what === 'string' && charCount(what) > max)
        issues.push(issue(joinPath(rowPath, 'what'), 'ALL-5', 'text.tooLong', { max, over: charCount(what) - max }));
    }
    const sum = sums.rows[index]!;
    const explanation = view.value.explanation;
    const explanationPath = joinPath(rowPath, 'explanation');
    if (sum.large && (typeof explanation !== 'string' || isBlank(explanation)))
      issues.push(issue(explanationPath, field.explanationRule, 'accounts.explanation.required', name));
    else if (sum.large && typeof explanation === 'string' && charCount(explanation) > field.explanationMaxLength)
      issues.push(issue(explanationPath, 'ALL-5', 'text.tooLong', { max: field.explanationMaxLength, over: charCount(explanation) - field.explanationMaxLength }));
  });
  if (!anything && required) issues.push(issue(path, ownRule ?? 'ALL-1', field.requiredKey ?? 'accounts.required'));
  return issues;
}

/** The accounts as submitted: open cells only, `explanation` only on rows whose deviation is large. */
export function accountsData(field: AccountsField, value: unknown): Data | Data[] {
  const sums = sumAccounts(field, value);
  const rows = accountsRows(field, value).map((view, index) => {
    const out: Data = view.row ? {} : { what: typeof view.value.what === 'string' && !isBlank(view.value.what) ? view.value.what : null };
    for (const column of openColumns(field, view.row)) {
      const cell = cellOf(field, view.value, column.key);
      const pair = { budget: amountOrNull(cell.budget), actual: amountOrNull(cell.actual) };
      if (field.columns) out[column.key] = pair;
      else Object.assign(out, pair);
    }
    const explanation = view.value.explanation;
    out.explanation = sums.rows[index]!.large && typeof explanation === 'string' && !isBlank(explanation) ? explanation : null;
    return [view.key, out] as const;
  });
  return field.rows ? Object.fromEntries(rows) : rows.map(([, row]) => row);
}
