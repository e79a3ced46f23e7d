import type { ChecklistItemDefinition, CrossRule, Data, FormDefinition, Scope } from '../../core/index.js';
import { isIsoDate } from '../../core/parse/date.js';
import { asRecord } from '../../core/path.js';
import { CLAUSE } from '../common.js';
import { addDays, today, unitSection } from './shared.js';

/** FMK §10: a complaint on the handling of an application. */

export interface FmkKlageConfig {
  /** YYYY-MM-DD to take as today (tests, previews). */
  today?: string;
}

/** FMK-K2: three weeks after the decision was received. */
export const COMPLAINT_DAYS = 21;

export interface FmkKlageComputed {
  deadline: { lastDay: string | null; passed: boolean };
}

export function computeFmkKlage(config: FmkKlageConfig, data: Data): FmkKlageComputed {
  const received = asRecord(data.decision).received;
  const lastDay = isIsoDate(received) ? addDays(received, COMPLAINT_DAYS) : null;
  return { deadline: { lastDay, passed: !!lastDay && today(config.today) > lastDay } };
}

const isRefusal = ({ data }: Scope) => asRecord(data.decision).kind === 'refusal';

export const klageRules: CrossRule<FmkKlageComputed>[] = [
  {
    id: 'FMK-K2',
    watch: ['decision.received'],
    check: (_data, { deadline }) =>
      deadline.passed ? [{ path: 'decision.lastDay', rule: 'FMK-K2', severity: 'warning', code: 'fmk.klage.late', params: { lastDay: deadline.lastDay! } }] : [],
  },
  {
    // FMK-K3: a complaint rests on at least one of the grounds §10 allows.
    id: 'FMK-K3',
    watch: ['grounds'],
    check: (data) => {
      const grounds = asRecord(data.grounds);
      const premises = isRefusal({ data, parent: data }) && grounds.premises === true;
      // On the question (the fieldset `which`), not on one of its boxes: the group shows it (WCAG 1.3.1).
      return grounds.procedural === true || premises ? [] : [{ path: 'grounds.which', rule: 'FMK-K3', severity: 'error', code: 'fmk.grounds.required' }];
    },
  },
];

/**
 * FMK-K2: the time limit runs from the day the decision was received, so that day cannot be after
 * the complaint's own (today; on a server, the day it was sent). A later one makes any complaint
 * look on time.
 */
export const receivedRule = (config: FmkKlageConfig): CrossRule<FmkKlageComputed> => ({
  id: 'FMK-K2',
  watch: ['decision.received'],
  check: (data) => {
    const received = asRecord(data.decision).received;
    return isIsoDate(received) && received > today(config.today)
      ? [{ path: 'decision.received', rule: 'FMK-K2', severity: 'error', code: 'fmk.decision.received.future' }]
      : [];
  },
});

export const klageSections = (config: FmkKlageConfig): FormDefinition['sections'] => [
  // The complainant is asked as such, not as the applicant (WCAG 2.4.6: labels that describe the question).
  unitSection('klager', 'complainant', 'fmk.section.complainant', 'fmk.section.complainant.intro', 'FMK-K1', { label: 'fmk.klage.unit', requiredKey: 'fmk.klage.unit.required' }),
  {
    id: 'vedtak',
    key: 'decision',
    title: 'fmk.section.decision',
    rule: 'FMK-K1',
    fields: [
      { key: 'kind', type: 'radio', label: 'fmk.decision.kind', requiredKey: 'fmk.decision.kind.required', required: true, options: [
        { value: 'rejection', label: 'fmk.decision.rejection', hint: 'fmk.decision.rejection.hint' },
        { value: 'refusal', label: 'fmk.decision.refusal', hint: 'fmk.decision.refusal.hint' },
      ] },
      { key: 'reference', type: 'text', label: 'fmk.decision.reference', hint: 'fmk.decision.reference.hint', maxLength: 100, required: true },
      { key: 'received', type: 'date', label: 'fmk.decision.received', rule: 'FMK-K2', required: true },
      {
        key: 'lastDay',
        type: 'summary',
        label: 'fmk.decision.deadline',
        rule: 'FMK-K2',
        items: [{ label: 'fmk.decision.lastDay', path: 'deadline.lastDay', format: 'date', emphasis: true }],
      },
      {
        // FMK-K2: a late complaint may still be considered (forvaltningsloven § 31), so the form asks why.
        key: 'lateReason',
        type: 'textarea',
        label: 'fmk.decision.lateReason',
        hint: 'fmk.decision.lateReason.hint',
        rule: 'FMK-K2',
        maxLength: 2000,
        rows: 3,
        when: ({ data }) => computeFmkKlage(config, data).deadline.passed,
      },
    ],
  },
  {
    id: 'grunnlag',
    key: 'grounds',
    title: 'fmk.section.grounds',
    intro: 'fmk.section.grounds.intro',
    rule: 'FMK-K3',
    fields: [
      // One question, its checkboxes in one fieldset (the data stays `grounds.procedural` etc.).
      {
        key: 'which',
        type: 'fieldset',
        label: 'fmk.grounds.question',
        hint: 'fmk.grounds.question.hint',
        fields: [
          { key: 'procedural', type: 'checkbox', label: 'fmk.grounds.procedural', hint: 'fmk.grounds.procedural.hint' },
          {
            key: 'proceduralExplanation',
            type: 'textarea',
            label: 'fmk.grounds.proceduralExplanation',
            requiredKey: 'fmk.grounds.proceduralExplanation.required',
            maxLength: 4000,
            rows: 6,
            required: true,
            when: ({ parent }) => parent.procedural === true,
          },
          { key: 'premises', type: 'checkbox', label: 'fmk.grounds.premises', hint: 'fmk.grounds.premises.hint', when: isRefusal },
          {
            key: 'premisesExplanation',
            type: 'textarea',
            label: 'fmk.grounds.premisesExplanation',
            requiredKey: CLAUSE,
            hint: 'fmk.grounds.premisesExplanation.hint',
            maxLength: 4000,
            rows: 6,
            required: true,
            when: (scope) => isRefusal(scope) && scope.parent.premises === true,
          },
        ],
      },
    ],
  },
];

const CHECKLIST: ChecklistItemDefinition[] = [
  { id: 'complainant', rule: 'FMK-K1', label: 'fmk.kcheck.complainant', section: 'klager', paths: ['complainant'] },
  { id: 'decision', rule: 'FMK-K1', label: 'fmk.kcheck.decision', section: 'vedtak', paths: ['decision'] },
  { id: 'grounds', rule: 'FMK-K3', label: 'fmk.kcheck.grounds', section: 'grunnlag', paths: ['grounds'] },
];

export function fmkKlage(config: FmkKlageConfig = {}): FormDefinition<FmkKlageComputed> {
  return {
    id: 'fmk/klage',
    version: '1.0.0',
    scheme: 'fmk',
    form: 'klage',
    variant: 'full',
    title: 'fmk.klage.title',
    intro: 'fmk.klage.intro',
    sections: klageSections(config),
    rules: [receivedRule(config), ...klageRules],
    compute: (data) => computeFmkKlage(config, data),
    checklist: CHECKLIST,
    checklistTitle: 'checklist.title.complaint',
  };
}
