// The DOM-free, Lit-free core: runs in a browser and in Node alike. It never produces text.
export * from './definition.js';
export * from './issues.js';
export * from './parse/index.js';
export * from './path.js';
export * from './unparseable.js';
export * from './field-types.js';
export * from './municipalities.js';
export * from './walk.js';
export * from './validate.js';
export * from './budget.js';
export * from './accounts.js';
export * from './field-kinds.js';
export * from './deadline.js';
export * from './prefill.js';
export * from './checklist.js';
export * from './submission.js';
export * from './model.js';
