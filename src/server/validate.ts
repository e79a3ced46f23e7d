import { checklistState, type ChecklistState } from '../core/checklist.js';
import type { Data, FormDefinition } from '../core/definition.js';
import { isBlocking, type Issue, type IssueParams } from '../core/issues.js';
import { norwayDate } from '../core/parse/date.js';
import { isRecord } from '../core/path.js';
import { submissionData } from '../core/submission.js';
import { validate } from '../core/validate.js';
import { definitionFor, formIds, variantsOf, versionsOf } from './forms.js';
import { message, toLang, type Lang } from './messages.js';
import { sanitize } from './sanitize.js';

/** One issue as a back end gets it: the core's issue and its message in the asked language. */
export interface ValidationIssue extends Issue {
  message: string;
}

export interface ValidationResult {
  valid: boolean;
  schema: string | null;
  schemaVersion: string | null;
  variant: string | null;
  issues: ValidationIssue[];
  /** Recomputed here; a submission whose own `computed` differs is invalid. */
  computed: unknown;
  checklist: ChecklistState | null;
}

export interface ValidateOptions {
  lang?: Lang | string;
  /** Per form id, the configuration the form had (areas, deadlines, thresholds). */
  config?: Record<string, Record<string, unknown>>;
}

/** Envelope-level issues are the kit's own, not a regulation's: rule `SUBMISSION`. */
const envelopeIssue = (path: string, code: string, params?: IssueParams): Issue => ({ path, rule: 'SUBMISSION', severity: 'error', code, params });

/** The date in Norway when it was sent: the form's "today" at that moment. */
function sentOn(submittedAt: unknown): string | undefined {
  if (typeof submittedAt !== 'string' || !/^\d{4}-\d{2}-\d{2}T/.test(submittedAt)) return undefined;
  const time = Date.parse(submittedAt);
  // The same day function as the form's own "today": the two must agree to the millisecond.
  return Number.isNaN(time) ? undefined : norwayDate(time);
}

/**
 * Checks a whole submission envelope (what `tilskudd-submit` carries) with the form's own rules,
 * recomputes `computed` and the checklist, and says whether the submission can be accepted.
 */
export function validateSubmission(input: unknown, options: ValidateOptions = {}): ValidationResult {
  const lang = toLang(options.lang);
  const { value, issues } = sanitize(input);
  const envelope = isRecord(value) ? value : undefined;
  const result = (definition: FormDefinition<any> | undefined, extra: Partial<ValidationResult> = {}): ValidationResult =>
    finish(lang, issues, {
      schema: typeof envelope?.schema === 'string' ? envelope.schema : null,
      schemaVersion: typeof envelope?.schemaVersion === 'string' ? envelope.schemaVersion : null,
      variant: definition?.variant ?? null,
      computed: null,
      checklist: null,
      ...extra,
    });

  // An envelope problem stops the check there: without a known form and version there is nothing to run.
  const refuse = (path: string, code: string, params?: IssueParams, definition?: FormDefinition<any>) => {
    issues.push(envelopeIssue(path, code, params));
    return result(definition);
  };
  if (!envelope) return refuse('', 'envelope.notObject');
  const known = formIds().join(', ');
  const schema = envelope.schema;
  if (typeof schema !== 'string' || schema === '') return refuse('schema', 'envelope.schema.missing', { known });
  if (!formIds().includes(schema)) return refuse('schema', 'envelope.schema.unknown', { schema, known });

  const versions = versionsOf(schema);
  const version = envelope.schemaVersion;
  if (typeof version !== 'string' || version === '') return refuse('schemaVersion', 'envelope.version.missing', { known: versions.join(', ') });
  if (!versions.includes(version)) return refuse('schemaVersion', 'envelope.version.unknown', { schema, version, known: versions.join(', ') });

  const variants = variantsOf(schema);
  const variant = envelope.variant ?? variants[0];
  if (typeof variant !== 'string' || !variants.includes(variant))
    return refuse('variant', 'envelope.variant.unknown', { schema, variant: String(variant), known: variants.join(', ') });

  const today = sentOn(envelope.submittedAt);
  if (!today) issues.push(envelopeIssue('submittedAt', 'envelope.submittedAt.invalid'));
  const definition = definitionFor(schema, variant, { config: options.config?.[schema], today })!;
  if (!isRecord(envelope.data)) return refuse('data', 'envelope.data.missing', undefined, definition);

  const data = envelope.data;
  const checked = check(definition, data);
  issues.push(...checked.issues, ...unexpected(checked.sent, data, 'data'));
  if (!('computed' in envelope)) issues.push(envelopeIssue('computed', 'envelope.computed.missing'));
  else issues.push(...differences(checked.computed, envelope.computed, 'computed'));
  return result(definition, { computed: checked.computed, checklist: checked.checklist });
}

/** Checks the data of one form (no envelope): the same rules, computed block and checklist. */
export function validateData(schema: string, data: unknown, options: ValidateOptions & { variant?: string; today?: string } = {}): ValidationResult {
  const lang = toLang(options.lang);
  const { value, issues } = sanitize(data);
  const definition = definitionFor(schema, options.variant, { config: options.config?.[schema], today: options.today });
  if (!definition) {
    issues.push(envelopeIssue('schema', 'envelope.schema.unknown', { schema, known: formIds().join(', ') }));
    return finish(lang, issues, { schema, schemaVersion: null, variant: null, computed: null, checklist: null });
  }
  const checked = check(definition, isRecord(value) ? value : {});
  issues.push(...checked.issues);
  return finish(lang, issues, { schema, schemaVersion: definition.version, variant: definition.variant, computed: checked.computed, checklist: checked.checklist });
}

function check(definition: FormDefinition<any>, data: Data) {
  const sent = submissionData(definition, data);
  const computed = json(definition.compute(sent));
  const issues = validate(definition, data, computed, sent);
  return { issues, computed, sent, checklist: checklistState(definition, data, issues, true) };
}

function finish(lang: Lang, issues: Issue[], rest: Omit<ValidationResult, 'valid' | 'issues'>): ValidationResult {
  return {
    valid: !issues.some(isBlocking),
    ...rest,
    issues: issues.map((issue) => ({ ...issue, message: message(issue.code, issue.params, lang) })),
  };
}

/** As it travels: what JSON cannot carry (undefined, NaN) is what the back end compares against. */
const json = (value: unknown): unknown => (value === undefined ? null : JSON.parse(JSON.stringify(value)));

/** Keys the submission has that the form would not send: other fields, or answers in a branch not chosen. */
function unexpected(expected: unknown, received: unknown, path: string, out: Issue[] = []): Issue[] {
  if (out.length >= 50) return out;
  if (Array.isArray(received) && Array.isArray(expected)) received.forEach((item, i) => unexpected(expected[i], item, `${path}.${i}`, out));
  else if (isRecord(received) && isRecord(expected))
    for (const key of Object.keys(received)) {
      if (!Object.hasOwn(expected, key)) out.push(envelopeIssue(`${path}.${key}`, 'data.unexpected'));
      else unexpected(expected[key], received[key], `${path}.${key}`, out);
    }
  return out;
}

/** Every leaf where the submission's computed block differs from ours. */
function differences(expected: unknown, received: unknown, path: string, out: Issue[] = []): Issue[] {
  if (out.length >= 50 || expected === received) return out;
  if (isRecord(expected) && isRecord(received)) {
    for (const key of new Set([...Object.keys(expected), ...Object.keys(received)])) differences(expected[key], received[key], `${path}.${key}`, out);
  } else if (Array.isArray(expected) && Array.isArray(received) && expected.length === received.length) {
    expected.forEach((item, i) => differences(item, received[i], `${path}.${i}`, out));
  } else if (JSON.stringify(expected) !== JSON.stringify(received)) {
    const show = (v: unknown) => (v === undefined ? '–' : JSON.stringify(v).slice(0, 80));
    out.push(envelopeIssue(path, 'computed.mismatch', { expected: show(expected), received: show(received) }));
  }
  return out;
}
