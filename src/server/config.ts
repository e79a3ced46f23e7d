import type { IssueParams } from '../core/issues.js';
import { isIsoDate } from '../core/parse/date.js';
import { isRecord } from '../core/path.js';
import type { FmkKlageConfig } from '../schemes/fmk/klage.js';
import type { FmkRapportConfig } from '../schemes/fmk/rapport.js';
import type { FmkSoknadConfig } from '../schemes/fmk/soknad.js';
import type { HelseteknologiRapportConfig } from '../schemes/helseteknologi/rapport.js';
import type { HelseteknologiConfig } from '../schemes/helseteknologi/soknad.js';
import { formIds } from './forms.js';
import { message } from './messages.js';

/**
 * A host's `config` (the API's option, the CLI's `--config` file) checked before any submission
 * is: a wrong one is the host's mistake, and deep in a form's rules it would only show as an
 * obscure crash, or as every submission refused.
 */

/** What a setting must be. */
type Kind = 'options' | 'date' | 'text' | 'yearlyDeadline' | 'amount' | 'deviation';

/** Every key of a form's config, and no other: a key added to a scheme's config must be added here. */
type Settings<C> = { [K in keyof Required<C>]: Kind };

const SETTINGS: Readonly<Record<string, Readonly<Record<string, Kind>>>> = {
  'helseteknologi/soknad': { areas: 'options', phases: 'options', today: 'date' } satisfies Settings<HelseteknologiConfig>,
  'helseteknologi/rapport': { deadline: 'yearlyDeadline', auditThreshold: 'amount', deviation: 'deviation', today: 'date' } satisfies Settings<HelseteknologiRapportConfig>,
  'fmk/soknad': { priorityAreas: 'options', round: 'text', deadline: 'date', today: 'date' } satisfies Settings<FmkSoknadConfig>,
  'fmk/rapport': { deviation: 'deviation', today: 'date' } satisfies Settings<FmkRapportConfig>,
  'fmk/klage': { today: 'date' } satisfies Settings<FmkKlageConfig>,
};

const filled = (value: unknown): value is string => typeof value === 'string' && value !== '';
const atLeast = (value: unknown, min: number): boolean => typeof value === 'number' && Number.isFinite(value) && value >= min;
const integer = (value: unknown, min: number, max: number): value is number => Number.isInteger(value) && (value as number) >= min && (value as number) <= max;
/** Days of each month in every year: a deadline on 29 February would not exist in three years of four. */
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const CHECKS: Record<Kind, (value: unknown) => boolean> = {
  // A select or radio with no choices can never be answered; the value is what travels, the label what is shown.
  options: (v) => Array.isArray(v) && v.length > 0 && v.every((o) => isRecord(o) && filled(o.value) && filled(o.label) && (o.hint === undefined || typeof o.hint === 'string')),
  // Dates and texts have no default: undefined or null is one not set, as the forms read it.
  date: (v) => v == null || isIsoDate(v),
  text: (v) => v == null || typeof v === 'string',
  // Replaced whole, not merged with the default: each of the three is needed.
  yearlyDeadline: (v) => isRecord(v) && integer(v.month, 1, 12) && integer(v.day, 1, DAYS[v.month - 1]!) && integer(v.yearsAfter, 0, 10),
  amount: (v) => atLeast(v, 0),
  deviation: (v) => isRecord(v) && atLeast(v.percent, 0) && atLeast(v.amount, 0),
};

export interface ConfigProblem {
  code: string;
  params: IssueParams;
}

/** The first thing wrong with a host's config (per form id, its settings), as a message key; undefined when it can be used. */
export function configProblem(config: unknown): ConfigProblem | undefined {
  if (!isRecord(config) || !Object.values(config).every(isRecord)) return { code: 'cli.config.shape', params: {} };
  for (const [schema, settings] of Object.entries(config)) {
    const known = Object.hasOwn(SETTINGS, schema) ? SETTINGS[schema]! : undefined;
    if (!known) return { code: 'cli.form.unknown', params: { schema, known: formIds().join(', ') } };
    for (const [key, value] of Object.entries(settings as Record<string, unknown>)) {
      const kind = Object.hasOwn(known, key) ? known[key]! : undefined;
      if (!kind) return { code: 'config.unknownKey', params: { schema, key, known: Object.keys(known).join(', ') } };
      if (!CHECKS[kind](value)) return { code: `config.${kind}`, params: { schema, key } };
    }
  }
  return undefined;
}

/** For the API: a config that cannot be used throws a TypeError that says what is wrong, in English, as the host's other mistakes do. */
export function assertConfig(config: unknown, caller: string): void {
  let problem: ConfigProblem | undefined;
  try {
    problem = config === undefined ? undefined : configProblem(config);
  } catch (error) {
    // A Proxy or getter of the host's that throws: still the host's mistake, said as one.
    throw new TypeError(`${caller}: options.config could not be read: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  if (problem) throw new TypeError(`${caller}: options.config: ${message(problem.code, problem.params, 'en')}`);
}
