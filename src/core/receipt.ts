import type { Data, FormDefinition } from './definition.js';
import { codecs, isEmptyValue, isStoredFile } from './field-types.js';
import { isUnparseable } from './unparseable.js';
import { walkDefinition } from './walk.js';

/**
 * What a receipt lists: each section's answered fields, as text or as a message key to
 * translate (an option's label, yes/no). Keys, never text: the element translates.
 */
export interface ReceiptRow {
  /** Message key of the field's label. */
  label: string;
  /** Label of the repeat item it sits in (`itemLabel` key and its number), if any. */
  item?: { label: string; n: number };
  value: { text: string } | { key: string };
}

export interface ReceiptSection {
  title: string;
  rows: ReceiptRow[];
}

export function receiptSummary(definition: FormDefinition<any>, data: Data): ReceiptSection[] {
  const sections = new Map<string, ReceiptSection>();
  const items = new Map<string, { label: string; n: number }>();
  walkDefinition(definition, data, ({ field, path, value, section }) => {
    if (field.type === 'repeat' && Array.isArray(value)) value.forEach((_, i) => items.set(`${path}.${i}`, { label: field.itemLabel, n: i + 1 }));
    // Containers and tables: their answers are rows of their own, or a table a line cannot hold.
    if (['group', 'repeat', 'budget', 'accounts', 'summary', 'guidance'].includes(field.type)) return;
    if (isEmptyValue(value) || isUnparseable(value)) return;
    let shown: ReceiptRow['value'];
    if (field.type === 'select' || field.type === 'radio') {
      const option = field.options.find((o) => o.value === value);
      shown = option ? { key: option.label } : { text: String(value) };
    } else if (field.type === 'checkbox') shown = { key: value === true ? 'receipt.yes' : 'receipt.no' };
    else if (field.type === 'attachment') shown = { text: isStoredFile(value) ? value.name : '' };
    else shown = { text: codecs[field.type]?.format(value) || String(value) };
    const row: ReceiptRow = { label: field.label, value: shown };
    const item = items.get(path.slice(0, path.lastIndexOf('.')));
    if (item) row.item = item;
    let entry = sections.get(section.id);
    if (!entry) sections.set(section.id, (entry = { title: section.title, rows: [] }));
    entry.rows.push(row);
  });
  return [...sections.values()];
}
