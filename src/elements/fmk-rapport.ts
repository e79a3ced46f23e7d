import type { PropertyValues } from 'lit';
import { DEFAULT_RAPPORT_CONFIG, fmkRapport, type FmkRapportConfig } from '../schemes/fmk/rapport.js';
import '../schemes/fmk/rapport-texts.js';
import { FollowUpForm } from './follow-up.js';
import { contentChanged } from './host-data.js';

/**
 * @summary The FMK report (SKDE, §8–§9): final or yearly progress report. `application` prefills
 * it from an FMK application's submission; `config` sets the deviation that asks for a reason.
 */
export class FmkRapport extends FollowUpForm {
  static override properties = { ...FollowUpForm.properties, config: { attribute: false, hasChanged: contentChanged } };
  /** `{ deviation: { percent, amount } }`: when a line's deviation needs an explanation (FMK-R3). */
  declare config: Partial<FmkRapportConfig>;

  constructor() {
    super();
    this.config = DEFAULT_RAPPORT_CONFIG;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('config')) this.definition = fmkRapport(this.config);
    super.willUpdate(changed);
  }
}
