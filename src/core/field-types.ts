import * as z from 'zod/mini';
import type { Field, FieldType } from './definition.js';
import { findMunicipality, formatMunicipality, matchMunicipality } from './municipalities.js';
import { MAX_AMOUNT, formatAmount, parseAmount } from './parse/amount.js';
import { formatPhone, parseEmail, parsePhone } from './parse/contact.js';
import { formatDate, parseDate } from './parse/date.js';
import { parseInteger } from './parse/integer.js';
import { formatKontonr, parseKontonr } from './parse/kontonr.js';
import { formatOrgnr, parseOrgnr } from './parse/orgnr.js';
import { parsePostnr } from './parse/postnr.js';
import { fail, ok, type ParseResult } from './parse/result.js';
import { charCount, isBlank } from './parse/text.js';

/** Parses what the user typed into the model value, and formats a model value for the input. */
export interface Codec {
  parse: (text: string) => ParseResult<unknown>;
  format: (value: unknown) => string;
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');

export const codecs: Partial<Record<FieldType, Codec>> = {
  amount: { parse: parseAmount, format: (v) => (typeof v === 'number' ? formatAmount(v) : '') },
  orgnr: { parse: parseOrgnr, format: (v) => formatOrgnr(str(v)) },
  postnr: { parse: parsePostnr, format: str },
  kontonr: { parse: parseKontonr, format: (v) => formatKontonr(str(v)) },
  phone: { parse: parsePhone, format: (v) => formatPhone(str(v)) },
  email: { parse: parseEmail, format: str },
  date: { parse: parseDate, format: (v) => formatDate(str(v)) },
  integer: { parse: parseInteger, format: (v) => (typeof v === 'number' ? String(v) : '') },
  municipality: {
    parse: (text) => {
      if (text.trim() === '') return ok(null);
      const match = matchMunicipality(text);
      return match ? ok(match.number) : fail('municipality.unknown');
    },
    format: formatMunicipality,
  },
};

/** The rule a type's own format checks belong to (RULES.md). */
export const typeRules: Partial<Record<FieldType, string>> = {
  text: 'ALL-5',
  textarea: 'ALL-5',
  email: 'ALL-4',
  phone: 'ALL-4',
  orgnr: 'ALL-2',
  kontonr: 'ALL-3',
  amount: 'ALL-1',
  date: 'ALL-6',
};

/** Message key for an empty required field, by type. */
export const requiredKeys: Partial<Record<FieldType, string>> = {
  text: 'text.required',
  textarea: 'text.required',
  email: 'email.required',
  phone: 'phone.required',
  orgnr: 'orgnr.required',
  postnr: 'postnr.required',
  kontonr: 'kontonr.required',
  amount: 'amount.required',
  date: 'date.required',
  select: 'choice.required',
  radio: 'choice.required',
  checkbox: 'confirm.required',
  municipality: 'municipality.required',
  repeat: 'repeat.required',
  budget: 'budget.required',
  integer: 'integer.required',
  attachment: 'attachment.required',
  accounts: 'accounts.required',
};

/** A failing condition and the message key it reports. */
type Check<T> = [holds: (value: T) => boolean, key: string];

/**
 * A zod schema of a base type plus our checks, reporting the first that fails: validators read
 * only the first issue, and one custom check keeps zod's part of the browser bundle small
 * (z.object, z.enum and the number checks each bring their own code).
 */
const checked = <T>(base: z.ZodMiniType<T>, ...checks: Check<T>[]) =>
  base.check(
    z.superRefine((value: T, ctx) => {
      const failed = checks.find(([holds]) => !holds(value));
      if (failed) ctx.issues.push({ code: 'custom', message: failed[1], input: value });
    }),
  );

/** A stored value must be what one of our parsers makes of it: valid and canonical. */
const parsed = (parse: (text: string) => ParseResult<unknown>) =>
  z.string({ error: 'value.type' }).check(
    z.superRefine((value, ctx) => {
      const result = parse(value);
      if (!result.ok) ctx.issues.push({ code: 'custom', message: result.code, input: value });
      else if (result.value !== value) ctx.issues.push({ code: 'custom', message: 'value.notCanonical', input: value });
    }),
  );

/** Whole kroner (ALL-1), as stored and as a back end receives them. */
export const amountSchema = checked(
  z.number({ error: 'amount.invalid' }),
  [Number.isInteger, 'amount.decimals'],
  [(v) => v >= 0, 'amount.negative'],
  [(v) => Number.isSafeInteger(v) && v <= MAX_AMOUNT, 'amount.tooLarge'],
);

const textSchema = (max: number) => checked(z.string({ error: 'value.type' }), [(v) => charCount(v) <= max, 'text.tooLong']);

/** Does a file's name or MIME type match an `accept` list (`application/pdf,.pdf,image/*`)? */
export function acceptsFile(accept: string | undefined, file: { name: string; type: string }): boolean {
  if (!accept) return true;
  const name = file.name.toLowerCase();
  const type = file.type.toLowerCase();
  return accept
    .split(',')
    .map((a) => a.trim().toLowerCase())
    .some((a) => (a.startsWith('.') ? name.endsWith(a) : a.endsWith('/*') ? type.startsWith(a.slice(0, -1)) : type === a));
}

/** An attachment as the data holds it. */
export interface StoredFile {
  name: string;
  size: number;
  type: string;
}
export const isStoredFile = (f: unknown): f is StoredFile =>
  typeof f === 'object' &&
  f !== null &&
  !Array.isArray(f) &&
  typeof (f as StoredFile).name === 'string' &&
  typeof (f as StoredFile).type === 'string' &&
  Number.isSafeInteger((f as StoredFile).size) &&
  (f as StoredFile).size >= 0;

/** An attachment as the JSON holds it: the file's name, size in bytes and MIME type, never its content. */
const attachmentSchema = (accept: string | undefined, maxSize: number | undefined) =>
  checked(
    z.unknown(),
    [isStoredFile, 'attachment.invalid'],
    [(f) => acceptsFile(accept, f as StoredFile), 'attachment.type'],
    [(f) => maxSize === undefined || (f as StoredFile).size <= maxSize, 'attachment.tooLarge'],
    [(f) => (f as StoredFile).size > 0, 'attachment.empty'],
  );

const schemaCache = new WeakMap<Field, z.ZodMiniType>();
// Fields of one shape share one schema (every 3 000-character answer, every orgnr): fewer zod
// schemas to build when a form starts, and none when a definition is built again.
const shapeCache = new Map<string, z.ZodMiniType | undefined>();

function shapeKey(field: Field): string {
  switch (field.type) {
    case 'text':
    case 'textarea':
      return `text:${field.maxLength}`;
    case 'select':
    case 'radio':
      return `enum:${JSON.stringify(field.options.map((o) => o.value))}`;
    case 'integer':
      return `integer:${field.min}:${field.max}`;
    case 'attachment':
      return `attachment:${field.accept}:${field.maxSize}`;
    default:
      return field.type;
  }
}

/** The zod schema of one field's stored (canonical) value; emptiness is the walker's concern. */
export function fieldSchema(field: Field): z.ZodMiniType | undefined {
  let schema = schemaCache.get(field);
  if (schema) return schema;
  const key = shapeKey(field);
  if (shapeCache.has(key)) schema = shapeCache.get(key);
  else shapeCache.set(key, (schema = buildSchema(field)));
  if (schema) schemaCache.set(field, schema);
  return schema;
}

function buildSchema(field: Field): z.ZodMiniType | undefined {
  let schema: z.ZodMiniType;
  switch (field.type) {
    case 'text':
    case 'textarea':
      schema = textSchema(field.maxLength);
      break;
    case 'amount':
      schema = amountSchema;
      break;
    case 'orgnr':
    case 'postnr':
    case 'kontonr':
    case 'phone':
    case 'email':
    case 'date':
      schema = parsed(codecs[field.type]!.parse);
      break;
    case 'select':
    case 'radio':
      schema = checked(z.unknown(), [(v) => field.options.some((o) => o.value === v), 'choice.invalid']);
      break;
    case 'checkbox':
      schema = z.boolean({ error: 'value.type' });
      break;
    case 'integer': {
      const { min, max } = field;
      schema = checked(
        z.number({ error: 'integer.invalid' }),
        [Number.isSafeInteger, 'integer.invalid'],
        [(v) => v >= 0, 'integer.negative'],
        [(v) => (min === undefined || v >= min) && (max === undefined || v <= max), 'integer.range'],
      );
      break;
    }
    case 'attachment':
      schema = attachmentSchema(field.accept, field.maxSize);
      break;
    case 'municipality':
      schema = checked(z.string({ error: 'value.type' }), [(v) => !!findMunicipality(v), 'municipality.unknown']);
      break;
    default:
      return undefined;
  }
  return schema;
}

/** Is a stored value empty? Whitespace-only text counts as empty (ALL-5); `false` is an unticked box. */
export function isEmptyValue(value: unknown): boolean {
  if (value == null || value === false) return true;
  if (typeof value === 'string') return isBlank(value);
  if (Array.isArray(value)) return value.every(isEmptyValue);
  if (typeof value === 'object') return Object.values(value).every(isEmptyValue);
  return false;
}
