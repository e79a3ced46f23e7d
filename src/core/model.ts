import { checklistState, type ChecklistState } from './checklist.js';
import type { CrossRule, Data, FormDefinition } from './definition.js';
import { isEmptyValue } from './field-types.js';
import { isBlocking, type Issue } from './issues.js';
import { asRecord, collectLeaves, getIn, setIn } from './path.js';
import { atMoment, todayIso } from './parse/date.js';
import { submissionData, type Submission } from './submission.js';
import { fieldIssues, type FilePresence } from './validate.js';

/**
 * The form's single truth: data (the model values), interaction state per path, and what
 * follows from them (computed, issues, checklist), recomputed on every change.
 */
export class FormModel<C = unknown> {
  readonly definition: FormDefinition<C>;
  data: Data;
  computed!: C;
  issues: Issue[] = [];
  submitted = false;
  /** The issues the cross-field rules raised (the others are fields' own). */
  /** Each cross-field rule's issue with its rule: two rules may share an id (HTO-R1's deadline and date), not a watch. */
  private fromRules = new Map<Issue, CrossRule<C>>();
  /** The day in Norway the computed block and the issues were worked out on. */
  private computedOn = '';
  private touched = new Set<string>();
  private dirty = new Set<string>();
  private prefilled = new Set<string>();
  private interactedCache: Set<string> | undefined;

  /** Where files are at hand (a browser): an attachment without its file is an error. */
  private readonly hasFile: FilePresence | undefined;

  constructor(definition: FormDefinition<C>, data?: Data, options: { hasFile?: FilePresence } = {}) {
    this.definition = definition;
    this.hasFile = options.hasFile;
    this.data = {};
    if (data) this.prefill(data);
    else this.reset();
  }

  /** Starts over with the definition's initial data and no interaction. */
  reset(): void {
    this.data = this.definition.initial?.() ?? {};
    this.touched.clear();
    this.dirty.clear();
    this.prefilled.clear();
    this.submitted = false;
    this.recompute();
  }

  /** Loads data from outside (a host's prefill, a draft): its errors show at once. */
  prefill(data: Data): void {
    this.reset();
    this.data = structuredClone(asRecord(data));
    collectLeaves(this.data, '', (path, value) => {
      if (!isEmptyValue(value)) this.prefilled.add(path);
    });
    this.recompute();
  }

  /**
   * The same form (scheme and form) under another definition, e.g. a variant: answers and
   * touched/dirty/prefilled/submitted state carry over (errors shown stay shown), lists only the new one starts with are added, and
   * its submission prunes what it does not show. Another form gives undefined: start afresh.
   */
  withDefinition<D>(definition: FormDefinition<D>): FormModel<D> | undefined {
    if (definition.scheme !== this.definition.scheme || definition.form !== this.definition.form) return undefined;
    const next = new FormModel(definition, undefined, { hasFile: this.hasFile });
    next.data = { ...next.data, ...this.data };
    for (const [to, from] of [[next.touched, this.touched], [next.dirty, this.dirty], [next.prefilled, this.prefilled]] as const) for (const p of from) to.add(p);
    next.submitted = this.submitted;
    next.recompute();
    return next;
  }

  get(path: string): unknown {
    return getIn(this.data, path);
  }

  /** A change by the user. */
  set(path: string, value: unknown): void {
    this.data = setIn(this.data, path, value);
    this.dirty.add(path);
    this.recompute();
  }

  /** The user left the field. */
  touch(path: string): void {
    this.touched.add(path);
    this.interactedCache = undefined;
  }

  addItem(path: string, item: Data = {}): number {
    const list = this.get(path);
    const next = Array.isArray(list) ? [...list, item] : [item];
    this.data = setIn(this.data, path, next);
    this.recompute();
    return next.length - 1;
  }

  /** Removes one item of a repeat, moving later items' interaction state down one index. */
  removeItem(path: string, index: number): void {
    const list = this.get(path);
    if (!Array.isArray(list)) return;
    this.data = setIn(this.data, path, list.filter((_, i) => i !== index));
    for (const set of [this.touched, this.dirty, this.prefilled]) shiftIndex(set, path, index);
    this.interactedCache = undefined;
    this.recompute();
  }

  markSubmitted(): void {
    this.submitted = true;
  }

  recompute(): void {
    this.interactedCache = undefined;
    this.computedOn = todayIso();
    // Computed and cross-checked from what would be sent: a back end does the same and must agree.
    const sent = submissionData(this.definition, this.data);
    this.computed = this.definition.compute(sent);
    this.fromRules = new Map();
    for (const rule of this.definition.rules) for (const issue of rule.check(sent, this.computed)) this.fromRules.set(issue, rule);
    this.issues = [...fieldIssues(this.definition, this.data, this.hasFile), ...this.fromRules.keys()];
  }

  /**
   * Shown when `(touched && dirty) || prefilled || submitted`, for the path or any field under it;
   * a cross-field rule's issue also for any path the rule watches.
   */
  isShown(issue: Issue): boolean {
    // A rule's watch and `immediate` are for that rule's own issues. A field's required error can
    // carry the same id (the section's rule, HTO-R4) and still waits for its own field.
    const rule = this.fromRules.get(issue);
    if (this.submitted || rule?.immediate) return true;
    const watched = rule ? rule.watch : [issue.path];
    return watched.some((prefix) => this.interacted.has(prefix));
  }

  /** Paths the user has touched after changing them, or that came filled, with all their ancestors. */
  private get interacted(): Set<string> {
    if (this.interactedCache) return this.interactedCache;
    const set = new Set<string>();
    const add = (path: string) => {
      // Adding a path adds each ancestor once, so an issue on a group finds its fields in O(1).
      for (let p = path; p && !set.has(p); p = p.slice(0, Math.max(0, p.lastIndexOf('.')))) set.add(p);
    };
    for (const path of this.dirty) if (this.touched.has(path)) add(path);
    for (const path of this.prefilled) add(path);
    return (this.interactedCache = set);
  }

  get visibleIssues(): Issue[] {
    return this.issues.filter((i) => this.isShown(i));
  }

  get blockingIssues(): Issue[] {
    return this.issues.filter(isBlocking);
  }

  get checklist(): ChecklistState {
    return checklistState(this.definition, this.data, this.issues, this.submitted);
  }

  submission(locale: string, now = new Date()): Submission<C> {
    const { id, version, scheme, form, variant } = this.definition;
    // Computed as of the sending moment, not the last edit: the day may have changed since
    // ("today" is the only time the rules read, and they read it by the day).
    if (todayIso(now) !== this.computedOn) atMoment(now, () => this.recompute());
    return {
      schema: id,
      schemaVersion: version,
      scheme,
      form,
      variant,
      locale,
      submittedAt: now.toISOString(),
      data: submissionData(this.definition, this.data),
      computed: this.computed,
      checklist: this.checklist,
    };
  }
}

function shiftIndex(set: Set<string>, listPath: string, removed: number): void {
  const prefix = `${listPath}.`;
  for (const path of [...set]) {
    if (!path.startsWith(prefix)) continue;
    const [index, ...rest] = path.slice(prefix.length).split('.');
    const i = Number(index);
    if (i < removed) continue;
    set.delete(path);
    if (i > removed) set.add([`${listPath}.${i - 1}`, ...rest].join('.'));
  }
}
