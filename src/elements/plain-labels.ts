import type { Option } from '../core/definition.js';
import { hasText, registerTexts } from '../i18n/texts.js';

/**
 * Options a host configures (a year's list) may carry plain text instead of message keys: such a
 * label is shown as given, in every language, rather than as a missing key.
 */
export function plainLabels(options: readonly Option[]): void {
  for (const option of options)
    for (const key of [option.label, option.hint])
      if (key && !hasText(key)) registerTexts({ [key]: () => key });
}
