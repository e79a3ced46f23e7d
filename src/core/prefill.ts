import type { Data } from './definition.js';
import { isRecord } from './path.js';
import { isBlank } from './parse/text.js';

/**
 * The data of another form's submission, for a form that follows it up (a report prefilled from
 * its application). Takes the whole submission JSON or just its `data`; a submission of another
 * schema (`schemas` lists the accepted ids) gives nothing rather than wrong answers.
 */
export function applicationData(application: unknown, schemas: readonly string[]): Data | undefined {
  if (!isRecord(application)) return undefined;
  if (typeof application.schema === 'string' || isRecord(application.data)) {
    if (typeof application.schema === 'string' && !schemas.includes(application.schema)) return undefined;
    return isRecord(application.data) ? application.data : undefined;
  }
  return application;
}

/** A string answer carried over, or undefined (nothing to carry). */
export const textOf = (value: unknown): string | undefined => (typeof value === 'string' && !isBlank(value) ? value : undefined);

/** Whole kroner carried over, or undefined. */
export const amountOf = (value: unknown): number | undefined => (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : undefined);

/** The records of a list answer (anything else is dropped). */
export const recordsOf = (value: unknown): Data[] => (Array.isArray(value) ? value.filter(isRecord) : []);
