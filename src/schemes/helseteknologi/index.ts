export * from './soknad.js';
export { helseteknologiForenklet, EARLIER_SCHEMES } from './forenklet.js';
export { applicantSection, partnersSection, signatureSection } from './sections.js';
export {
  helseteknologiRapport,
  computeHelseteknologiRapport,
  fromApplication as rapportFromApplication,
  DEFAULT_RAPPORT_CONFIG,
  APPLICATION_SCHEMAS,
  type HelseteknologiRapportConfig,
  type HelseteknologiRapportComputed,
} from './rapport.js';
