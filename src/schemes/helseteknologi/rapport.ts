import {
  applicationData,
  deadlineStatus,
  asRecord,
  recordsOf,
  resolveToday,
  sumAccounts,
  sumBudget,
  textOf,
  yearlyDeadline,
  type ChecklistItemDefinition,
  type CrossRule,
  type Data,
  type Deviation,
  type FormDefinition,
  type Issue,
  type YearlyDeadline,
} from '../../core/index.js';
import {
  accountsField,
  accountsSection,
  auditRequired,
  auditSection,
  confirmationSection,
  goalsSection,
  grantSection,
  indicatorsSection,
  partnersSection,
  reporterSection,
} from './rapport-sections.js';
import { COSTS } from './soknad.js';
import { notAfterToday } from '../common.js';

/** The yearly report of Helseteknologiordningen (HTO §5, §6, §8). */

export interface HelseteknologiRapportConfig {
  /** HTO-R1: the deadline, as day and month some years after the year reported (1 April the year after). */
  deadline: YearlyDeadline;
  /** HTO-R4: the grant from which the accounts must be attested by an auditor. */
  auditThreshold: number;
  /** HTO-R3: a deviation this large (both per cent and kroner) asks for an explanation. Our choice: 10 % and 10 000 kr. */
  deviation: { percent: number; amount: number };
  /** "Today" as `YYYY-MM-DD` for the deadline (tests, previews); the clock's when left out. */
  today?: string;
}

export const DEFAULT_RAPPORT_CONFIG: HelseteknologiRapportConfig = {
  deadline: { month: 4, day: 1, yearsAfter: 1 },
  auditThreshold: 200000,
  deviation: { percent: 10, amount: 10000 },
};

export interface HelseteknologiRapportComputed {
  /** HTO-R1: the calendar year reported, per 31 December, and its deadline. */
  period: { year: number | null; until: string | null; deadline: string | null; daysLeft: number | null; passed: boolean };
  /** HTO-R3: per cost element and payer, and in total. */
  accounts: {
    elements: Record<string, Record<string, Deviation>>;
    grant: Deviation;
    own: Deviation;
    total: Deviation;
    /** Cost elements whose deviation asks for an explanation. */
    large: string[];
  };
  /** HTO-R6: granted minus used; a positive `unused` is to be returned. */
  grant: { granted: number; used: number; unused: number; overused: number };
  /** HTO-R4. */
  audit: { required: boolean };
}

export function computeHelseteknologiRapport(data: Data, config: HelseteknologiRapportConfig): HelseteknologiRapportComputed {
  const grant = asRecord(data.grant);
  const year = typeof grant.year === 'number' && grant.year >= 2000 && grant.year <= 2100 ? grant.year : null;
  const deadline = year === null ? null : yearlyDeadline(year, config.deadline);
  const status = deadline ? deadlineStatus(deadline, resolveToday(config.today)) : null;
  const sums = sumAccounts(accountsField(config.deviation), asRecord(data.accounts).costs);
  const elements = Object.fromEntries(sums.rows.map((r) => [r.key, r.cells]));
  const granted = typeof grant.amount === 'number' ? grant.amount : 0;
  const used = sums.columns.grant!.actual;
  return {
    period: { year, until: year === null ? null : `${year}-12-31`, deadline, daysLeft: status?.daysLeft ?? null, passed: status?.passed ?? false },
    accounts: { elements, grant: sums.columns.grant!, own: sums.columns.own!, total: sums.total, large: sums.large },
    grant: { granted, used, unused: Math.max(granted - used, 0), overused: Math.max(used - granted, 0) },
    audit: { required: auditRequired(data, config.auditThreshold) },
  };
}

type C = HelseteknologiRapportComputed;

const rules = (config: HelseteknologiRapportConfig): CrossRule<C>[] => [
  // HTO-R1: the report is confirmed on or before the day it is sent.
  notAfterToday('confirmation.date', 'HTO-R1', 'report.date.future', config),
  {
    // HTO-R1: the year and its deadline are shown with the year; after the deadline, a warning.
    // Before the year is over, too: the report is per 31.12 (a year typed wrong, or sent too early).
    id: 'HTO-R1',
    watch: ['grant.year'],
    check: (_data, { period }) => {
      if (!period.deadline || !period.until) return [];
      const params = { year: period.year!, until: period.until, deadline: period.deadline };
      const issues: Issue[] = [{ path: 'grant.year', rule: 'HTO-R1', severity: 'info', code: 'htor.deadline', params }];
      if (period.passed) issues.push({ path: 'grant.year', rule: 'HTO-R1', severity: 'warning', code: 'htor.deadline.passed', params });
      else if (resolveToday(config.today) <= period.until) issues.push({ path: 'grant.year', rule: 'HTO-R1', severity: 'warning', code: 'htor.year.open', params });
      return issues;
    },
  },
  {
    // HTO-R4: say why the attestation section appeared.
    id: 'HTO-R4',
    watch: ['grant.amount'],
    check: (_data, { audit }) =>
      audit.required ? [{ path: 'grant.amount', rule: 'HTO-R4', severity: 'info', code: 'htor.audit.required', params: { amount: config.auditThreshold } }] : [],
  },
  {
    // HTO-R6: unused grant is returned; spending more than granted is the municipality's own cost.
    id: 'HTO-R6',
    watch: ['accounts', 'grant.amount'],
    check: (_data, { grant, accounts }) => {
      if (!grant.granted || !accounts.grant.actual) return [];
      if (grant.unused > 0) return [{ path: 'accounts.summary', rule: 'HTO-R6', severity: 'info', code: 'htor.unused', params: { amount: grant.unused } }];
      if (grant.overused > 0) return [{ path: 'accounts.summary', rule: 'HTO-R6', severity: 'warning', code: 'htor.overused', params: { amount: grant.overused } }];
      return [];
    },
  },
];

const CHECKLIST = (config: HelseteknologiRapportConfig): ChecklistItemDefinition[] => [
  { id: 'grant', rule: 'HTO-R1', label: 'htor.check.grant', section: 'tilskudd', paths: ['grant', 'applicant'] },
  { id: 'goals', rule: 'HTO-R2', label: 'htor.check.goals', section: 'maloppnaelse', paths: ['goals', 'assessment'] },
  { id: 'accounts', rule: 'HTO-R3', label: 'htor.check.accounts', section: 'regnskap', paths: ['accounts'] },
  { id: 'audit', rule: 'HTO-R4', label: 'htor.check.audit', section: 'revisor', paths: ['audit'], when: (data) => auditRequired(data, config.auditThreshold) },
  { id: 'indicators', rule: 'HTO-R5', label: 'htor.check.indicators', section: 'indikatorer', paths: ['indicators', 'partners'] },
  { id: 'confirmation', rule: 'HTO-R1', label: 'htor.check.confirmation', section: 'innsending', paths: ['confirmation'] },
];

/** The applications a report can follow up: the full and the simplified one (HTO-S5) share one schema id and its keys. */
export const APPLICATION_SCHEMAS = ['helseteknologi/soknad'] as const;

const defined = (o: Data): Data => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

/**
 * Carries over what the application already says: the applicant, the partners, the goals, the
 * budget per cost element (as the accounts' budget column) and the project's title. The year is
 * the project's start year (the municipality corrects it if the grant was for another year);
 * the number of municipalities counts the applicant and the partner municipalities.
 */
export function fromApplication(application: unknown): Data | undefined {
  const app = applicationData(application, APPLICATION_SCHEMAS);
  if (!app) return undefined;
  const applicant = asRecord(app.applicant);
  const contact = asRecord(applicant.contact);
  const project = asRecord(app.project);
  const partners = recordsOf(app.partners).map((p) =>
    defined({ kind: textOf(p.kind), municipality: p.kind === 'municipality' ? textOf(p.municipality) : undefined, name: p.kind !== 'municipality' ? textOf(p.name) : undefined, role: textOf(p.role) }),
  );
  const goals = recordsOf(app.goals).map((g) => defined({ goal: textOf(g.goal), indicators: textOf(g.indicators) }));
  const budget = sumBudget(COSTS, asRecord(app.budget).costs);
  const costs = Object.fromEntries(
    COSTS.elements.map((e) => [e.key, Object.fromEntries(e.payers.map((payer) => [payer, { budget: budget.elements[e.key]?.[payer] ?? 0 }]))]),
  );
  const start = textOf(project.start);
  const municipalities = (applicant.kind === 'municipality' ? 1 : 0) + partners.filter((p) => p.kind === 'municipality').length;
  return {
    grant: defined({ projectTitle: textOf(project.title), year: start ? Number(start.slice(0, 4)) : undefined }),
    applicant: defined({
      kind: textOf(applicant.kind),
      municipality: applicant.kind === 'municipality' ? textOf(applicant.municipality) : undefined,
      orgnr: textOf(applicant.orgnr),
      contact: defined({ name: textOf(contact.name), role: textOf(contact.role), email: textOf(contact.email), phone: textOf(contact.phone) }),
    }),
    partners,
    goals: goals.length ? goals : [{}],
    accounts: { costs },
    indicators: municipalities ? { municipalities } : {},
  };
}

export function helseteknologiRapport(given: Partial<HelseteknologiRapportConfig> = {}): FormDefinition<C> {
  const config = { ...DEFAULT_RAPPORT_CONFIG, ...given };
  return {
    id: 'helseteknologi/rapport',
    version: '1.0.0',
    scheme: 'helseteknologi',
    form: 'rapport',
    variant: 'arsrapport',
    title: 'htor.title',
    intro: 'htor.intro',
    sections: [grantSection, reporterSection, goalsSection, accountsSection(config.deviation), auditSection(config.auditThreshold), partnersSection, indicatorsSection, confirmationSection],
    rules: rules(config),
    compute: (data) => computeHelseteknologiRapport(data, config),
    checklist: CHECKLIST(config),
    checklistTitle: 'checklist.title.report',
    initial: () => ({ goals: [{}] }),
    fromApplication,
  };
}

