import { checklistState, type ChecklistState } from '../core/checklist.js';
import type { Data, FormDefinition } from '../core/definition.js';
import { isBlocking, type Issue, type IssueParams } from '../core/issues.js';
import { isIsoDate, norwayDate } from '../core/parse/date.js';
import { isRecord, joinPath, ownValue } from '../core/path.js';
import { dataSchema } from '../core/schema.js';
import { submissionData } from '../core/submission.js';
import { validate } from '../core/validate.js';
import { assertConfig } from './config.js';
import { definitionFor, formIds, variantsOf, versionsOf } from './forms.js';
import { LANGS, message, toLang, type Lang } from './messages.js';
import { sanitize } from './sanitize.js';

/** One issue as a back end gets it: the core's issue, `params` always there, and its message in the asked language. */
export interface ValidationIssue extends Issue {
  params: IssueParams;
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
  /**
   * When the back end received the submission. Deadlines are judged on the day of `submittedAt`,
   * the sender's clock; with this, a `submittedAt` after it is refused, and one on an earlier day
   * is flagged (a warning), so a back-dated submission is seen.
   */
  receivedAt?: Date | string | number;
}

/** At most this many issues come back, plus one that says so: hostile input cannot grow the answer. */
export const MAX_ISSUES = 1000;
/** A sender's clock a little ahead of ours is not a back-dating: 5 minutes. */
const CLOCK_SKEW_MS = 5 * 60 * 1000;
/** What a submission may hold besides `data`: the envelope the form sends. */
const ENVELOPE_KEYS = new Set(['schema', 'schemaVersion', 'scheme', 'form', 'variant', 'locale', 'submittedAt', 'idempotencyKey', 'data', 'computed', 'checklist']);

/** The snapshot's issues for a value that is not JSON data (sanitize.ts). */
const NOT_JSON = new Set(['input.notJson', 'input.cycle']);

/** A sender's value as a message shows it: text as it is, anything else as JSON (never String(), which runs the sender's `toString`). */
const shown = (value: unknown): string => (typeof value === 'string' ? value : String(JSON.stringify(value))).slice(0, 80);

/** Envelope-level issues are the kit's own, not a regulation's: rule `SUBMISSION`. */
const envelopeIssue = (path: string, code: string, params?: IssueParams): Issue => ({ path, rule: 'SUBMISSION', severity: 'error', code, params });

/**
 * A moment (`submittedAt`, the CLI's `--received-at`): ISO 8601 with a zone (`Z` or an offset),
 * since without one the same text is another moment on another server, and a real calendar date
 * (`Date` would roll 30 February over into March).
 */
export function isoMoment(submittedAt: unknown): number | undefined {
  if (typeof submittedAt !== 'string') return undefined;
  const parts = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/.exec(submittedAt);
  if (!parts || !isIsoDate(parts[1])) return undefined;
  const time = Date.parse(submittedAt);
  return Number.isNaN(time) ? undefined : time;
}

const momentOf = (value: Date | string | number): number => (value instanceof Date ? value.getTime() : typeof value === 'string' ? Date.parse(value) : value);

/** The sent moment against the received one, when the back end gives it. */
function timingIssues(sent: number, receivedAt: ValidateOptions['receivedAt']): Issue[] {
  if (receivedAt === undefined) return [];
  const received = momentOf(receivedAt);
  if (!Number.isFinite(received)) throw new TypeError('validateSubmission: options.receivedAt is not a moment in time');
  if (sent > received + CLOCK_SKEW_MS) return [envelopeIssue('submittedAt', 'envelope.submittedAt.future')];
  // The same day function as the form's own "today": the two must agree to the millisecond.
  const [sentDay, receivedDay] = [norwayDate(sent), norwayDate(received)];
  if (sentDay === receivedDay) return [];
  return [{ path: 'submittedAt', rule: 'SUBMISSION', severity: 'warning', code: 'envelope.submittedAt.earlier', params: { sent: sentDay, received: receivedDay } }];
}

/**
 * Checks a whole submission envelope (what `tilskudd-submit` carries) with the form's own rules,
 * recomputes `computed` and the checklist, and says whether the submission can be accepted.
 */
export function validateSubmission(input: unknown, options: ValidateOptions = {}): ValidationResult {
  assertConfig(options.config, 'validateSubmission');
  const lang = toLang(options.lang);
  const { value, issues, readable } = sanitize(input);
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
  // A value the snapshot refused as no JSON (a getter, a Map) has its issue already: one is enough.
  const refuse = (path: string, code: string, params?: IssueParams, definition?: FormDefinition<any>) => {
    if (!issues.some((issue) => issue.path === path && NOT_JSON.has(issue.code))) issues.push(envelopeIssue(path, code, params));
    return result(definition);
  };
  // Input that could not be read has the one issue that says where.
  if (!readable) return result(undefined);
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
  const variant = Object.hasOwn(envelope, 'variant') ? envelope.variant : variants[0];
  if (typeof variant !== 'string' || !variants.includes(variant))
    return refuse('variant', 'envelope.variant.unknown', { schema, variant: shown(variant), known: variants.join(', ') });

  const sent = isoMoment(envelope.submittedAt);
  if (sent === undefined) issues.push(envelopeIssue('submittedAt', 'envelope.submittedAt.invalid'));
  else add(issues, timingIssues(sent, options.receivedAt));
  const build = (today: string) => definitionFor(schema, variant, { config: options.config?.[schema], today })!;
  const definition = build(sent === undefined ? ANY_DAY[0] : norwayDate(sent));
  add(issues, envelopeFields(envelope, definition));
  if (!isRecord(envelope.data)) return refuse('data', 'envelope.data.missing', undefined, definition);

  if (sent === undefined) {
    // Without the day it was sent, "today" is unknown: judging by our clock would invent a late
    // warning and a computed mismatch. Only what holds on any day is reported; the computed block
    // and the checklist, worked out for that day, are not compared.
    const [first, last] = ANY_DAY.map((day) => check(build(day), envelope.data as Data, 'data', issues).issues);
    add(issues, onBoth(first!, last!));
    for (const part of ['computed', 'checklist'] as const) if (!Object.hasOwn(envelope, part)) issues.push(envelopeIssue(part, `envelope.${part}.missing`));
    return result(definition);
  }
  const checked = check(definition, envelope.data, 'data', issues);
  add(issues, checked.issues);
  if (!Object.hasOwn(envelope, 'computed')) issues.push(envelopeIssue('computed', 'envelope.computed.missing'));
  else add(issues, differences(checked.computed, envelope.computed, 'computed'));
  // The checklist travels with a valid submission for the caseworker: it must say what the data
  // says. (An invalid one is refused anyway, and its statuses depend on whether it was submitted.)
  if (!Object.hasOwn(envelope, 'checklist')) issues.push(envelopeIssue('checklist', 'envelope.checklist.missing'));
  else if (!issues.some(isBlocking)) add(issues, differences(checked.checklist, envelope.checklist, 'checklist'));
  return result(definition, { computed: checked.computed, checklist: checked.checklist });
}

/** Days far apart, within what a date field takes: an issue found on both does not depend on "today". */
const ANY_DAY = ['1900-01-01', '2200-12-31'] as const;

/** The issues of `a` that `b` has too (same path, rule, severity, code and parameters). */
function onBoth(a: readonly Issue[], b: readonly Issue[]): Issue[] {
  const key = (i: Issue) => JSON.stringify([i.path, i.rule, i.severity, i.code, i.params ?? null]);
  const inB = new Set(b.map(key));
  return a.filter((issue) => inB.has(key(issue)));
}

/** Appends without spreading: a spread of 100 000 issues overflows the call stack. */
function add(issues: Issue[], more: readonly Issue[]): void {
  for (const issue of more) issues.push(issue);
}

/** The envelope's own fields: only the form's, and each as the form would write it. */
function envelopeFields(envelope: Data, definition: FormDefinition<any>): Issue[] {
  const out: Issue[] = [];
  for (const key of Object.keys(envelope)) if (!ENVELOPE_KEYS.has(key) && out.length < 50) out.push(envelopeIssue(key, 'envelope.unexpected', { key: key.slice(0, 80) }));
  for (const key of ['scheme', 'form'] as const) {
    const value = envelope[key];
    if (Object.hasOwn(envelope, key) && value !== definition[key])
      out.push(envelopeIssue(key, 'envelope.field.mismatch', { key, expected: definition[key], received: shown(value) }));
  }
  if (Object.hasOwn(envelope, 'locale') && !LANGS.includes(envelope.locale as Lang)) out.push(envelopeIssue('locale', 'envelope.locale.invalid'));
  const key = envelope.idempotencyKey;
  if (Object.hasOwn(envelope, 'idempotencyKey') && (typeof key !== 'string' || key === '' || key.length > 200))
    out.push(envelopeIssue('idempotencyKey', 'envelope.idempotencyKey.invalid', { max: 200 }));
  return out;
}

const shapes = new WeakMap<FormDefinition<any>, ReturnType<typeof dataSchema>>();

/**
 * The data against the form's zod shape (the one the published JSON Schema is made from), so this
 * check is never looser than that schema: a value of the wrong type, where the rules let an
 * empty-looking one (`{}`, `false`) or a non-object line through. Paths already reported (full
 * paths, `base` included) are not reported twice.
 */
function shapeIssues(definition: FormDefinition<any>, data: Data, reportedPaths: readonly string[], base: string): Issue[] {
  let schema = shapes.get(definition);
  if (!schema) shapes.set(definition, (schema = dataSchema(definition)));
  // Past the cap, what the shape adds would not be shown: the answer is already "refused".
  if (reportedPaths.length >= MAX_ISSUES) return [];
  const parsed = schema.safeParse(data);
  if (parsed.success) return [];
  // Paths reported, and every ancestor of one: a lookup per segment, not a scan per problem.
  const reported = new Set<string>();
  const around = new Set<string>();
  for (const path of reportedPaths) {
    reported.add(path);
    for (let cut = path.lastIndexOf('.'); cut > 0; cut = path.lastIndexOf('.', cut - 1)) around.add(path.slice(0, cut));
  }
  const related = (path: string) => {
    if (reported.has(path) || around.has(path)) return true;
    for (let cut = path.lastIndexOf('.'); cut > 0; cut = path.lastIndexOf('.', cut - 1)) if (reported.has(path.slice(0, cut))) return true;
    return false;
  };
  const out: Issue[] = [];
  // Extra keys are the unexpected-key check's (it knows the branches chosen too). At most 50, as
  // for unexpected keys and computed differences.
  for (const problem of parsed.error.issues) {
    if (out.length >= 50) break;
    const path = problem.path.reduce<string>((at, key) => joinPath(at, String(key)), base);
    if (problem.code !== 'unrecognized_keys' && !related(path)) out.push(envelopeIssue(path, 'data.type'));
  }
  return out;
}

/**
 * Checks the data of one form (no envelope) as the form would send it, the submission's `data`:
 * the same rules, keys and types as `validateSubmission`, with paths from the data's root.
 */
export function validateData(schema: string, data: unknown, options: ValidateOptions & { variant?: string; today?: string } = {}): ValidationResult {
  assertConfig(options.config, 'validateData');
  const lang = toLang(options.lang);
  const { value, issues } = sanitize(data);
  const definition = definitionFor(schema, options.variant, { config: options.config?.[schema], today: options.today });
  if (!definition) {
    // A known form with a variant it doesn't have is a wrong variant, not a missing form.
    const variants = variantsOf(schema);
    if (variants.length) issues.push(envelopeIssue('variant', 'envelope.variant.unknown', { schema, variant: shown(options.variant), known: variants.join(', ') }));
    else issues.push(envelopeIssue('schema', 'envelope.schema.unknown', { schema, known: formIds().join(', ') }));
    return finish(lang, issues, { schema, schemaVersion: null, variant: null, computed: null, checklist: null });
  }
  const done = (extra: Pick<ValidationResult, 'computed' | 'checklist'>) =>
    finish(lang, issues, { schema, schemaVersion: definition.version, variant: definition.variant, ...extra });
  // Not an object: one issue that says so, not one "required" per question.
  if (!isRecord(value)) {
    if (!issues.some(isBlocking)) issues.push(envelopeIssue('', 'data.notObject'));
    return done({ computed: null, checklist: null });
  }
  const checked = check(definition, value, '', issues);
  add(issues, checked.issues);
  return done({ computed: checked.computed, checklist: checked.checklist });
}

/**
 * The form's rules on the data, then what the rules do not see: keys the form would not send and
 * values of the wrong type. `base` is where the data sits in what was given (`data` in an
 * envelope); the rules' own paths always start at the data. `earlier` are the issues found before
 * (input limits, envelope), whose paths the type check does not report again.
 */
function check(definition: FormDefinition<any>, data: Data, base: string, earlier: readonly Issue[]) {
  const sent = submissionData(definition, data);
  const computed = json(definition.compute(sent));
  const ruleIssues = validate(definition, data, computed, sent);
  const unexpectedKeys = unexpected(sent, data, base);
  const reported = [...earlier.map((issue) => issue.path), ...ruleIssues.map((issue) => joinPath(base, issue.path)), ...unexpectedKeys.map((issue) => issue.path)];
  const issues = [...ruleIssues];
  add(issues, unexpectedKeys);
  add(issues, shapeIssues(definition, data, reported, base));
  // The checklist reads the rules' issues: keys and types are the sender's problem, not an answer's.
  return { issues, computed, checklist: checklistState(definition, data, ruleIssues, true) };
}

function finish(lang: Lang, issues: Issue[], rest: Omit<ValidationResult, 'valid' | 'issues'>): ValidationResult {
  const valid = !issues.some(isBlocking);
  const kept = issues.length > MAX_ISSUES ? issues.slice(0, MAX_ISSUES) : issues;
  if (kept !== issues) kept.push(envelopeIssue('', 'input.tooManyIssues', { max: MAX_ISSUES, total: issues.length }));
  return { valid, ...rest, issues: kept.map((issue) => ({ ...issue, params: issue.params ?? {}, message: message(issue.code, issue.params, lang) })) };
}

/** As it travels: what JSON cannot carry (undefined, NaN) is what the back end compares against. */
const json = (value: unknown): unknown => (value === undefined ? null : JSON.parse(JSON.stringify(value)));

/** Keys the submission has that the form would not send: other fields, or answers in a branch not chosen. */
function unexpected(expected: unknown, received: unknown, path: string, out: Issue[] = []): Issue[] {
  // Only lists and records hold keys: a leaf is passed by without making its path.
  const inner = (value: unknown) => value !== null && typeof value === 'object';
  if (Array.isArray(received) && Array.isArray(expected)) received.forEach((item, i) => inner(item) && unexpected(expected[i], item, joinPath(path, i), out));
  else if (isRecord(received) && isRecord(expected))
    for (const key of Object.keys(received)) {
      // The cap holds for every key: 20 000 unknown keys give 50 issues, not 20 000.
      if (out.length >= 50) return out;
      if (!Object.hasOwn(expected, key)) out.push(envelopeIssue(joinPath(path, key), 'data.unexpected'));
      else if (inner(received[key])) unexpected(expected[key], received[key], joinPath(path, key), out);
    }
  return out;
}

/** Every leaf where the submission's computed block differs from ours. */
function differences(expected: unknown, received: unknown, path: string, out: Issue[] = []): Issue[] {
  if (out.length >= 50 || expected === received) return out;
  // Paths are made only where the two differ: most of the block is the same.
  const each = (key: string | number, a: unknown, b: unknown) => a !== b && differences(a, b, `${path}.${key}`, out);
  if (isRecord(expected) && isRecord(received)) {
    // Own values only: a sender's key `toString` is compared as missing here, not as our prototype's function.
    for (const key of Object.keys(expected)) each(key, expected[key], ownValue(received, key));
    for (const key of Object.keys(received)) if (!Object.hasOwn(expected, key)) each(key, undefined, received[key]);
  } else if (Array.isArray(expected) && Array.isArray(received) && expected.length === received.length) {
    expected.forEach((item, i) => each(i, item, received[i]));
  } else if (JSON.stringify(expected) !== JSON.stringify(received)) {
    const show = (v: unknown) => (v === undefined ? '–' : JSON.stringify(v).slice(0, 80));
    out.push(envelopeIssue(path, 'computed.mismatch', { expected: show(expected), received: show(received) }));
  }
  return out;
}
