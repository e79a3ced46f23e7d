import '../../core/accounts-kind.js'; // the accounts field type's checks and JSON
import {
  anyEntered,
  applicationData,
  asNumber,
  asRecord,
  recordsOf,
  sumAccounts,
  textOf,
  type AccountsField,
  type ChecklistItemDefinition,
  type CrossRule,
  type Data,
  type Deviation,
  type Field,
  type FormDefinition,
  type Issue,
  type Option,
  type Scope,
  type Section,
} from '../../core/index.js';
import { answer, CLAUSE, notAfterToday } from '../common.js';
import { unitSection } from './shared.js';
import { goalsField } from './soknad.js';

/** SKDE's guidelines for FMK funds, §8–§9: the final report and the yearly progress report. */

export interface FmkRapportConfig {
  /** FMK-R3: a line whose actual differs this much (both per cent and kroner) asks why. Our choice: 10 % and 10 000 kr. */
  deviation: { percent: number; amount: number };
  /** "Today" as `YYYY-MM-DD` for the confirmation's date (tests, previews); the clock's when left out. */
  today?: string;
}

export const DEFAULT_RAPPORT_CONFIG: FmkRapportConfig = { deviation: { percent: 10, amount: 10000 } };

export interface FmkRapportComputed {
  /** FMK-R3: per line and in total, and the grant used and unused. */
  funds: {
    lines: (Deviation & { what: string; large: boolean })[];
    total: Deviation;
    large: number[];
    granted: number;
    used: number;
    unused: number;
  };
}

/** FMK-R3: the application's budget lines, budget against actual. */
export const linesField = (deviation: FmkRapportConfig['deviation']): AccountsField => ({
  key: 'lines',
  type: 'accounts',
  label: 'fmkr.funds.lines',
  hint: 'fmkr.funds.lines.hint',
  rule: 'FMK-R3',
  required: true,
  threshold: deviation,
  explanationRule: 'FMK-R2',
  explanationMaxLength: 1000,
  lineLabel: 'fmkr.line',
  addLabel: 'fmkr.line.add',
  lineMaxLength: 200,
});

export function computeFmkRapport(data: Data, config: FmkRapportConfig): FmkRapportComputed {
  const funds = asRecord(data.funds);
  const sums = sumAccounts(linesField(config.deviation), funds.lines);
  const granted = asNumber(funds.granted);
  const used = asNumber(funds.used);
  return {
    funds: {
      lines: sums.rows.map(({ label, budget, actual, difference, percent, large }) => ({ what: label, budget, actual, difference, percent, large })),
      total: sums.total,
      large: sums.large.map(Number),
      granted,
      used,
      unused: Math.max(granted - used, 0),
    },
  };
}

const error = (path: string, rule: string, code: string, params?: Issue['params']): Issue =>
  params ? { path, rule, severity: 'error', code, params } : { path, rule, severity: 'error', code };

const rules = (config: FmkRapportConfig): CrossRule<FmkRapportComputed>[] => [
  // FMK-R1: the report is confirmed on the day it is sent or before, as the HTO report (HTO-R1).
  notAfterToday('confirmation.date', 'FMK-R1', 'report.date.future', config),
  {
    // FMK-R3: the grant used cannot exceed the grant, nor what the project cost. Unused funds at the
    // end are settled with FMK (§8); in a progress report they carry on to the next year.
    id: 'FMK-R3',
    watch: ['funds', 'report.kind'],
    check: (data, { funds }) => {
      const given = asRecord(data.funds);
      if (typeof given.used !== 'number') return [];
      if (typeof given.granted === 'number' && funds.used > funds.granted) return [error('funds.used', 'FMK-R3', 'fmkr.used.overGranted', { amount: funds.granted })];
      if (anyEntered(given.lines, 'actual') && funds.used > funds.total.actual) return [error('funds.used', 'FMK-R3', 'fmkr.used.overActual', { amount: funds.total.actual })];
      if (typeof given.granted !== 'number' || funds.unused <= 0) return [];
      const final = asRecord(data.report).kind === 'final';
      return [{ path: 'funds.summary', rule: 'FMK-R3', severity: 'info', code: final ? 'fmkr.unused.final' : 'fmkr.unused.progress', params: { amount: funds.unused } }];
    },
  },
  {
    // FMK-R4, §8: deviations are reported as soon as possible; substantial ones can cancel the grant.
    id: 'FMK-R4',
    watch: ['execution.substantial', 'execution.reported'],
    check: (data) => {
      const execution = asRecord(data.execution);
      if (execution.carriedOut === 'yes' || execution.substantial !== 'yes') return [];
      const issues: Issue[] = [{ path: 'execution.substantial', rule: 'FMK-R4', severity: 'warning', code: 'fmkr.substantial.warning' }];
      if (execution.reported === 'no') issues.push({ path: 'execution.reported', rule: 'FMK-R4', severity: 'warning', code: 'fmkr.reported.no' });
      return issues;
    },
  },
];

const YES_NO: readonly Option[] = [
  { value: 'yes', label: 'choice.yes' },
  { value: 'no', label: 'choice.no' },
];

const deviates = ({ parent }: Scope) => parent.carriedOut === 'partly' || parent.carriedOut === 'no';
const substantial = (scope: Scope) => deviates(scope) && scope.parent.substantial === 'yes';
/** A required free-text answer of this form (4 rows unless `extra` says otherwise). */
const text = (key: string, label: string, maxLength: number, extra: Partial<Field> = {}): Field => answer(key, label, maxLength, 4, extra);

/** §6 a's unit and contact, asked as the recipient of the funds rather than the applicant. */
const unit = unitSection('mottaker', 'recipient', 'fmkr.section.recipient', 'fmkr.section.recipient.intro', 'FMK-R1');
const recipientSection: Section = {
  ...unit,
  fields: unit.fields.map((f) => (f.key === 'unit' ? { ...f, label: 'fmkr.unit', requiredKey: 'fmkr.unit.required' } : f)),
};

const CHECKLIST: ChecklistItemDefinition[] = [
  { id: 'kind', rule: 'FMK-R1', label: 'fmkr.check.kind', section: 'rapport', paths: ['report', 'project', 'recipient'] },
  { id: 'execution', rule: 'FMK-R2', label: 'fmkr.check.execution', section: 'gjennomforing', paths: ['execution', 'goals'] },
  { id: 'funds', rule: 'FMK-R3', label: 'fmkr.check.funds', section: 'midler', paths: ['funds'] },
  { id: 'confirmation', rule: 'FMK-R1', label: 'fmkr.check.confirmation', section: 'innsending', paths: ['confirmation'] },
];

export function fmkRapport(given: Partial<FmkRapportConfig> = {}): FormDefinition<FmkRapportComputed> {
  const config = { ...DEFAULT_RAPPORT_CONFIG, ...given };
  return {
    id: 'fmk/rapport',
    version: '1.0.0',
    scheme: 'fmk',
    form: 'rapport',
    variant: 'rapport',
    title: 'fmkr.title',
    intro: 'fmkr.intro',
    sections: [
      {
        id: 'rapport',
        key: 'report',
        title: 'fmkr.section.report',
        intro: 'fmkr.section.report.intro',
        rule: 'FMK-R1',
        fields: [
          { key: 'kind', type: 'radio', label: 'fmkr.kind', requiredKey: 'fmkr.kind.required', required: true, options: [
            { value: 'final', label: 'fmkr.kind.final', hint: 'fmkr.kind.final.hint' },
            { value: 'progress', label: 'fmkr.kind.progress', hint: 'fmkr.kind.progress.hint' },
          ] },
          { key: 'periodStart', type: 'date', label: 'fmkr.period.start', required: true },
          { key: 'periodEnd', type: 'date', label: 'fmkr.period.end', required: true, notBefore: 'periodStart' },
        ],
      },
      {
        id: 'prosjekt',
        key: 'project',
        title: 'fmkr.section.project',
        rule: 'FMK-R1',
        fields: [
          { key: 'title', type: 'text', label: 'fmk.project.title', maxLength: 200, required: true },
          { key: 'reference', type: 'text', label: 'fmkr.project.reference', hint: 'fmkr.project.reference.hint', maxLength: 100, required: true },
        ],
      },
      recipientSection,
      {
        id: 'gjennomforing',
        key: 'execution',
        title: 'fmkr.section.execution',
        intro: 'fmkr.section.execution.intro',
        rule: 'FMK-R2',
        fields: [
          { key: 'carriedOut', type: 'radio', label: 'fmkr.carriedOut', requiredKey: 'fmkr.carriedOut.required', required: true, options: [
            { value: 'yes', label: 'fmkr.carriedOut.yes' },
            { value: 'partly', label: 'fmkr.carriedOut.partly' },
            { value: 'no', label: 'fmkr.carriedOut.no' },
          ] },
          text('explanation', 'fmkr.explanation', 3000, { hint: 'fmkr.explanation.hint', requiredKey: 'fmkr.explanation.required', when: deviates }),
          { key: 'substantial', type: 'radio', label: 'fmkr.substantial', hint: 'fmkr.substantial.hint', requiredKey: 'fmkr.substantial.required', rule: 'FMK-R4', required: true, when: deviates, options: YES_NO },
          text('deviation', 'fmkr.deviation', 3000, { rule: 'FMK-R4', hint: 'fmkr.deviation.hint', requiredKey: 'fmkr.deviation.required', when: substantial }),
          { key: 'reported', type: 'radio', label: 'fmkr.reported', requiredKey: 'fmkr.reported.required', rule: 'FMK-R4', required: true, when: substantial, options: YES_NO },
          { key: 'reportedAt', type: 'date', label: 'fmkr.reportedAt', rule: 'FMK-R4', required: true, when: (s) => substantial(s) && s.parent.reported === 'yes' },
        ],
      },
      {
        id: 'mal',
        title: 'fmkr.section.goals',
        intro: 'fmkr.section.goals.intro',
        rule: 'FMK-R2',
        fields: [
          goalsField([
            { key: 'status', type: 'radio', label: 'fmkr.goal.status', requiredKey: 'fmkr.goal.status.required', required: true, options: [
              { value: 'reached', label: 'fmkr.goal.reached' },
              { value: 'partly', label: 'fmkr.goal.partly' },
              { value: 'notReached', label: 'fmkr.goal.notReached' },
            ] },
            text('achievement', 'fmkr.goal.achievement', 2000, { hint: 'fmkr.goal.achievement.hint', requiredKey: 'fmkr.goal.achievement.required' }),
          ]),
        ],
      },
      {
        id: 'midler',
        key: 'funds',
        title: 'fmkr.section.funds',
        intro: 'fmkr.section.funds.intro',
        rule: 'FMK-R3',
        fields: [
          linesField(config.deviation),
          { key: 'granted', type: 'amount', label: 'fmkr.funds.granted', hint: 'fmkr.funds.granted.hint', required: true },
          { key: 'used', type: 'amount', label: 'fmkr.funds.used', hint: 'fmkr.funds.used.hint', required: true },
          {
            key: 'summary',
            type: 'summary',
            label: 'fmkr.funds.summary',
            items: [
              { label: 'fmkr.sum.budget', path: 'funds.total.budget', format: 'kroner' },
              { label: 'fmkr.sum.actual', path: 'funds.total.actual', format: 'kroner', emphasis: true },
              { label: 'fmkr.sum.difference', path: 'funds.total.difference', format: 'kroner' },
              { label: 'fmkr.sum.percent', path: 'funds.total.percent', format: 'percent' },
              { label: 'fmkr.sum.granted', path: 'funds.granted', format: 'kroner' },
              { label: 'fmkr.sum.used', path: 'funds.used', format: 'kroner' },
              { label: 'fmkr.sum.unused', path: 'funds.unused', format: 'kroner', emphasis: true },
            ],
          },
        ],
      },
      {
        id: 'innsending',
        key: 'confirmation',
        title: 'fmkr.section.confirmation',
        rule: 'FMK-R1',
        fields: [
          { key: 'name', type: 'text', label: 'fmkr.confirmation.name', requiredKey: CLAUSE, maxLength: 200, required: true, autocomplete: 'name' },
          { key: 'date', type: 'date', label: 'fmkr.confirmation.date', required: true },
          { key: 'confirmed', type: 'checkbox', label: 'fmkr.confirmation.confirm', requiredKey: 'fmkr.confirmation.confirm.required', required: true },
        ],
      },
    ],
    rules: rules(config),
    compute: (data) => computeFmkRapport(data, config),
    checklist: CHECKLIST,
    checklistTitle: 'checklist.title.report',
    initial: () => ({ goals: [{}], funds: { lines: [{ what: '' }] } }),
    fromApplication,
  };
}

const defined = (o: Data): Data => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

/**
 * FMK-R2, FMK-R3: carries over the application's recipient, title, goals and budget lines (each
 * line's amount becomes its budget), and the project's start as the period's start. The grant,
 * the reference and what actually happened are what the report adds.
 */
export function fromApplication(application: unknown): Data | undefined {
  const app = applicationData(application, ['fmk/soknad']);
  if (!app) return undefined;
  const applicant = asRecord(app.applicant);
  const contact = asRecord(applicant.contact);
  const project = asRecord(app.project);
  const goals = recordsOf(app.goals).map((g) => defined({ goal: textOf(g.goal), indicators: textOf(g.indicators) }));
  const lines = recordsOf(asRecord(app.budget).lines).map((l) =>
    defined({ what: textOf(l.what), budget: typeof l.amount === 'number' && Number.isSafeInteger(l.amount) && l.amount >= 0 ? l.amount : undefined }),
  );
  return {
    report: defined({ periodStart: textOf(project.start) }),
    project: defined({ title: textOf(project.title) }),
    recipient: defined({
      unit: textOf(applicant.unit),
      orgnr: textOf(applicant.orgnr),
      contact: defined({ name: textOf(contact.name), role: textOf(contact.role), email: textOf(contact.email), phone: textOf(contact.phone) }),
    }),
    goals: goals.length ? goals : [{}],
    funds: { lines: lines.length ? lines : [{ what: '' }] },
  };
}
