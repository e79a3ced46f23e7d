import type { Data, Field, FieldType } from './definition.js';
import type { Issue } from './issues.js';

/**
 * Field types with code of their own for checking and sending (a report's accounts). A form that
 * uses one imports its registration, so forms without it carry none of that code.
 */
export interface FieldKind {
  validate(field: Field, value: unknown, path: string, required: boolean, ownRule?: string): Issue[];
  data(field: Field, value: unknown): Data | Data[];
}

const kinds = new Map<FieldType, FieldKind>();

export function registerFieldKind(type: FieldType, kind: FieldKind): void {
  kinds.set(type, kind);
}

/** The registered code of a field type; a definition that uses a type nobody registered is a programming error. */
export function fieldKind(type: FieldType): FieldKind {
  const kind = kinds.get(type);
  if (!kind) throw new Error(`Field type "${type}" is not registered: import its registration (core/${type}-kind.js) with the definition.`);
  return kind;
}
