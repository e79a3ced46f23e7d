import type { Field, FieldType, Scope } from '../../core/definition.js';
import type { RenderContext } from './context.js';

/**
 * Field types a form brings with it (accounts and attachments for reports): the renderer registers
 * here when the form's element imports it, so an application's bundle carries none of it.
 */
export type FieldRenderer = (ctx: RenderContext, field: any, path: string, value: unknown, scope: Scope) => unknown;

const renderers = new Map<FieldType, FieldRenderer>();

export function registerRenderer(type: FieldType, render: FieldRenderer): void {
  renderers.set(type, render);
}

export const rendererFor = (field: Field): FieldRenderer | undefined => renderers.get(field.type);
