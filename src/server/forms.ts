import type { FormDefinition } from '../core/definition.js';
import { fmkKlage, fmkSoknad } from '../schemes/fmk/index.js';
import { fmkRapport } from '../schemes/fmk/rapport.js';
import { helseteknologiForenklet, helseteknologiRapport, helseteknologiSoknad } from '../schemes/helseteknologi/index.js';

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

/** The host's config with the submission's day as today; each scheme's factory completes a partial config from its defaults. */
const withToday = ({ config, today }: BuildOptions) => ({ ...config, ...(today ? { today } : {}) });

export const FORMS: Readonly<Record<string, FormEntry>> = {
  'helseteknologi/soknad': {
    id: 'helseteknologi/soknad',
    variants: {
      full: (options) => helseteknologiSoknad(withToday(options)),
      forenklet: (options) => helseteknologiForenklet(withToday(options)),
    },
  },
  'helseteknologi/rapport': {
    id: 'helseteknologi/rapport',
    variants: { arsrapport: (o) => helseteknologiRapport(withToday(o)) },
  },
  'fmk/soknad': { id: 'fmk/soknad', variants: { full: (o) => fmkSoknad(withToday(o)) } },
  'fmk/rapport': { id: 'fmk/rapport', variants: { rapport: (o) => fmkRapport(withToday(o)) } },
  'fmk/klage': { id: 'fmk/klage', variants: { full: (o) => fmkKlage(withToday(o)) } },
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
