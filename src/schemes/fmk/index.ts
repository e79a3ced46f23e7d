export * from './soknad.js';
export * from './klage.js';
export { UNITS, unitSection, addDays } from './shared.js';
