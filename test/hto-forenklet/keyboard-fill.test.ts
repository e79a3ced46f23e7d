import { cleanup, mount } from '../elements/helpers.js';
import { applicantSent, applicantSteps, signatureSent, signatureSteps } from '../fixtures/helseteknologi-keyboard.js';
import { completeItem as complete, expectSentJson, runSteps, submitByKeyboard, type Step } from '../support/keyboard.js';

afterEach(cleanup);

const steps: Step[] = [
  ['f-previous-scheme', 'ArrowDown'],
  ['f-previous-reference', '23/12345'],
  ['f-previous-granted', 'kr 800 000,-'],
  ...applicantSteps('+47 912 34 567'),
  ['f-project-title', 'Digital hjemmeoppfølging'],
  ['f-project-area', 'ArrowDown', 'ArrowDown'],
  ['f-project-phase', 'ArrowDown', 'ArrowDown'],
  ['f-project-start', '1.1.2024'],
  ['f-project-end', '31.12.2025'],
  ['f-description-status', '60 pasienter følges opp hjemme.'],
  ['f-description-procurement', 'Avrop på nasjonal avtale er gjort.'],
  ['f-goals-0-goal', 'Færre innleggelser'],
  ['f-goals-0-indicators', 'Innleggelser per år'],
  ['f-goals-0-achieved', 'Ned 15 prosent så langt'],
  ['f-milestones-0-date', '01.06.2025'],
  ['f-milestones-0-what', 'Alle bydeler i gang'],
  ['f-operation-plan', 'Hjemmesykepleien overtar driften.'],
  ['f-operation-date', '31.12.2025'],
  ['f-budget-costs-projectResources-grant', '300 000'],
  ['f-budget-costs-projectResources-own', '150000'],
  ['f-budget-costs-training-grant', '50.000'],
  ['f-budget-costs-software-own', '100000'],
  ['f-budget-costs-travel-own', '10 000'],
  ['f-budget-hasOtherFunding', 'ArrowDown'],
  ['f-budget-totalCost', '610 000'],
  ...signatureSteps,
];

describe('filling the simplified application from the keyboard', () => {
  it('emits exactly this JSON (HTO-S5 with HTO-S1, S3, S6 to S9, S11, ALL-1 to ALL-6)', async function () {
    this.timeout(120_000);
    const el = await mount('helseteknologi-soknad', undefined, { variant: 'forenklet', 'no-draft': '' });
    await runSteps(el, steps);
    expectSentJson(await submitByKeyboard(el), {
      schema: 'helseteknologi/soknad',
      schemaVersion: '1.0.0',
      scheme: 'helseteknologi',
      form: 'soknad',
      variant: 'forenklet',
      locale: 'nb',
      data: {
        previous: { scheme: 'digital-hjemmeoppfolging-kronisk-syke', reference: '23/12345', granted: 800000 },
        applicant: applicantSent('+4791234567'),
        project: { title: 'Digital hjemmeoppfølging', area: 'digital-hjemmeoppfolging', phase: 'innforing', start: '2024-01-01', end: '2025-12-31' },
        description: { status: '60 pasienter følges opp hjemme.', procurement: 'Avrop på nasjonal avtale er gjort.' },
        goals: [{ goal: 'Færre innleggelser', indicators: 'Innleggelser per år', achieved: 'Ned 15 prosent så langt' }],
        milestones: [{ date: '2025-06-01', what: 'Alle bydeler i gang' }],
        operation: { plan: 'Hjemmesykepleien overtar driften.', date: '2025-12-31' },
        budget: {
          costs: {
            projectResources: { grant: 300000, own: 150000 },
            training: { grant: 50000, own: null },
            technical: { grant: null, own: null },
            software: { own: 100000 },
            meetings: { grant: null, own: null },
            travel: { own: 10000 },
          },
          hasOtherFunding: 'no',
          totalCost: 610000,
        },
        signature: signatureSent,
      },
      computed: {
        applicant: { municipality: 'Bergen', county: 'Vestland' },
        budget: {
          elements: {
            projectResources: { grant: 300000, own: 150000 },
            training: { grant: 50000, own: 0 },
            technical: { grant: 0, own: 0 },
            software: { grant: 0, own: 100000 },
            meetings: { grant: 0, own: 0 },
            travel: { grant: 0, own: 10000 },
          },
          grant: 350000,
          own: 260000,
          other: 0,
          financing: 610000,
          totalCost: 610000,
          difference: 0,
          balanced: true,
          shares: { grant: 57.4, own: 42.6, other: 0 },
        },
      },
      checklist: {
        complete: 8,
        total: 8,
        items: [
          complete('previous', 'HTO-S5', 'hto.s5.check.previous', 'tidligere'),
          complete('status', 'HTO-S5', 'hto.s5.check.status', 'status'),
          complete('progress', 'HTO-S5', 'hto.s5.check.progress', 'milepaeler'),
          complete('operation', 'HTO-S5', 'hto.s5.check.operation', 'drift'),
          complete('budget', 'HTO-S5', 'hto.s5.check.budget', 'budsjett'),
          complete('ownFinancing', 'HTO-S5', 'hto.check.ownFinancing', 'budsjett'),
          complete('signature', 'HTO-S3', 'hto.check.signature', 'signatur'),
          complete('payment', 'HTO-S11', 'hto.check.payment', 'soker'),
        ],
      },
    });
  });
});
