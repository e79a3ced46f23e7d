import type { ChecklistItemDefinition, CrossRule, Field, Issue, Predicate, Section } from '../../core/index.js';
import { asRecord, isRecord } from '../../core/index.js';
import { CLAUSE, contactGroup, isMunicipality, notAfterToday } from '../common.js';

/** Sections the Helseteknologiordningen forms share (the report and the simplified application reuse them). */

/** HTO-S1: only municipalities apply; Helse Nord through UNN may apply for Svalbard. HTO-S11: payment details. */
export const applicantSection: Section = {
  id: 'soker',
  key: 'applicant',
  title: 'hto.section.applicant',
  intro: 'hto.section.applicant.intro',
  rule: 'HTO-S1',
  fields: [
    {
      key: 'kind',
      type: 'radio',
      label: 'hto.applicant.kind',
      requiredKey: 'hto.applicant.kind.required',
      required: true,
      options: [
        { value: 'municipality', label: 'hto.applicant.kind.municipality' },
        { value: 'svalbard', label: 'hto.applicant.kind.svalbard', hint: 'hto.applicant.kind.svalbard.hint' },
      ],
    },
    { key: 'municipality', type: 'municipality', label: 'hto.applicant.municipality', hint: 'hto.applicant.municipality.hint', required: true, when: isMunicipality },
    { key: 'orgnr', type: 'orgnr', label: 'field.orgnr', hint: 'field.orgnr.hint', rule: 'HTO-S11', required: true },
    { key: 'kontonr', type: 'kontonr', label: 'field.kontonr', hint: 'field.kontonr.hint', rule: 'HTO-S11', required: true },
    { key: 'address', type: 'text', label: 'field.address', maxLength: 200, required: true, autocomplete: 'street-address' },
    { key: 'postalCode', type: 'postnr', label: 'field.postalCode', required: true, autocomplete: 'postal-code' },
    { key: 'postalPlace', type: 'text', label: 'field.postalPlace', maxLength: 100, required: true, autocomplete: 'address-level2' },
    contactGroup,
  ],
};

/**
 * Who a partner is: its kind, then the municipality from the list or the name. The application
 * checks the kind under HTO-S1 and says who may not apply alone; the report only lists partners.
 */
export const partnerIdentity = ({ rule, otherHint }: { rule?: string; otherHint?: string } = {}): Field[] => [
  {
    key: 'kind',
    type: 'radio',
    label: 'hto.partner.kind',
    ...(rule ? { rule } : {}),
    required: true,
    options: [
      { value: 'municipality', label: 'hto.partner.kind.municipality' },
      { value: 'hospitalTrust', label: 'hto.partner.kind.hospitalTrust' },
      { value: 'other', label: 'hto.partner.kind.other', ...(otherHint ? { hint: otherHint } : {}) },
    ],
  },
  { key: 'municipality', type: 'municipality', label: 'hto.partner.municipality', required: true, when: isMunicipality },
  { key: 'name', type: 'text', label: 'hto.partner.name', maxLength: 200, required: true, when: (s) => !isMunicipality(s) },
];

/** HTO-S1 and HTO-S4: partners in a collaboration, with their letters of intent. */
export const partnersSection: Section = {
  id: 'partnere',
  title: 'hto.section.partners',
  intro: 'hto.section.partners.intro',
  rule: 'HTO-S4',
  fields: [
    {
      key: 'partners',
      type: 'repeat',
      label: 'hto.partners',
      itemLabel: 'hto.partner.item',
      addLabel: 'hto.partner.add',
      fields: [
        ...partnerIdentity({ rule: 'HTO-S1', otherHint: 'hto.partner.kind.other.hint' }),
        { key: 'orgnr', type: 'orgnr', label: 'field.orgnr', hint: 'field.orgnr.hint' },
        { key: 'role', type: 'textarea', label: 'hto.partner.role', maxLength: 1000, rows: 3, required: true },
        {
          key: 'confirmation',
          type: 'radio',
          label: 'hto.partner.confirmation',
      requiredKey: 'hto.partner.confirmation.required',
          required: true,
          options: [
            { value: 'yes', label: 'choice.yes' },
            { value: 'no', label: 'choice.no' },
          ],
        },
        {
          key: 'confirmationWhat',
          type: 'text',
          label: 'hto.partner.confirmationWhat',
          hint: 'hto.partner.confirmationWhat.hint',
          requiredKey: CLAUSE,
          maxLength: 300,
          required: true,
          when: ({ parent }) => parent.confirmation === 'yes',
        },
      ],
    },
  ],
};

/**
 * HTO-S1: partners are the *other* municipalities of a collaboration. The applicant listed as its
 * own partner, or one municipality twice, is a slip of the list (the next one was meant).
 */
export const partnerRule: CrossRule<unknown> = {
  id: 'HTO-S1',
  watch: ['partners', 'applicant.municipality'],
  check: (data) => {
    const applicant = asRecord(data.applicant);
    const own = applicant.kind === 'municipality' ? applicant.municipality : undefined;
    const partners = Array.isArray(data.partners) ? data.partners : [];
    const seen = new Set<unknown>();
    const issues: Issue[] = [];
    partners.forEach((entry, i) => {
      const partner = asRecord(entry);
      const number = partner.kind === 'municipality' && typeof partner.municipality === 'string' ? partner.municipality : undefined;
      if (!number) return;
      const path = `partners.${i}.municipality`;
      if (number === own) issues.push({ path, rule: 'HTO-S1', severity: 'error', code: 'hto.partner.isApplicant' });
      else if (seen.has(number)) issues.push({ path, rule: 'HTO-S1', severity: 'error', code: 'hto.partner.twice' });
      seen.add(number);
    });
    return issues;
  },
};

/** HTO-S3: an application is signed on or before the day it is sent. */
export const signedRule = (config: { today?: string }): CrossRule<unknown> => notAfterToday('signature.date', 'HTO-S3', 'hto.signature.date.future', config);

/** HTO-S1: Helse Nord applies for Svalbard through UNN, so UNN's director signs, not a kommunedirektør. */
const forSvalbard: Predicate = ({ data }) => isRecord(data.applicant) && data.applicant.kind === 'svalbard';
const forMunicipality: Predicate = (scope) => !forSvalbard(scope);

/**
 * Who signs and for whom follows the applicant (HTO-S1): two twins of each field, one shown at a time,
 * with the same key and values, so the JSON says `director` or `delegated` for either applicant.
 */
const authorityField = (who: '' | '.unn', when: Predicate): Field => ({
  key: 'authority',
  type: 'radio',
  label: 'hto.signature.authority',
  requiredKey: `hto.signature.authority${who}.required`,
  required: true,
  when,
  options: [
    { value: 'director', label: `hto.signature.authority${who}.director` },
    { value: 'delegated', label: `hto.signature.authority${who}.delegated` },
  ],
});

const confirmField = (who: '' | '.unn', when: Predicate): Field => ({
  key: 'confirmed',
  type: 'checkbox',
  label: `hto.signature.confirm${who}`,
  requiredKey: 'hto.signature.confirm.required',
  required: true,
  when,
});

/** HTO-S3: signed by the municipal director or whoever has the delegated authority (for Svalbard: UNN's director). */
export const signatureSection: Section = {
  id: 'signatur',
  key: 'signature',
  title: 'hto.section.signature',
  intro: 'hto.section.signature.intro',
  rule: 'HTO-S3',
  fields: [
    { key: 'name', type: 'text', label: 'hto.signature.name', maxLength: 200, required: true, autocomplete: 'name' },
    { key: 'title', type: 'text', label: 'hto.signature.title', maxLength: 200, required: true, autocomplete: 'organization-title' },
    authorityField('', forMunicipality),
    authorityField('.unn', forSvalbard),
    {
      key: 'delegation',
      type: 'textarea',
      label: 'hto.signature.delegation',
      hint: 'hto.signature.delegation.hint',
      requiredKey: CLAUSE,
      maxLength: 1000,
      rows: 3,
      required: true,
      when: ({ parent }) => parent.authority === 'delegated',
    },
    { key: 'date', type: 'date', label: 'hto.signature.date', required: true },
    confirmField('', forMunicipality),
    confirmField('.unn', forSvalbard),
  ],
};

/** HTO-S3's checklist item, named for the applicant as the fields are. */
export const signatureItems: ChecklistItemDefinition[] = [
  { id: 'signature', rule: 'HTO-S3', label: 'hto.check.signature', section: 'signatur', paths: ['signature'], when: (data) => !forSvalbard({ data, parent: data }) },
  { id: 'signature', rule: 'HTO-S3', label: 'hto.check.signature.unn', section: 'signatur', paths: ['signature'], when: (data) => forSvalbard({ data, parent: data }) },
];
