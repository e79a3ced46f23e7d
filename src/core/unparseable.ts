/**
 * Text the user typed that did not parse (`12,5` in an amount). It stays in the model, so
 * nothing typed is lost and the field shows it again; it never reaches a submission.
 */
export interface Unparseable {
  unparseable: string;
}

export const unparseable = (text: string): Unparseable => ({ unparseable: text });

export const isUnparseable = (value: unknown): value is Unparseable =>
  value != null && typeof value === 'object' && typeof (value as Unparseable).unparseable === 'string';
