import { expect } from 'chai';
import { cleanup, mount } from '../elements/helpers.js';
import { expectSentJson, runSteps, submitByKeyboard, type Step } from '../support/keyboard.js';

afterEach(cleanup);

const contactSteps = (section: string): Step[] => [
  [`f-${section}-orgnr`, '974 760 673'],
  [`f-${section}-contact-name`, 'Kari Nordmann'],
  [`f-${section}-contact-role`, 'Leder'],
  [`f-${section}-contact-email`, 'kari.nordmann@helse-bergen.no'],
  [`f-${section}-contact-phone`, '55 97 50 00'],
];
const contact = { name: 'Kari Nordmann', role: 'Leder', email: 'kari.nordmann@helse-bergen.no', phone: '55975000' };

const CRITERIA = ['necessity', 'reuse', 'value', 'plan', 'standards', 'security'];
const letter = (id: string) => ({ id, rule: 'FMK-S11', label: `fmk.check.${id}`, status: 'complete' });

describe('fmk-soknad from the keyboard', () => {
  it('emits exactly this JSON (FMK-S1 to S12, ALL-1 to ALL-6)', async function () {
    this.timeout(120_000);
    const el = await mount('fmk-soknad', undefined, { deadline: '2026-03-01', round: 'Vår 2026', today: '2026-02-10' });
    await runSteps(el, [
      ['f-revision-isRevision', 'Space'],
      ['f-applicant-unit', 'ArrowDown', 'ArrowDown'],
      ...contactSteps('applicant'),
      ['f-project-title', 'Laboratoriedata til registrene'],
      ['f-project-priorityArea', 'ArrowDown', 'ArrowDown', 'ArrowDown'],
      ['f-project-category', 'Space'],
      ['f-project-description', 'En felles tjeneste for laboratoriesvar.'],
      ['f-project-benefit', 'Mindre manuell registrering.'],
      ['f-project-responsible', 'Servicemiljøet i Helse Vest.'],
      ['f-project-dependencies', 'Helse Vest IKT.'],
      ['f-project-start', '1.4.2026'],
      ['f-project-end', '30.06.2027'],
      ...CRITERIA.map((k): Step => [`f-criteriaA-${k}`, `Svar om ${k}.`]),
      ['f-goals-0-goal', 'Fem registre får data automatisk'],
      ['f-goals-0-indicators', 'Antall registre'],
      ['f-milestones-0-date', '01.09.2026'],
      ['f-milestones-0-what', 'Første register'],
      ['f-budget-lines-0-what', 'Utvikling'],
      ['f-budget-lines-0-kind', 'ArrowDown', 'ArrowDown'],
      ['f-budget-lines-0-amount', '600 000'],
      ['f-budget-lines-add', 'Enter', 'Prosjektledelse'],
      ['f-budget-lines-1-kind', 'ArrowDown'],
      ['f-budget-lines-1-amount', '200000'],
      ['f-budget-noOperationConfirmed', 'Space'],
      ['f-budget-hasOtherSupport', 'Space'],
      ['f-budget-otherSupport-add', 'Enter', 'Helse Vest RHF'],
      ['f-budget-otherSupport-0-amount', 'kr 100 000,-'],
      ['f-budget-applied', '500.000'],
      ['f-future-management', '80000'],
      ['f-future-managementNote', 'Vedlikehold hos leverandøren.'],
      ['f-future-operating', '40 000'],
      ['f-future-operatingNote', 'Drift hos tjenesteleverandøren.'],
    ]);
    expectSentJson(await submitByKeyboard(el), {
      schema: 'fmk/soknad',
      schemaVersion: '1.0.0',
      scheme: 'fmk',
      form: 'soknad',
      variant: 'full',
      locale: 'nb',
      data: {
        revision: { isRevision: 'no' },
        applicant: { unit: 'helse-vest', orgnr: '974760673', contact },
        project: {
          title: 'Laboratoriedata til registrene',
          priorityArea: 'automated-capture',
          category: 'project',
          description: 'En felles tjeneste for laboratoriesvar.',
          benefit: 'Mindre manuell registrering.',
          responsible: 'Servicemiljøet i Helse Vest.',
          dependencies: 'Helse Vest IKT.',
          start: '2026-04-01',
          end: '2027-06-30',
        },
        criteriaA: Object.fromEntries(CRITERIA.map((k) => [k, `Svar om ${k}.`])),
        goals: [{ goal: 'Fem registre får data automatisk', indicators: 'Antall registre' }],
        milestones: [{ date: '2026-09-01', what: 'Første register' }],
        budget: {
          lines: [
            { what: 'Utvikling', kind: 'development', amount: 600000 },
            { what: 'Prosjektledelse', kind: 'projectManagement', amount: 200000 },
          ],
          noOperationConfirmed: true,
          hasOtherSupport: 'yes',
          otherSupport: [{ source: 'Helse Vest RHF', amount: 100000 }],
          applied: 500000,
        },
        future: { management: 80000, managementNote: 'Vedlikehold hos leverandøren.', operating: 40000, operatingNote: 'Drift hos tjenesteleverandøren.' },
      },
      computed: {
        round: { label: 'Vår 2026', deadline: '2026-03-01', afterDeadline: false },
        budget: { totalCost: 800000, applied: 500000, other: 100000, own: 200000, limit: null, shares: { applied: 62.5, other: 12.5, own: 25 } },
        future: { management: 80000, operating: 40000, perYear: 120000 },
      },
      checklist: {
        complete: 7,
        total: 7,
        items: [
          { ...letter('a'), section: 'soker' },
          { ...letter('b'), section: 'prosjekt' },
          { ...letter('c'), section: 'prosjekt' },
          { ...letter('d'), section: 'prosjekt' },
          { ...letter('e'), section: 'budsjett' },
          { ...letter('f'), section: 'framtid' },
          { ...letter('g'), section: 'framtid' },
        ],
      },
    });
  });
});

describe('fmk-soknad from the keyboard: a new registry', () => {
  it('switches category both ways, confirms the musts and asks for shared components (FMK-S4, S6, S9)', async function () {
    this.timeout(120_000);
    const el = await mount('fmk-soknad', undefined, { today: '2026-02-10' });
    await runSteps(el, [
      ['f-revision-isRevision', 'ArrowDown'],
      ['f-revision-earlierReference', 'FMK 2025/14'],
      ['f-revision-changes', 'Nytt budsjett.'],
      ['f-applicant-unit', 'ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowDown'],
      ...contactSteps('applicant'),
      ['f-project-title', 'Hjertesviktregisteret'],
      ['f-project-priorityArea', 'ArrowDown'],
      // Project first, one answer typed, then the registry: the answer is kept but not sent.
      ['f-project-category', 'Space'],
      ['f-criteriaA-necessity', 'Kept, not sent.'],
      ['f-project-category', 'ArrowDown'],
      ['f-project-registryName', 'Nasjonalt register for hjertesvikt'],
      ['f-project-description', 'Datafangst for et nytt register.'],
      ['f-project-benefit', 'Kvalitetsindikatorer.'],
      ['f-project-responsible', 'SKDE.'],
      ['f-project-start', '1.4.2026'],
      ['f-project-end', '31.12.2026'],
      ['f-criteriaB-metadata', 'Space'],
      ['f-criteriaB-innsyn', 'Space'],
      ['f-criteriaB-platforms', 'Space'],
      ['f-criteriaB-reuse', 'Maler.'],
      ['f-criteriaB-plan', 'To trinn.'],
      ['f-criteriaB-gains', 'PROMS.'],
      ['f-goals-0-goal', 'Registeret i drift'],
      ['f-milestones-0-date', '31.12.2026'],
      ['f-milestones-0-what', 'I drift'],
      ['f-budget-lines-0-what', 'Utvikling'],
      ['f-budget-lines-0-kind', 'ArrowDown', 'ArrowDown'],
      ['f-budget-lines-0-amount', '700 000'],
      ['f-budget-noOperationConfirmed', 'Space'],
      ['f-budget-hasOtherSupport', 'ArrowDown'],
      ['f-budget-applied', '650 000'],
      ['f-budget-sharedComponents', '150 000'],
      ['f-budget-sharedJustification', 'PROMS-komponent.'],
      ['f-future-management', '0'],
      ['f-future-managementNote', 'Ingen.'],
      ['f-future-operating', '30 000'],
      ['f-future-operatingNote', 'Drift.'],
    ]);
    const submitted = await submitByKeyboard(el);
    expect(submitted!.detail.data).to.deep.equal({
      revision: { isRevision: 'yes', earlierReference: 'FMK 2025/14', changes: 'Nytt budsjett.' },
      applicant: { unit: 'skde', orgnr: '974760673', contact },
      project: {
        title: 'Hjertesviktregisteret',
        priorityArea: 'new-registry-capture',
        category: 'registry',
        registryName: 'Nasjonalt register for hjertesvikt',
        description: 'Datafangst for et nytt register.',
        benefit: 'Kvalitetsindikatorer.',
        responsible: 'SKDE.',
        dependencies: null,
        start: '2026-04-01',
        end: '2026-12-31',
      },
      criteriaB: { metadata: true, innsyn: true, platforms: true, reuse: 'Maler.', plan: 'To trinn.', gains: 'PROMS.' },
      goals: [{ goal: 'Registeret i drift', indicators: null }],
      milestones: [{ date: '2026-12-31', what: 'I drift' }],
      budget: {
        lines: [{ what: 'Utvikling', kind: 'development', amount: 700000 }],
        noOperationConfirmed: true,
        hasOtherSupport: 'no',
        applied: 650000,
        sharedComponents: 150000,
        sharedJustification: 'PROMS-komponent.',
      },
      future: { management: 0, managementNote: 'Ingen.', operating: 30000, operatingNote: 'Drift.' },
    });
    expect(submitted!.detail.computed).to.deep.include({ round: { label: null, deadline: null, afterDeadline: false } });
    expect((submitted!.detail.computed as { budget: unknown }).budget).to.deep.equal({
      totalCost: 700000, applied: 650000, other: 0, own: 50000, limit: 650000,
      shares: { applied: 92.9, other: 0, own: 7.1 },
    });
    expect(el.value.criteriaA).to.deep.equal({ necessity: 'Kept, not sent.' });
  });
});

describe('fmk-klage from the keyboard', () => {
  it('emits exactly this JSON (FMK-K1 to K3)', async function () {
    this.timeout(60_000);
    const el = await mount('fmk-klage', undefined, { today: '2026-02-10' });
    await runSteps(el, [
      ['f-complainant-unit', 'Space'],
      ...contactSteps('complainant'),
      ['f-decision-kind', 'ArrowDown'],
      ['f-decision-reference', 'FMK 2026/3'],
      ['f-decision-received', '2.2.2026'],
      ['f-grounds-procedural', 'Space'],
      ['f-grounds-proceduralExplanation', 'Søknaden ble ikke sendt ut en uke før møtet.'],
      ['f-grounds-premises', 'Space'],
      ['f-grounds-premisesExplanation', 'Vedtaket sier at budsjett mangler, men det lå ved.'],
    ]);
    expectSentJson(await submitByKeyboard(el), {
      schema: 'fmk/klage',
      schemaVersion: '1.0.0',
      scheme: 'fmk',
      form: 'klage',
      variant: 'full',
      locale: 'nb',
      data: {
        complainant: { unit: 'helse-nord', orgnr: '974760673', contact },
        decision: { kind: 'refusal', reference: 'FMK 2026/3', received: '2026-02-02' },
        grounds: {
          procedural: true,
          proceduralExplanation: 'Søknaden ble ikke sendt ut en uke før møtet.',
          premises: true,
          premisesExplanation: 'Vedtaket sier at budsjett mangler, men det lå ved.',
        },
      },
      computed: { deadline: { lastDay: '2026-02-23', passed: false } },
      checklist: {
        complete: 3,
        total: 3,
        items: [
          { id: 'complainant', rule: 'FMK-K1', label: 'fmk.kcheck.complainant', section: 'klager', status: 'complete' },
          { id: 'decision', rule: 'FMK-K1', label: 'fmk.kcheck.decision', section: 'vedtak', status: 'complete' },
          { id: 'grounds', rule: 'FMK-K3', label: 'fmk.kcheck.grounds', section: 'grunnlag', status: 'complete' },
        ],
      },
    }, 60_000);
  });
});
