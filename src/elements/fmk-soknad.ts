import type { PropertyValues } from 'lit';
import { DEFAULT_SOKNAD_CONFIG, fmkSoknad, type FmkSoknadConfig } from '../schemes/fmk/soknad.js';
import '../schemes/fmk/texts.js';
import { plainLabels } from './plain-labels.js';
import { TilskuddSkjema } from './tilskudd-skjema.js';
import { contentChanged } from './host-data.js';

/**
 * @summary Application for funds from FMK (SKDE): `<tilskudd-skjema>` with the scheme's definition.
 * `config` sets the priority areas (FMK-S3); `round`, `deadline` and `today` (attributes, or in
 * `config`) set the round and its closing date (FMK-S2).
 */
export class FmkSoknad extends TilskuddSkjema {
  static override properties = {
    ...TilskuddSkjema.properties,
    config: { attribute: false, hasChanged: contentChanged },
    round: { type: String },
    deadline: { type: String },
    today: { type: String },
  };
  /** `{ priorityAreas, round, deadline, today }`; the attributes win over it. */
  declare config: Partial<FmkSoknadConfig>;
  /** The round's name as announced, e.g. `Vår 2026` (FMK-S2). */
  declare round: string | undefined;
  /** The round's closing date, `YYYY-MM-DD` (FMK-S2): after it, a warning. */
  declare deadline: string | undefined;
  /** `YYYY-MM-DD` taken as today (tests, previews); today's date in Norway otherwise. */
  declare today: string | undefined;

  constructor() {
    super();
    this.config = DEFAULT_SOKNAD_CONFIG;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('config') || changed.has('round') || changed.has('deadline') || changed.has('today')) {
      if (this.config.priorityAreas) plainLabels(this.config.priorityAreas);
      this.definition = fmkSoknad({
        ...this.config,
        round: this.round ?? this.config.round,
        deadline: this.deadline ?? this.config.deadline,
        today: this.today ?? this.config.today,
      });
    }
    super.willUpdate(changed);
  }
}
