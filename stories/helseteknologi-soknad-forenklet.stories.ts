import type { Meta } from '@storybook/web-components-vite';
import { completeForenklet, halfFilledForenklet, invalidForenklet } from './fixtures/helseteknologi-forenklet.js';
import { formStories, type FormArgs } from './support/form-stories.js';

/**
 * `<helseteknologi-soknad variant="forenklet">`, the simplified application (HTO-S5) for projects
 * granted in 2023, in four states (empty, half filled, with errors shown, complete and valid),
 * each in bokmål, nynorsk and English. Half filled: the 2023 grant, the applicant and the
 * project. With errors: no earlier scheme chosen, no goal achievement, grant on travel, no own
 * financing.
 */
const { meta, stories: s } = formStories({
  tag: 'helseteknologi-soknad',
  attributes: { variant: 'forenklet', hideChecklist: false },
  argTypes: { variant: { description: 'Switch to see that shared answers stay' } },
  fixtures: { halfFilled: halfFilledForenklet, invalid: invalidForenklet, complete: completeForenklet },
});

export default { title: 'Forms/helseteknologi-soknad (forenklet)', ...meta } satisfies Meta<FormArgs>;

// Names stay literal here: Storybook's indexer reads them from this file's source.
export const EmptyNb = { ...s.EmptyNb, name: 'Empty (nb)' }, EmptyNn = { ...s.EmptyNn, name: 'Empty (nn)' }, EmptyEn = { ...s.EmptyEn, name: 'Empty (en)' };
export const HalfFilledNb = { ...s.HalfFilledNb, name: 'Half filled (nb)' }, HalfFilledNn = { ...s.HalfFilledNn, name: 'Half filled (nn)' }, HalfFilledEn = { ...s.HalfFilledEn, name: 'Half filled (en)' };
export const WithErrorsNb = { ...s.WithErrorsNb, name: 'With errors (nb)' }, WithErrorsNn = { ...s.WithErrorsNn, name: 'With errors (nn)' }, WithErrorsEn = { ...s.WithErrorsEn, name: 'With errors (en)' };
export const CompleteNb = { ...s.CompleteNb, name: 'Complete and valid (nb)' }, CompleteNn = { ...s.CompleteNn, name: 'Complete and valid (nn)' }, CompleteEn = { ...s.CompleteEn, name: 'Complete and valid (en)' };
