import type { PropertyValues } from 'lit';
import { helseteknologiForenklet } from '../schemes/helseteknologi/forenklet.js';
import { DEFAULT_CONFIG, helseteknologiSoknad, type HelseteknologiConfig } from '../schemes/helseteknologi/soknad.js';
import '../schemes/helseteknologi/texts.js';
import { plainLabels } from './plain-labels.js';
import { TilskuddSkjema } from './tilskudd-skjema.js';
import { contentChanged } from './host-data.js';

/** `full` is the whole application (HTO-S2, S4); `forenklet` the simplified one for 2023 projects (HTO-S5). */
export type HelseteknologiVariant = 'full' | 'forenklet';

/**
 * @summary Application for Helseteknologiordningen (Helsedirektoratet): `<tilskudd-skjema>` with
 * the scheme's definition. `variant="forenklet"` gives the simplified application (HTO-S5);
 * switching variant keeps every shared answer. `config` replaces the technology areas and phases (HTO-S6).
 */
export class HelseteknologiSoknad extends TilskuddSkjema {
  static override properties = {
    ...TilskuddSkjema.properties,
    config: { attribute: false, hasChanged: contentChanged },
    variant: { type: String, reflect: true },
  };
  /** The technology areas and phases (HTO-S6), `{ areas, phases }` of `{ value, label }`. */
  declare config: Partial<HelseteknologiConfig>;
  /** `full` (default) or `forenklet`, the simplified application (HTO-S5); switching keeps the answers. */
  declare variant: HelseteknologiVariant;

  constructor() {
    super();
    this.config = DEFAULT_CONFIG;
    this.variant = 'full';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('config') || changed.has('variant')) {
      // A host's year's lists may hold plain text, not message keys: shown as given (as FMK's).
      for (const options of [this.config.areas, this.config.phases]) if (options) plainLabels(options);
      this.definition = this.variant === 'forenklet' ? helseteknologiForenklet(this.config) : helseteknologiSoknad(this.config);
    }
    super.willUpdate(changed);
  }
}
