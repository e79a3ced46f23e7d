import type { PropertyValues } from 'lit';
import { DEFAULT_RAPPORT_CONFIG, fmkRapport, type FmkRapportConfig } from '../schemes/fmk/rapport.js';
import '../schemes/fmk/rapport-texts.js';
import { FollowUpForm } from './follow-up.js';
import { contentChanged } from './host-data.js';

/**
 * @summary The FMK report (SKDE, §8–§9): final or yearly progress report. `application` prefills
 * it from an FMK application's submission; `config` sets the deviation that asks for a reason;
 * `today` (YYYY-MM-DD) is the date the confirmation may not be after.
 */
export class FmkRapport extends FollowUpForm {
  static override properties = { ...FollowUpForm.properties, config: { attribute: false, hasChanged: contentChanged }, today: { type: String } };
  /** `{ deviation: { percent, amount }, today }`: when a line's deviation needs an explanation (FMK-R3). */
  declare config: Partial<FmkRapportConfig>;
  /** `YYYY-MM-DD` taken as today, for the confirmation's date (tests, previews); today's date in Norway otherwise. */
  declare today: string | undefined;

  constructor() {
    super();
    this.config = DEFAULT_RAPPORT_CONFIG;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('config') || changed.has('today')) this.definition = fmkRapport({ ...this.config, ...(this.today ? { today: this.today } : {}) });
    super.willUpdate(changed);
  }
}
