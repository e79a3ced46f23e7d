import type { Data } from '../core/definition.js';
import { FormModel } from '../core/model.js';
import { norwayDate } from '../core/parse/date.js';
import type { Submission } from '../core/submission.js';
import { assertConfig } from './config.js';
import { definitionFor, formIds } from './forms.js';
import type { BuildOptions } from './forms.js';

/**
 * The envelope a form element would send for this data, built with the same model: for a back
 * end's own tests, for fixtures, and to compare the browser with Node.
 */
export function submissionOf(
  schema: string,
  data: Data,
  options: { variant?: string; locale?: string; now?: Date } & Pick<BuildOptions, 'config'> = {},
): Submission {
  if (options.config !== undefined && formIds().includes(schema)) assertConfig({ [schema]: options.config }, 'submissionOf');
  const now = options.now ?? new Date();
  const today = norwayDate(now);
  const definition = definitionFor(schema, options.variant, { config: options.config, today });
  if (!definition) throw new Error(`unknown form: ${schema} (known: ${formIds().join(', ')})`);
  const model = new FormModel(definition, data);
  model.markSubmitted();
  return model.submission(options.locale ?? 'nb', now);
}
