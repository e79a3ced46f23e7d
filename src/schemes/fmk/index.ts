export * from './soknad.js';
export * from './klage.js';
export { UNITS, unitSection, addDays } from './shared.js';
export {
  fmkRapport,
  computeFmkRapport,
  linesField,
  fromApplication as rapportFromApplication,
  DEFAULT_RAPPORT_CONFIG as DEFAULT_FMK_RAPPORT_CONFIG,
  type FmkRapportConfig,
  type FmkRapportComputed,
} from './rapport.js';
