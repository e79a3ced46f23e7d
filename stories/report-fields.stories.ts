import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { useLocale } from '../src/index.js';
import type { Data, FormDefinition, Section } from '../src/core/index.js';
import { accountsField } from '../src/schemes/helseteknologi/rapport-sections.js';
import { linesField } from '../src/schemes/fmk/rapport.js';
import '../src/schemes/helseteknologi/rapport-texts.js';
import '../src/schemes/fmk/rapport-texts.js';
import { withStandInFiles } from './support/stand-in-files.js';

/**
 * The field types the reports brought, on their own in `<tilskudd-skjema>`: accounts with fixed
 * rows and two payers (HTO-R3), accounts with free lines (FMK-R3), each with a large deviation
 * asking for its explanation; an attachment (HTO-R4); whole numbers (HTO-R5). The language
 * follows the toolbar's locale.
 */

const meta = {
  title: 'Elements/Report fields',
  loaders: [async ({ globals }) => ({ locale: await useLocale(String(globals.locale ?? 'nb')) })],
} satisfies Meta;

export default meta;

type Story = StoryObj;

const definition = (id: string, sections: Section[]): FormDefinition => ({
  id: `storybook/${id}`, version: '1.0.0', scheme: 'storybook', form: id, variant: 'demo', title: 'htor.title', sections, rules: [], compute: () => ({}), checklist: [],
});

const skjema = (def: FormDefinition, value?: Data) =>
  value
    ? html`<tilskudd-skjema hide-title hide-checklist .definition=${def} .value=${value} ${withStandInFiles()}></tilskudd-skjema>`
    : html`<tilskudd-skjema hide-title hide-checklist .definition=${def}></tilskudd-skjema>`;

const ROWS = definition('accounts', [{ id: 'regnskap', key: 'accounts', title: 'htor.section.accounts', fields: [accountsField({ percent: 10, amount: 10000 })] }]);
const ROWS_VALUE = {
  accounts: {
    costs: {
      projectResources: { grant: { budget: 400000, actual: 340000 }, own: { budget: 200000, actual: 205000 } },
      training: { grant: { budget: 100000, actual: 98000 }, own: { budget: 50000 } },
      software: { own: { budget: 150000, actual: 150000 } },
    },
  },
};
export const AccountsRows: Story = { name: 'Accounts, cost elements × payers', render: () => skjema(ROWS, ROWS_VALUE) };
export const AccountsRowsEmpty: Story = { name: 'Accounts, empty', render: () => skjema(ROWS) };

const LINES = definition('lines', [{ id: 'midler', key: 'funds', title: 'fmkr.section.funds', fields: [linesField({ percent: 10, amount: 10000 })] }]);
export const AccountsLines: Story = {
  name: 'Accounts, free lines',
  render: () => skjema(LINES, { funds: { lines: [{ what: 'Utvikling', budget: 600000, actual: 680000 }, { what: 'Prosjektledelse', budget: 200000, actual: 190000 }] } }),
};

const OTHER = definition('other', [
  {
    id: 'revisor',
    key: 'audit',
    title: 'htor.section.audit',
    fields: [{ key: 'attestation', type: 'attachment', label: 'htor.audit.attestation', hint: 'htor.audit.attestation.hint', accept: 'application/pdf,.pdf', maxSize: 10 * 1024 * 1024, required: true }],
  },
  {
    id: 'indikatorer',
    key: 'indicators',
    title: 'htor.section.indicators',
    fields: [
      { key: 'municipalities', type: 'integer', label: 'htor.ind.municipalities', required: true },
      { key: 'procurementsStarted', type: 'integer', label: 'htor.ind.procurementsStarted', required: true },
    ],
  },
]);
export const AttachmentAndNumbers: Story = { name: 'Attachment and whole numbers', render: () => skjema(OTHER) };
export const AttachmentChosen: Story = {
  name: 'Attachment chosen, a number wrong',
  render: () => skjema(OTHER, { audit: { attestation: { name: 'revisorattestasjon-2025.pdf', size: 183204, type: 'application/pdf' } }, indicators: { municipalities: 2, procurementsStarted: { unparseable: 'to' } } }),
};
