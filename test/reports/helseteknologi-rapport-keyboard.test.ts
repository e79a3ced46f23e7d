import { expect } from 'chai';
import { byId, cleanup, frame, mount, tabTo } from '../elements/helpers.js';
import type { HelseteknologiRapport } from '../../src/elements/helseteknologi-rapport.js';
import { completeItem as complete, expectSentJson, runSteps, submitByKeyboard, type Step } from '../support/keyboard.js';
import { BEFORE_DEADLINE, applicationSubmission } from '../../stories/fixtures/helseteknologi-rapport.js';

afterEach(cleanup);

const steps: Step[] = [
  ['f-grant-reference', '24/12345'],
  ['f-grant-amount', 'kr 520 000,-'],
  ['f-goals-0-status', 'Space', 'ArrowDown'],
  ['f-goals-0-results', 'Nattbesøkene har gått ned.'],
  ['f-goals-0-deviation', 'To bydeler gjenstår.'],
  ['f-assessment', 'Tiltakene virker.'],
  ['f-accounts-costs-projectResources-grant-actual', '340 000'],
  ['f-accounts-costs-projectResources-own-actual', '205000'],
  ['f-accounts-costs-training-grant-actual', '98.000'],
  ['f-accounts-costs-training-own-actual', '52000'],
  ['f-accounts-costs-software-own-actual', '150000'],
  ['f-accounts-costs-meetings-grant-actual', '20000'],
  ['f-accounts-costs-meetings-own-actual', '10000'],
  ['f-accounts-costs-travel-own-actual', '18000'],
  ['f-accounts-costs-projectResources-explanation', 'Prosjektlederen startet senere.'],
  ['f-audit-auditor', 'Vestland kommunerevisjon'],
];

const after: Step[] = [
  ['f-indicators-collaborations', 'Bergen og Bjørnafjorden.'],
  ['f-indicators-procurementsStarted', '1'],
  ['f-indicators-procurementsCompleted', '1'],
  ['f-indicators-effects', 'Færre nattbesøk.'],
  ['f-indicators-status', 'Innført i to bydeler.'],
  ['f-indicators-improvements', '0'],
  ['f-indicators-standardisation', 'Meldingsstandard bestilt.'],
  ['f-indicators-pathways', 'Varsler deles med legevakten.'],
  ['f-confirmation-name', 'Kari Nordmann'],
  ['f-confirmation-title', 'Prosjektleder'],
  ['f-confirmation-date', '10.2.2026'],
  ['f-confirmation-confirmed', 'Space'],
];

const deviation = (budget: number, actual: number) => ({ budget, actual, difference: actual - budget, percent: budget ? Math.round(((actual - budget) / budget) * 1000) / 10 : null });

describe('helseteknologi-rapport: filling from the keyboard after the prefill', () => {
  it('emits exactly this JSON (HTO-R1 to HTO-R6, ALL-1, ALL-5, ALL-6)', async function () {
    this.timeout(120_000);
    const el = await mount<HelseteknologiRapport>('helseteknologi-rapport', undefined, { today: BEFORE_DEADLINE });
    el.application = applicationSubmission();
    await frame(el);
    await runSteps(el, steps);
    // The one step no key can do: the operating system's file picker. Focus is on the input.
    await tabTo('f-audit-attestation');
    const file = new File(['%PDF-1.4'], 'revisorattestasjon.pdf', { type: 'application/pdf' });
    const transfer = new DataTransfer();
    transfer.items.add(file);
    const input = byId(el, 'f-audit-attestation')!;
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    await el.updateComplete;
    await runSteps(el, after);
    const submitted = await submitByKeyboard(el);
    expect([...submitted.files]).to.deep.equal([['audit.attestation', file]]);
    const zero = { budget: 0, actual: null };
    expectSentJson(submitted, {
      schema: 'helseteknologi/rapport',
      schemaVersion: '1.0.0',
      scheme: 'helseteknologi',
      form: 'rapport',
      variant: 'arsrapport',
      locale: 'nb',
      data: {
        grant: { reference: '24/12345', projectTitle: 'Digitalt tilsyn i hjemmetjenesten', year: 2025, amount: 520000 },
        applicant: {
          kind: 'municipality',
          municipality: '4601',
          orgnr: '974760673',
          contact: { name: 'Kari Nordmann', role: 'Prosjektleder', email: 'kari.nordmann@bergen.kommune.no', phone: '91234567' },
        },
        goals: [
          {
            goal: 'Færre unødvendige nattbesøk i hjemmetjenesten',
            indicators: 'Antall nattbesøk per måned, målt mot nullpunktet',
            status: 'partly',
            results: 'Nattbesøkene har gått ned.',
            deviation: 'To bydeler gjenstår.',
          },
        ],
        assessment: 'Tiltakene virker.',
        accounts: {
          costs: {
            projectResources: { grant: { budget: 400000, actual: 340000 }, own: { budget: 200000, actual: 205000 }, explanation: 'Prosjektlederen startet senere.' },
            training: { grant: { budget: 100000, actual: 98000 }, own: { budget: 50000, actual: 52000 }, explanation: null },
            technical: { grant: zero, own: zero, explanation: null },
            software: { own: { budget: 150000, actual: 150000 }, explanation: null },
            meetings: { grant: { budget: 20000, actual: 20000 }, own: { budget: 10000, actual: 10000 }, explanation: null },
            travel: { own: { budget: 20000, actual: 18000 }, explanation: null },
          },
        },
        audit: { auditor: 'Vestland kommunerevisjon', attestation: { name: 'revisorattestasjon.pdf', size: 8, type: 'application/pdf' } },
        partners: [{ kind: 'municipality', municipality: '4624', role: 'Prøver ut løsningen i to sykehjem og deler erfaringene.' }],
        indicators: {
          municipalities: 2,
          collaborations: 'Bergen og Bjørnafjorden.',
          procurementsStarted: 1,
          procurementsCompleted: 1,
          effects: 'Færre nattbesøk.',
          status: 'Innført i to bydeler.',
          improvements: 0,
          standardisation: 'Meldingsstandard bestilt.',
          pathways: 'Varsler deles med legevakten.',
        },
        confirmation: { name: 'Kari Nordmann', title: 'Prosjektleder', date: '2026-02-10', confirmed: true },
      },
      computed: {
        period: { year: 2025, until: '2025-12-31', deadline: '2026-04-01', daysLeft: 45, passed: false },
        accounts: {
          elements: {
            projectResources: { grant: deviation(400000, 340000), own: deviation(200000, 205000) },
            training: { grant: deviation(100000, 98000), own: deviation(50000, 52000) },
            technical: { grant: deviation(0, 0), own: deviation(0, 0) },
            software: { own: deviation(150000, 150000) },
            meetings: { grant: deviation(20000, 20000), own: deviation(10000, 10000) },
            travel: { own: deviation(20000, 18000) },
          },
          grant: deviation(520000, 458000),
          own: deviation(430000, 435000),
          total: deviation(950000, 893000),
          large: ['projectResources'],
        },
        grant: { granted: 520000, used: 458000, unused: 62000, overused: 0 },
        audit: { required: true },
      },
      checklist: {
        complete: 6,
        total: 6,
        items: [
          complete('grant', 'HTO-R1', 'htor.check.grant', 'tilskudd'),
          complete('goals', 'HTO-R2', 'htor.check.goals', 'maloppnaelse'),
          complete('accounts', 'HTO-R3', 'htor.check.accounts', 'regnskap'),
          complete('audit', 'HTO-R4', 'htor.check.audit', 'revisor'),
          complete('indicators', 'HTO-R5', 'htor.check.indicators', 'indikatorer'),
          complete('confirmation', 'HTO-R1', 'htor.check.confirmation', 'innsending'),
        ],
      },
    });
  });
});
