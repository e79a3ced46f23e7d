import type { PropertyValues } from 'lit';
import { DEFAULT_CONFIG, helseteknologiSoknad, type HelseteknologiConfig } from '../schemes/helseteknologi/soknad.js';
import '../schemes/helseteknologi/texts.js';
import { TilskuddSkjema } from './tilskudd-skjema.js';

/**
 * @summary Application for Helseteknologiordningen (Helsedirektoratet): `<tilskudd-skjema>` with
 * the scheme's definition. `config` replaces the technology areas and phases (HTO-S6).
 */
export class HelseteknologiSoknad extends TilskuddSkjema {
  static override properties = { ...TilskuddSkjema.properties, config: { attribute: false } };
  declare config: HelseteknologiConfig;

  constructor() {
    super();
    this.config = DEFAULT_CONFIG;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('config')) this.definition = helseteknologiSoknad(this.config);
    super.willUpdate(changed);
  }
}
