import type { Meta } from '@storybook/web-components-vite';
import { AFTER_DEADLINE, BEFORE_DEADLINE, applicationSubmission, completeReport, halfFilledReport, invalidReport } from './fixtures/helseteknologi-rapport.js';
import { checkComplete, formStories, type FormArgs } from './support/form-stories.js';

/**
 * `<helseteknologi-rapport>`, the yearly report (HTO §5, §6): empty, prefilled from the
 * application (`application` property), half filled, with errors shown, complete — and complete
 * after the deadline (HTO-R1's warning) — each in bokmål, nynorsk and English. `today` is fixed,
 * so the deadline reads the same on every day the stories are opened.
 */
const { meta, stories: s } = formStories({
  tag: 'helseteknologi-rapport',
  attributes: { today: BEFORE_DEADLINE },
  argTypes: {
    today: { description: '`today` (YYYY-MM-DD): the date the deadline is judged against (HTO-R1)' },
    application: {},
  },
  fixtures: { halfFilled: halfFilledReport, invalid: invalidReport, complete: completeReport },
  extra: {
    // Prefilled from the application: applicant, partners, goals and the budget column carried over.
    FromApplication: {
      args: { application: applicationSubmission() },
      check: (el) => {
        if ((el.value.goals as unknown[] | undefined)?.length !== 1) throw new Error('the application\'s goal was not carried over');
      },
    },
    // HTO-R1: the same report after 1 April: a warning, which does not block sending.
    AfterDeadline: { args: { value: completeReport(), today: AFTER_DEADLINE }, check: checkComplete },
  },
});

export default { title: 'Forms/helseteknologi-rapport', ...meta } satisfies Meta<FormArgs>;

// Names stay literal here: Storybook's indexer reads them from this file's source.
export const EmptyNb = { ...s.EmptyNb, name: 'Empty (nb)' }, EmptyNn = { ...s.EmptyNn, name: 'Empty (nn)' }, EmptyEn = { ...s.EmptyEn, name: 'Empty (en)' };
export const FromApplicationNb = { ...s.FromApplicationNb, name: 'Prefilled from the application (nb)' }, FromApplicationNn = { ...s.FromApplicationNn, name: 'Prefilled from the application (nn)' }, FromApplicationEn = { ...s.FromApplicationEn, name: 'Prefilled from the application (en)' };
export const HalfFilledNb = { ...s.HalfFilledNb, name: 'Half filled (nb)' }, HalfFilledNn = { ...s.HalfFilledNn, name: 'Half filled (nn)' }, HalfFilledEn = { ...s.HalfFilledEn, name: 'Half filled (en)' };
export const WithErrorsNb = { ...s.WithErrorsNb, name: 'With errors (nb)' }, WithErrorsNn = { ...s.WithErrorsNn, name: 'With errors (nn)' }, WithErrorsEn = { ...s.WithErrorsEn, name: 'With errors (en)' };
export const CompleteNb = { ...s.CompleteNb, name: 'Complete and valid (nb)' }, CompleteNn = { ...s.CompleteNn, name: 'Complete and valid (nn)' }, CompleteEn = { ...s.CompleteEn, name: 'Complete and valid (en)' };
export const AfterDeadlineNb = { ...s.AfterDeadlineNb, name: 'After the deadline (nb)' }, AfterDeadlineNn = { ...s.AfterDeadlineNn, name: 'After the deadline (nn)' }, AfterDeadlineEn = { ...s.AfterDeadlineEn, name: 'After the deadline (en)' };
