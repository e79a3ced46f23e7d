import * as z from 'zod/mini';
import type { Field, FieldType } from './definition.js';
import { findMunicipality, formatMunicipality, matchMunicipality } from './municipalities.js';
import { formatAmount, parseAmount } from './parse/amount.js';
import { parseEmail, parsePhone } from './parse/contact.js';
import { formatDate, parseDate } from './parse/date.js';
import { formatKontonr, parseKontonr } from './parse/kontonr.js';
import { formatOrgnr, parseOrgnr } from './parse/orgnr.js';
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
  kontonr: { parse: parseKontonr, format: (v) => formatKontonr(str(v)) },
  phone: { parse: parsePhone, format: str },
  email: { parse: parseEmail, format: str },
  date: { parse: parseDate, format: (v) => formatDate(str(v)) },
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
  kontonr: 'kontonr.required',
  amount: 'amount.required',
  date: 'date.required',
  select: 'choice.required',
  radio: 'choice.required',
  checkbox: 'confirm.required',
  municipality: 'municipality.required',
  repeat: 'repeat.required',
  budget: 'budget.required',
};

/** A zod check that runs one of our parsers on a stored value, reporting the parser's key. */
const parsed = (parse: (text: string) => ParseResult<unknown>) =>
  z.string({ error: 'value.type' }).check(
    z.superRefine((value, ctx) => {
      const result = parse(value);
      if (!result.ok) ctx.issues.push({ code: 'custom', message: result.code, input: value });
      else if (result.value !== value) ctx.issues.push({ code: 'custom', message: 'value.notCanonical', input: value });
    }),
  );

/** Whole kroner (ALL-1), as stored and as a back end receives them. */
export const amountSchema = z.number({ error: 'amount.invalid' }).check(
  z.int({ error: 'amount.decimals' }),
  z.minimum(0, { error: 'amount.negative' }),
  z.maximum(Number.MAX_SAFE_INTEGER, { error: 'amount.tooLarge' }),
);

const textSchema = (max: number) =>
  z.string({ error: 'value.type' }).check(z.refine((v) => charCount(v) <= max, { error: 'text.tooLong' }));

const schemaCache = new WeakMap<Field, z.ZodMiniType>();

/** The zod schema of one field's stored (canonical) value; emptiness is the walker's concern. */
export function fieldSchema(field: Field): z.ZodMiniType | undefined {
  let schema = schemaCache.get(field);
  if (schema) return schema;
  switch (field.type) {
    case 'text':
    case 'textarea':
      schema = textSchema(field.maxLength);
      break;
    case 'amount':
      schema = amountSchema;
      break;
    case 'orgnr':
    case 'kontonr':
    case 'phone':
    case 'email':
    case 'date':
      schema = parsed(codecs[field.type]!.parse);
      break;
    case 'select':
    case 'radio':
      schema = z.enum(field.options.map((o) => o.value) as [string, ...string[]], { error: 'choice.invalid' });
      break;
    case 'checkbox':
      schema = z.boolean({ error: 'value.type' });
      break;
    case 'municipality':
      schema = z.string({ error: 'value.type' }).check(z.refine((v) => !!findMunicipality(v), { error: 'municipality.unknown' }));
      break;
    default:
      return undefined;
  }
  schemaCache.set(field, schema);
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
