import { expect } from 'chai';
import { setIn } from '../../src/core/index.js';
import type { FmkKlage } from '../../src/elements/fmk-klage.js';
import { completeFmkKlage } from '../../stories/fixtures/fmk.js';
import { $, byId, cleanup, deepActive, frame, mount, text } from '../elements/helpers.js';

afterEach(cleanup);

describe('FMK-K3 "choose at least one ground" is the question\'s error, not the first box\'s (WCAG 1.3.1)', () => {
  it('with a refusal (two grounds offered) the fieldset carries the error; neither box is singled out', async () => {
    const data = setIn(setIn(completeFmkKlage(), 'decision.kind', 'refusal'), 'grounds', { procedural: false, premises: false });
    const el = await mount<FmkKlage>('fmk-klage', data, { today: '2026-02-10' });
    expect(await el.submit()).to.equal(false);
    await frame(el);
    const group = $(el, 'fieldset#f-grounds-which')!;
    expect(group.getAttribute('aria-describedby')).to.equal('f-grounds-which-hint f-grounds-which-msg');
    expect(text(group.querySelector('#f-grounds-which-msg'))).to.equal('Feil:Velg minst ett grunnlag for klagen');
    for (const id of ['f-grounds-procedural', 'f-grounds-premises']) {
      const box = byId(el, id)!;
      expect(group.contains(box), id).to.equal(true);
      expect(box.getAttribute('aria-invalid'), id).to.equal('false');
      expect(box.getAttribute('aria-describedby') ?? '', id).to.not.contain('msg');
    }
    const link = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.error-summary a')].find((a) => text(a).includes('Velg minst ett grunnlag'))!;
    link.click();
    await el.updateComplete;
    expect(deepActive()?.id, 'the link leads to the first ground').to.equal('f-grounds-procedural');
  });
});
