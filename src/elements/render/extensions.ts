import type { CSSResult } from 'lit';
import type { Field, FieldType, Scope } from '../../core/definition.js';
import type { RenderContext } from './context.js';

/**
 * Field types a form brings with it (accounts and attachments for reports): the renderer registers
 * here when the form's element imports it, so an application's bundle carries none of it.
 */
export type FieldRenderer = (ctx: RenderContext, field: any, path: string, value: unknown, scope: Scope) => unknown;

const renderers = new Map<FieldType, FieldRenderer>();
const styles = new Set<CSSResult>();

/** Registers a field type's renderer, and the styles the form's render root then adopts. */
export function registerRenderer(type: FieldType, render: FieldRenderer, css?: CSSResult): void {
  renderers.set(type, render);
  if (css) styles.add(css);
}

export const extensionStyles = (): readonly CSSResult[] => [...styles];

export const rendererFor = (field: Field): FieldRenderer | undefined => renderers.get(field.type);
