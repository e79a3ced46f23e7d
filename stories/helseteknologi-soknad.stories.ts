import type { Meta } from '@storybook/web-components-vite';
import { completeApplication, halfFilledApplication, invalidApplication } from './fixtures/helseteknologi.js';
import { formStories, type FormArgs } from './support/form-stories.js';

/**
 * `<helseteknologi-soknad>`, the whole application form, in four states (empty, half filled,
 * with errors shown, complete and valid), each in bokmål, nynorsk and English. The language is
 * the element's `lang`; the story also pins the toolbar locale (and so `<html lang>`) to match.
 * Half filled: applicant, project and three description points. With errors: rule-breaking
 * data prefilled, then a submit attempt so the error summary lists them.
 */
const { meta, stories: s } = formStories({
  tag: 'helseteknologi-soknad',
  attributes: { hideChecklist: false, hideTitle: false },
  fixtures: { halfFilled: halfFilledApplication, invalid: invalidApplication, complete: completeApplication },
});

export default { title: 'Forms/helseteknologi-soknad', ...meta } satisfies Meta<FormArgs>;

// Names stay literal here: Storybook's indexer reads them from this file's source.
export const EmptyNb = { ...s.EmptyNb, name: 'Empty (nb)' }, EmptyNn = { ...s.EmptyNn, name: 'Empty (nn)' }, EmptyEn = { ...s.EmptyEn, name: 'Empty (en)' };
export const HalfFilledNb = { ...s.HalfFilledNb, name: 'Half filled (nb)' }, HalfFilledNn = { ...s.HalfFilledNn, name: 'Half filled (nn)' }, HalfFilledEn = { ...s.HalfFilledEn, name: 'Half filled (en)' };
export const WithErrorsNb = { ...s.WithErrorsNb, name: 'With errors (nb)' }, WithErrorsNn = { ...s.WithErrorsNn, name: 'With errors (nn)' }, WithErrorsEn = { ...s.WithErrorsEn, name: 'With errors (en)' };
export const CompleteNb = { ...s.CompleteNb, name: 'Complete and valid (nb)' }, CompleteNn = { ...s.CompleteNn, name: 'Complete and valid (nn)' }, CompleteEn = { ...s.CompleteEn, name: 'Complete and valid (en)' };
