export * from './soknad.js';
export { applicantSection, partnersSection, signatureSection } from './sections.js';
