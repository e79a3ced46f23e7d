export * from './result.js';
export * from './amount.js';
export * from './orgnr.js';
export * from './kontonr.js';
export * from './contact.js';
export * from './date.js';
export * from './text.js';
