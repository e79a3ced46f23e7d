import { cleanup, mount } from './helpers.js';
import { applicantSent, applicantSteps, signatureSent, signatureSteps } from '../fixtures/helseteknologi-keyboard.js';
import { completeItem as complete, expectSentJson, runSteps, submitByKeyboard, type Step } from '../support/keyboard.js';

afterEach(cleanup);

const describeKeys = ['background', 'status', 'gains', 'riskAndStakeholders', 'procurement', 'participants', 'anchoring', 'management', 'standards', 'implementation', 'division', 'userParticipation', 'budgetOverview'];

const steps: Step[] = [
  ...applicantSteps('912 34 567'),
  ['f-partners-add', 'Enter', 'ArrowDown'],
  ['f-partners-0-name', 'Helse Bergen HF'],
  ['f-partners-0-role', 'Deltar i utprøvingen'],
  ['f-partners-0-confirmation', 'Space'],
  ['f-partners-0-confirmationWhat', 'Intensjonsavtale'],
  ['f-project-title', 'Digitalt tilsyn <i>natt</i>'],
  ['f-project-area', 'ArrowDown'],
  ['f-project-phase', 'ArrowDown', 'ArrowDown'],
  ['f-project-start', '1.1.2025'],
  ['f-project-end', '31.12.2025'],
  ...describeKeys.map((k): Step => [`f-description-${k}`, `Svar om ${k}.`]),
  ['f-goals-0-goal', 'Færre nattbesøk'],
  ['f-goals-0-indicators', 'Nattbesøk per måned'],
  ['f-milestones-0-date', '01.06.2025'],
  ['f-milestones-0-what', 'Utstyr installert'],
  ['f-risks-0-risk', 'Forsinket levering'],
  ['f-risks-0-likelihood', 'ArrowDown'],
  ['f-risks-0-consequence', 'ArrowDown', 'ArrowDown'],
  ['f-risks-0-mitigation', 'Tidlig bestilling'],
  ['f-budget-costs-projectResources-grant', '400 000'],
  ['f-budget-costs-projectResources-own', '200000'],
  ['f-budget-costs-training-grant', 'kr 100 000,-'],
  ['f-budget-costs-training-own', '50.000'],
  ['f-budget-costs-software-own', '150000'],
  ['f-budget-costs-meetings-split', 'Enter', 'Oppstartssamling'],
  ['f-budget-costs-meetings-lines-0-grant', '20000'],
  ['f-budget-costs-meetings-lines-0-own', '10000'],
  ['f-budget-costs-travel-own', '20000'],
  ['f-budget-hasOtherFunding', 'Space'],
  ['f-budget-otherFunding-add', 'Enter', 'Statsforvalteren'],
  ['f-budget-otherFunding-0-amount', '50 000'],
  ['f-budget-otherFunding-0-status', 'ArrowDown'],
  ['f-budget-totalCost', '1 000 000'],
  ...signatureSteps,
];

describe('filling the whole form from the keyboard', () => {
  it('emits exactly this JSON (HTO-S1 to S11, ALL-1 to ALL-6)', async function () {
    this.timeout(120_000);
    const el = await mount();
    await runSteps(el, steps);
    expectSentJson(await submitByKeyboard(el), {
      schema: 'helseteknologi/soknad',
      schemaVersion: '1.0.0',
      scheme: 'helseteknologi',
      form: 'soknad',
      variant: 'full',
      locale: 'nb',
      data: {
        applicant: applicantSent('91234567'),
        partners: [{ kind: 'hospitalTrust', name: 'Helse Bergen HF', orgnr: null, role: 'Deltar i utprøvingen', confirmation: 'yes', confirmationWhat: 'Intensjonsavtale' }],
        project: { title: 'Digitalt tilsyn <i>natt</i>', area: 'velferdsteknologi', phase: 'innforing', start: '2025-01-01', end: '2025-12-31' },
        description: Object.fromEntries(describeKeys.map((k) => [k, `Svar om ${k}.`])),
        goals: [{ goal: 'Færre nattbesøk', indicators: 'Nattbesøk per måned' }],
        milestones: [{ date: '2025-06-01', what: 'Utstyr installert' }],
        risks: [{ risk: 'Forsinket levering', likelihood: 'medium', consequence: 'high', mitigation: 'Tidlig bestilling' }],
        budget: {
          costs: {
            projectResources: { grant: 400000, own: 200000 },
            training: { grant: 100000, own: 50000 },
            technical: { grant: null, own: null },
            software: { own: 150000 },
            meetings: { lines: [{ what: 'Oppstartssamling', grant: 20000, own: 10000 }] },
            travel: { own: 20000 },
          },
          hasOtherFunding: 'yes',
          otherFunding: [{ source: 'Statsforvalteren', amount: 50000, status: 'granted' }],
          totalCost: 1000000,
        },
        signature: signatureSent,
      },
      computed: {
        applicant: { municipality: 'Bergen', county: 'Vestland' },
        budget: {
          elements: {
            projectResources: { grant: 400000, own: 200000 },
            training: { grant: 100000, own: 50000 },
            technical: { grant: 0, own: 0 },
            software: { grant: 0, own: 150000 },
            meetings: { grant: 20000, own: 10000 },
            travel: { grant: 0, own: 20000 },
          },
          grant: 520000,
          own: 430000,
          other: 50000,
          financing: 1000000,
          totalCost: 1000000,
          difference: 0,
          balanced: true,
          shares: { grant: 52, own: 43, other: 5 },
        },
      },
      checklist: {
        complete: 9,
        total: 9,
        items: [
          complete('goals', 'HTO-S2', 'hto.check.goals', 'mal'),
          complete('measures', 'HTO-S2', 'hto.check.measures', 'prosjekt'),
          complete('budget', 'HTO-S2', 'hto.check.budget', 'budsjett'),
          complete('otherFunding', 'HTO-S2', 'hto.check.otherFunding', 'budsjett'),
          complete('ownFinancing', 'HTO-S2', 'hto.check.ownFinancing', 'budsjett'),
          complete('risks', 'HTO-S2', 'hto.check.risks', 'risiko'),
          complete('description', 'HTO-S4', 'hto.check.description', 'beskrivelse'),
          complete('signature', 'HTO-S3', 'hto.check.signature', 'signatur'),
          complete('payment', 'HTO-S11', 'hto.check.payment', 'soker'),
        ],
      },
    });
  });
});
