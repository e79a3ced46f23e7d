import * as z from 'zod/mini';
import { dataSchema, rulesBeyondShape } from '../core/schema.js';
import { definitionFor, FORMS, variantsOf, versionsOf } from './forms.js';

/** Where the schemas are published; `$id` is this plus `<scheme>/<form>/<version>.json`. */
export const SCHEMA_BASE = 'https://tilskuddsskjema.no/schemas/';

const locale = z.enum(['nb', 'nn', 'en']);

/**
 * The JSON Schema (2020-12) of one form's submission envelope, from the same zod shapes the Node
 * entry uses. Each variant's data is one branch of `oneOf`, chosen by `variant`. Rules a schema
 * cannot express are listed by id in `x-rules`: a back end in another language checks those too.
 */
export function jsonSchema(id: string): Record<string, unknown> {
  if (!Object.hasOwn(FORMS, id)) throw new Error(`unknown form: ${id}`);
  const versions = versionsOf(id);
  const branches = variantsOf(id).map((variant) => {
    const definition = definitionFor(id, variant)!;
    return z.strictObject({
      schema: z.literal(id),
      schemaVersion: z.enum(versions as [string, ...string[]]),
      scheme: z.literal(definition.scheme),
      form: z.literal(definition.form),
      variant: z.literal(variant),
      locale,
      submittedAt: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/)),
      data: dataSchema(definition),
      // Recomputed by the receiver and compared: their shape is the form's, their values the receiver's.
      computed: z.record(z.string(), z.unknown()),
      checklist: z.looseObject({ complete: z.number(), total: z.number(), items: z.array(z.looseObject({ id: z.string(), rule: z.string(), status: z.string() })) }),
      idempotencyKey: z.optional(z.string()),
    });
  });
  const envelope = branches.length === 1 ? branches[0]! : z.union(branches as unknown as [z.ZodMiniType, z.ZodMiniType]);
  const rules = [...new Set(variantsOf(id).flatMap((v) => rulesBeyondShape(definitionFor(id, v)!)))].sort();
  const [scheme, form] = id.split('/');
  return {
    ...z.toJSONSchema(envelope, { target: 'draft-2020-12', unrepresentable: 'any' }),
    $id: `${SCHEMA_BASE}${scheme}/${form}/${versions[0]}.json`,
    title: id,
    version: versions[0],
    'x-rules': rules,
    'x-rules-note':
      'Rule ids from RULES.md that this schema cannot check (required answers, check digits, sums, dates, the recomputed `computed` block). Check them as the Node entry does.',
  };
}
