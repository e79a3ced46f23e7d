import { amountOrNull } from './amount-cells.js';
import { fieldKind } from './field-kinds.js';
import type { BudgetField, Data, FieldType, FormDefinition } from './definition.js';
import { isEmptyValue } from './field-types.js';
import type { ChecklistState } from './checklist.js';
import { assignIn, asRecord, isRecord, joinPath } from './path.js';
import { isVisible, walkDefinition } from './walk.js';

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
  // The walk is depth first, so a field's parent (section, group, repeat item) is placed before
  // it: a map from path to placed object puts each value in one step (this runs on every check).
  const placed = new Map<string, Data>([['', out]]);
  const put = (path: string, value: unknown) => {
    const cut = path.lastIndexOf('.');
    const parent = placed.get(cut < 0 ? '' : path.slice(0, cut));
    if (parent) parent[path.slice(cut + 1)] = value;
    else assignIn(out, path, value);
  };
  // A hidden section is left out, as a hidden field is.
  for (const section of definition.sections)
    if (section.key && isVisible(section.when, { data, parent: data })) placed.set(section.key, (out[section.key] = {}));
  walkDefinition(definition, data, ({ field, path, value }) => {
    switch (field.type) {
      case 'guidance':
      case 'summary':
        return;
      case 'group': {
        const group: Data = {};
        put(path, group);
        placed.set(path, group);
        return;
      }
      case 'repeat': {
        const items: Data[] = Array.isArray(value) ? value.map(() => ({})) : [];
        put(path, items);
        items.forEach((item, i) => placed.set(joinPath(path, i), item));
        return;
      }
      case 'budget':
        put(path, budgetData(field, value));
        return false;
      case 'accounts':
        put(path, fieldKind(field.type).data(field, value));
        return false;
      case 'attachment':
        // Only what describes the file; the File object goes with the element (`files`).
        put(path, isRecord(value) && typeof value.name === 'string' ? { name: value.name, size: value.size, type: value.type } : isEmptyValue(value) ? null : value);
        return;
      default:
        // What the form counts as empty is sent as the kind's empty value, so the receiver judges it
        // as the form did; anything else goes as it is, so the receiver sees the error the form saw.
        put(path, isEmptyValue(value) ? emptyValue(field.type) : value);
    }
  });
  return out;
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
