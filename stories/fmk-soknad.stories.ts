import type { Meta } from '@storybook/web-components-vite';
import { completeFmkRegistry, completeFmkSoknad, FMK_DEADLINE, FMK_TODAY, halfFilledFmkSoknad, invalidFmkSoknad } from './fixtures/fmk.js';
import { checkComplete, formStories, type FormArgs } from './support/form-stories.js';

/**
 * `<fmk-soknad>`, the application for funds from FMK (SKDE), in four states (empty, half filled, with errors shown, complete and
 * valid), each in bokmål, nynorsk and English. The round is "Vår 2026" with its deadline 01.03.2026 (FMK-S2); "Late" shows the warning after it, and "New registry" the §4.2 b category.
 */
const { meta, stories: s } = formStories({
  tag: 'fmk-soknad',
  attributes: { hideChecklist: false, today: FMK_TODAY, round: 'Vår 2026', deadline: FMK_DEADLINE },
  argTypes: { deadline: { description: 'The deadline (`deadline`), YYYY-MM-DD (FMK-S2)' } },
  fixtures: { halfFilled: halfFilledFmkSoknad, invalid: invalidFmkSoknad, complete: completeFmkSoknad },
  extra: {
    // After the deadline: the FMK-S2 warning shows at once and does not block.
    Late: { args: { value: completeFmkSoknad(), today: '2026-03-15' } },
    // Category (b): a new registry with shared components (FMK-S6, FMK-S9).
    Registry: { args: { value: completeFmkRegistry() }, check: checkComplete },
  },
});

export default { title: 'Forms/fmk-soknad', ...meta } satisfies Meta<FormArgs>;

// Names stay literal here: Storybook's indexer reads them from this file's source.
export const EmptyNb = { ...s.EmptyNb, name: 'Empty (nb)' }, EmptyNn = { ...s.EmptyNn, name: 'Empty (nn)' }, EmptyEn = { ...s.EmptyEn, name: 'Empty (en)' };
export const HalfFilledNb = { ...s.HalfFilledNb, name: 'Half filled (nb)' }, HalfFilledNn = { ...s.HalfFilledNn, name: 'Half filled (nn)' }, HalfFilledEn = { ...s.HalfFilledEn, name: 'Half filled (en)' };
export const WithErrorsNb = { ...s.WithErrorsNb, name: 'With errors (nb)' }, WithErrorsNn = { ...s.WithErrorsNn, name: 'With errors (nn)' }, WithErrorsEn = { ...s.WithErrorsEn, name: 'With errors (en)' };
export const CompleteNb = { ...s.CompleteNb, name: 'Complete and valid (nb)' }, CompleteNn = { ...s.CompleteNn, name: 'Complete and valid (nn)' }, CompleteEn = { ...s.CompleteEn, name: 'Complete and valid (en)' };
export const LateNb = { ...s.LateNb, name: 'Late, complete (nb)' }, LateNn = { ...s.LateNn, name: 'Late, complete (nn)' }, LateEn = { ...s.LateEn, name: 'Late, complete (en)' };
export const RegistryNb = { ...s.RegistryNb, name: 'New registry, complete (nb)' }, RegistryNn = { ...s.RegistryNn, name: 'New registry, complete (nn)' }, RegistryEn = { ...s.RegistryEn, name: 'New registry, complete (en)' };
