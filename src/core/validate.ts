import { amountIssue, errorIssue as issue, hasAmount } from './amount-cells.js';
import type { BudgetField, Data, Field, FormDefinition } from './definition.js';
import { fieldKind } from './field-kinds.js';
import { codecs, fieldSchema, isEmptyValue, isStoredFile, requiredKeys, typeRules, type StoredFile } from './field-types.js';
import type { Issue, IssueParams } from './issues.js';
import { isIsoDate } from './parse/date.js';
import { charCount, isBlank } from './parse/text.js';
import { formatBytes } from './parse/bytes.js';
import { asRecord, joinPath } from './path.js';
import { isUnparseable } from './unparseable.js';
import { submissionData } from './submission.js';
import { isRequired, walkDefinition } from './walk.js';

/**
 * Every issue of the data: each visible field's own checks, then the definition's cross-field
 * rules. These see the data as it would be sent (`sent`, answers in branches not chosen left
 * out), so a hidden answer never raises an issue, here or on a server.
 */
export function validate<C>(definition: FormDefinition<C>, data: Data, computed: C, sent: Data = submissionData(definition, data)): Issue[] {
  return [...fieldIssues(definition, data), ...ruleIssues(definition, computed, sent)];
}

/** The cross-field rules' issues, on the data as it would be sent. */
export const ruleIssues = <C>(definition: FormDefinition<C>, computed: C, sent: Data): Issue[] => definition.rules.flatMap((rule) => rule.check(sent, computed));

/**
 * Whether the file an attachment's `{ name, size, type }` describes is at hand, by data path. A
 * browser knows (the element holds the files); Node does not, and checks only the description.
 */
export type FilePresence = (path: string, described: StoredFile) => boolean;

/** Each visible field's own checks: required, format, length, a budget's cells; an attachment's file where files are at hand. */
export function fieldIssues(definition: FormDefinition<any>, data: Data, hasFile?: FilePresence): Issue[] {
  const issues: Issue[] = [];
  walkDefinition(definition, data, ({ field, path, value, scope, section }) => {
    const ownRule = field.rule ?? section.rule;
    const required = isRequired(field, scope);
    if (field.type === 'guidance' || field.type === 'group' || field.type === 'summary') return;
    if (field.type === 'budget') {
      validateBudget(field, value, path, issues, required, ownRule);
      return false;
    }
    if (field.type === 'accounts') {
      issues.push(...fieldKind(field.type).validate(field, value, path, required, ownRule));
      return false;
    }
    if (field.type === 'repeat') {
      const count = Array.isArray(value) ? value.length : 0;
      const min = field.minItems ?? (required ? 1 : 0);
      if (count < min) issues.push(issue(path, ownRule ?? 'ALL-5', field.requiredKey ?? 'repeat.required', { field: field.itemLabel, min }));
      if (field.maxItems !== undefined && count > field.maxItems)
        issues.push(issue(path, ownRule ?? 'ALL-5', 'repeat.tooMany', { field: field.itemLabel, max: field.maxItems }));
      return;
    }
    const own = validateValue(field, value, path, required, ownRule);
    issues.push(...own);
    // A name without its file (a restored copy, a prefill) would send an attachment nobody can open.
    if (field.type === 'attachment' && hasFile && !own.length && isStoredFile(value) && !hasFile(path, value))
      issues.push(issue(path, ownRule ?? 'ALL-5', 'attachment.missing', { field: field.label, name: value.name }));
    if (field.type === 'date' && field.notBefore) {
      const start = scope.parent[field.notBefore];
      // ALL-6: ISO dates compare correctly as strings.
      if (isIsoDate(value) && isIsoDate(start) && value < start)
        issues.push(issue(path, 'ALL-6', 'date.beforeStart', { field: field.label }));
    }
  });
  return issues;
}

/** One scalar field: empty and required, text the user typed that did not parse, or a stored value that breaks its schema. */
export function validateValue(field: Field, value: unknown, path: string, required: boolean, ownRule?: string): Issue[] {
  const formatRule = typeRules[field.type] ?? ownRule ?? 'ALL-5';
  if (isEmptyValue(value)) {
    if (!required) return [];
    return [issue(path, ownRule ?? formatRule, field.requiredKey ?? requiredKeys[field.type] ?? 'text.required', { field: field.label })];
  }
  if (isUnparseable(value)) {
    const result = codecs[field.type]?.parse(value.unparseable);
    const code = result && !result.ok ? result.code : 'value.type';
    return [issue(path, formatRule, code, { field: field.label })];
  }
  const schema = fieldSchema(field);
  const result = schema?.safeParse(value);
  if (!result || result.success) return [];
  const code = result.error.issues[0]?.message ?? 'value.type';
  const params: IssueParams = { field: field.label };
  if (code === 'text.tooLong' && 'maxLength' in field && typeof value === 'string') {
    params.max = field.maxLength;
    params.over = charCount(value) - field.maxLength;
  }
  if (field.type === 'attachment' && field.maxSize !== undefined) params.max = formatBytes(field.maxSize);
  if (field.type === 'integer') Object.assign(params, field.min !== undefined && { min: field.min }, field.max !== undefined && { max: field.max });
  return [issue(path, formatRule, code, params)];
}

function validateBudget(field: BudgetField, value: unknown, path: string, issues: Issue[], required: boolean, ownRule?: string): void {
  const budget = asRecord(value);
  let anything = false;
  for (const element of field.elements) {
    const row = asRecord(budget[element.key]);
    const rowPath = joinPath(path, element.key);
    const lines = Array.isArray(row.lines) ? row.lines : [];
    const cells: [Data, string][] = lines.length
      ? lines.map((line, i) => [asRecord(line), joinPath(joinPath(rowPath, 'lines'), i)])
      : [[row, rowPath]];
    // Where an amount in a closed cell belongs instead: the element's first open column.
    const open = field.columns.find((c) => element.payers.includes(c.key))?.label ?? '';
    for (const [cellRow, cellPath] of cells) {
      for (const column of field.columns) {
        const cell = cellRow[column.key];
        const at = joinPath(cellPath, column.key);
        if (!element.payers.includes(column.key)) {
          // A closed cell can only hold an amount through a prefill or a hand-made submission.
          if (hasAmount(cell)) issues.push(issue(at, field.payerRule, 'budget.closedCell', { element: element.label, column: column.label, open }));
          continue;
        }
        const problem = amountIssue(cell, at);
        if (problem) issues.push(problem);
        if (hasAmount(cell)) anything = true;
      }
      if (cellRow !== row) {
        const what = cellRow.what;
        const whatPath = joinPath(cellPath, 'what');
        const lineHasAmount = field.columns.some((c) => hasAmount(cellRow[c.key]));
        if (lineHasAmount && isBlank(what)) issues.push(issue(whatPath, 'ALL-5', 'budget.lineWhat.required'));
        else if (typeof what === 'string' && charCount(what) > field.lineMaxLength)
          issues.push(issue(whatPath, 'ALL-5', 'text.tooLong', { max: field.lineMaxLength, over: charCount(what) - field.lineMaxLength }));
      }
    }
  }
  if (!anything && required) issues.push(issue(path, ownRule ?? 'ALL-1', field.requiredKey ?? 'budget.required'));
}
