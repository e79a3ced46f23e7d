import type { Data, Field, FormDefinition, Scope, Section } from './definition.js';
import { asRecord, joinPath } from './path.js';

/** One visible field with where it sits: the walk every engine pass (validate, prune, checklist) shares. */
export interface Visit {
  field: Field;
  path: string;
  value: unknown;
  scope: Scope;
  section: Section;
}

export const isVisible = (when: ((s: Scope) => boolean) | undefined, scope: Scope): boolean => !when || when(scope);

export const isRequired = (field: Field, scope: Scope): boolean =>
  typeof field.required === 'function' ? field.required(scope) : !!field.required;

export const sectionBase = (section: Section, data: Data): { value: Data; path: string } => {
  const value = section.key ? data[section.key] : data;
  return { value: asRecord(value), path: section.key ?? '' };
};

/**
 * Calls `visit` for every visible field, depth first; fieldsets are passed through, not visited. Returning `false` from `visit` skips a
 * group's or repeat's children (for passes that handle a composite as a whole).
 */
export function walkDefinition(definition: FormDefinition<any>, data: Data, visit: (v: Visit) => boolean | void): void {
  for (const section of definition.sections) {
    if (!isVisible(section.when, { data, parent: data })) continue;
    const base = sectionBase(section, data);
    walkFields(section.fields, base.value, base.path, data, section, visit);
  }
}

export function walkFields(
  fields: readonly Field[],
  parent: Data,
  basePath: string,
  data: Data,
  section: Section,
  visit: (v: Visit) => boolean | void,
): void {
  const scope = { data, parent };
  for (const field of fields) {
    if (!isVisible(field.when, scope)) continue;
    if (field.type === 'fieldset') {
      walkFields(field.fields, parent, basePath, data, section, visit);
      continue;
    }
    const path = joinPath(basePath, field.key);
    const value = parent[field.key];
    if (visit({ field, path, value, scope, section }) === false) continue;
    if (field.type === 'group') walkFields(field.fields, asRecord(value), path, data, section, visit);
    else if (field.type === 'repeat' && Array.isArray(value))
      value.forEach((item, i) => walkFields(field.fields, asRecord(item), joinPath(path, i), data, section, visit));
  }
}
