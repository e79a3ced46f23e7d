import type { Issue } from './issues.js';

/**
 * A form definition is data plus a few pure functions. The engine knows field types, never
 * schemes: everything a scheme knows (sections, lists, rules, checklist) lives in its definition.
 * Every `label`, `hint` and `*Key` is a message key that the scheme's texts module translates.
 */
export type Data = Record<string, unknown>;

export type FieldType =
  | 'text'
  | 'textarea'
  | 'email'
  | 'phone'
  | 'orgnr'
  | 'postnr'
  | 'kontonr'
  | 'amount'
  | 'date'
  | 'select'
  | 'radio'
  | 'checkbox'
  | 'municipality'
  | 'group'
  | 'fieldset'
  | 'repeat'
  | 'budget'
  | 'summary'
  | 'guidance'
  | 'accounts'
  | 'attachment'
  | 'integer';

/** What a predicate sees: the whole form's data and the object the field sits in. */
export interface Scope {
  data: Data;
  parent: Data;
}

export type Predicate = (scope: Scope) => boolean;

interface FieldBase {
  /** Property name in the data object. */
  key: string;
  type: FieldType;
  label: string;
  hint?: string;
  /** Rule id for this field's own checks (required, format); the type's default otherwise. */
  rule?: string;
  required?: boolean | Predicate;
  /** Hidden fields keep their value while hidden, are not validated and are left out of the submission. */
  when?: Predicate;
  /** Message key for "required", when the generic one does not read well. */
  requiredKey?: string;
}

export interface TextField extends FieldBase {
  type: 'text' | 'textarea';
  maxLength: number;
  /** Textareas: visible rows. */
  rows?: number;
  autocomplete?: string;
}

export interface SimpleField extends FieldBase {
  type: 'email' | 'phone' | 'orgnr' | 'postnr' | 'kontonr' | 'amount' | 'date' | 'checkbox' | 'municipality';
  autocomplete?: string;
  /** Dates: a sibling date key this one may not be before (ALL-6). */
  notBefore?: string;
}

export interface Option {
  value: string;
  label: string;
  hint?: string;
}

export interface ChoiceField extends FieldBase {
  type: 'select' | 'radio';
  options: readonly Option[];
}

export interface GroupField extends FieldBase {
  type: 'group';
  fields: readonly Field[];
}

/**
 * Fields that answer one question together (say, checkboxes), under a legend that asks it. It is
 * presentation only: its fields keep their data where they are, and the walkers pass through it.
 * `key` names it in element ids, and a rule's issue on its path (`grounds.which`) is the whole
 * question's, shown by the fieldset; `required` and `rule` do not apply.
 */
export interface FieldsetField extends FieldBase {
  type: 'fieldset';
  fields: readonly Field[];
}

export interface RepeatField extends FieldBase {
  type: 'repeat';
  /** Label of one item, with `{n}` as its number. */
  itemLabel: string;
  addLabel: string;
  fields: readonly Field[];
  minItems?: number;
  maxItems?: number;
}

/** Who may pay for a cost element: a budget column key (e.g. `grant`, `own`). */
export interface BudgetElement {
  key: string;
  label: string;
  hint?: string;
  /** Columns this element may have an amount in; the others are closed (an error if filled). */
  payers: readonly string[];
}

export interface BudgetColumn {
  key: string;
  label: string;
}

/**
 * A cost budget: rows (cost elements) × columns (who pays), each row optionally broken into
 * lines `{ what, <column>: amount }` that sum into it.
 */
export interface BudgetField extends FieldBase {
  type: 'budget';
  columns: readonly BudgetColumn[];
  elements: readonly BudgetElement[];
  /** Rule id for a closed cell that holds an amount. */
  payerRule: string;
  lineMaxLength: number;
}

export interface GuidanceItem {
  label: string;
  text: string;
  /** Section ids whose answers serve this criterion. */
  sections: readonly string[];
}

export interface GuidanceGroup {
  label: string;
  weight: number;
  items: readonly GuidanceItem[];
}

/** Read-only guidance (rule kind "info"): text and links, no data. */
export interface GuidanceField extends FieldBase {
  type: 'guidance';
  groups: readonly GuidanceGroup[];
}

export interface SummaryItem {
  label: string;
  /** Path into the computed block. */
  path: string;
  /** `date` shows an ISO date as `21.11.2026`; `text` shows a string as given (e.g. a configured name). */
  format: 'kroner' | 'percent' | 'date' | 'text';
  /** Visual weight: a total is shown stronger. */
  emphasis?: boolean;
}

/**
 * Figures from the computed block, read-only, and an optional stacked bar of parts against a
 * whole. Cross-field rules that concern the totals attach their issues to this field's path.
 */
export interface SummaryField extends FieldBase {
  type: 'summary';
  items: readonly SummaryItem[];
  bar?: { segments: readonly { label: string; path: string }[]; whole: string; wholeLabel: string };
}

/** A whole number that is not money (a count, a year): `min`/`max` bound it. */
export interface IntegerField extends FieldBase {
  type: 'integer';
  min?: number;
  max?: number;
}

/**
 * A file chosen with the browser's own file input. The data holds `{ name, size, type }`; the
 * File itself stays with the element (`element.files`, and `files` on the submit event).
 */
export interface AttachmentField extends FieldBase {
  type: 'attachment';
  /** As the input's `accept`: MIME types and extensions, comma-separated (`application/pdf,.pdf`). */
  accept?: string;
  /** Largest file in bytes. */
  maxSize?: number;
}

/** One fixed row of accounts, e.g. a cost element; `payers` closes the other columns as in a budget. */
export interface AccountsRow {
  key: string;
  label: string;
  hint?: string;
  payers?: readonly string[];
}

/**
 * Accounts: rows × columns, each cell budget against actual, with the difference in kroner and per
 * cent per row and in totals. Fixed `rows` are keyed objects; without them the user adds free lines
 * `{ what, … }`. Without `columns` each row holds one `{ budget, actual }` pair. A cell whose
 * deviation reaches both `threshold`s is large, and its row then asks for an `explanation`.
 */
export interface AccountsField extends FieldBase {
  type: 'accounts';
  rows?: readonly AccountsRow[];
  columns?: readonly BudgetColumn[];
  /** Large deviation: |actual − budget| ≥ `amount` kroner and ≥ `percent` of the budget (or any spend on no budget). */
  threshold: { percent: number; amount: number };
  /** Rule id for the explanation a large deviation asks for. */
  explanationRule: string;
  explanationMaxLength: number;
  /** Rule id for a closed cell that holds an amount. */
  payerRule?: string;
  /** Free lines: the label of one line (`{n}`) and of the add button. */
  lineLabel?: string;
  addLabel?: string;
  lineMaxLength?: number;
}

export type Field =
  | TextField
  | SimpleField
  | ChoiceField
  | GroupField
  | FieldsetField
  | RepeatField
  | BudgetField
  | SummaryField
  | GuidanceField
  | IntegerField
  | AttachmentField
  | AccountsField;

export interface Section {
  id: string;
  title: string;
  intro?: string;
  /** Sections read their fields from `data[key]`; without a key, fields sit at the top level. */
  key?: string;
  fields: readonly Field[];
  when?: Predicate;
  /** Rule id that makes this section's fields required, unless a field names its own. */
  rule?: string;
}

export interface ChecklistItemDefinition {
  id: string;
  /** Rule id this item comes from, shown beside it. */
  rule: string;
  label: string;
  /** The section the item links to. */
  section: string;
  /** Data paths that make up the item; `*` stands for every index of a repeat. */
  paths: readonly string[];
  /** The item exists only when this holds (a requirement that depends on an answer). */
  when?: (data: Data) => boolean;
}

/** A check across fields (a sum, a date order, a relation): pure function of data and computed. */
export interface CrossRule<C = unknown> {
  id: string;
  /** The data paths the rule reads: its issues show once any of them is shown-worthy. */
  watch: readonly string[];
  /** Its issues show at once, before any interaction (a fact of the setting, e.g. a deadline that has passed). */
  immediate?: boolean;
  check: (data: Data, computed: C) => Issue[];
}

/** Where a rule's message sits and which fields make it visible. */
export interface FormDefinition<C = unknown> {
  /** Schema id, e.g. `helseteknologi/soknad`. */
  id: string;
  version: string;
  scheme: string;
  form: string;
  variant: string;
  title: string;
  intro?: string;
  sections: readonly Section[];
  rules: readonly CrossRule<C>[];
  compute: (data: Data) => C;
  checklist: readonly ChecklistItemDefinition[];
  /** The checklist's heading (a message key), when the form is not an application ("what the report must include"). */
  checklistTitle?: string;
  /** The data a new, empty form starts with (e.g. one empty goal). */
  initial?: () => Data;
  /**
   * Maps another form's submission (e.g. the application a report follows up) to this form's
   * data; the element's `application` property uses it, and the result is loaded as a prefill.
   * Undefined for a submission it does not follow (another form's): the answers then stay.
   */
  fromApplication?: (application: unknown) => Data | undefined;
  /** Brings a draft saved by an older version of this form up to this one, step by step. */
  migrations?: readonly DraftMigration[];
}

/** One step of a draft's data from version `from` to version `to` (a field renamed, moved, split). */
export interface DraftMigration {
  from: string;
  to: string;
  migrate: (data: Data) => Data;
}
