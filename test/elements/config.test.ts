import { expect } from 'chai';
import { cleanup, mount, text } from './helpers.js';
import type { HelseteknologiSoknad } from '../../src/elements/helseteknologi-soknad.js';

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
