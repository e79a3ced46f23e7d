import type { ChecklistItemDefinition, Data, FormDefinition } from './definition.js';
import { isEmptyValue } from './field-types.js';
import type { Issue } from './issues.js';
import { collectLeaves, pathMatcher } from './path.js';
import { walkDefinition } from './walk.js';

export type ChecklistStatus = 'notStarted' | 'inProgress' | 'complete' | 'hasErrors';

export interface ChecklistItemState {
  id: string;
  rule: string;
  /** Message key of the item's label. */
  label: string;
  section: string;
  status: ChecklistStatus;
}

export interface ChecklistState {
  complete: number;
  total: number;
  items: ChecklistItemState[];
}

const COMPOSITE = new Set(['group', 'repeat', 'guidance', 'summary']);

// An answer not given yet: `….required`, or a variant of it (`text.required.clause`, worded for a clause).
const isMissing = (issue: Issue) => /\.required(\.|$)/.test(issue.code);

const matchers = new WeakMap<ChecklistItemDefinition, ((path: string) => boolean)[]>();
const matchersOf = (item: ChecklistItemDefinition) => {
  let list = matchers.get(item);
  if (!list) matchers.set(item, (list = item.paths.map(pathMatcher)));
  return list;
};

/**
 * Each required content item's status. "Has errors" means an answer given is wrong (or, after a
 * submit attempt, anything is missing); an item merely not finished yet is "in progress".
 */
export function checklistState(definition: FormDefinition<any>, data: Data, issues: readonly Issue[], submitted: boolean): ChecklistState {
  // Filled answers by their first path segment: an item looks only where its paths can match
  // (a budget of 500 lines is 1 500 cells that only the budget's items need to read).
  const filled = new Map<string, string[]>();
  walkDefinition(definition, data, ({ field, path, value }) => {
    if (COMPOSITE.has(field.type)) return;
    // A budget is one field but many cells: each filled cell counts on its own.
    const dot = path.indexOf('.');
    const head = dot < 0 ? path : path.slice(0, dot);
    let list = filled.get(head);
    if (!list) filled.set(head, (list = []));
    collectLeaves(value, path, (leaf, v) => {
      if (!isEmptyValue(v)) list.push(leaf);
    });
  });
  const errors = issues.filter((i) => i.severity === 'error');
  const items = definition.checklist.filter((item) => !item.when || item.when(data)).map((item): ChecklistItemState => {
    const matchers = matchersOf(item);
    const covers = (path: string) => matchers.some((m) => m(path));
    const own = errors.filter((e) => covers(e.path));
    const heads = new Set(item.paths.map((p) => p.split('.', 1)[0]!));
    const started = [...heads].some((head) => (head === '*' ? [...filled.values()].flat() : (filled.get(head) ?? [])).some(covers));
    const wrong = own.some((e) => submitted || !isMissing(e));
    const status: ChecklistStatus = wrong ? 'hasErrors' : !started ? 'notStarted' : own.length ? 'inProgress' : 'complete';
    return { id: item.id, rule: item.rule, label: item.label, section: item.section, status };
  });
  return { complete: items.filter((i) => i.status === 'complete').length, total: items.length, items };
}
