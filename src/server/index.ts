// The receiving side: the same rules as the forms, in plain Node, with no browser globals.
export { validateSubmission, validateData, MAX_ISSUES, type ValidationResult, type ValidationIssue, type ValidateOptions } from './validate.js';
export { jsonSchema, SCHEMA_BASE } from './json-schema.js';
export { submissionOf } from './envelope.js';
export { FORMS, formIds, variantsOf, versionsOf, definitionFor } from './forms.js';
export { LIMITS } from './sanitize.js';
export { message, LANGS, type Lang } from './messages.js';
