import { expect } from 'chai';
import { byId, cleanup, fill, frame, mount } from './helpers.js';
import type { HelseteknologiRapport } from '../../src/elements/helseteknologi-rapport.js';
import type { HelseteknologiSoknad } from '../../src/elements/helseteknologi-soknad.js';
import { validApplication } from '../fixtures/helseteknologi.js';
import { applicationSubmission } from '../../stories/fixtures/helseteknologi-rapport.js';

afterEach(cleanup);

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What frameworks do with object props: a new, equal object with every render. */
describe('a framework host hands the same content back as new objects', () => {
  it('config set again as a new, equal literal on every change rebuilds nothing, and starts no loop of change events', async () => {
    const el = await mount<HelseteknologiSoknad>();
    const config = () => ({ areas: [{ value: 'a', label: 'Område A' }], phases: [{ value: 'p', label: 'Pilot' }] });
    el.config = config();
    await el.updateComplete;
    let changes = 0;
    // As React re-renders with `config={{…}}` after each change it hears of.
    el.addEventListener('tilskudd-change', () => {
      changes++;
      setTimeout(() => (el.config = config()));
    });
    await fill(el, 'f-project-title', 'Ny tittel');
    const typed = changes;
    await pause(400);
    expect(changes - typed, 'change events with nothing typed').to.equal(0);
    expect(byId(el, 'f-project-title')!.value).to.equal('Ny tittel');
  });

  it('a new config with other content still rebuilds the form (HTO-S6)', async () => {
    const el = await mount<HelseteknologiSoknad>();
    el.config = { areas: [{ value: 'a', label: 'Område A' }] };
    await el.updateComplete;
    el.config = { areas: [{ value: 'b', label: 'Område B' }] };
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[data-path="project.area"]')!.textContent).to.contain('Område B');
  });

  it('`application` set again with equal content keeps what the user typed in the report', async () => {
    const el = await mount<HelseteknologiRapport>('helseteknologi-rapport', undefined, { 'no-draft': '' });
    el.application = applicationSubmission();
    await frame(el);
    await fill(el, 'f-grant-reference', '23/4567');
    el.application = applicationSubmission();
    await frame(el);
    expect(byId(el, 'f-grant-reference')!.value).to.equal('23/4567');
    expect(el.value.grant).to.deep.include({ reference: '23/4567' });
  });

  it('`value` set to a reactive Proxy (Vue, MobX) is taken as its content, not refused (DataCloneError)', async () => {
    const el = await mount<HelseteknologiSoknad>();
    const data = validApplication();
    const reactive = <T extends object>(target: T): T =>
      new Proxy(target, { get: (t, key) => (typeof t[key as keyof T] === 'object' && t[key as keyof T] !== null ? reactive(t[key as keyof T] as object) : t[key as keyof T]) });
    expect(() => structuredClone(reactive(data)), 'the browser cannot clone it').to.throw();
    el.value = reactive(data);
    await el.updateComplete;
    expect(el.value).to.deep.equal(validApplication());
    expect(el.validate().filter((i) => i.severity === 'error')).to.deep.equal([]);
  });
});
