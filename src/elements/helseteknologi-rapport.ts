import type { PropertyValues } from 'lit';
import { DEFAULT_RAPPORT_CONFIG, helseteknologiRapport, type HelseteknologiRapportConfig } from '../schemes/helseteknologi/rapport.js';
import '../schemes/helseteknologi/rapport-texts.js';
import { FollowUpForm } from './follow-up.js';
import { contentChanged } from './host-data.js';

/**
 * @summary The yearly report of Helseteknologiordningen (HTO §5, §6). `application` prefills it
 * from the application's submission; `today` (YYYY-MM-DD) fixes the date the deadline is judged
 * against; `config` changes the deadline, the audit threshold and the deviation threshold.
 */
export class HelseteknologiRapport extends FollowUpForm {
  static override properties = { ...FollowUpForm.properties, config: { attribute: false, hasChanged: contentChanged }, today: { type: String } };
  /** `{ deadline, auditThreshold, deviation, today }` (HTO-R1, R4, R3). */
  declare config: Partial<HelseteknologiRapportConfig>;
  /** `YYYY-MM-DD` taken as today, for the report deadline (tests, previews); today's date in Norway otherwise. */
  declare today: string | undefined;

  constructor() {
    super();
    this.config = DEFAULT_RAPPORT_CONFIG;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('config') || changed.has('today')) this.definition = helseteknologiRapport({ ...this.config, ...(this.today ? { today: this.today } : {}) });
    super.willUpdate(changed);
  }
}
