import { expect } from 'chai';
import type { TilskuddDraftSavedEvent } from '../../src/elements/drafts/events.js';
import { createDraft } from '../../src/core/draft.js';
import { useLocale } from '../../src/i18n/localize.js';
import { $, cleanup, deepActive, fill, mount, press, tabTo, type } from '../elements/helpers.js';
import { main, putRaw, settled, sleep, storedDraft, storedTitle, until } from './client.js';
import { validApplication } from '../fixtures/helseteknologi.js';
import type { TilskuddSkjema } from '../../src/elements/tilskudd-skjema.js';
import { fmkSoknad } from '../../src/schemes/fmk/index.js';
import { helseteknologiSoknad } from '../../src/schemes/helseteknologi/index.js';

/** Waits for the form's offer of a draft, takes it, and gives the title it brought back. */
async function continueOffered(el: TilskuddSkjema): Promise<string> {
  await until(() => !!$(el, '[data-state=offer]'), 'the offer');
  $(el, '[data-draft=continue]')!.click();
  await el.updateComplete;
  return (el.shadowRoot!.getElementById('f-project-title') as HTMLInputElement).value;
}

afterEach(async () => {
  await cleanup();
  await useLocale('nb');
});

describe('autosave on this page', () => {
  it('tilskudd-draft-saved (bubbling, composed) carries the saved envelope, within a second of the last key', async () => {
    const el = await mount('helseteknologi-soknad', undefined, { 'draft-key': 'event' });
    const saved: TilskuddDraftSavedEvent[] = [];
    document.addEventListener('tilskudd-draft-saved', (e) => saved.push(e));
    await fill(el, 'f-project-title', 'Lagres');
    const typed = Date.now();
    await until(() => saved.length > 0, 'the event', 1000);
    expect(Date.now() - typed).to.be.lessThan(1000);
    const event = saved.at(-1)!;
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.detail).to.include({ format: 'tilskudd-draft', schema: 'helseteknologi/soknad', schemaVersion: '1.0.0', key: 'event' });
    expect(event.detail.data.project).to.deep.include({ title: 'Lagres' });
    expect(await storedDraft('helseteknologi/soknad#event')).to.deep.equal(event.detail);
    expect($(el, '[data-saved]')!.textContent).to.match(/Sist lagret \d{1,2}\. \p{L}+ kl\. \d\d\.\d\d\./u);
  });

  it('a prefill from the host is not saved as a draft until the user changes something', async () => {
    await mount('helseteknologi-soknad', validApplication(), { 'draft-key': 'prefill' });
    await sleep(700);
    expect(await storedDraft('helseteknologi/soknad#prefill')).to.equal(undefined);
  });

  it('a municipality picked from the keyboard alone (arrow, Enter), the only change, is saved: every change made in the form counts, whatever its events', async () => {
    const el = await mount('helseteknologi-soknad', { applicant: { kind: 'municipality' } }, { 'draft-key': 'picked' });
    await settled(el);
    await tabTo('f-applicant-municipality');
    await press('ArrowDown');
    await el.updateComplete;
    await press('Enter');
    await el.updateComplete;
    const picked = (el.value.applicant as { municipality?: string }).municipality;
    expect(picked).to.match(/^\d{4}$/);
    await until(async () => ((await storedDraft('helseteknologi/soknad#picked'))?.data.applicant as { municipality?: string } | undefined)?.municipality === picked, 'the pick saved');
  });

  it('a field that loses focus after the host set new answers is no edit: the host\'s answers are not saved as the user\'s draft', async () => {
    const el = await mount('helseteknologi-soknad', undefined, { 'draft-key': 'blur-after-prefill' });
    await settled(el);
    await fill(el, 'f-project-title', 'Skrevet selv');
    el.value = { project: { title: 'Fra nettsiden' } };
    await el.updateComplete;
    // Focus leaves the field the user typed in: its native `change` fires now.
    await press('Tab');
    await settled(el);
    await sleep(600);
    expect((await storedDraft('helseteknologi/soknad#blur-after-prefill'))?.data.project).to.deep.equal({ title: 'Skrevet selv' });
  });

  it('a click into a field changes nothing: a host that prefills twice around it gets no banner, and nothing is saved', async () => {
    const el = await mount('helseteknologi-soknad', undefined, { 'draft-key': 'click-between' });
    await settled(el);
    el.value = { project: { title: 'Første utfylling' } };
    await el.updateComplete;
    await main.click('#f-project-title');
    await press('Tab');
    el.value = { project: { title: 'Andre utfylling' } };
    await settled(el);
    await sleep(600);
    expect($(el, '.draft-banner')?.outerHTML ?? null).to.equal(null);
    expect(await storedDraft('helseteknologi/soknad#click-between')).to.equal(undefined);
  });

  it('a native form reset saves what was typed and sets it aside with "Angre"; only the next edit replaces it', async () => {
    const form = document.createElement('form');
    form.innerHTML = '<helseteknologi-soknad name="soknad" draft-key="reset"></helseteknologi-soknad>';
    document.body.append(form);
    const el = form.firstElementChild as TilskuddSkjema;
    await el.updateComplete;
    await (el as unknown as { drafts: { settled(): Promise<void> } }).drafts.settled();
    await fill(el, 'f-project-title', 'Skrevet før tilbakestilling');
    form.reset();
    await until(() => !!$(el, '[data-state=discarded]'), 'the set-aside banner');
    await sleep(700);
    expect((await storedDraft('helseteknologi/soknad#reset'))?.data.project, 'the draft still holds what was typed').to.deep.include({ title: 'Skrevet før tilbakestilling' });
    $(el, '[data-draft=undo]')!.click();
    await el.updateComplete;
    expect((el.shadowRoot!.getElementById('f-project-title') as HTMLInputElement).value, 'Angre brings it back').to.equal('Skrevet før tilbakestilling');

    // The draft taken back is now what a reset returns to, as a prefill is.
    await fill(el, 'f-project-title', ', og mer');
    form.reset();
    await until(() => !!$(el, '[data-state=discarded]'), 'set aside again');
    await fill(el, 'f-project-title', ' – ny start');
    await until(async () => ((await storedDraft('helseteknologi/soknad#reset'))?.data.project as { title?: string } | undefined)?.title === 'Skrevet før tilbakestilling – ny start', 'the next edit saved');
    expect($(el, '[data-state=discarded]'), 'the offer to undo goes with the first edit').to.equal(null);
  });

  it('two forms of one kind on a page without draft-key keep two drafts, not one shared, found again in any order; the embedder is warned', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
    const path = location.pathname;
    try {
      const first = await mount('helseteknologi-soknad', undefined, { id: 'forste' });
      const second = await mount('helseteknologi-soknad', undefined, { id: 'andre' });
      await Promise.all([settled(first), settled(second)]);
      await fill(first, 'f-project-title', 'Første søknad');
      await main.click('#andre #f-project-title');
      await type('Andre søknad');
      await until(async () => (await storedTitle(`${path}#forste`)) === 'Første søknad', 'the first form saved under the path and its id');
      await until(async () => (await storedTitle(`${path}#andre`)) === 'Andre søknad', 'the second under the path and its id');
      expect($(first, '[data-state=conflict]')?.outerHTML ?? null, 'no conflict between the two').to.equal(null);
      expect($(second, '[data-state=conflict]')?.outerHTML ?? null).to.equal(null);
      expect(warnings.filter((w) => w.includes('draft-key')).length).to.be.greaterThan(0);

      // The page again, the two forms in the other order: each is offered its own draft.
      first.remove();
      second.remove();
      const again = [await mount('helseteknologi-soknad', undefined, { id: 'andre' }), await mount('helseteknologi-soknad', undefined, { id: 'forste' })];
      const titles: string[] = [];
      for (const el of again) titles.push(await continueOffered(el));
      expect(titles).to.deep.equal(['Andre søknad', 'Første søknad']);

      // Alone on the page next time, a form finds its own draft under its id, not the other's.
      for (const el of again) el.remove();
      await Promise.all(again.map(settled));
      const alone = await mount('helseteknologi-soknad', undefined, { id: 'andre' });
      expect(await continueOffered(alone)).to.equal('Andre søknad');
    } finally {
      console.warn = warn;
    }
  });

  it('two forms of one kind with ids inside other elements\' shadow roots each find their own draft, whatever the order they come in', async () => {
    const warn = console.warn;
    console.warn = () => undefined;
    /** The forms put in as a host app's components would: each in a shadow root of its own, in this order. */
    const visit = async (ids: string[]) => {
      const forms = ids.map((id) => {
        const wrapper = document.createElement('div');
        document.body.append(wrapper);
        const form = document.createElement('helseteknologi-soknad') as TilskuddSkjema;
        form.id = id;
        wrapper.attachShadow({ mode: 'open' }).append(form);
        return form;
      });
      await Promise.all(forms.map((form) => settled(form)));
      return Object.fromEntries(ids.map((id, i) => [id, forms[i]!]));
    };
    try {
      const first = await visit(['skygge-a', 'skygge-b']);
      for (const [id, text] of [['skygge-a', 'Søknad A'], ['skygge-b', 'Søknad B']] as const) {
        first[id]!.shadowRoot!.getElementById('f-project-title')!.focus();
        await type(text);
      }
      await Promise.all(Object.values(first).map((form) => settled(form)));
      for (const form of Object.values(first)) (form.parentNode as ShadowRoot).host.remove();
      const again = await visit(['skygge-b', 'skygge-a']);
      const offered = (form: TilskuddSkjema) => (form as unknown as { drafts: { draft: { state: { draft?: { data: { project?: { title?: string } } } } } } }).drafts.draft.state.draft?.data.project?.title;
      await until(() => !!offered(again['skygge-a']!) && !!offered(again['skygge-b']!), 'both offered a draft');
      expect([offered(again['skygge-a']!), offered(again['skygge-b']!)]).to.deep.equal(['Søknad A', 'Søknad B']);
      for (const form of Object.values(again)) (form.parentNode as ShadowRoot).host.remove();
    } finally {
      console.warn = warn;
    }
  });

  it('a form alone on its page, joined later by another of its kind, still finds its draft', async () => {
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      const alone = await mount('helseteknologi-soknad', undefined, { id: 'forst' });
      await settled(alone);
      await fill(alone, 'f-project-title', 'Skrevet alene');
      await until(async () => (await storedTitle(location.pathname)) === 'Skrevet alene', 'saved under the path');
      alone.remove();
      await settled(alone);
      const first = await mount('helseteknologi-soknad', undefined, { id: 'forst' });
      await mount('helseteknologi-soknad', undefined, { id: 'ny' });
      expect(await continueOffered(first)).to.equal('Skrevet alene');
    } finally {
      console.warn = warn;
    }
  });

  it('steady typing, never pausing 0.4 s, is still saved every few seconds', async function () {
    this.timeout(15_000);
    const el = await mount('helseteknologi-soknad', undefined, { 'draft-key': 'steady' });
    await (el as unknown as { drafts: { settled(): Promise<void> } }).drafts.settled();
    await tabTo('f-description-background');
    const started = Date.now();
    let saved: number | undefined;
    // Keys 200 ms apart for 6 s: the quiet-time save alone would wait for the end.
    while (Date.now() - started < 6000) {
      await type('a');
      await sleep(200);
      if (saved === undefined && (await storedDraft('helseteknologi/soknad#steady'))) saved = Date.now() - started;
    }
    expect(saved, 'saved while the keys went on').to.be.a('number').and.below(4500);
  });

  it('no-draft: nothing stored, no draft bar, for hosts that keep drafts themselves', async () => {
    const el = await mount('helseteknologi-soknad', undefined, { 'draft-key': 'off', 'no-draft': '' });
    await fill(el, 'f-project-title', 'Ikke her');
    await sleep(700);
    expect(await storedDraft('helseteknologi/soknad#off')).to.equal(undefined);
    expect($(el, '[data-state=bar]')).to.equal(null);
  });
});

describe('the offer by keyboard alone', () => {
  it('Tab reaches "Fortsett på utkastet" first (the form waits, inert); Enter restores and focus moves on', async () => {
    await putRaw('helseteknologi/soknad#keys', createDraft({ id: 'helseteknologi/soknad', version: '1.0.0' }, { key: 'keys', data: { project: { title: 'Med tastatur' } }, revision: 1, writer: 'w' }));
    const el = await mount('helseteknologi-soknad', undefined, { 'draft-key': 'keys' });
    await until(() => !!$(el, '[data-state=offer]'), 'the offer');
    expect($(el, 'form')!.inert).to.equal(true);
    for (let i = 0; i < 5 && (deepActive() as HTMLElement | null)?.dataset?.draft !== 'continue'; i++) await press('Tab');
    expect((deepActive() as HTMLElement).dataset.draft).to.equal('continue');
    await press('Enter');
    await el.updateComplete;
    await until(() => deepActive()?.localName === 'h2', 'focus on the first section heading');
    expect((el.value.project as { title: string }).title).to.equal('Med tastatur');
    expect($(el, 'form')!.inert).to.equal(false);
  });
});

describe('the offer in three languages', () => {
  for (const [lang, pattern] of [
    ['nb', /^Du har et utkast fra 15\. november kl\. \d\d\.\d\d\.$/],
    ['nn', /^Du har eit utkast frå 15\. november kl\. \d\d\.\d\d\.$/],
    ['en', /^You have a draft from 15 November at \d\d:\d\d\.$/],
  ] as const) {
    it(`${lang}: the date and time as the language writes them`, async () => {
      const key = `lang-${lang}`;
      await putRaw(`helseteknologi/soknad#${key}`, createDraft({ id: 'helseteknologi/soknad', version: '1.0.0' }, { key, data: { project: { title: 'x' } }, revision: 1, writer: 'w', now: new Date('2026-11-15T12:00:00Z') }));
      const el = await mount('helseteknologi-soknad', undefined, { 'draft-key': key, lang });
      await until(() => pattern.test(($(el, '#draft-offer')?.textContent ?? '').replace(/\s+/g, ' ').trim()), `the ${lang} offer`);
    });
  }
});

describe('drafts load after the form', () => {
  it('a key typed before the drafts code has loaded is saved all the same', async () => {
    const el = document.createElement('helseteknologi-soknad') as import('../../src/elements/tilskudd-skjema.js').TilskuddSkjema;
    el.setAttribute('draft-key', 'early');
    document.body.append(el);
    await el.updateComplete;
    const drafts = (el as unknown as { drafts: { ready: Promise<unknown>; impl?: unknown } }).drafts;
    const input = el.shadowRoot!.getElementById('f-project-title') as HTMLInputElement;
    input.focus();
    // The edit lands while the lazy chunk is still on its way (checked, or the test proves nothing).
    const typed = press('T');
    expect(drafts.impl, 'the drafts code had not loaded yet').to.equal(undefined);
    await typed;
    await drafts.ready;
    await until(async () => (await storedDraft('helseteknologi/soknad#early'))?.data !== undefined, 'the early edit saved');
    expect((await storedDraft('helseteknologi/soknad#early'))!.data).to.deep.include({ project: { title: 'T' } });
  });

  it('a form taken out of the page before its drafts code has loaded still saves what was typed', async () => {
    const el = document.createElement('helseteknologi-soknad') as TilskuddSkjema;
    el.setAttribute('draft-key', 'early-gone');
    document.body.append(el);
    await el.updateComplete;
    const drafts = (el as unknown as { drafts: { settled(): Promise<void>; impl?: unknown } }).drafts;
    el.shadowRoot!.getElementById('f-project-title')!.focus();
    const typed = press('G');
    expect(drafts.impl, 'the drafts code had not loaded yet').to.equal(undefined);
    await typed;
    el.remove();
    // settled() makes the save waiting for its delay at once: the read of the slot comes first.
    await drafts.settled();
    expect((await storedDraft('helseteknologi/soknad#early-gone'))?.data).to.deep.include({ project: { title: 'G' } });
  });
});

describe('an element created a while before it is connected (a framework rendering it later)', () => {
  it('still gets the draft banners\' styles, with its shadow root', async () => {
    const el = document.createElement('helseteknologi-soknad') as import('../../src/elements/tilskudd-skjema.js').TilskuddSkjema;
    el.setAttribute('draft-key', 'late-connect');
    await sleep(50);
    document.body.append(el);
    await el.updateComplete;
    await (el as unknown as { drafts: { ready: Promise<unknown> } }).drafts.ready;
    const { draftStyles } = await import('../../src/elements/drafts/styles.js');
    expect(el.shadowRoot!.adoptedStyleSheets).to.include(draftStyles.styleSheet);
  });
});

describe('draft-key changed after connect (a single-page app moving to the next application)', () => {
  const ready = (el: unknown) => (el as { drafts: { ready: Promise<unknown> } }).drafts.ready;
  const title = async (key: string) => ((await storedDraft(`helseteknologi/soknad#${key}`))?.data.project as { title?: string } | undefined)?.title;

  it('what was typed stays under the old key; the host\'s next value is no draft until the user changes it', async () => {
    const el = await mount('helseteknologi-soknad', undefined, { 'draft-key': 'sak-1' });
    await ready(el);
    await fill(el, 'f-project-title', 'Sak 1');
    // Within the save delay, the host moves on: first the key, then the next case's data.
    el.setAttribute('draft-key', 'sak-2');
    el.value = { project: { title: 'Sak 2' } };
    await until(async () => (await title('sak-1')) === 'Sak 1', 'the old key keeps what was typed');
    await sleep(700);
    expect(await storedDraft('helseteknologi/soknad#sak-2')).to.equal(undefined);
    await type(' endret');
    await until(async () => (await title('sak-2')) === 'Sak 2 endret', 'the edit saved under the new key');
    expect(await title('sak-1')).to.equal('Sak 1');
  });

  it('the same when the host sets the value before the key', async () => {
    const el = await mount('helseteknologi-soknad', undefined, { 'draft-key': 'sak-1' });
    await ready(el);
    await fill(el, 'f-project-title', 'Sak 1');
    el.value = { project: { title: 'Sak 2' } };
    el.draftKey = 'sak-2';
    await until(async () => (await title('sak-1')) === 'Sak 1', 'the old key keeps what was typed');
    await sleep(700);
    expect(await storedDraft('helseteknologi/soknad#sak-2')).to.equal(undefined);
  });

  it('a draft under the new key is offered, as on load', async () => {
    await putRaw('helseteknologi/soknad#sak-2', createDraft({ id: 'helseteknologi/soknad', version: '1.0.0' }, { key: 'sak-2', data: { project: { title: 'Lagret i sak 2' } }, revision: 1, writer: 'w' }));
    const el = await mount('helseteknologi-soknad', undefined, { 'draft-key': 'sak-1' });
    await ready(el);
    el.draftKey = 'sak-2';
    await until(() => !!$(el, '[data-state=offer]'), 'the offer of the new key\'s draft');
    ($(el, '[data-draft=continue]') as HTMLButtonElement).click();
    await el.updateComplete;
    expect((el.value.project as { title: string }).title).to.equal('Lagret i sak 2');
  });
});

describe('definition swapped for another form on the same element (a framework reusing <tilskudd-skjema>)', () => {
  const ready = (el: unknown) => (el as { drafts: { ready: Promise<unknown> } }).drafts.ready;

  it('what was typed is saved to the first form\'s draft; the second form starts with no draft state of the first', async () => {
    const el = document.createElement('tilskudd-skjema') as TilskuddSkjema;
    el.definition = helseteknologiSoknad();
    el.draftKey = 'bytte';
    document.body.append(el);
    await el.updateComplete;
    await ready(el);
    await fill(el, 'f-project-title', 'Skrevet i HTO');
    // Within the save delay, the host shows another form in the same element.
    el.definition = fmkSoknad();
    await el.updateComplete;
    await until(async () => ((await storedDraft('helseteknologi/soknad#bytte'))?.data.project as { title?: string } | undefined)?.title === 'Skrevet i HTO', 'the first form\'s draft');
    const hto = (await storedDraft('helseteknologi/soknad#bytte'))!;
    expect(hto).to.include({ schema: 'helseteknologi/soknad', revision: 1 });
    await sleep(700);
    expect(await storedDraft('fmk/soknad#bytte'), 'nothing typed in the second form: no draft of it').to.equal(undefined);
    expect($(el, '[data-saved]'), 'no "saved" line carried over from the first form').to.equal(null);

    // Back to the first form: its draft is offered, as on any load.
    el.definition = helseteknologiSoknad();
    await until(() => !!$(el, '[data-state=offer]'), 'the offer of the first form\'s draft');
    ($(el, '[data-draft=continue]') as HTMLButtonElement).click();
    await el.updateComplete;
    expect((el.value.project as { title: string }).title).to.equal('Skrevet i HTO');
  });
});
