import type { ChecklistItemDefinition, FormDefinition, Section } from '../../core/index.js';
import { notZero } from '../common.js';
import { applicantSection, signatureItems, signatureSection, signedRule } from './sections.js';
import {
  budgetSection,
  computeHelseteknologi,
  DEFAULT_CONFIG,
  financingRules,
  goalsSection,
  milestonesSection,
  projectSection,
  type HelseteknologiComputed,
  type HelseteknologiConfig,
} from './soknad.js';

/**
 * HTO-S5 (§3): the simplified application for projects granted in 2023 under one of two earlier
 * schemes. It shares the full application's sections and data keys (applicant, project, goals,
 * milestones, budget, signature), so an applicant switching variant keeps every shared answer.
 */

/** The two 2023 schemes whose projects may use the simplified application (§3). */
export const EARLIER_SCHEMES = [
  { value: 'velferdsteknologi-funksjonsnedsettelser', label: 'hto.s5.scheme.vft' },
  { value: 'digital-hjemmeoppfolging-kronisk-syke', label: 'hto.s5.scheme.dhos' },
] as const;

/** Which earlier scheme and grant the project continues. */
const previousSection: Section = {
  id: 'tidligere',
  key: 'previous',
  title: 'hto.s5.section.previous',
  intro: 'hto.s5.section.previous.intro',
  rule: 'HTO-S5',
  fields: [
    { key: 'scheme', type: 'radio', label: 'hto.s5.previous.scheme', requiredKey: 'hto.s5.previous.scheme.required', required: true, options: EARLIER_SCHEMES },
    { key: 'reference', type: 'text', label: 'hto.s5.previous.reference', hint: 'hto.s5.previous.reference.hint', maxLength: 100, required: true },
    { key: 'granted', type: 'amount', label: 'hto.s5.previous.granted', hint: 'hto.s5.previous.granted.hint', required: true },
  ],
};

/**
 * Status, including procurement: the same keys as the full application's description points
 * `status` and `procurement`, asked as the simplified application asks them.
 */
const statusSection: Section = {
  id: 'status',
  key: 'description',
  title: 'hto.s5.section.status',
  intro: 'hto.s5.section.status.intro',
  rule: 'HTO-S5',
  fields: [
    { key: 'status', type: 'textarea', label: 'hto.s5.status', hint: 'hto.s5.status.hint', maxLength: 4000, rows: 6, required: true },
    { key: 'procurement', type: 'textarea', label: 'hto.s5.procurement', hint: 'hto.s5.procurement.hint', maxLength: 3000, rows: 4, required: true },
  ],
};

/** The plan for moving into ordinary operation. */
const operationSection: Section = {
  id: 'drift',
  key: 'operation',
  title: 'hto.s5.section.operation',
  rule: 'HTO-S5',
  fields: [
    { key: 'plan', type: 'textarea', label: 'hto.s5.operation.plan', hint: 'hto.s5.operation.plan.hint', maxLength: 3000, rows: 6, required: true },
    { key: 'date', type: 'date', label: 'hto.s5.operation.date', required: true },
  ],
};

/** HTO-S5: only projects granted in 2023 may use this form: a grant of 0 kr is none. */
const grantedIn2023 = notZero('previous.granted', 'HTO-S5', 'hto.s5.previous.granted.zero');

/** HTO-S5's four points, then the signature (HTO-S3) and payment details (HTO-S11). */
const CHECKLIST: ChecklistItemDefinition[] = [
  { id: 'previous', rule: 'HTO-S5', label: 'hto.s5.check.previous', section: 'tidligere', paths: ['previous', 'project'] },
  { id: 'status', rule: 'HTO-S5', label: 'hto.s5.check.status', section: 'status', paths: ['description.status', 'description.procurement', 'goals'] },
  { id: 'progress', rule: 'HTO-S5', label: 'hto.s5.check.progress', section: 'milepaeler', paths: ['milestones'] },
  { id: 'operation', rule: 'HTO-S5', label: 'hto.s5.check.operation', section: 'drift', paths: ['operation'] },
  { id: 'budget', rule: 'HTO-S5', label: 'hto.s5.check.budget', section: 'budsjett', paths: ['budget.costs', 'budget.totalCost', 'budget.hasOtherFunding', 'budget.otherFunding'] },
  { id: 'ownFinancing', rule: 'HTO-S5', label: 'hto.check.ownFinancing', section: 'budsjett', paths: ['budget.costs.*.own', 'budget.costs.*.lines.*.own', 'budget.summary'] },
  ...signatureItems,
  { id: 'payment', rule: 'HTO-S11', label: 'hto.check.payment', section: 'soker', paths: ['applicant.orgnr', 'applicant.kontonr'] },
];

export function helseteknologiForenklet(given: Partial<HelseteknologiConfig> = {}): FormDefinition<HelseteknologiComputed> {
  const config = { ...DEFAULT_CONFIG, ...given };
  return {
    id: 'helseteknologi/soknad',
    version: '1.0.0',
    scheme: 'helseteknologi',
    form: 'soknad',
    variant: 'forenklet',
    title: 'hto.s5.title',
    intro: 'hto.s5.intro',
    sections: [
      previousSection,
      applicantSection,
      projectSection(config),
      statusSection,
      goalsSection('hto.s5.section.goals.intro', 'HTO-S5', [
        { key: 'achieved', type: 'textarea', label: 'hto.s5.goal.achieved', hint: 'hto.s5.goal.achieved.hint', maxLength: 1000, rows: 3, required: true },
      ]),
      milestonesSection('hto.s5.section.progress', 'HTO-S5', 'hto.s5.section.progress.intro'),
      operationSection,
      budgetSection('hto.s5.section.budget.intro', 'HTO-S5'),
      signatureSection,
    ],
    // HTO-S7 to S9 hold as in the full application (§3: "budsjett inkludert egenfinansiering").
    rules: [grantedIn2023, signedRule(config), ...financingRules],
    compute: computeHelseteknologi,
    checklist: CHECKLIST,
    initial: () => ({ goals: [{}], milestones: [{}] }),
  };
}
