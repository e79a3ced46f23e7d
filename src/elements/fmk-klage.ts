import type { PropertyValues } from 'lit';
import { fmkKlage, type FmkKlageConfig } from '../schemes/fmk/klage.js';
import '../schemes/fmk/texts.js';
import { TilskuddSkjema } from './tilskudd-skjema.js';
import { contentChanged } from './host-data.js';

/**
 * @summary Complaint on a decision of FMK (SKDE): `<tilskudd-skjema>` with the scheme's definition.
 * `today` (attribute, or in `config`) is the date the time limit is measured against (FMK-K2).
 */
export class FmkKlage extends TilskuddSkjema {
  static override properties = { ...TilskuddSkjema.properties, config: { attribute: false, hasChanged: contentChanged }, today: { type: String } };
  /** `{ today }`; the attribute wins over it. */
  declare config: FmkKlageConfig;
  /** `YYYY-MM-DD` taken as today, for the complaint deadline (tests, previews); today's date in Norway otherwise. */
  declare today: string | undefined;

  constructor() {
    super();
    this.config = {};
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('config') || changed.has('today')) this.definition = fmkKlage({ ...this.config, today: this.today ?? this.config.today });
    super.willUpdate(changed);
  }
}
