import {
  findMunicipality,
  share,
  sumBudget,
  sumItems,
  type BudgetField,
  type ChecklistItemDefinition,
  type CrossRule,
  type Data,
  type Field,
  type FormDefinition,
  type Option,
  type Section,
} from '../../core/index.js';
import { asRecord } from '../../core/path.js';
import { CLAUSE } from '../common.js';
import { applicantSection, partnerRule, partnersSection, signatureItems, signatureSection, signedRule } from './sections.js';

/** Helseteknologiordningen 2024, Helsedirektoratet. Message keys are translated in `texts.ts`. */

/** HTO-S6: the lists are configuration; these are the 2024 ones. */
export interface HelseteknologiConfig {
  areas: readonly Option[];
  phases: readonly Option[];
  /** "Today" as `YYYY-MM-DD` for the signature's date (HTO-S3; tests, previews, the server's day); the clock's when left out. */
  today?: string;
}

export const DEFAULT_CONFIG: HelseteknologiConfig = {
  areas: [
    { value: 'velferdsteknologi', label: 'hto.area.velferdsteknologi' },
    { value: 'digital-hjemmeoppfolging', label: 'hto.area.hjemmeoppfolging' },
    { value: 'journallosninger', label: 'hto.area.journal' },
  ],
  phases: [
    { value: 'utproving', label: 'hto.phase.utproving' },
    { value: 'anskaffelse', label: 'hto.phase.anskaffelse' },
    { value: 'innforing', label: 'hto.phase.innforing' },
  ],
};

/** HTO-S7: the §4 table of cost elements and who may pay for each. */
export const COSTS: BudgetField = {
  key: 'costs',
  type: 'budget',
  label: 'hto.budget.costs',
  hint: 'hto.budget.costs.hint',
  rule: 'HTO-S2',
  required: true,
  payerRule: 'HTO-S7',
  lineMaxLength: 200,
  columns: [
    { key: 'grant', label: 'hto.budget.grant' },
    { key: 'own', label: 'hto.budget.own' },
  ],
  elements: [
    { key: 'projectResources', label: 'hto.cost.projectResources', payers: ['grant', 'own'] },
    { key: 'training', label: 'hto.cost.training', payers: ['grant', 'own'] },
    { key: 'technical', label: 'hto.cost.technical', payers: ['grant', 'own'] },
    { key: 'software', label: 'hto.cost.software', hint: 'hto.cost.ownOnly', payers: ['own'] },
    { key: 'meetings', label: 'hto.cost.meetings', payers: ['grant', 'own'] },
    { key: 'travel', label: 'hto.cost.travel', hint: 'hto.cost.ownOnly', payers: ['own'] },
  ],
};

export interface HelseteknologiComputed {
  applicant: { municipality: string | null; county: string | null };
  budget: {
    elements: Record<string, Record<string, number>>;
    grant: number;
    own: number;
    other: number;
    financing: number;
    totalCost: number;
    /** Total cost minus financing: positive is a gap, negative an overshoot. */
    difference: number;
    balanced: boolean;
    shares: { grant: number | null; own: number | null; other: number | null };
  };
}

export function computeHelseteknologi(data: Data): HelseteknologiComputed {
  const budget = asRecord(data.budget);
  const sums = sumBudget(COSTS, budget.costs);
  const grant = sums.columns.grant ?? 0;
  const own = sums.columns.own ?? 0;
  const other = budget.hasOtherFunding === 'yes' ? sumItems(budget.otherFunding, 'amount') : 0;
  const totalCost = typeof budget.totalCost === 'number' ? budget.totalCost : 0;
  const financing = grant + own + other;
  const municipality = findMunicipality(asRecord(data.applicant).municipality);
  return {
    applicant: { municipality: municipality?.name ?? null, county: municipality?.county ?? null },
    budget: {
      elements: sums.elements,
      grant,
      own,
      other,
      financing,
      totalCost,
      difference: totalCost - financing,
      balanced: totalCost > 0 && totalCost === financing,
      shares: { grant: share(grant, totalCost), own: share(own, totalCost), other: share(other, totalCost) },
    },
  };
}

const SUMMARY = 'budget.summary';

/** HTO-S8 and HTO-S9: checked once there is a budget to check. */
/** The total cost is answered (0 included); until then the financing has nothing to balance against. */
const totalEntered = (data: Data) => typeof asRecord(data.budget).totalCost === 'number';

export const financingRules: CrossRule<HelseteknologiComputed>[] = [
  {
    id: 'HTO-S8',
    watch: ['budget'],
    check: (data, { budget }) => {
      if (budget.financing === 0) return [];
      const issues = [];
      if (budget.own <= 0) issues.push({ path: SUMMARY, rule: 'HTO-S8', severity: 'error' as const, code: 'hto.own.missing' });
      // The grant covers a part: an application for no grant at all asks for nothing.
      if (budget.grant <= 0) issues.push({ path: SUMMARY, rule: 'HTO-S8', severity: 'error' as const, code: 'hto.grant.missing' });
      // A total of 0 entered is an answer: a grant then cannot be a part of it.
      if (totalEntered(data) && budget.grant > 0 && budget.grant >= budget.totalCost)
        issues.push({ path: SUMMARY, rule: 'HTO-S8', severity: 'error' as const, code: 'hto.grant.notPart' });
      return issues;
    },
  },
  {
    id: 'HTO-S9',
    watch: ['budget'],
    check: (data, { budget }) => {
      if (!totalEntered(data) || budget.financing === 0 || budget.difference === 0) return [];
      const code = budget.difference > 0 ? 'hto.financing.gap' : 'hto.financing.over';
      return [{ path: SUMMARY, rule: 'HTO-S9', severity: 'error', code, params: { amount: Math.abs(budget.difference) } }];
    },
  },
];

const DESCRIPTION_POINTS: readonly [key: string, maxLength: number][] = [
  ['background', 4000],
  ['status', 4000],
  ['gains', 4000],
  ['riskAndStakeholders', 3000],
  ['procurement', 3000],
  ['participants', 3000],
  ['anchoring', 3000],
  ['management', 3000],
  ['standards', 3000],
  ['implementation', 3000],
  ['division', 3000],
  ['userParticipation', 3000],
  ['budgetOverview', 2000],
];
/** The points whose label is a clause ("Hvordan innføringen skal gjennomføres lokalt"). */
const CLAUSE_POINTS = new Set(['participants', 'implementation', 'userParticipation']);

const yes = (scope: { parent: Data }) => scope.parent.hasOtherFunding === 'yes';

const LEVELS: readonly Option[] = [
  { value: 'low', label: 'hto.level.low' },
  { value: 'medium', label: 'hto.level.medium' },
  { value: 'high', label: 'hto.level.high' },
];

/** HTO-S6: the project, shared by the full and the simplified application (same data keys). */
export const projectSection = (config: HelseteknologiConfig): Section => ({
  id: 'prosjekt',
  key: 'project',
  title: 'hto.section.project',
  rule: 'HTO-S2',
  fields: [
    { key: 'title', type: 'text', label: 'hto.project.title', maxLength: 200, required: true },
    { key: 'area', type: 'select', label: 'hto.project.area', rule: 'HTO-S6', required: true, options: config.areas },
    { key: 'phase', type: 'radio', label: 'hto.project.phase', hint: 'hto.project.phase.hint', rule: 'HTO-S6', required: true, options: config.phases },
    { key: 'start', type: 'date', label: 'hto.project.start', required: true },
    { key: 'end', type: 'date', label: 'hto.project.end', required: true, notBefore: 'start' },
  ],
});

/** HTO-S2: the goals. The simplified application adds fields to each goal (HTO-S5: reached so far). */
export const goalsSection = (intro = 'hto.section.goals.intro', rule = 'HTO-S2', extra: readonly Field[] = []): Section => ({
  id: 'mal',
  title: 'hto.section.goals',
  intro,
  rule,
  fields: [
    {
      key: 'goals',
      type: 'repeat',
      label: 'hto.goals',
      itemLabel: 'hto.goal.item', requiredKey: 'hto.goals.required',
      addLabel: 'hto.goal.add',
      required: true,
      fields: [
        { key: 'goal', type: 'textarea', label: 'hto.goal.goal', maxLength: 1000, rows: 3, required: true },
        { key: 'indicators', type: 'textarea', label: 'hto.goal.indicators', hint: 'hto.goal.indicators.hint', maxLength: 1000, rows: 3 },
        ...extra,
      ],
    },
  ],
});

/** HTO-S4: milestones; in the simplified application the further progress plan (HTO-S5). */
export const milestonesSection = (title = 'hto.section.milestones', rule = 'HTO-S4', intro?: string): Section => ({
  id: 'milepaeler',
  title,
  ...(intro ? { intro } : {}),
  rule,
  fields: [
    {
      key: 'milestones',
      type: 'repeat',
      label: 'hto.milestones',
      itemLabel: 'hto.milestone.item', requiredKey: 'hto.milestones.required',
      addLabel: 'hto.milestone.add',
      required: true,
      fields: [
        { key: 'date', type: 'date', label: 'hto.milestone.date', required: true },
        { key: 'what', type: 'text', label: 'hto.milestone.what', requiredKey: CLAUSE, maxLength: 300, required: true },
      ],
    },
  ],
});

/** HTO-S2 and S7–S9: the budget on the §4 cost elements, the same in every application. */
export const budgetSection = (intro = 'hto.section.budget.intro', rule = 'HTO-S2'): Section => ({
  id: 'budsjett',
  key: 'budget',
  title: 'hto.section.budget',
  intro,
  rule,
  fields: [
    { ...COSTS, rule },
    { key: 'hasOtherFunding', type: 'radio', label: 'hto.budget.hasOther', requiredKey: 'hto.budget.hasOther.required', required: true, options: [
      { value: 'yes', label: 'choice.yes' },
      { value: 'no', label: 'choice.no' },
    ] },
    {
      key: 'otherFunding',
      type: 'repeat',
      label: 'hto.budget.other',
      itemLabel: 'hto.other.item', requiredKey: 'hto.other.required',
      addLabel: 'hto.other.add',
      required: true,
      when: yes,
      fields: [
        { key: 'source', type: 'text', label: 'hto.other.source', requiredKey: CLAUSE, maxLength: 200, required: true },
        { key: 'amount', type: 'amount', label: 'hto.other.amount', required: true },
        { key: 'status', type: 'radio', label: 'hto.other.status', required: true, options: [
          { value: 'applied', label: 'hto.other.applied' },
          { value: 'granted', label: 'hto.other.granted' },
        ] },
      ],
    },
    { key: 'totalCost', type: 'amount', label: 'hto.budget.totalCost', hint: 'hto.budget.totalCost.hint', rule: 'HTO-S9', required: true },
    {
      key: 'summary',
      type: 'summary',
      label: 'hto.budget.summary',
      items: [
        { label: 'hto.sum.totalCost', path: 'budget.totalCost', format: 'kroner', emphasis: true },
        { label: 'hto.sum.grant', path: 'budget.grant', format: 'kroner' },
        { label: 'hto.sum.own', path: 'budget.own', format: 'kroner' },
        { label: 'hto.sum.other', path: 'budget.other', format: 'kroner' },
        { label: 'hto.sum.financing', path: 'budget.financing', format: 'kroner', emphasis: true },
        { label: 'hto.sum.difference', path: 'budget.difference', format: 'kroner' },
        { label: 'hto.sum.shareGrant', path: 'budget.shares.grant', format: 'percent' },
        { label: 'hto.sum.shareOwn', path: 'budget.shares.own', format: 'percent' },
        { label: 'hto.sum.shareOther', path: 'budget.shares.other', format: 'percent' },
      ],
      bar: {
        whole: 'budget.totalCost',
        wholeLabel: 'hto.sum.totalCost',
        segments: [
          { label: 'hto.sum.grant', path: 'budget.grant' },
          { label: 'hto.sum.own', path: 'budget.own' },
          { label: 'hto.sum.other', path: 'budget.other' },
        ],
      },
    },
  ],
});

function sections(config: HelseteknologiConfig): Section[] {
  return [
    {
      id: 'vurdering',
      title: 'hto.section.assessment',
      intro: 'hto.section.assessment.intro',
      fields: [
        {
          key: 'assessment',
          type: 'guidance',
          label: 'hto.section.assessment',
          rule: 'HTO-S10',
          groups: [
            {
              label: 'hto.assess.project',
              weight: 80,
              items: [
                { label: 'hto.assess.goals', text: 'hto.assess.goals.text', sections: ['mal', 'beskrivelse'] },
                { label: 'hto.assess.anchoring', text: 'hto.assess.anchoring.text', sections: ['beskrivelse', 'signatur'] },
                { label: 'hto.assess.description', text: 'hto.assess.description.text', sections: ['beskrivelse'] },
                { label: 'hto.assess.deliveries', text: 'hto.assess.deliveries.text', sections: ['prosjekt', 'milepaeler'] },
                { label: 'hto.assess.management', text: 'hto.assess.management.text', sections: ['beskrivelse', 'partnere'] },
                { label: 'hto.assess.users', text: 'hto.assess.users.text', sections: ['beskrivelse'] },
                { label: 'hto.assess.standards', text: 'hto.assess.standards.text', sections: ['beskrivelse'] },
              ],
            },
            {
              label: 'hto.assess.budget',
              weight: 20,
              items: [
                { label: 'hto.assess.realistic', text: 'hto.assess.realistic.text', sections: ['budsjett'] },
                { label: 'hto.assess.financing', text: 'hto.assess.financing.text', sections: ['budsjett'] },
              ],
            },
          ],
        },
      ],
    },
    applicantSection,
    partnersSection,
    projectSection(config),
    {
      id: 'beskrivelse',
      key: 'description',
      title: 'hto.section.description',
      intro: 'hto.section.description.intro',
      rule: 'HTO-S4',
      fields: DESCRIPTION_POINTS.map(([key, maxLength]) => ({
        key,
        type: 'textarea' as const,
        label: `hto.description.${key}`,
        hint: `hto.description.${key}.hint`,
        ...(CLAUSE_POINTS.has(key) && { requiredKey: CLAUSE }),
        maxLength,
        rows: 6,
        required: true,
      })),
    },
    goalsSection(),
    milestonesSection(),
    {
      id: 'risiko',
      title: 'hto.section.risks',
      intro: 'hto.section.risks.intro',
      rule: 'HTO-S2',
      fields: [
        {
          key: 'risks',
          type: 'repeat',
          label: 'hto.risks',
          itemLabel: 'hto.risk.item', requiredKey: 'hto.risks.required',
          addLabel: 'hto.risk.add',
          required: true,
          fields: [
            { key: 'risk', type: 'text', label: 'hto.risk.risk', maxLength: 300, required: true },
            { key: 'likelihood', type: 'radio', label: 'hto.risk.likelihood', options: LEVELS, required: true },
            { key: 'consequence', type: 'radio', label: 'hto.risk.consequence', options: LEVELS, required: true },
            { key: 'mitigation', type: 'textarea', label: 'hto.risk.mitigation', maxLength: 1000, rows: 3, required: true },
          ],
        },
      ],
    },
    budgetSection(),
    signatureSection,
  ];
}

/** HTO-S2, S3, S4, S11: the required content of §3, in the order the regulation lists it. */
const CHECKLIST: ChecklistItemDefinition[] = [
  { id: 'goals', rule: 'HTO-S2', label: 'hto.check.goals', section: 'mal', paths: ['goals'] },
  // The measures are the project's facts and its description: with the description empty they are not described.
  { id: 'measures', rule: 'HTO-S2', label: 'hto.check.measures', section: 'prosjekt', paths: ['project', 'description'] },
  { id: 'budget', rule: 'HTO-S2', label: 'hto.check.budget', section: 'budsjett', paths: ['budget.costs', 'budget.totalCost'] },
  { id: 'otherFunding', rule: 'HTO-S2', label: 'hto.check.otherFunding', section: 'budsjett', paths: ['budget.hasOtherFunding', 'budget.otherFunding'] },
  { id: 'ownFinancing', rule: 'HTO-S2', label: 'hto.check.ownFinancing', section: 'budsjett', paths: ['budget.costs.*.own', 'budget.costs.*.lines.*.own', 'budget.summary'] },
  { id: 'risks', rule: 'HTO-S2', label: 'hto.check.risks', section: 'risiko', paths: ['risks'] },
  { id: 'description', rule: 'HTO-S4', label: 'hto.check.description', section: 'beskrivelse', paths: ['description', 'milestones'] },
  ...signatureItems,
  { id: 'payment', rule: 'HTO-S11', label: 'hto.check.payment', section: 'soker', paths: ['applicant.orgnr', 'applicant.kontonr'] },
];

/** A partial `config` (a host's year's areas only, say) is completed from the defaults, in the browser and in Node alike. */
export function helseteknologiSoknad(given: Partial<HelseteknologiConfig> = {}): FormDefinition<HelseteknologiComputed> {
  const config = { ...DEFAULT_CONFIG, ...given };
  return {
    id: 'helseteknologi/soknad',
    version: '1.0.0',
    scheme: 'helseteknologi',
    form: 'soknad',
    variant: 'full',
    title: 'hto.title',
    intro: 'hto.intro',
    sections: sections(config),
    rules: [partnerRule, signedRule(config), ...financingRules],
    compute: computeHelseteknologi,
    checklist: CHECKLIST,
    initial: () => ({ goals: [{}], milestones: [{}], risks: [{}] }),
  };
}
