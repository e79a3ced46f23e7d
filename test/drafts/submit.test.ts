import { expect } from 'chai';
import type { SentSubmission } from '../../src/elements/drafts/events.js';
import type { TilskuddSkjema } from '../../src/elements/tilskudd-skjema.js';
import { validApplication } from '../fixtures/helseteknologi.js';
import { BEFORE_DEADLINE, completeReport } from '../../stories/fixtures/helseteknologi-rapport.js';
import { $, byId, cleanup, deepActive, mount, press, tabTo, text, type } from '../elements/helpers.js';
import { main, receiver, receiverLog, sleep, storedDraft, Tab, until } from './client.js';

afterEach(cleanup);

const shown = (el: TilskuddSkjema, state: string) => until(() => !!$(el, `[data-state=${state}]`), `the ${state} banner`, 6000);

describe('sending to an action URL: nothing lost, one submission', () => {
  it('500, then no answer, then 200: everything kept until the 200, exactly one accepted submission', async function () {
    this.timeout(40_000);
    const { url } = await receiver('flaky', [500, 'hang', 200]);
    const el = await mount('helseteknologi-soknad', validApplication(), { 'draft-key': 'send', action: url, 'submit-timeout': '1500' });
    const sent: SentSubmission[] = [];
    el.addEventListener('tilskudd-submit', (e) => sent.push(e.detail as SentSubmission));
    await tabTo('f-project-title');
    await press('End');
    await type(' – endelig');
    await until(async () => !!(await storedDraft('helseteknologi/soknad#send')), 'the draft saved');

    // A double click sends once.
    await main.dblclick('helseteknologi-soknad #submit');
    await shown(el, 'send-failed');
    expect(sent.length, 'one submit event for a double click').to.equal(1);
    expect(text($(el, '[data-state=send-failed]'))).to.contain('Det er et problem hos mottakeren').and.contain('(Kode 500)').and.contain('Alt du har skrevet, er tatt vare på');
    const key = sent[0]!.idempotencyKey;
    expect((await storedDraft('helseteknologi/soknad#send'))!.submissionKey, 'the key is kept with the draft').to.equal(key);
    expect(byId(el, 'f-project-title')!.value).to.equal('Digitalt tilsyn i hjemmetjenesten – endelig');

    // Try again: the server takes it but never answers in time.
    await main.click('helseteknologi-soknad [data-draft=retry]');
    await until(() => text($(el, '[data-state=send-failed]')).includes('i tide'), 'the timeout message', 8000);
    expect((await storedDraft('helseteknologi/soknad#send'))?.data, 'still kept').to.not.equal(undefined);

    // Try again: 200. The receipt replaces the form and takes focus; the draft is gone.
    await main.click('helseteknologi-soknad [data-draft=retry]');
    await until(() => !!$(el, '.receipt'), 'the receipt', 8000);
    await el.updateComplete;
    expect(deepActive()?.id).to.equal('receipt-h');
    expect(text($(el, '[data-receipt=reference]'))).to.equal('REF-1001');
    expect(text($(el, '.receipt'))).to.contain('Digitalt tilsyn i hjemmetjenesten – endelig');
    expect($(el, '[data-receipt=print]')).to.not.equal(null);
    await until(async () => (await storedDraft('helseteknologi/soknad#send')) === undefined, 'the draft cleared');

    const log = await receiverLog('flaky');
    expect(log.requests.map((r) => r.answer)).to.deep.equal([500, 'hang', 200]);
    expect(new Set(log.requests.flatMap((r) => [r.key, r.bodyKey])), 'one key, in the header and in the JSON').to.deep.equal(new Set([key]));
    expect(log.accepted.length, 'exactly one accepted submission').to.equal(1);
    expect((log.accepted[0]!.data as { project: { title: string } }).project.title).to.equal('Digitalt tilsyn i hjemmetjenesten – endelig');
    expect(await el.submit(), 'nothing more to send').to.equal(false);
  });

  it('a session that ran out (a redirect to a login page) is no receipt: the draft stays; while sending the form is locked', async function () {
    this.timeout(20_000);
    const { url } = await receiver('login', ['login', 'hang', 200]);
    const el = await mount('helseteknologi-soknad', validApplication(), { 'draft-key': 'login', action: url, 'submit-timeout': '1500' });
    await tabTo('f-project-title');
    await press('End');
    await type(' – logget ut');
    await until(async () => !!(await storedDraft('helseteknologi/soknad#login')), 'the draft saved');
    await tabTo('submit');
    await press('Enter');
    await shown(el, 'send-failed');
    expect(text($(el, '[data-state=send-failed]'))).to.contain('svarte med en nettside').and.contain('Alt du har skrevet, er tatt vare på');
    expect((deepActive() as HTMLElement | null)?.dataset.draft, 'focus on the way on').to.equal('retry');
    expect($(el, '.receipt')).to.equal(null);
    expect((await storedDraft('helseteknologi/soknad#login'))?.data, 'the draft kept').to.not.equal(undefined);
    expect((await receiverLog('login')).accepted.length, 'nothing stored').to.equal(0);

    // Logged in again, the answer is slow: the form is locked against edits until it comes.
    await press('Enter');
    await shown(el, 'sending');
    expect($(el, 'form')!.inert, 'the form inert while sending').to.equal(true);
    byId(el, 'f-project-title')!.focus();
    await type('x');
    expect(byId(el, 'f-project-title')!.value, 'no edit slips in').to.equal('Digitalt tilsyn i hjemmetjenesten – logget ut');
    await shown(el, 'send-failed');
    expect($(el, 'form')!.inert, 'open again once the answer is in').to.equal(false);
    await main.click('helseteknologi-soknad [data-draft=retry]');
    await until(() => !!$(el, '.receipt'), 'the receipt', 8000);
    expect(text($(el, '.receipt'))).to.contain('Digitalt tilsyn i hjemmetjenesten – logget ut');
  });

  it('answers changed after a failed attempt are another submission, with a key of their own', async () => {
    const { url } = await receiver('changed', [500, 200]);
    const el = await mount('helseteknologi-soknad', validApplication(), { 'draft-key': 'changed', action: url });
    await tabTo('f-project-title');
    await press('End');
    await type(' v1');
    expect(await el.submit()).to.equal(true);
    await shown(el, 'send-failed');
    await tabTo('f-project-title');
    await press('End');
    await type('.2');
    await main.click('helseteknologi-soknad [data-draft=retry]');
    await until(() => !!$(el, '.receipt'), 'the receipt', 8000);
    const log = await receiverLog('changed');
    expect(log.requests.map((r) => r.answer)).to.deep.equal([500, 200]);
    expect(log.requests[1]!.key, 'the server would refuse the first key for other content').to.not.equal(log.requests[0]!.key);
    expect((log.accepted[0]!.data as { project: { title: string } }).project.title).to.match(/ v1\.2$/);
  });

  it('a network error keeps everything and says so', async () => {
    // Port 9 (discard) on 127.0.0.1: nothing listens, the connection is refused.
    const el = await mount('helseteknologi-soknad', validApplication(), { 'draft-key': 'offline', action: 'http://127.0.0.1:9/soknad' });
    expect(await el.submit()).to.equal(true);
    await shown(el, 'send-failed');
    expect(text($(el, '[data-state=send-failed]'))).to.contain('fikk ikke kontakt med mottakeren');
    expect((await storedDraft('helseteknologi/soknad#offline'))!.data.project).to.deep.include({ title: 'Digitalt tilsyn i hjemmetjenesten' });
  });

  it('without an action only the event is dispatched, with the idempotency key; nothing is posted', async () => {
    const el = await mount('helseteknologi-soknad', validApplication(), { 'draft-key': 'event' });
    let detail: SentSubmission | undefined;
    el.addEventListener('tilskudd-submit', (e) => (detail = e.detail as SentSubmission));
    expect(await el.submit()).to.equal(true);
    expect(detail!.idempotencyKey).to.match(/^[0-9a-f-]{36}$/);
    expect($(el, '.receipt'), 'the host decides what follows').to.equal(null);
    expect($(el, 'form')).to.not.equal(null);
  });

  it('without an action, the host says when its server accepted: accepted() shows the receipt and clears the draft', async () => {
    const el = await mount('helseteknologi-soknad', validApplication(), { 'draft-key': 'host' });
    await tabTo('f-project-title');
    await press('End');
    await type(' (vert)');
    await until(async () => !!(await storedDraft('helseteknologi/soknad#host')), 'the draft saved');
    expect(await el.submit()).to.equal(true);
    expect((await storedDraft('helseteknologi/soknad#host'))?.data, 'kept until the host says so').to.not.equal(undefined);
    // A copy left by a tab closed right after typing (drafts/rescue.ts) must not outlive the submission.
    localStorage.setItem('tilskuddsskjema-rescue:helseteknologi/soknad#host@closed-tab', JSON.stringify({ ...(await storedDraft('helseteknologi/soknad#host')), revision: 99 }));
    await el.accepted('SAK-2026-17');
    expect(text($(el, '[data-receipt=reference]'))).to.equal('SAK-2026-17');
    expect(deepActive()?.id).to.equal('receipt-h');
    expect(await storedDraft('helseteknologi/soknad#host')).to.equal(undefined);
    expect(localStorage.getItem('tilskuddsskjema-rescue:helseteknologi/soknad#host@closed-tab')).to.equal(null);
  });

  it('what is typed while the host sends (before accepted()) is kept as a fresh draft, not lost with the sent one', async () => {
    const id = 'helseteknologi/soknad#host-edit';
    const el = await mount('helseteknologi-soknad', validApplication(), { 'draft-key': 'host-edit' });
    await tabTo('f-project-title');
    await press('End');
    await type(' (sendt)');
    await until(async () => !!(await storedDraft(id)), 'the draft saved');
    expect(await el.submit()).to.equal(true);
    // The host's request is on its way; the form is open, and the user goes on.
    await tabTo('f-project-title');
    await press('End');
    await type(' RETTET');
    await el.accepted('SAK-2026-20');
    expect(text($(el, '[data-receipt=reference]'))).to.equal('SAK-2026-20');
    const title = async () => ((await storedDraft(id))?.data.project as { title?: string } | undefined)?.title;
    await until(async () => (await title())?.endsWith(' (sendt) RETTET') === true, 'the edit saved as a draft after the send');
  });

  it('the host\'s own value set around accepted() (its copy, the next prefill) is no edit: no draft of the sent application', async () => {
    const id = 'helseteknologi/soknad#host-own';
    const el = await mount('helseteknologi-soknad', validApplication(), { 'draft-key': 'host-own' });
    el.addEventListener('tilskudd-submit', (event) => {
      const data = structuredClone((event as unknown as CustomEvent<{ data: { project: { title: string } } }>).detail.data);
      data.project.title += ' (mottatt)';
      el.value = data as never;
      setTimeout(() => {
        void el.accepted('SAK-2026-21');
        el.value = {};
      }, 20);
    });
    expect(await el.submit()).to.equal(true);
    await until(() => !!$(el, '[data-receipt=reference]'), 'the receipt');
    await sleep(1200);
    expect(await storedDraft(id), 'no draft stored').to.equal(undefined);
  });
});

describe('sent from one tab while another has it open', () => {
  const titleIn = async (id: string) => ((await storedDraft(id))?.data.project as { title?: string } | undefined)?.title;

  /** This page typed and saved a draft; another tab opened the same slot and took that draft, then typed `more`. */
  async function twoTabs(key: string, more: string) {
    const id = `helseteknologi/soknad#${key}`;
    const el = await mount('helseteknologi-soknad', validApplication(), { 'draft-key': key });
    await tabTo('f-project-title');
    await press('End');
    await type(' (A)');
    await until(async () => !!(await storedDraft(id)), 'the draft saved');
    const tab = await Tab.open(key);
    await tab.wait('[data-state=offer]');
    await tab.click('[data-draft=continue]');
    await tab.wait('[data-state=offer]', 'detached');
    expect(await tab.value('#f-project-title')).to.contain('(A)');
    await tab.type('#f-project-title', more);
    await until(() => !!$(el, '[data-state=conflict]'), 'the other tab\'s version announced');
    return { id, el, tab };
  }

  it('the other tab, with nothing new typed since, does not bring the sent application back as a draft; new typing there is kept', async () => {
    const { id, el, tab } = await twoTabs('sent-elsewhere', ' B');
    try {
      ($(el, '[data-draft=theirs]') as HTMLButtonElement).click();
      await el.updateComplete;
      expect((el.value.project as { title: string }).title).to.match(/\(A\).*B$/);
      expect(await el.submit()).to.equal(true);
      await el.accepted('SAK-2026-18');
      expect(await storedDraft(id)).to.equal(undefined);
      await sleep(1500); // well past the other tab's save delay
      expect(await storedDraft(id), 'the sent application is not offered as a draft next time').to.equal(undefined);
      expect(Object.keys(localStorage).filter((k) => k.startsWith(`tilskuddsskjema-rescue:${id}@`))).to.deep.equal([]);
      await tab.type('#f-project-title', ' og mer');
      await until(async () => (await titleIn(id))?.endsWith('og mer') === true, 'new work in the other tab kept');
    } finally {
      await tab.close();
    }
  });

  it('answers in the other tab that were not sent are saved again as a draft: never lost', async () => {
    const { id, el, tab } = await twoTabs('sent-other', ' og B');
    try {
      // This tab sends its own answers without taking the other tab's version.
      expect(await el.submit()).to.equal(true);
      await el.accepted('SAK-2026-19');
      await until(async () => (await titleIn(id))?.endsWith('og B') === true, 'the unsent answers kept', 3000);
    } finally {
      await tab.close();
    }
  });
});

describe('without an action: the key for a double click and for changed answers', () => {
  it('the same answers twice carry one key; changed answers a new one', async () => {
    const el = await mount('helseteknologi-soknad', validApplication(), { 'draft-key': 'keys' });
    const keys: string[] = [];
    el.addEventListener('tilskudd-submit', (e) => keys.push((e.detail as SentSubmission).idempotencyKey));
    await main.dblclick('helseteknologi-soknad #submit');
    await until(() => keys.length === 2, 'two submit events');
    expect(keys[0], 'a double click is one submission to a host that dedupes by key').to.equal(keys[1]);
    await tabTo('f-project-title');
    await press('End');
    await type(' 2');
    await el.submit();
    expect(keys[2]).to.not.equal(keys[0]);
  });
});

describe('a native <form> sending the element (name=…): its idempotency key', () => {
  const keyOf = (form: HTMLFormElement) => (JSON.parse(new FormData(form).get('soknad') as string) as SentSubmission).idempotencyKey;
  /** The page (re)loaded: a native form around the element, under one draft key. */
  const page = () => {
    const form = Object.assign(document.createElement('form'), { innerHTML: '<helseteknologi-soknad name="soknad" draft-key="native"></helseteknologi-soknad>' });
    document.body.append(form);
    return { form, el: form.firstElementChild as TilskuddSkjema };
  };

  it('is one for the same answers, a new one for changed answers, and is saved with the draft it belongs to', async () => {
    const { form, el } = page();
    el.value = validApplication();
    await el.updateComplete;
    await (el as unknown as { drafts: { ready: Promise<unknown> } }).drafts.ready;
    const prefilled = keyOf(form);
    expect(keyOf(form), 'the same answers: one submission').to.equal(prefilled);
    await sleep(600);
    expect(await storedDraft('helseteknologi/soknad#native'), 'a prefill the user never touched is no draft').to.equal(undefined);

    await tabTo('f-project-title');
    await press('End');
    await type(' 2');
    const changed = keyOf(form);
    expect(changed, 'changed answers: another submission').to.not.equal(prefilled);
    expect(keyOf(form)).to.equal(changed);
    await until(async () => (await storedDraft('helseteknologi/soknad#native'))?.submissionKey === changed, 'the key saved with its answers');
    expect(((await storedDraft('helseteknologi/soknad#native'))!.data.project as { title: string }).title).to.match(/ 2$/);

    // After a reload (here: the element again), the draft's answers carry its key.
    form.remove();
    const { form: again, el: next } = page();
    await until(() => !!$(next, '[data-state=offer]'), 'the draft offered');
    ($(next, '[data-draft=continue]') as HTMLButtonElement).click();
    await next.updateComplete;
    expect(keyOf(again), 'a retry of the same answers after a reload').to.equal(changed);
    await tabTo('f-project-title');
    await press('End');
    await type('3');
    expect(keyOf(again)).to.not.equal(changed);
    await sleep(600);
    expect((await storedDraft('helseteknologi/soknad#native'))?.submissionKey, 'a key is never saved beside answers it was not made for').to.not.equal(changed);
    again.remove();
  });
});

describe('sending attachments to an action URL', () => {
  it('multipart/form-data: the JSON as `submission`, each file as a part named by its path', async () => {
    const { url } = await receiver('files', [200]);
    const data = completeReport() as { audit: Record<string, unknown> };
    delete data.audit.attestation;
    const el = await mount('helseteknologi-rapport', data as never, { 'draft-key': 'files', action: url, today: BEFORE_DEADLINE });
    await main.upload('helseteknologi-rapport #f-audit-attestation', 'revisor.pdf', '%PDF-1.4 attestasjon', 'application/pdf');
    await until(() => el.files.size === 1, 'the chosen file');
    expect(await el.submit()).to.equal(true);
    await until(() => !!$(el, '.receipt'), 'the receipt');
    const [request] = (await receiverLog('files')).requests;
    expect(request!.type).to.equal('multipart/form-data');
    expect(request!.bodyKey).to.equal(request!.key);
    expect(request!.files).to.deep.equal([{ path: 'audit.attestation', name: 'revisor.pdf', type: 'application/pdf', text: '%PDF-1.4 attestasjon' }]);
  });
});
