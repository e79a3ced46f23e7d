import { expect } from 'chai';
import type { TilskuddSkjema } from '../../src/elements/tilskudd-skjema.js';
import type { Drafts } from '../../src/elements/drafts/drafts.js';
import { createDraft } from '../../src/core/draft.js';
import { FormModel } from '../../src/core/model.js';
import { helseteknologiSoknad } from '../../src/schemes/helseteknologi/index.js';
import { validApplication } from '../fixtures/helseteknologi.js';
import { cleanup, mount } from '../elements/helpers.js';
import { describeViolations, runAxe } from '../support/axe.js';
import { putRaw, until } from './client.js';

// The offer and receipt states may show no inputs: here the guard against a vacuous pass is the buttons.
async function violations(el: TilskuddSkjema) {
  const result = await runAxe(el);
  expect(result.passes.some((p) => p.id === 'button-name'), 'axe checked the buttons').to.equal(true);
  return describeViolations(result);
}

const definition = helseteknologiSoknad();
const drafts = (el: TilskuddSkjema) => (el as unknown as { drafts: Drafts }).drafts;

afterEach(cleanup);

describe('axe-core on the draft and sending states (WCAG 2.1 AA)', () => {
  before(() => {
    document.documentElement.lang = 'nb';
  });

  it('a found draft offered, with the form waiting', async () => {
    await putRaw('helseteknologi/soknad#axe', createDraft(definition, { key: 'axe', data: { project: { title: 'Utkast' } }, revision: 1, writer: 'w' }));
    const el = await mount('helseteknologi-soknad', undefined, { 'draft-key': 'axe' });
    await until(() => !!el.shadowRoot!.querySelector('[data-state=offer]'), 'the offer');
    expect(await violations(el)).to.deep.equal([]);
  });

  it('conflict, storage failure, the localStorage fallback and a failed send', async () => {
    const el = await mount('helseteknologi-soknad', undefined, { 'draft-key': 'axe2' });
    const theirs = createDraft(definition, { key: 'axe2', data: {}, revision: 2, writer: 'other' });
    await drafts(el).ready;
    drafts(el).draft.state = { kind: 'conflict', theirs };
    drafts(el).sender.state = { kind: 'failed', reason: 'timeout' };
    el.requestUpdate();
    expect(await violations(el)).to.deep.equal([]);
    drafts(el).draft.state = { kind: 'failed', reason: 'quota' };
    el.requestUpdate();
    expect(await violations(el)).to.deep.equal([]);
    drafts(el).draft.state = { kind: 'fallback', reason: 'unavailable' };
    el.requestUpdate();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[data-state=fallback]'), 'the fallback banner').to.not.equal(null);
    expect(await violations(el)).to.deep.equal([]);
  });

  it('the receipt', async () => {
    const el = await mount('helseteknologi-soknad', validApplication(), { 'draft-key': 'axe3' });
    const submission = { ...new FormModel(definition, validApplication()).submission('nb'), idempotencyKey: 'k' };
    await drafts(el).ready;
    drafts(el).sender.state = { kind: 'done', receipt: { reference: 'REF-1', receivedAt: new Date().toISOString(), submission } };
    el.requestUpdate();
    expect(await violations(el)).to.deep.equal([]);
  });
});
