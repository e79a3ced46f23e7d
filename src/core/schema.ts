import * as z from 'zod/mini';
import type { AccountsField, BudgetField, Field, FormDefinition, Section } from './definition.js';
import { typeRules } from './field-types.js';
import { municipalityNumbers } from './municipalities.js';
import { MAX_AMOUNT } from './parse/amount.js';

/**
 * The shape of a submission as zod schemas, built from a definition: what a JSON Schema can say
 * (types, patterns, enums, lengths). What it cannot say (MOD11, required-when, sums) is listed as
 * rule ids in `rulesBeyondShape`. Used by the Node entry and for the JSON Schemas; the browser
 * bundle never imports it.
 */

type Schema = z.ZodMiniType;

const amount = z.number().check(z.int(), z.minimum(0), z.maximum(MAX_AMOUNT));
const open = (schema: Schema) => z.optional(z.nullable(schema));
const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

/** Canonical forms as the parsers store them (ALL-2, ALL-3, ALL-4, ALL-6). */
const patterns = {
  orgnr: /^[89]\d{8}$/,
  postnr: /^\d{4}$/,
  kontonr: /^\d{11}$/,
  phone: /^(\+47)?\d{8}$/,
  email: /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/,
} as const;

function fieldShape(field: Field): Schema | undefined {
  switch (field.type) {
    case 'text':
    case 'textarea':
      return z.string().check(z.maxLength(field.maxLength));
    case 'email':
    case 'phone':
    case 'orgnr':
    case 'postnr':
    case 'kontonr':
      return z.string().check(z.regex(patterns[field.type]));
    case 'date':
      return isoDate;
    case 'amount':
      return amount;
    case 'integer':
      return z.number().check(z.int(), z.minimum(field.min ?? Number.MIN_SAFE_INTEGER), z.maximum(field.max ?? Number.MAX_SAFE_INTEGER));
    case 'select':
    case 'radio':
      return z.enum(field.options.map((o) => o.value) as [string, ...string[]]);
    case 'checkbox':
      return z.boolean();
    case 'municipality':
      return z.enum(municipalityNumbers() as [string, ...string[]]);
    case 'attachment':
      return z.strictObject({ name: z.string(), size: z.number().check(z.int(), z.minimum(0)), type: z.string() });
    case 'group':
      return fieldsShape(field.fields);
    case 'repeat':
      return z.array(fieldsShape(field.fields)).check(z.maxLength(field.maxItems ?? 10_000));
    case 'budget':
      return budgetShape(field);
    case 'accounts':
      return accountsShape(field);
    case 'summary':
    case 'guidance':
    // A fieldset holds no data; fieldsShape puts its fields in the object around it.
    case 'fieldset':
      return undefined;
  }
}

function fieldsShape(fields: readonly Field[]) {
  const shape: Record<string, Schema> = {};
  const add = (fields: readonly Field[]) => {
    for (const field of fields) {
      if (field.type === 'fieldset') add(field.fields);
      const schema = fieldShape(field);
      // Every answer may be null (left empty) or absent (hidden by another answer).
      if (schema) shape[field.key] = field.type === 'checkbox' ? z.optional(schema) : open(schema);
    }
  };
  add(fields);
  return z.strictObject(shape);
}

function budgetShape(field: BudgetField) {
  const shape: Record<string, Schema> = {};
  for (const element of field.elements) {
    const cells = Object.fromEntries(element.payers.map((key) => [key, z.nullable(amount)]));
    const lines = z.strictObject({ lines: z.array(z.strictObject({ what: z.nullable(z.string().check(z.maxLength(field.lineMaxLength))), ...cells })) });
    shape[element.key] = z.optional(z.union([z.strictObject(cells), lines]));
  }
  return z.strictObject(shape);
}

function accountsShape(field: AccountsField) {
  const pair = z.strictObject({ budget: z.nullable(amount), actual: z.nullable(amount) });
  const explanation = { explanation: z.nullable(z.string().check(z.maxLength(field.explanationMaxLength))) };
  const row = (payers: readonly string[] | undefined, free: boolean) => {
    const cells: Record<string, Schema> = field.columns
      ? Object.fromEntries(field.columns.filter((c) => !payers || payers.includes(c.key)).map((c) => [c.key, pair]))
      : { budget: z.nullable(amount), actual: z.nullable(amount) };
    const what = free ? { what: z.nullable(z.string().check(z.maxLength(field.lineMaxLength ?? 200))) } : {};
    return z.strictObject({ ...what, ...cells, ...explanation });
  };
  if (field.rows) return z.strictObject(Object.fromEntries(field.rows.map((r) => [r.key, row(r.payers, false)])));
  return z.array(row(undefined, true));
}

/** The `data` block of a submission of this definition. */
export function dataSchema(definition: FormDefinition<any>) {
  const top: Record<string, Schema> = {};
  const loose: Field[] = [];
  for (const section of definition.sections) {
    if (section.key) top[section.key] = z.optional(fieldsShape(section.fields));
    else loose.push(...section.fields);
  }
  for (const [key, schema] of Object.entries(fieldsShape(loose).def.shape)) top[key] = schema as Schema;
  return z.strictObject(top);
}

/** Rule ids a JSON Schema of the data cannot check: required answers, check digits, sums, dates. */
export function rulesBeyondShape(definition: FormDefinition<any>): string[] {
  const ids = new Set<string>(['ALL-5', 'ALL-6']);
  const visit = (fields: readonly Field[], section: Section) => {
    for (const field of fields) {
      if (field.required) ids.add(field.rule ?? section.rule ?? typeRules[field.type] ?? 'ALL-5');
      if (field.type === 'orgnr') ids.add('ALL-2');
      if (field.type === 'kontonr') ids.add('ALL-3');
      if (field.type === 'budget') ids.add(field.payerRule);
      if (field.type === 'accounts') {
        ids.add(field.explanationRule);
        if (field.payerRule) ids.add(field.payerRule);
      }
      if (field.type === 'group' || field.type === 'fieldset' || field.type === 'repeat') visit(field.fields, section);
    }
  };
  for (const section of definition.sections) visit(section.fields, section);
  for (const rule of definition.rules) ids.add(rule.id);
  return [...ids].sort();
}
