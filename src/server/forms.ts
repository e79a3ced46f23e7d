import type { FormDefinition } from '../core/definition.js';
import { DEFAULT_SOKNAD_CONFIG, fmkKlage, fmkSoknad } from '../schemes/fmk/index.js';
import { DEFAULT_RAPPORT_CONFIG as FMK_RAPPORT_CONFIG, fmkRapport } from '../schemes/fmk/rapport.js';
import { DEFAULT_CONFIG, DEFAULT_RAPPORT_CONFIG, helseteknologiForenklet, helseteknologiRapport, helseteknologiSoknad } from '../schemes/helseteknologi/index.js';

/**
 * Every form the Node entry knows, by schema id and variant. A definition is built per call from
 * the host's configuration (the same lists and deadlines the form had) and "today", which is the
 * submission's own date, so that a deadline warning reads as it did when the applicant sent it.
 */
export interface BuildOptions {
  config?: Record<string, unknown>;
  /** YYYY-MM-DD. */
  today?: string;
}

type Build = (options: BuildOptions) => FormDefinition<any>;

export interface FormEntry {
  id: string;
  /** Variant name → definition; the first is the default. */
  variants: Readonly<Record<string, Build>>;
}

const withToday = <T extends object>(defaults: T, { config, today }: BuildOptions): T => ({ ...defaults, ...config, ...(today ? { today } : {}) }) as T;

export const FORMS: Readonly<Record<string, FormEntry>> = {
  'helseteknologi/soknad': {
    id: 'helseteknologi/soknad',
    variants: {
      full: ({ config }) => helseteknologiSoknad({ ...DEFAULT_CONFIG, ...config }),
      forenklet: ({ config }) => helseteknologiForenklet({ ...DEFAULT_CONFIG, ...config }),
    },
  },
  'helseteknologi/rapport': {
    id: 'helseteknologi/rapport',
    variants: { arsrapport: (o) => helseteknologiRapport(withToday(DEFAULT_RAPPORT_CONFIG, o)) },
  },
  'fmk/soknad': { id: 'fmk/soknad', variants: { full: (o) => fmkSoknad(withToday(DEFAULT_SOKNAD_CONFIG, o)) } },
  'fmk/rapport': { id: 'fmk/rapport', variants: { rapport: ({ config }) => fmkRapport({ ...FMK_RAPPORT_CONFIG, ...config }) } },
  'fmk/klage': { id: 'fmk/klage', variants: { full: (o) => fmkKlage(withToday({}, o)) } },
};

export const formIds = (): string[] => Object.keys(FORMS);

// Built definitions are kept: a field's zod schema is cached on the field object, so building a
// definition anew for every submission would rebuild every schema (4× slower).
const built = new Map<string, FormDefinition<any>>();

/** The definition for a form id and variant, or undefined when either is unknown. */
export function definitionFor(id: string, variant?: string, options: BuildOptions = {}): FormDefinition<any> | undefined {
  const entry = Object.hasOwn(FORMS, id) ? FORMS[id] : undefined;
  if (!entry) return undefined;
  const name = variant ?? Object.keys(entry.variants)[0]!;
  const build = Object.hasOwn(entry.variants, name) ? entry.variants[name] : undefined;
  if (!build) return undefined;
  const key = JSON.stringify([id, name, options.config ?? null, options.today ?? null]);
  let definition = built.get(key);
  if (!definition) {
    if (built.size >= 256) built.clear(); // many configurations or days: start over, never grow without bound
    built.set(key, (definition = build(options)));
  }
  return definition;
}

export const variantsOf = (id: string): string[] => (Object.hasOwn(FORMS, id) ? Object.keys(FORMS[id]!.variants) : []);

/** Schema versions this entry checks, per form: the current one of each variant. */
export const versionsOf = (id: string): string[] => [...new Set(variantsOf(id).map((v) => definitionFor(id, v)!.version))];
