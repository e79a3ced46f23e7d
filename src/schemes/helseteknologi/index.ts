export * from './soknad.js';
export { helseteknologiForenklet, EARLIER_SCHEMES } from './forenklet.js';
export { applicantSection, partnersSection, signatureSection } from './sections.js';
