import type { Field } from '../../core/definition.js';
import type { Issue } from '../../core/issues.js';
import type { FormModel } from '../../core/model.js';

/** What field templates need from the form element; the element is the only implementation. */
export interface RenderContext {
  model: FormModel<any>;
  /** Issues to show now, by path. */
  shown: Map<string, Issue[]>;
  /** The text in an input while the user edits it (it may not parse yet). */
  viewValue(path: string): string | undefined;
  /** The user typed in a field that parses (amount, orgnr, …) or a plain text field. */
  input(field: Field, path: string, text: string): void;
  /** The user picked a value (radio, select, checkbox, municipality). */
  change(path: string, value: unknown): void;
  /** The user left a field. */
  blur(field: Field, path: string): void;
  /** Adds an item to a repeat and returns its index. */
  addItem(path: string, item?: Record<string, unknown>): number;
  removeItem(path: string, index: number): void;
  /** Announces a text to screen readers through the form's polite live region. */
  announce(text: string): void;
  goToSection(id: string): void;
  /** Moves focus to the element with this id once the next render is done. */
  focus(id: string): void;
  /** A combobox's own state (open, highlighted option), kept by the element per path. */
  combobox(path: string): ComboboxState;
  /** The user chose a file (or removed it, `null`): the element keeps it; the data gets its name, size and type. */
  attach(path: string, file: File | null): void;
  /** Asks for a re-render after state that only the element holds changed. */
  refresh(): void;
}

/** Element ids come from data paths, unique inside the form's one render root. */
export const fieldId = (path: string): string => `f-${path.replace(/\./g, '-')}`;
export const sectionId = (id: string): string => `s-${id}`;

export interface ComboboxState {
  open: boolean;
  active: number;
  /** Nothing matched the last text typed (said once, not at every key). */
  none?: boolean;
}
