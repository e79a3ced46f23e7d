import { cleanup, mount } from '../elements/helpers.js';
import type { FmkRapport } from '../../src/elements/fmk-rapport.js';
import { FMK_REPORT_TODAY } from '../../stories/fixtures/fmk-rapport.js';
import { expectSentJson, runSteps, submitByKeyboard, type Step } from '../support/keyboard.js';

afterEach(cleanup);

const steps: Step[] = [
  ['f-report-kind', 'Space'],
  ['f-report-periodStart', '1.4.2026'],
  ['f-report-periodEnd', '30.06.2027'],
  ['f-project-title', 'Laboratoriedata til registrene'],
  ['f-project-reference', 'FMK 2026/7'],
  ['f-recipient-unit', 'Space', 'ArrowDown', 'ArrowDown'],
  ['f-recipient-orgnr', '974 760 673'],
  ['f-recipient-contact-name', 'Kari Nordmann'],
  ['f-recipient-contact-role', 'Leder'],
  ['f-recipient-contact-email', 'kari.nordmann@helse-bergen.no'],
  ['f-recipient-contact-phone', '55 97 50 00'],
  ['f-execution-carriedOut', 'Space'],
  ['f-goals-0-goal', 'Fem registre får data automatisk'],
  ['f-goals-0-status', 'Space'],
  ['f-goals-0-achievement', 'Fem registre er koblet på.'],
  ['f-funds-lines-0-what', 'Utvikling'],
  ['f-funds-lines-0-budget', '600 000'],
  ['f-funds-lines-0-actual', '590000'],
  ['f-funds-lines-add', 'Enter', 'Prosjektledelse'],
  ['f-funds-lines-1-budget', 'kr 200 000,-'],
  ['f-funds-lines-1-actual', '200.000'],
  ['f-funds-granted', '500 000'],
  ['f-funds-used', '500000'],
  ['f-confirmation-name', 'Kari Nordmann'],
  ['f-confirmation-date', '15.7.2027'],
  ['f-confirmation-confirmed', 'Space'],
];

describe('fmk-rapport: filling the whole report from the keyboard', () => {
  it('emits exactly this JSON (FMK-R1 to FMK-R3, ALL-1, ALL-2, ALL-4, ALL-6)', async function () {
    this.timeout(120_000);
    const el = await mount<FmkRapport>('fmk-rapport', undefined, { today: FMK_REPORT_TODAY });
    // The funds table re-lays out its differences as you type: wait a frame after each key.
    await runSteps(el, steps, { everyFrame: true });
    expectSentJson(await submitByKeyboard(el), {
      schema: 'fmk/rapport',
      schemaVersion: '1.0.0',
      scheme: 'fmk',
      form: 'rapport',
      variant: 'rapport',
      locale: 'nb',
      data: {
        report: { kind: 'final', periodStart: '2026-04-01', periodEnd: '2027-06-30' },
        project: { title: 'Laboratoriedata til registrene', reference: 'FMK 2026/7' },
        recipient: {
          unit: 'helse-vest',
          orgnr: '974760673',
          contact: { name: 'Kari Nordmann', role: 'Leder', email: 'kari.nordmann@helse-bergen.no', phone: '55975000' },
        },
        execution: { carriedOut: 'yes' },
        goals: [{ goal: 'Fem registre får data automatisk', indicators: null, status: 'reached', achievement: 'Fem registre er koblet på.' }],
        funds: {
          lines: [
            { what: 'Utvikling', budget: 600000, actual: 590000, explanation: null },
            { what: 'Prosjektledelse', budget: 200000, actual: 200000, explanation: null },
          ],
          granted: 500000,
          used: 500000,
        },
        confirmation: { name: 'Kari Nordmann', date: '2027-07-15', confirmed: true },
      },
      computed: {
        funds: {
          lines: [
            { what: 'Utvikling', budget: 600000, actual: 590000, difference: -10000, percent: -1.7, large: false },
            { what: 'Prosjektledelse', budget: 200000, actual: 200000, difference: 0, percent: 0, large: false },
          ],
          total: { budget: 800000, actual: 790000, difference: -10000, percent: -1.3 },
          large: [],
          granted: 500000,
          used: 500000,
          unused: 0,
        },
      },
      checklist: {
        complete: 4,
        total: 4,
        items: [
          { id: 'kind', rule: 'FMK-R1', label: 'fmkr.check.kind', section: 'rapport', status: 'complete' },
          { id: 'execution', rule: 'FMK-R2', label: 'fmkr.check.execution', section: 'gjennomforing', status: 'complete' },
          { id: 'funds', rule: 'FMK-R3', label: 'fmkr.check.funds', section: 'midler', status: 'complete' },
          { id: 'confirmation', rule: 'FMK-R1', label: 'fmkr.check.confirmation', section: 'innsending', status: 'complete' },
        ],
      },
    });
  });
});
