import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { useLocale, type HelseteknologiSoknad, type TilskuddFeiloppsummering, type TilskuddSjekkliste } from '../src/index.js';
import type { ChecklistState, Data, FormDefinition, Section } from '../src/core/index.js';
import { COSTS, DEFAULT_CONFIG } from '../src/schemes/helseteknologi/soknad.js';
import { t } from '../src/i18n/texts.js';
import { halfFilledApplication } from './fixtures/helseteknologi.js';

/**
 * The kit's elements one at a time: `<tilskudd-skjema>` with small definitions (every scalar
 * field type; the budget table), `<tilskudd-sjekkliste>` and `<tilskudd-feiloppsummering>`.
 * The language follows the toolbar's locale.
 */

const meta = {
  title: 'Elements',
  // Texts of the toolbar's locale are in before the first render; the standalone checklist and
  // error summary have no `lang` of their own and use whatever locale the page has.
  loaders: [async ({ globals }) => ({ locale: await useLocale(String(globals.locale ?? 'nb')) })],
} satisfies Meta;

export default meta;

type Story = StoryObj;

/** What every definition needs besides its sections. */
const definition = (id: string, sections: Section[]): FormDefinition => ({
  id: `storybook/${id}`,
  version: '1.0.0',
  scheme: 'storybook',
  form: id,
  variant: 'demo',
  title: 'hto.title',
  sections,
  rules: [],
  compute: () => ({}),
  checklist: [],
});

// Fields: each scalar field type once, labelled with keys the kit already translates.

const FIELDS = definition('fields', [
  {
    id: 'soker',
    title: 'hto.section.applicant',
    fields: [
      { key: 'orgnr', type: 'orgnr', label: 'field.orgnr', hint: 'field.orgnr.hint', required: true },
      { key: 'kontonr', type: 'kontonr', label: 'field.kontonr', hint: 'field.kontonr.hint', required: true },
      { key: 'email', type: 'email', label: 'field.email', required: true, autocomplete: 'email' },
      // Optional, so the label shows "(valgfritt)".
      { key: 'phone', type: 'phone', label: 'field.phone', hint: 'field.phone.hint', autocomplete: 'tel' },
      { key: 'municipality', type: 'municipality', label: 'hto.applicant.municipality', hint: 'hto.applicant.municipality.hint', required: true },
    ],
  },
  {
    id: 'prosjekt',
    title: 'hto.section.project',
    fields: [
      { key: 'title', type: 'text', label: 'hto.project.title', maxLength: 60, required: true },
      { key: 'area', type: 'select', label: 'hto.project.area', required: true, options: DEFAULT_CONFIG.areas },
      { key: 'phase', type: 'radio', label: 'hto.project.phase', hint: 'hto.project.phase.hint', required: true, options: DEFAULT_CONFIG.phases },
      { key: 'start', type: 'date', label: 'hto.project.start', required: true },
    ],
  },
  {
    id: 'beskrivelse',
    title: 'hto.section.description',
    fields: [
      // A short limit, so the counter visibly counts down.
      { key: 'background', type: 'textarea', label: 'hto.description.background', hint: 'hto.description.background.hint', maxLength: 300, rows: 4, required: true },
    ],
  },
  {
    id: 'budsjett',
    title: 'hto.section.budget',
    fields: [{ key: 'totalCost', type: 'amount', label: 'hto.budget.totalCost', hint: 'hto.budget.totalCost.hint', required: true }],
  },
  {
    id: 'signatur',
    title: 'hto.section.signature',
    fields: [{ key: 'confirmed', type: 'checkbox', label: 'hto.signature.confirm', requiredKey: 'hto.signature.confirm.required', required: true }],
  },
]);

const FIELDS_FILLED: Data = {
  orgnr: '974760673',
  kontonr: '12345678903',
  email: 'kari.nordmann@bergen.kommune.no',
  phone: '91234567',
  municipality: '4601',
  title: 'Digitalt tilsyn i hjemmetjenesten',
  area: 'velferdsteknologi',
  phase: 'innforing',
  start: '2025-01-01',
  background: 'Vi vil erstatte en del av de nattlige tilsynene i hjemmetjenesten med digitalt tilsyn.',
  totalCost: 1000000,
  confirmed: true,
};

/** Prefilled values break each type's own rule, so every field shows its error at once. */
const FIELDS_INVALID: Data = {
  orgnr: '988077918',
  kontonr: '12345678900',
  email: 'kari.nordmann@',
  phone: '1234',
  municipality: '9999',
  title: 'Digitalt tilsyn i hjemmetjenesten, med nattkamera, sensorer og responssenter',
  area: 'robotikk',
  phase: 'forskning',
  start: '2025-02-30',
  background: 'For lang tekst. '.repeat(20),
  totalCost: -5,
  confirmed: 'ja',
};

const skjema = (def: FormDefinition, value?: Data) =>
  value
    ? html`<tilskudd-skjema hide-title hide-checklist .definition=${def} .value=${value}></tilskudd-skjema>`
    : html`<tilskudd-skjema hide-title hide-checklist .definition=${def}></tilskudd-skjema>`;

export const Fields: Story = { name: 'Fields', render: () => skjema(FIELDS) };
export const FieldsFilled: Story = { name: 'Fields, filled in', render: () => skjema(FIELDS, FIELDS_FILLED) };
export const FieldsInvalid: Story = { name: 'Fields, invalid values', render: () => skjema(FIELDS, FIELDS_INVALID) };

// Budget table: the scheme's own §4 cost table (HTO-S7) in a definition of its own.

const BUDGET = definition('budget', [
  { id: 'budsjett', key: 'budget', title: 'hto.section.budget', intro: 'hto.section.budget.intro', rule: 'HTO-S2', fields: [COSTS] },
]);

const BUDGET_VALUE: Data = {
  budget: {
    costs: {
      projectResources: {
        lines: [
          { what: 'Prosjektleder, 100 % i ett år', grant: 300000, own: 150000 },
          { what: 'Superbrukere i fire soner', grant: 100000, own: 50000 },
        ],
      },
      training: { grant: 100000, own: 50000 },
      software: { own: 150000 },
      meetings: { lines: [{ what: 'Oppstartssamling', grant: 20000, own: 10000 }] },
      travel: { own: 20000 },
    },
  },
};

export const BudgetTable: Story = { name: 'Budget table', render: () => skjema(BUDGET, BUDGET_VALUE) };
export const BudgetTableEmpty: Story = { name: 'Budget table, empty', render: () => skjema(BUDGET) };

// Checklist on its own: one item in each status.

const CHECKLIST: ChecklistState = {
  complete: 1,
  total: 4,
  items: [
    { id: 'goals', rule: 'HTO-S2', label: 'hto.check.goals', section: 'mal', status: 'notStarted' },
    { id: 'description', rule: 'HTO-S4', label: 'hto.check.description', section: 'beskrivelse', status: 'inProgress' },
    { id: 'payment', rule: 'HTO-S11', label: 'hto.check.payment', section: 'soker', status: 'complete' },
    { id: 'ownFinancing', rule: 'HTO-S2', label: 'hto.check.ownFinancing', section: 'budsjett', status: 'hasErrors' },
  ],
};

export const Checklist: Story = {
  name: 'Checklist',
  render: () => html`<tilskudd-sjekkliste .state=${CHECKLIST} style="max-width: 36rem"></tilskudd-sjekkliste>`,
};

// Checklist following a form by id (`for`), the form's own checklist hidden. The form comes first
// in the DOM: a `for` checklist placed before its form stays empty ("0 av 0") until the first
// edit, because it reads `form.checklist` before the form has built its model.

const HALF_FILLED = halfFilledApplication();

export const ChecklistFor: Story = {
  name: 'Checklist beside a form (for)',
  render: () => html`<div style="display: grid; grid-template-columns: 1fr minmax(16rem, 22rem); gap: 2rem; align-items: start">
    <helseteknologi-soknad id="hto-form" hide-checklist .value=${HALF_FILLED}></helseteknologi-soknad>
    <tilskudd-sjekkliste for="hto-form" style="position: sticky; top: 1rem"></tilskudd-sjekkliste>
  </div>`,
  play: async ({ canvasElement }) => {
    const list = canvasElement.querySelector<TilskuddSjekkliste>('tilskudd-sjekkliste')!;
    const form = canvasElement.querySelector<HelseteknologiSoknad>('#hto-form')!;
    await form.updateComplete;
    await list.updateComplete;
    const items = list.state?.items.length ?? 0;
    if (items === 0 || items !== form.checklist.items.length)
      throw new Error(`the checklist with for="hto-form" shows ${items} items, the form has ${form.checklist.items.length}`);
  },
};

// Error summary on its own, its links pointing at inputs beside it.

const inputStyle = 'display: block; margin: 0.25rem 0 1.25rem; padding: 0.375rem; font: inherit; border: 2px solid #b3261e';

export const ErrorSummary: Story = {
  name: 'Error summary',
  render: () => {
    const items = [
      { target: 'demo-orgnr', text: t('orgnr.checksum') },
      { target: 'demo-email', text: t('email.format') },
      { target: 'demo-total', text: t('amount.required', { field: 'hto.budget.totalCost' }) },
    ];
    return html`<div style="max-width: 40rem">
      <tilskudd-feiloppsummering .items=${items}></tilskudd-feiloppsummering>
      <label for="demo-orgnr">${t('field.orgnr')}</label>
      <input id="demo-orgnr" value="988 077 918" aria-invalid="true" style=${inputStyle} />
      <label for="demo-email">${t('field.email')}</label>
      <input id="demo-email" type="email" value="kari.nordmann@" aria-invalid="true" style=${inputStyle} />
      <label for="demo-total">${t('hto.budget.totalCost')}</label>
      <input id="demo-total" inputmode="numeric" aria-invalid="true" style=${inputStyle} />
    </div>`;
  },
  play: async ({ canvasElement }) => {
    const summary = canvasElement.querySelector<TilskuddFeiloppsummering>('tilskudd-feiloppsummering')!;
    await summary.updateComplete;
    const links = [...summary.querySelectorAll('a')];
    if (links.length !== 3) throw new Error(`the error summary shows ${links.length} links, not 3`);
    // A link moves focus to its input; then focus goes back to the summary, as after a failed submit.
    links[1]!.click();
    if (document.activeElement?.id !== 'demo-email') throw new Error('the second link did not focus #demo-email');
    summary.focus();
  },
};
