import {
  share,
  anyEntered,
  sumItems,
  type ChecklistItemDefinition,
  type CrossRule,
  type Data,
  type Field,
  type FormDefinition,
  type Issue,
  type Option,
  type Scope,
  type Section,
} from '../../core/index.js';
import { isIsoDate } from '../../core/parse/date.js';
import { asNumber, asRecord } from '../../core/path.js';
import { answer, CLAUSE, notZero } from '../common.js';
import { today, unitSection } from './shared.js';

/** SKDE's guidelines for funds from FMK (Teknologiforum for medisinske kvalitetsregistre), §2–§7. */

export interface FmkSoknadConfig {
  /** FMK-S3: the priority areas Interregional arbeidsgruppe set for the year. */
  priorityAreas: readonly Option[];
  /** FMK-S2: the round's name as announced, e.g. "Vår 2026". */
  round?: string;
  /** FMK-S2: the round's closing date, YYYY-MM-DD. */
  deadline?: string;
  /** YYYY-MM-DD to take as today (tests, previews). */
  today?: string;
}

/** FMK-S3: the 2021 list (§4.1), the default until a year's list is configured. */
export const DEFAULT_PRIORITY_AREAS: readonly Option[] = [
  { value: 'new-registry-capture', label: 'fmk.area.new-registry-capture' },
  { value: 'helsedata', label: 'fmk.area.helsedata' },
  { value: 'automated-capture', label: 'fmk.area.automated-capture' },
];

export const DEFAULT_SOKNAD_CONFIG: FmkSoknadConfig = { priorityAreas: DEFAULT_PRIORITY_AREAS };

/** FMK-S9 (§5.1): a new registry gets 500 000 kr, and up to 150 000 kr more for shared components. */
export const REGISTRY_GRANT = 500_000;
export const SHARED_COMPONENTS_MAX = 150_000;

/** Kinds of cost on a budget line; `operation` is there to be refused (FMK-S7). */
export const COST_KINDS: readonly Option[] = [
  { value: 'projectManagement', label: 'fmk.kind.projectManagement' },
  { value: 'development', label: 'fmk.kind.development' },
  { value: 'testing', label: 'fmk.kind.testing' },
  { value: 'sharedComponents', label: 'fmk.kind.sharedComponents' },
  { value: 'other', label: 'fmk.kind.other' },
  { value: 'operation', label: 'fmk.kind.operation', hint: 'fmk.kind.operation.hint' },
];

export interface FmkSoknadComputed {
  round: { label: string | null; deadline: string | null; afterDeadline: boolean };
  budget: {
    totalCost: number;
    applied: number;
    other: number;
    /** What neither the grant nor other support covers: negative when they overshoot the cost. */
    own: number;
    /** FMK-S9: the most a new registry may ask for; null for a project. */
    limit: number | null;
    shares: { applied: number | null; other: number | null; own: number | null };
  };
  /** §6 f, g: per year, apart from what is applied for. */
  future: { management: number; operating: number; perYear: number };
}

const category = (data: Data) => asRecord(data.project).category;
const isRegistry = ({ data }: Scope) => category(data) === 'registry';
const isProject = ({ data }: Scope) => category(data) === 'project';

export function computeFmkSoknad(config: FmkSoknadConfig, data: Data): FmkSoknadComputed {
  const budget = asRecord(data.budget);
  const registry = category(data) === 'registry';
  const totalCost = sumItems(budget.lines, 'amount');
  const applied = asNumber(budget.applied);
  const other = budget.hasOtherSupport === 'yes' ? sumItems(budget.otherSupport, 'amount') : 0;
  const own = totalCost - applied - other;
  const shared = registry ? Math.min(asNumber(budget.sharedComponents), SHARED_COMPONENTS_MAX) : 0;
  const future = asRecord(data.future);
  const deadline = isIsoDate(config.deadline) ? config.deadline : null;
  return {
    round: { label: config.round ?? null, deadline, afterDeadline: !!deadline && today(config.today) > deadline },
    budget: {
      totalCost,
      applied,
      other,
      own,
      limit: registry ? REGISTRY_GRANT + shared : null,
      shares: { applied: share(applied, totalCost), other: share(other, totalCost), own: share(Math.max(own, 0), totalCost) },
    },
    future: { management: asNumber(future.management), operating: asNumber(future.operating), perYear: asNumber(future.management) + asNumber(future.operating) },
  };
}

const error = (path: string, rule: string, code: string, params?: Issue['params']): Issue =>
  params ? { path, rule, severity: 'error', code, params } : { path, rule, severity: 'error', code };

export const soknadRules: CrossRule<FmkSoknadComputed>[] = [
  {
    id: 'FMK-S2',
    watch: [],
    // The round's state, not an answer: shown as soon as the form opens.
    immediate: true,
    check: (_data, { round }) =>
      round.afterDeadline ? [{ path: 'round', rule: 'FMK-S2', severity: 'warning', code: 'fmk.round.late', params: { deadline: round.deadline! } }] : [],
  },
  {
    id: 'FMK-S7',
    watch: ['budget.lines'],
    check: (data) => {
      const lines = asRecord(data.budget).lines;
      if (!Array.isArray(lines)) return [];
      return lines.flatMap((line, i) =>
        asRecord(line).kind === 'operation' ? [error(`budget.lines.${i}.kind`, 'FMK-S7', 'fmk.budget.operation')] : [],
      );
    },
  },
  {
    // FMK-S8: the progress plan lies within the project, so the end date is the real end.
    id: 'FMK-S8',
    watch: ['milestones', 'project.start', 'project.end'],
    check: (data) => {
      const { start, end } = asRecord(data.project);
      const milestones = Array.isArray(data.milestones) ? data.milestones : [];
      return milestones.flatMap((m, i) => {
        const date = asRecord(m).date;
        if (!isIsoDate(date)) return [];
        if (isIsoDate(start) && date < start) return [error(`milestones.${i}.date`, 'FMK-S8', 'fmk.milestone.beforeStart')];
        if (isIsoDate(end) && date > end) return [error(`milestones.${i}.date`, 'FMK-S8', 'fmk.milestone.afterEnd')];
        return [];
      });
    },
  },
  {
    id: 'FMK-S9',
    watch: ['budget.applied', 'budget.sharedComponents', 'project.category'],
    check: (data, { budget }) => {
      if (category(data) !== 'registry') return [];
      const issues: Issue[] = [];
      if (asNumber(asRecord(data.budget).sharedComponents) > SHARED_COMPONENTS_MAX)
        issues.push(error('budget.sharedComponents', 'FMK-S9', 'fmk.shared.tooMuch', { max: SHARED_COMPONENTS_MAX }));
      if (budget.limit !== null && budget.applied > budget.limit)
        issues.push(error('budget.applied', 'FMK-S9', 'fmk.applied.overLimit', { max: budget.limit }));
      return issues;
    },
  },
  // §6 e: an application for 0 kr asks FMK for nothing.
  notZero('budget.applied', 'FMK-S11', 'fmk.applied.zero'),
  {
    id: 'FMK-S10',
    watch: ['budget.applied', 'budget.lines', 'project.category'],
    check: (data, { budget }) =>
      category(data) === 'project' && budget.totalCost > 0 && budget.applied >= budget.totalCost && budget.own >= 0
        ? [{ path: 'budget.applied', rule: 'FMK-S10', severity: 'warning', code: 'fmk.applied.whole' }]
        : [],
  },
  {
    // Where §6 e is silent: the grant and other support cannot together exceed the cost.
    id: 'FMK-S11',
    watch: ['budget.applied', 'budget.lines', 'budget.otherSupport', 'budget.hasOtherSupport'],
    // Lines whose amounts sum to 0 are a cost of 0, not a budget not yet begun.
    check: (data, { budget }) =>
      anyEntered(asRecord(data.budget).lines, 'amount') && budget.own < 0 ? [error('budget.summary', 'FMK-S11', 'fmk.financing.over', { amount: -budget.own })] : [],
  },
];

/** A required free-text answer of this form (5 rows unless `extra` says otherwise). */
const text = (key: string, label: string, maxLength: number, extra: Partial<Field> = {}): Field => answer(key, label, maxLength, 5, extra);

/** FMK-S8: a goal and its indicators (optional); the report asks each goal's achievement beside them. */
const goalFields: readonly Field[] = [
  text('goal', 'fmk.goal.goal', 1000, { requiredKey: CLAUSE, rows: 3 }),
  text('indicators', 'fmk.goal.indicators', 1000, { hint: 'fmk.goal.indicators.hint', required: false, rows: 3 }),
];

/** FMK-S8: the goals; the report adds each goal's achievement as `extra` fields. */
export const goalsField = (extra: readonly Field[] = []): Field => ({
  key: 'goals',
  type: 'repeat',
  label: 'fmk.goals',
  itemLabel: 'fmk.goal.item',
  requiredKey: 'fmk.goals.required',
  addLabel: 'fmk.goal.add',
  required: true,
  fields: [...goalFields, ...extra],
});

/** FMK-S5: §4.2 a's criteria, one answer each. */
const CRITERION = 'fmk.criterion.required';
const CRITERIA_A = ['necessity', 'reuse', 'value', 'plan', 'standards', 'security'] as const;

function sections(config: FmkSoknadConfig): Section[] {
  const roundFields: Field[] = [];
  if (config.deadline || config.round)
    roundFields.push({
      key: 'round',
      type: 'summary',
      label: 'fmk.round',
      rule: 'FMK-S2',
      items: [
        ...(config.round ? [{ label: 'fmk.round.name', path: 'round.label', format: 'text' as const }] : []),
        ...(config.deadline ? [{ label: 'fmk.round.deadline', path: 'round.deadline', format: 'date' as const, emphasis: true }] : []),
      ],
    });
  return [
    {
      id: 'runde',
      title: 'fmk.section.round',
      intro: 'fmk.section.round.intro',
      fields: [
        ...roundFields,
        {
          key: 'revision',
          type: 'group',
          label: 'fmk.revision',
          fields: [
            { key: 'isRevision', type: 'radio', label: 'fmk.revision.is', requiredKey: 'fmk.revision.is.required', rule: 'FMK-S12', required: true, options: [
              { value: 'no', label: 'fmk.revision.no' },
              { value: 'yes', label: 'fmk.revision.yes' },
            ] },
            { key: 'earlierReference', type: 'text', label: 'fmk.revision.reference', hint: 'fmk.revision.reference.hint', rule: 'FMK-S12', maxLength: 100, required: true, when: ({ parent }) => parent.isRevision === 'yes' },
            text('changes', 'fmk.revision.changes', 2000, { rule: 'FMK-S12', hint: 'fmk.revision.changes.hint', requiredKey: CLAUSE, when: ({ parent }) => parent.isRevision === 'yes' }),
          ],
        },
      ],
    },
    unitSection('soker', 'applicant', 'fmk.section.applicant', 'fmk.section.applicant.intro', 'FMK-S11'),
    {
      id: 'prosjekt',
      key: 'project',
      title: 'fmk.section.project',
      rule: 'FMK-S11',
      fields: [
        { key: 'title', type: 'text', label: 'fmk.project.title', maxLength: 200, required: true },
        { key: 'priorityArea', type: 'select', label: 'fmk.project.area', hint: 'fmk.project.area.hint', rule: 'FMK-S3', required: true, options: config.priorityAreas },
        { key: 'category', type: 'radio', label: 'fmk.project.category', requiredKey: 'fmk.project.category.required', rule: 'FMK-S4', required: true, options: [
          { value: 'project', label: 'fmk.category.project', hint: 'fmk.category.project.hint' },
          { value: 'registry', label: 'fmk.category.registry', hint: 'fmk.category.registry.hint' },
        ] },
        { key: 'registryName', type: 'text', label: 'fmk.project.registryName', rule: 'FMK-S4', maxLength: 200, required: true, when: isRegistry },
        text('description', 'fmk.project.description', 6000, { hint: 'fmk.project.description.hint', rows: 8 }),
        text('benefit', 'fmk.project.benefit', 4000, { hint: 'fmk.project.benefit.hint', requiredKey: CLAUSE }),
        text('responsible', 'fmk.project.responsible', 1000, { requiredKey: CLAUSE, rows: 3 }),
        text('dependencies', 'fmk.project.dependencies', 2000, { hint: 'fmk.project.dependencies.hint', required: false, rows: 3 }),
        { key: 'start', type: 'date', label: 'fmk.project.start', required: true },
        { key: 'end', type: 'date', label: 'fmk.project.end', hint: 'fmk.project.end.hint', rule: 'FMK-S8', required: true, notBefore: 'start' },
      ],
    },
    {
      id: 'kriterier',
      title: 'fmk.section.criteria',
      intro: 'fmk.section.criteria.intro',
      // Nothing to answer until the category is chosen; the other category's answers are kept but not sent.
      when: (scope) => isProject(scope) || isRegistry(scope),
      fields: [
        {
          key: 'criteriaA',
          type: 'group',
          label: 'fmk.criteriaA',
          when: isProject,
          fields: CRITERIA_A.map((key) =>
            text(key, `fmk.a.${key}`, 3000, { rule: 'FMK-S5', hint: `fmk.a.${key}.hint`, requiredKey: CRITERION, rows: 4 }),
          ),
        },
        {
          key: 'criteriaB',
          type: 'group',
          label: 'fmk.criteriaB',
          when: isRegistry,
          fields: [
            { key: 'metadata', type: 'checkbox', label: 'fmk.b.metadata', requiredKey: 'fmk.b.must.required', rule: 'FMK-S6', required: true },
            { key: 'innsyn', type: 'checkbox', label: 'fmk.b.innsyn', requiredKey: 'fmk.b.must.required', rule: 'FMK-S6', required: true },
            { key: 'platforms', type: 'checkbox', label: 'fmk.b.platforms', requiredKey: 'fmk.b.must.required', rule: 'FMK-S6', required: true },
            text('reuse', 'fmk.b.reuse', 3000, { rule: 'FMK-S6', requiredKey: CRITERION, hint: 'fmk.b.reuse.hint', rows: 4 }),
            text('plan', 'fmk.b.plan', 3000, { rule: 'FMK-S6', requiredKey: CRITERION, rows: 4 }),
            text('gains', 'fmk.b.gains', 3000, { rule: 'FMK-S6', requiredKey: CRITERION, hint: 'fmk.b.gains.hint', rows: 4 }),
          ],
        },
      ],
    },
    {
      id: 'mal',
      title: 'fmk.section.goals',
      intro: 'fmk.section.goals.intro',
      rule: 'FMK-S8',
      fields: [
        goalsField(),
      ],
    },
    {
      id: 'fremdrift',
      title: 'fmk.section.milestones',
      intro: 'fmk.section.milestones.intro',
      rule: 'FMK-S11',
      fields: [
        {
          key: 'milestones',
          type: 'repeat',
          label: 'fmk.milestones',
          itemLabel: 'fmk.milestone.item',
          requiredKey: 'fmk.milestones.required',
          addLabel: 'fmk.milestone.add',
          required: true,
          fields: [
            { key: 'date', type: 'date', label: 'fmk.milestone.date', required: true },
            { key: 'what', type: 'text', label: 'fmk.milestone.what', requiredKey: CLAUSE, maxLength: 300, required: true },
          ],
        },
      ],
    },
    {
      id: 'budsjett',
      key: 'budget',
      title: 'fmk.section.budget',
      intro: 'fmk.section.budget.intro',
      rule: 'FMK-S11',
      fields: [
        {
          key: 'lines',
          type: 'repeat',
          label: 'fmk.budget.lines',
          itemLabel: 'fmk.line.item',
          requiredKey: 'fmk.lines.required',
          addLabel: 'fmk.line.add',
          required: true,
          fields: [
            { key: 'what', type: 'text', label: 'fmk.line.what', requiredKey: CLAUSE, maxLength: 200, required: true },
            { key: 'kind', type: 'select', label: 'fmk.line.kind', rule: 'FMK-S7', required: true, options: COST_KINDS },
            { key: 'amount', type: 'amount', label: 'fmk.line.amount', required: true },
          ],
        },
        { key: 'noOperationConfirmed', type: 'checkbox', label: 'fmk.budget.noOperation', requiredKey: 'fmk.budget.noOperation.required', rule: 'FMK-S7', required: true },
        { key: 'hasOtherSupport', type: 'radio', label: 'fmk.budget.hasOther', requiredKey: 'fmk.budget.hasOther.required', required: true, options: [
          { value: 'yes', label: 'choice.yes' },
          { value: 'no', label: 'choice.no' },
        ] },
        {
          key: 'otherSupport',
          type: 'repeat',
          label: 'fmk.budget.other',
          itemLabel: 'fmk.other.item',
          requiredKey: 'fmk.other.required',
          addLabel: 'fmk.other.add',
          required: true,
          when: ({ parent }) => parent.hasOtherSupport === 'yes',
          fields: [
            { key: 'source', type: 'text', label: 'fmk.other.source', requiredKey: CLAUSE, maxLength: 200, required: true },
            { key: 'amount', type: 'amount', label: 'fmk.other.amount', required: true },
          ],
        },
        { key: 'applied', type: 'amount', label: 'fmk.budget.applied', hint: 'fmk.budget.applied.hint', required: true },
        { key: 'sharedComponents', type: 'amount', label: 'fmk.budget.shared', hint: 'fmk.budget.shared.hint', rule: 'FMK-S9', when: isRegistry },
        text('sharedJustification', 'fmk.budget.sharedJustification', 2000, {
          rule: 'FMK-S9',
          requiredKey: CLAUSE,
          rows: 3,
          when: (scope: Scope) => isRegistry(scope) && asNumber(scope.parent.sharedComponents) > 0,
        }),
        {
          key: 'summary',
          type: 'summary',
          label: 'fmk.budget.summary',
          items: [
            { label: 'fmk.sum.totalCost', path: 'budget.totalCost', format: 'kroner', emphasis: true },
            { label: 'fmk.sum.applied', path: 'budget.applied', format: 'kroner' },
            { label: 'fmk.sum.other', path: 'budget.other', format: 'kroner' },
            { label: 'fmk.sum.own', path: 'budget.own', format: 'kroner', emphasis: true },
            { label: 'fmk.sum.shareApplied', path: 'budget.shares.applied', format: 'percent' },
            { label: 'fmk.sum.shareOther', path: 'budget.shares.other', format: 'percent' },
            { label: 'fmk.sum.shareOwn', path: 'budget.shares.own', format: 'percent' },
          ],
          bar: {
            whole: 'budget.totalCost',
            wholeLabel: 'fmk.sum.totalCost',
            segments: [
              { label: 'fmk.sum.applied', path: 'budget.applied' },
              { label: 'fmk.sum.other', path: 'budget.other' },
              { label: 'fmk.sum.own', path: 'budget.own' },
            ],
          },
        },
      ],
    },
    {
      id: 'framtid',
      key: 'future',
      title: 'fmk.section.future',
      intro: 'fmk.section.future.intro',
      rule: 'FMK-S11',
      fields: [
        { key: 'management', type: 'amount', label: 'fmk.future.management', hint: 'fmk.future.management.hint', requiredKey: 'fmk.future.management.required', required: true },
        text('managementNote', 'fmk.future.managementNote', 1000, { requiredKey: CLAUSE, rows: 3 }),
        { key: 'operating', type: 'amount', label: 'fmk.future.operating', hint: 'fmk.future.operating.hint', requiredKey: 'fmk.future.operating.required', required: true },
        text('operatingNote', 'fmk.future.operatingNote', 1000, { requiredKey: CLAUSE, rows: 3 }),
        {
          key: 'summary',
          type: 'summary',
          label: 'fmk.future.summary',
          items: [
            { label: 'fmk.future.sum.management', path: 'future.management', format: 'kroner' },
            { label: 'fmk.future.sum.operating', path: 'future.operating', format: 'kroner' },
            { label: 'fmk.future.sum.perYear', path: 'future.perYear', format: 'kroner', emphasis: true },
          ],
        },
      ],
    },
  ];
}

/** FMK-S11: §6 a–g, the completeness checklist, in the guidelines' order and letters. */
const CHECKLIST: ChecklistItemDefinition[] = [
  { id: 'a', rule: 'FMK-S11', label: 'fmk.check.a', section: 'soker', paths: ['applicant'] },
  { id: 'b', rule: 'FMK-S11', label: 'fmk.check.b', section: 'prosjekt', paths: ['project.title', 'project.description', 'project.start', 'project.end', 'milestones'] },
  { id: 'c', rule: 'FMK-S11', label: 'fmk.check.c', section: 'prosjekt', paths: ['project.benefit'] },
  { id: 'd', rule: 'FMK-S11', label: 'fmk.check.d', section: 'prosjekt', paths: ['project.responsible', 'project.dependencies'] },
  { id: 'e', rule: 'FMK-S11', label: 'fmk.check.e', section: 'budsjett', paths: ['budget'] },
  { id: 'f', rule: 'FMK-S11', label: 'fmk.check.f', section: 'framtid', paths: ['future.management', 'future.managementNote'] },
  { id: 'g', rule: 'FMK-S11', label: 'fmk.check.g', section: 'framtid', paths: ['future.operating', 'future.operatingNote'] },
];

export function fmkSoknad(given: Partial<FmkSoknadConfig> = {}): FormDefinition<FmkSoknadComputed> {
  const config = { ...DEFAULT_SOKNAD_CONFIG, ...given };
  return {
    id: 'fmk/soknad',
    version: '1.0.0',
    scheme: 'fmk',
    form: 'soknad',
    variant: 'full',
    title: 'fmk.soknad.title',
    intro: 'fmk.soknad.intro',
    sections: sections(config),
    rules: soknadRules,
    compute: (data) => computeFmkSoknad(config, data),
    checklist: CHECKLIST,
    initial: () => ({ goals: [{}], milestones: [{}], budget: { lines: [{}] } }),
  };
}
