import { expect } from 'chai';
import { byId, cleanup, deepActive, fill, mount, press, tabTo, text, type } from './helpers.js';
import type { FmkSoknad } from '../../src/elements/fmk-soknad.js';
import type { HelseteknologiRapport } from '../../src/elements/helseteknologi-rapport.js';
import type { HelseteknologiSoknad } from '../../src/elements/helseteknologi-soknad.js';
import { DEFAULT_SOKNAD_CONFIG } from '../../src/schemes/fmk/soknad.js';
import { completeReport } from '../../stories/fixtures/helseteknologi-rapport.js';

afterEach(cleanup);

describe('a host configuration of the technology areas and phases (HTO-S6)', () => {
  it('plain-text labels show as given, with no warning of a missing text', async () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args);
    try {
      const el = await mount<HelseteknologiSoknad>();
      el.config = { areas: [{ value: 'en', label: 'Område én' }], phases: [{ value: 'pilot', label: 'Utprøving i liten skala' }] };
      await el.updateComplete;
      const shown = text(el.shadowRoot!.querySelector('[data-path="project.area"]'));
      expect(shown).to.contain('Område én');
      expect(text(el.shadowRoot!.querySelector('[data-path="project.phase"]'))).to.contain('Utprøving i liten skala');
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.deep.equal([]);
  });
});

describe('a partial config is completed from the defaults, as the Node entry does', () => {
  it('<fmk-soknad> with only the round in config keeps the default priority areas (FMK-S3) and warns after the deadline (FMK-S2)', async () => {
    const el = await mount<FmkSoknad>('fmk-soknad');
    el.config = { deadline: '2026-03-01', today: '2026-03-02' };
    await el.updateComplete;
    const options = el.shadowRoot!.querySelectorAll('[data-path="project.priorityArea"] option:not([value=""])');
    expect(options.length).to.equal(DEFAULT_SOKNAD_CONFIG.priorityAreas.length);
    expect(el.validate().filter((i) => i.rule === 'FMK-S2').map((i) => i.code)).to.deep.equal(['fmk.round.late']);
  });

  it('<helseteknologi-rapport> with only a lower audit threshold keeps the deadline (HTO-R1) and asks for the attestation sooner (HTO-R4)', async () => {
    const el = await mount<HelseteknologiRapport>('helseteknologi-rapport');
    el.config = { auditThreshold: 100000 };
    el.value = { ...completeReport(), grant: { ...(completeReport().grant as object), amount: 150000 }, audit: {} };
    await el.updateComplete;
    const computed = el.submission!.computed as { period: { deadline: string | null } };
    expect(computed.period.deadline).to.equal('2026-04-01');
    expect(el.validate().some((i) => i.rule === 'HTO-R4' && i.severity === 'error')).to.equal(true);
  });
});

describe('a configuration or variant set while the user types', () => {
  it('HTO-S6: focus, the caret and text that does not parse yet stay where the user has them', async () => {
    const el = await mount<HelseteknologiSoknad>('helseteknologi-soknad', undefined, { 'no-draft': '' });
    await fill(el, 'f-project-title', 'Digital hjemmeoppfølging');
    await tabTo('f-budget-costs-training-grant');
    await type('12 5x');
    // The host's lists arrive (a fetch) while the user is still in the cell.
    el.config = { areas: [{ value: 'en', label: 'Område én' }] };
    await el.updateComplete;
    expect(deepActive()?.id).to.equal('f-budget-costs-training-grant');
    expect(byId(el, 'f-budget-costs-training-grant')!.value).to.equal('12 5x');
    await press('Backspace');
    await el.updateComplete;
    expect(byId(el, 'f-budget-costs-training-grant')!.value).to.equal('12 5');
    await press('ArrowLeft');
    el.variant = 'forenklet';
    await el.updateComplete;
    expect(deepActive()?.id).to.equal('f-budget-costs-training-grant');
    expect(byId(el, 'f-budget-costs-training-grant')!.selectionStart, 'the caret').to.equal(3);
    await press('End');
    await type('00');
    await press('Tab');
    await el.updateComplete;
    expect(el.value.budget).to.nested.include({ 'costs.training.grant': 12500 });
  });
});
