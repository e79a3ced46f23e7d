import { expect } from 'chai';
import { cleanup, frame } from '../elements/helpers.js';
import { FollowUpForm } from '../../src/elements/follow-up.js';
import { applicationData, type FormDefinition } from '../../src/core/index.js';
import { registerTexts } from '../../src/i18n/texts.js';

registerTexts({ 'x.title': () => 'Rapport', 'x.s': () => 'Del', 'x.orgnr': () => 'Orgnr', 'x.note': () => 'Merknad' });

/** A toy follow-up form: the engine's hook, with no scheme behind it. */
const definition: FormDefinition = {
  id: 'x/rapport', version: '1', scheme: 'x', form: 'rapport', variant: 'x', title: 'x.title', rules: [], compute: () => ({}), checklist: [],
  sections: [{ id: 's', key: 'who', title: 'x.s', fields: [
    { key: 'orgnr', type: 'orgnr', label: 'x.orgnr', required: true },
    { key: 'note', type: 'text', label: 'x.note', maxLength: 10, required: true },
  ] }],
  fromApplication: (application) => {
    const app = applicationData(application, ['x/soknad']);
    return app && { who: { orgnr: (app.orgnr as string) ?? null } };
  },
};

class TestFollowUp extends FollowUpForm {
  constructor() {
    super();
    this.definition = definition;
  }
}
customElements.define('test-follow-up', TestFollowUp);

afterEach(cleanup);

describe('FollowUpForm (engine): prefill from another form\'s submission', () => {
  it('maps `application` through the definition\'s fromApplication, as a prefill whose errors show at once', async () => {
    const el = document.createElement('test-follow-up') as TestFollowUp;
    document.body.append(el);
    await el.updateComplete;
    el.application = { schema: 'x/soknad', data: { orgnr: '988077918' } };
    await frame(el);
    expect(el.value).to.deep.equal({ who: { orgnr: '988077918' } });
    expect(el.shadowRoot!.getElementById('f-who-orgnr-msg')?.textContent, 'the prefilled error is shown').to.contain('Organisasjonsnummeret finnes ikke');
    expect(el.shadowRoot!.getElementById('f-who-note-msg'), 'what is new is not an error yet').to.equal(null);
  });

  it('set before the element is connected, it is the first data', async () => {
    const el = document.createElement('test-follow-up') as TestFollowUp;
    el.application = { orgnr: '974760673' };
    document.body.append(el);
    await frame(el);
    expect(el.value).to.deep.equal({ who: { orgnr: '974760673' } });
  });

  it('another form\'s submission gives nothing, and the answers so far stay', async () => {
    const el = document.createElement('test-follow-up') as TestFollowUp;
    el.application = { schema: 'y/soknad', data: { orgnr: '974760673' } };
    document.body.append(el);
    await frame(el);
    expect(el.value).to.deep.equal({});
    el.value = { who: { orgnr: '974760673', note: 'Skrevet' } };
    await frame(el);
    el.application = { schema: 'y/soknad', data: { orgnr: '988077917' } };
    await frame(el);
    expect(el.value).to.deep.equal({ who: { orgnr: '974760673', note: 'Skrevet' } });
  });
});
