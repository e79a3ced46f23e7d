import '../../core/accounts-kind.js'; // the accounts field type's checks and JSON
import type { AccountsField, Data, Option, Scope, Section } from '../../core/index.js';
import { CLAUSE, contactGroup, isMunicipality } from '../common.js';
import { partnerIdentity } from './sections.js';
import { COSTS } from './soknad.js';

/** The sections of the yearly report (HTO §5, §6). Message keys are translated in `rapport-texts.ts`. */

/** HTO-R1: the grant reported on, the year and (shown with the year) the deadline. */
export const grantSection: Section = {
  id: 'tilskudd',
  key: 'grant',
  title: 'htor.section.grant',
  intro: 'htor.section.grant.intro',
  rule: 'HTO-R1',
  fields: [
    { key: 'reference', type: 'text', label: 'htor.grant.reference', hint: 'htor.grant.reference.hint', maxLength: 50, required: true },
    { key: 'projectTitle', type: 'text', label: 'htor.grant.projectTitle', maxLength: 200, required: true },
    { key: 'year', type: 'integer', label: 'htor.grant.year', hint: 'htor.grant.year.hint', min: 2020, max: 2100, required: true },
    { key: 'amount', type: 'amount', label: 'htor.grant.amount', hint: 'htor.grant.amount.hint', required: true },
  ],
};

/** §5: the municipality responsible for the application reports. */
export const reporterSection: Section = {
  id: 'kommune',
  key: 'applicant',
  title: 'htor.section.applicant',
  intro: 'htor.section.applicant.intro',
  rule: 'HTO-R1',
  fields: [
    {
      key: 'kind',
      type: 'radio',
      label: 'htor.applicant.kind',
      requiredKey: 'htor.applicant.kind.required',
      required: true,
      options: [
        { value: 'municipality', label: 'hto.applicant.kind.municipality' },
        { value: 'svalbard', label: 'hto.applicant.kind.svalbard' },
      ],
    },
    { key: 'municipality', type: 'municipality', label: 'hto.applicant.municipality', hint: 'hto.applicant.municipality.hint', required: true, when: isMunicipality },
    { key: 'orgnr', type: 'orgnr', label: 'field.orgnr', hint: 'field.orgnr.hint', required: true },
    contactGroup,
  ],
};

/** HTO-R5 (municipalities and collaboration projects): the partners, carried over from the application. */
export const partnersSection: Section = {
  id: 'samarbeid',
  title: 'htor.section.partners',
  intro: 'htor.section.partners.intro',
  rule: 'HTO-R5',
  fields: [
    {
      key: 'partners',
      type: 'repeat',
      label: 'hto.partners',
      itemLabel: 'hto.partner.item',
      addLabel: 'hto.partner.add',
      fields: [
        ...partnerIdentity(),
        { key: 'role', type: 'textarea', label: 'htor.partner.role', requiredKey: CLAUSE, maxLength: 1000, rows: 3, required: true },
      ],
    },
  ],
};

export const STATUSES: readonly Option[] = [
  { value: 'reached', label: 'htor.goal.status.reached' },
  { value: 'partly', label: 'htor.goal.status.partly' },
  { value: 'notReached', label: 'htor.goal.status.notReached' },
];

const deviates = ({ parent }: Scope) => parent.status === 'partly' || parent.status === 'notReached';

/** HTO-R2: per goal of the application, how far it was reached, the results and effect, and why it deviates. */
export const goalsSection: Section = {
  id: 'maloppnaelse',
  title: 'htor.section.goals',
  intro: 'htor.section.goals.intro',
  rule: 'HTO-R2',
  fields: [
    {
      key: 'goals',
      type: 'repeat',
      label: 'hto.goals',
      itemLabel: 'hto.goal.item',
      requiredKey: 'hto.goals.required',
      addLabel: 'hto.goal.add',
      required: true,
      fields: [
        { key: 'goal', type: 'textarea', label: 'hto.goal.goal', maxLength: 1000, rows: 3, required: true },
        { key: 'indicators', type: 'textarea', label: 'hto.goal.indicators', hint: 'hto.goal.indicators.hint', maxLength: 1000, rows: 3 },
        { key: 'status', type: 'radio', label: 'htor.goal.status', requiredKey: 'htor.goal.status.required', required: true, options: STATUSES },
        { key: 'results', type: 'textarea', label: 'htor.goal.results', hint: 'htor.goal.results.hint', maxLength: 3000, rows: 5, required: true },
        { key: 'deviation', type: 'textarea', label: 'htor.goal.deviation', hint: 'htor.goal.deviation.hint', requiredKey: 'htor.goal.deviation.required', maxLength: 3000, rows: 4, required: true, when: deviates },
      ],
    },
    { key: 'assessment', type: 'textarea', label: 'htor.assessment', hint: 'htor.assessment.hint', maxLength: 4000, rows: 6, required: true },
  ],
};

/** HTO-R3: the budget's six cost elements (HTO-S7), budget against actual, for the grant and own financing. */
export const accountsField = (threshold: { percent: number; amount: number }): AccountsField => ({
  key: 'costs',
  type: 'accounts',
  label: 'htor.accounts.costs',
  hint: 'htor.accounts.costs.hint',
  rule: 'HTO-R3',
  required: true,
  threshold,
  explanationRule: 'HTO-R3',
  explanationMaxLength: 1000,
  payerRule: 'HTO-S7',
  columns: COSTS.columns,
  rows: COSTS.elements.map(({ key, label, hint, payers }) => (hint ? { key, label, hint, payers } : { key, label, payers })),
});

export const accountsSection = (threshold: { percent: number; amount: number }): Section => ({
  id: 'regnskap',
  key: 'accounts',
  title: 'htor.section.accounts',
  intro: 'htor.section.accounts.intro',
  rule: 'HTO-R3',
  fields: [
    accountsField(threshold),
    {
      key: 'summary',
      type: 'summary',
      label: 'htor.accounts.summary',
      rule: 'HTO-R6',
      items: [
        { label: 'htor.sum.granted', path: 'grant.granted', format: 'kroner', emphasis: true },
        { label: 'htor.sum.used', path: 'grant.used', format: 'kroner' },
        { label: 'htor.sum.unused', path: 'grant.unused', format: 'kroner', emphasis: true },
        { label: 'htor.sum.ownBudget', path: 'accounts.own.budget', format: 'kroner' },
        { label: 'htor.sum.ownActual', path: 'accounts.own.actual', format: 'kroner' },
        { label: 'htor.sum.totalActual', path: 'accounts.total.actual', format: 'kroner', emphasis: true },
      ],
    },
  ],
});

/** HTO-R4: the auditor's attestation, asked for only when the grant is at or over the threshold. */
export const auditSection = (threshold: number): Section => ({
  id: 'revisor',
  key: 'audit',
  title: 'htor.section.audit',
  intro: 'htor.section.audit.intro',
  rule: 'HTO-R4',
  when: ({ data }) => auditRequired(data, threshold),
  fields: [
    { key: 'auditor', type: 'text', label: 'htor.audit.auditor', maxLength: 200, required: true },
    { key: 'attestation', type: 'attachment', label: 'htor.audit.attestation', hint: 'htor.audit.attestation.hint', accept: 'application/pdf,.pdf', maxSize: 10 * 1024 * 1024, required: true },
  ],
});

export const auditRequired = (data: Data, threshold: number): boolean => {
  const amount = (data.grant as Data | undefined)?.amount;
  return typeof amount === 'number' && amount >= threshold;
};

const text = (key: string, maxLength = 3000) => ({ key, type: 'textarea' as const, label: `htor.ind.${key}`, hint: `htor.ind.${key}.hint`, maxLength, rows: 4, required: true });
const count = (key: string) => ({ key, type: 'integer' as const, label: `htor.ind.${key}`, required: true });

/** HTO-R5: the §6 indicators, as numbers where the regulation counts, as text where it asks for experience. */
export const indicatorsSection: Section = {
  id: 'indikatorer',
  key: 'indicators',
  title: 'htor.section.indicators',
  intro: 'htor.section.indicators.intro',
  rule: 'HTO-R5',
  fields: [
    count('municipalities'),
    text('collaborations', 2000),
    count('procurementsStarted'),
    count('procurementsCompleted'),
    text('effects'),
    text('status'),
    count('improvements'),
    { ...text('improvementsWhat', 2000), requiredKey: CLAUSE, when: ({ parent }: Scope) => typeof parent.improvements === 'number' && parent.improvements > 0 },
    text('standardisation', 2000),
    text('pathways'),
  ],
};

/** Who sends the report for the municipality. The regulation asks for no signature; a caseworker needs a name. */
export const confirmationSection: Section = {
  id: 'innsending',
  key: 'confirmation',
  title: 'htor.section.confirmation',
  rule: 'HTO-R1',
  fields: [
    { key: 'name', type: 'text', label: 'htor.confirmation.name', requiredKey: CLAUSE, maxLength: 200, required: true, autocomplete: 'name' },
    { key: 'title', type: 'text', label: 'htor.confirmation.title', requiredKey: CLAUSE, maxLength: 200, required: true, autocomplete: 'organization-title' },
    { key: 'date', type: 'date', label: 'htor.confirmation.date', required: true },
    { key: 'confirmed', type: 'checkbox', label: 'htor.confirmation.confirm', requiredKey: 'htor.confirmation.confirm.required', required: true },
  ],
};
