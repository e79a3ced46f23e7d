import { expect } from 'chai';
import { $, byId, cleanup, fill, frame, mount, text } from './helpers.js';
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

  it('config or application changed in place, then set again (itself or a copy), is taken', async () => {
    const el = await mount<HelseteknologiSoknad>();
    const config = { areas: [{ value: 'a', label: 'Område A' }] };
    el.config = config;
    await el.updateComplete;
    config.areas.push({ value: 'b', label: 'Område B' });
    el.config = { ...config };
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[data-path="project.area"]')!.textContent).to.contain('Område B');
    config.areas.push({ value: 'c', label: 'Område C' });
    el.config = config;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[data-path="project.area"]')!.textContent).to.contain('Område C');

    const report = await mount<HelseteknologiRapport>('helseteknologi-rapport', undefined, { 'no-draft': '' });
    const app = applicationSubmission() as { data: { project: { title: string } } };
    report.application = app;
    await frame(report);
    app.data.project.title = 'Ny tittel fra søknaden';
    report.application = { ...app };
    await frame(report);
    expect(byId(report, 'f-grant-projectTitle')!.value).to.equal('Ny tittel fra søknaden');
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

describe('asked right after it is put in the page', () => {
  it('validate(), checklist and submission answer before the first update has run', () => {
    const el = document.createElement('helseteknologi-soknad') as HelseteknologiSoknad;
    document.body.append(el);
    expect(el.validate().filter((i) => i.severity === 'error').length, 'errors of the empty form').to.be.greaterThan(0);
    expect(el.checklist.total).to.be.greaterThan(0);
    expect(el.submission?.schema).to.equal('helseteknologi/soknad');
  });
});

describe('the language around the form (no lang of its own)', () => {
  const h1 = async (el: Element, start: string) => {
    const until = Date.now() + 4000;
    while (!text($(el as never, 'h1')).startsWith(start) && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
    await new Promise((r) => setTimeout(r, 50));
    return text($(el as never, 'h1'));
  };
  afterEach(() => void (document.documentElement.lang = 'nb'));

  /** A form in a container with `lang`, the container inside another element's shadow root (or not: `shadow` false). */
  const inContainer = (lang: string, shadow = true) => {
    document.documentElement.lang = 'nb';
    const container = document.createElement('div');
    container.lang = lang;
    const el = document.createElement('helseteknologi-soknad');
    container.append(el);
    if (!shadow) document.body.append(container);
    else {
      const host = document.createElement('div');
      host.attachShadow({ mode: 'open' }).append(container);
      document.body.append(host);
    }
    return { el, container };
  };

  it('is found across a shadow root: a form inside an element whose container says lang="en" speaks English', async () => {
    const { el } = inContainer('en');
    expect(await h1(el, 'Application')).to.match(/^Application/);
  });

  it('is followed when it changes without a reload (a site\'s language switch); another form\'s own lang, set later, still wins', async () => {
    const { el, container: wrapper } = inContainer('nb', false);
    expect(await h1(el, 'Søknad om tilskudd')).to.match(/^Søknad om tilskudd/);
    wrapper.lang = 'en';
    expect(await h1(el, 'Application')).to.match(/^Application/);
    wrapper.lang = 'nn';
    expect(await h1(el, 'Søknad om tilskot')).to.match(/^Søknad om tilskot/);
    // One language per page: another form's own lang, set after, wins over this form's container.
    const other = document.createElement('helseteknologi-soknad');
    document.body.append(other);
    other.setAttribute('lang', 'en');
    expect(await h1(el, 'Application')).to.match(/^Application/);
    await new Promise((r) => setTimeout(r, 300));
    expect(text($(el as never, 'h1'))).to.match(/^Application/);
  });

  it('a container inside another element\'s shadow root: its change is followed too', async () => {
    const { el, container } = inContainer('en');
    expect(await h1(el, 'Application')).to.match(/^Application/);
    container.lang = 'nn';
    expect(await h1(el, 'Søknad om tilskot')).to.match(/^Søknad om tilskot/);
  });
});
