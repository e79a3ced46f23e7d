import type { Meta } from '@storybook/web-components-vite';
import { completeFmkRapport, FMK_REPORT_TODAY, fmkApplicationSubmission, halfFilledFmkRapport, invalidFmkRapport } from './fixtures/fmk-rapport.js';
import { formStories, type FormArgs } from './support/form-stories.js';

/**
 * `<fmk-rapport>`, the FMK final or progress report (§8–§9): empty, prefilled from an FMK
 * application (`application` property), half filled, with errors shown, complete — each in
 * bokmål, nynorsk and English. `today` is the complete report's confirmation date, which may not
 * be after it (FMK-R1), so the stories read the same on every day they are opened.
 */
const { meta, stories: s } = formStories({
  tag: 'fmk-rapport',
  attributes: { today: FMK_REPORT_TODAY },
  argTypes: {
    today: { description: '`today` (YYYY-MM-DD): the confirmation may not be dated after it (FMK-R1)' },
    application: { description: 'The FMK application\'s submission JSON (`.application`)' },
  },
  fixtures: { halfFilled: halfFilledFmkRapport, invalid: invalidFmkRapport, complete: completeFmkRapport },
  extra: {
    FromApplication: {
      args: { application: fmkApplicationSubmission() },
      check: (el) => {
        if (((el.value.funds as { lines?: unknown[] } | undefined)?.lines?.length ?? 0) !== 2) throw new Error('the application\'s budget lines were not carried over');
      },
    },
  },
});

export default { title: 'Forms/fmk-rapport', ...meta } satisfies Meta<FormArgs>;

// Names stay literal here: Storybook's indexer reads them from this file's source.
export const EmptyNb = { ...s.EmptyNb, name: 'Empty (nb)' }, EmptyNn = { ...s.EmptyNn, name: 'Empty (nn)' }, EmptyEn = { ...s.EmptyEn, name: 'Empty (en)' };
export const FromApplicationNb = { ...s.FromApplicationNb, name: 'Prefilled from the application (nb)' }, FromApplicationNn = { ...s.FromApplicationNn, name: 'Prefilled from the application (nn)' }, FromApplicationEn = { ...s.FromApplicationEn, name: 'Prefilled from the application (en)' };
export const HalfFilledNb = { ...s.HalfFilledNb, name: 'Half filled (nb)' }, HalfFilledNn = { ...s.HalfFilledNn, name: 'Half filled (nn)' }, HalfFilledEn = { ...s.HalfFilledEn, name: 'Half filled (en)' };
export const WithErrorsNb = { ...s.WithErrorsNb, name: 'With errors (nb)' }, WithErrorsNn = { ...s.WithErrorsNn, name: 'With errors (nn)' }, WithErrorsEn = { ...s.WithErrorsEn, name: 'With errors (en)' };
export const CompleteNb = { ...s.CompleteNb, name: 'Complete and valid (nb)' }, CompleteNn = { ...s.CompleteNn, name: 'Complete and valid (nn)' }, CompleteEn = { ...s.CompleteEn, name: 'Complete and valid (en)' };
