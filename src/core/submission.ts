import { amountOrNull } from './amount-cells.js';
import { fieldKind } from './field-kinds.js';
import type { BudgetField, Data, Field, FieldType, FormDefinition } from './definition.js';
import { isEmptyValue } from './field-types.js';
import type { ChecklistState } from './checklist.js';
import { asRecord, isRecord } from './path.js';
import { isVisible, sectionBase } from './walk.js';

/** What `tilskudd-submit` carries and a back end receives (documented in the README). */
export interface Submission<C = unknown> {
  schema: string;
  schemaVersion: string;
  scheme: string;
  form: string;
  variant: string;
  locale: string;
  submittedAt: string;
  data: Data;
  computed: C;
  checklist: ChecklistState;
}

/**
 * The data as submitted: only visible fields of the definition (answers for a branch not chosen
 * stay in the model but are left out here), empty answers as null, unknown keys dropped.
 */
export function submissionData(definition: FormDefinition<any>, data: Data): Data {
  const out: Data = {};
  // A hidden section is left out, as a hidden field is. The sections with keys come first, as
  // they always have: a receiver comparing request bodies byte for byte sees the same order.
  const visible = definition.sections.filter((section) => isVisible(section.when, { data, parent: data }));
  for (const section of visible) if (section.key) out[section.key] = {};
  for (const section of visible) sentFields(section.fields, sectionBase(section, data).value, data, section.key ? (out[section.key] as Data) : out);
  return out;
}

/**
 * The walk of walkFields (the same fields, in the same order), building the output as it goes:
 * this runs on every check, and needs no paths.
 */
function sentFields(fields: readonly Field[], parent: Data, data: Data, out: Data): void {
  const scope = { data, parent };
  for (const field of fields) {
    if (!isVisible(field.when, scope)) continue;
    if (field.type === 'fieldset') {
      sentFields(field.fields, parent, data, out);
      continue;
    }
    const value = parent[field.key];
    switch (field.type) {
      case 'guidance':
      case 'summary':
        break;
      case 'group':
        sentFields(field.fields, asRecord(value), data, (out[field.key] = {}));
        break;
      case 'repeat':
        out[field.key] = Array.isArray(value)
          ? value.map((item) => {
              const sent: Data = {};
              sentFields(field.fields, asRecord(item), data, sent);
              return sent;
            })
          : [];
        break;
      case 'budget':
        out[field.key] = budgetData(field, value);
        break;
      case 'accounts':
        out[field.key] = fieldKind(field.type).data(field, value);
        break;
      case 'attachment':
        // Only what describes the file; the File object goes with the element (`files`).
        out[field.key] = isRecord(value) && typeof value.name === 'string' ? { name: value.name, size: value.size, type: value.type } : isEmptyValue(value) ? null : value;
        break;
      default:
        // What the form counts as empty is sent as the kind's empty value, so the receiver judges it
        // as the form did; anything else goes as it is, so the receiver sees the error the form saw.
        out[field.key] = isEmptyValue(value) ? emptyValue(field.type) : value;
    }
  }
}

/** A box that is not ticked is `false` ("", {} or a blank answer in a box counts as unticked); every other empty answer is null. */
const emptyValue = (type: FieldType): false | null => (type === 'checkbox' ? false : null);

function budgetData(field: BudgetField, value: unknown): Data {
  const budget = asRecord(value);
  const out: Data = {};
  for (const element of field.elements) {
    const row = asRecord(budget[element.key]);
    const lines = Array.isArray(row.lines) ? row.lines.filter(isRecord) : [];
    const cells = (source: Data) => Object.fromEntries(element.payers.map((key) => [key, amountOrNull(source[key])]));
    out[element.key] = lines.length
      ? { lines: lines.map((line) => ({ what: typeof line.what === 'string' ? line.what : null, ...cells(line) })) }
      : cells(row);
  }
  return out;
}
