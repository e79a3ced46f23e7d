import type { PropertyValues } from 'lit';
// Accounts and attachments: a report's field types.
import './render/report-fields.js';
import { TilskuddSkjema } from './tilskudd-skjema.js';
import { contentChanged } from './host-data.js';

/**
 * A form that follows up another (a report after its application). Setting `application` (that
 * form's submission JSON, or its `data`) prefills this one through the definition's
 * `fromApplication`, as a prefill: its errors show at once. It replaces the answers so far; a
 * submission of another form is ignored.
 */
export class FollowUpForm extends TilskuddSkjema {
  static override properties = { ...TilskuddSkjema.properties, application: { attribute: false, hasChanged: contentChanged } };
  /** The application's submission JSON (or its `data`): prefills this form, replacing its answers. */
  declare application: unknown;

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Subclasses set `definition` first; the prefill then becomes the new model's data.
    const from = this.definition?.fromApplication;
    const prefill = changed.has('application') && this.application != null && from ? from(this.application) : undefined;
    // Another form's submission gives nothing: the answers so far stay (README: it is ignored).
    if (prefill) this.value = prefill;
    super.willUpdate(changed);
  }
}
