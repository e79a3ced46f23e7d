import type { Meta } from '@storybook/web-components-vite';
import { completeFmkKlage, FMK_TODAY, halfFilledFmkKlage, invalidFmkKlage } from './fixtures/fmk.js';
import { formStories, type FormArgs } from './support/form-stories.js';

/**
 * `<fmk-klage>`, the complaint on a decision of FMK (SKDE), in four states (empty, half filled, with errors shown, complete and
 * valid), each in bokmål, nynorsk and English. "Late" shows the FMK-K2 warning after the three weeks.
 */
const { meta, stories: s } = formStories({
  tag: 'fmk-klage',
  attributes: { hideChecklist: false, today: FMK_TODAY },
  fixtures: { halfFilled: halfFilledFmkKlage, invalid: invalidFmkKlage, complete: completeFmkKlage },
  extra: {
    // Received 02.02.2026, so the last day was 23.02.2026: the FMK-K2 warning, which does not block.
    Late: { args: { value: completeFmkKlage(), today: '2026-03-01' } },
  },
});

export default { title: 'Forms/fmk-klage', ...meta } satisfies Meta<FormArgs>;

// Names stay literal here: Storybook's indexer reads them from this file's source.
export const EmptyNb = { ...s.EmptyNb, name: 'Empty (nb)' }, EmptyNn = { ...s.EmptyNn, name: 'Empty (nn)' }, EmptyEn = { ...s.EmptyEn, name: 'Empty (en)' };
export const HalfFilledNb = { ...s.HalfFilledNb, name: 'Half filled (nb)' }, HalfFilledNn = { ...s.HalfFilledNn, name: 'Half filled (nn)' }, HalfFilledEn = { ...s.HalfFilledEn, name: 'Half filled (en)' };
export const WithErrorsNb = { ...s.WithErrorsNb, name: 'With errors (nb)' }, WithErrorsNn = { ...s.WithErrorsNn, name: 'With errors (nn)' }, WithErrorsEn = { ...s.WithErrorsEn, name: 'With errors (en)' };
export const CompleteNb = { ...s.CompleteNb, name: 'Complete and valid (nb)' }, CompleteNn = { ...s.CompleteNn, name: 'Complete and valid (nn)' }, CompleteEn = { ...s.CompleteEn, name: 'Complete and valid (en)' };
export const LateNb = { ...s.LateNb, name: 'Late, complete (nb)' }, LateNn = { ...s.LateNn, name: 'Late, complete (nn)' }, LateEn = { ...s.LateEn, name: 'Late, complete (en)' };
