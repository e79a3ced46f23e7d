import type { Data, FormDefinition } from './definition.js';
import { withinLimits } from './limits.js';
import { isRecord } from './path.js';
export { sameData } from './same-data.js';

/**
 * Drafts: what the browser keeps of a form between visits, and what "Last ned utkast" writes.
 * Pure and DOM-free; storage, tabs and the network live in src/elements/drafts/.
 */

export const DRAFT_FORMAT = 'tilskudd-draft';

export interface DraftEnvelope {
  format: typeof DRAFT_FORMAT;
  /** The envelope's own layout; the form's data layout is `schemaVersion`. */
  formatVersion: 1;
  schema: string;
  schemaVersion: string;
  /** The host's draft key (`draft-key`), so two applications on one page stay apart. */
  key: string;
  /** Counts saves of this draft, across tabs: a stored revision above ours means another tab saved. */
  revision: number;
  /** The tab (element instance) that wrote this revision. */
  writer: string;
  savedAt: string;
  data: Data;
  /** Idempotency key of a submission that was tried and not confirmed: a retry, even after a reload, reuses it. */
  submissionKey?: string;
}

/**
 * What moving a draft to this form's version needs: its id, version and `migrations` (steps). A
 * draft whose version no chain of steps reaches is kept, never dropped.
 */
export type Migratable = Pick<FormDefinition<any>, 'id' | 'version' | 'migrations'>;

/** The storage key of a form's draft: the schema and the host's draft key. */
export const draftStorageKey = (schema: string, key: string): string => `${schema}#${key}`;

export function createDraft(
  definition: Pick<FormDefinition<any>, 'id' | 'version'>,
  init: { key: string; data: Data; revision: number; writer: string; now?: Date; submissionKey?: string },
): DraftEnvelope {
  const draft: DraftEnvelope = {
    format: DRAFT_FORMAT,
    formatVersion: 1,
    schema: definition.id,
    schemaVersion: definition.version,
    key: init.key,
    revision: init.revision,
    writer: init.writer,
    savedAt: (init.now ?? new Date()).toISOString(),
    data: structuredClone(init.data),
  };
  if (init.submissionKey) draft.submissionKey = init.submissionKey;
  return draft;
}

// Checked by hand rather than with z.object: the drafts code loads after the form, and the zod
// types only it used (object, record, literal, iso) would otherwise ride in every embed's first load.
const isText = (v: unknown): v is string => typeof v === 'string';
const isName = (v: unknown): v is string => isText(v) && v.length > 0;
const isIsoTime = (v: unknown): v is string =>
  isText(v) && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/.test(v) && !Number.isNaN(Date.parse(v));

/** Data the form can take: a record within the limits (nested deeper, it would throw RangeError later). */
const isData = (v: unknown): v is Data => isRecord(v) && withinLimits(v);

/** The envelope's own fields, unknown ones left behind. */
function envelopeOf(value: unknown): DraftEnvelope | undefined {
  if (!isRecord(value)) return undefined;
  const { format, formatVersion, schema, schemaVersion, key, revision, writer, savedAt, data, submissionKey } = value;
  const valid =
    format === DRAFT_FORMAT &&
    formatVersion === 1 &&
    isName(schema) &&
    isName(schemaVersion) &&
    isText(key) &&
    Number.isSafeInteger(revision) &&
    (revision as number) >= 0 &&
    isText(writer) &&
    isIsoTime(savedAt) &&
    isData(data) &&
    (submissionKey === undefined || isText(submissionKey));
  if (!valid) return undefined;
  const draft: DraftEnvelope = { format, formatVersion, schema, schemaVersion, key, revision: revision as number, writer, savedAt, data };
  if (submissionKey !== undefined) draft.submissionKey = submissionKey;
  return draft;
}

export type DraftProblem = 'draft.corrupt' | 'draft.otherForm' | 'draft.newer' | 'draft.noMigration';

export type ReadResult = { ok: true; draft: DraftEnvelope } | { ok: false; code: 'draft.corrupt' };

/**
 * Reads a stored value or an uploaded file's text into an envelope. Anything else (a truncated
 * write, another program's JSON, garbage, data past LIMITS) is `draft.corrupt`: the caller keeps
 * the raw value. Every draft from outside comes through here, so migrateDraft and the form never
 * meet data they cannot copy or walk.
 */
export function readDraft(raw: unknown): ReadResult {
  let value = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch {
      return { ok: false, code: 'draft.corrupt' };
    }
  }
  const envelope = envelopeOf(value);
  if (envelope) return { ok: true, draft: envelope };
  // Only what does not claim to be a draft may be read as a submission (a broken draft stays broken).
  if (isRecord(value) && !('format' in value) && isName(value.schema) && isName(value.schemaVersion) && isData(value.data)) {
    const { schema, schemaVersion, data } = value;
    const savedAt = typeof value.submittedAt === 'string' && !Number.isNaN(Date.parse(value.submittedAt)) ? value.submittedAt : new Date(0).toISOString();
    return { ok: true, draft: { format: DRAFT_FORMAT, formatVersion: 1, schema, schemaVersion, key: '', revision: 0, writer: '', savedAt, data } };
  }
  return { ok: false, code: 'draft.corrupt' };
}

export type MigrateResult =
  | { status: 'current'; data: Data }
  | { status: 'migrated'; data: Data; from: string }
  | { status: 'incompatible'; code: Exclude<DraftProblem, 'draft.corrupt'> };

/**
 * Brings a draft's data to the definition's version by its migration steps. A draft of another
 * form, of a newer version, or of a version no chain of steps reaches, is incompatible.
 */
export function migrateDraft(definition: Migratable, draft: DraftEnvelope): MigrateResult {
  if (draft.schema !== definition.id) return { status: 'incompatible', code: 'draft.otherForm' };
  if (draft.schemaVersion === definition.version) return { status: 'current', data: structuredClone(draft.data) };
  if (compareVersions(draft.schemaVersion, definition.version) > 0) return { status: 'incompatible', code: 'draft.newer' };
  const steps = definition.migrations ?? [];
  let data = structuredClone(draft.data);
  let version = draft.schemaVersion;
  const seen = new Set<string>();
  while (version !== definition.version) {
    const step = steps.find((s) => s.from === version);
    if (!step || seen.has(version)) return { status: 'incompatible', code: 'draft.noMigration' };
    seen.add(version);
    try {
      data = step.migrate(data);
    } catch {
      return { status: 'incompatible', code: 'draft.noMigration' };
    }
    if (!isRecord(data)) return { status: 'incompatible', code: 'draft.noMigration' };
    version = step.to;
  }
  return { status: 'migrated', data, from: draft.schemaVersion };
}

/** Semantic-version order (`1.10.0` after `1.9.0`); parts that are not numbers compare as text. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.');
  const pb = b.split('.');
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? '0';
    const y = pb[i] ?? '0';
    const nx = Number(x);
    const ny = Number(y);
    const c = Number.isNaN(nx) || Number.isNaN(ny) ? x.localeCompare(y) : nx - ny;
    if (c) return Math.sign(c);
  }
  return 0;
}

/**
 * Another tab saved since we last read or wrote: the stored revision is past the one ours
 * builds on and was written by someone else. Saving now would overwrite their work unseen.
 */
export function isConflict(base: number, writer: string, stored: Pick<DraftEnvelope, 'revision' | 'writer'> | undefined): boolean {
  return !!stored && stored.revision > base && stored.writer !== writer;
}

/** Who wrote which revision: one version of a draft. */
export const versionId = (v: Pick<DraftEnvelope, 'revision' | 'writer'>): string => `${v.revision}@${v.writer}`;

/**
 * Another tab's version at the revision ours builds on, never read here: two tabs that closed
 * at once each left a copy of the same revision. Saving past it would drop it unseen.
 */
export function isSibling(base: number, writer: string, seen: ReadonlySet<string>, version: Pick<DraftEnvelope, 'revision' | 'writer'>): boolean {
  return version.revision === base && version.writer !== writer && !seen.has(versionId(version));
}

/** The next revision to write over what is stored. */
export const nextRevision = (base: number, stored: Pick<DraftEnvelope, 'revision'> | undefined): number => Math.max(base, stored?.revision ?? 0) + 1;

/** The file a draft downloads as: `utkast-helseteknologi-soknad-2026-11-21.json`. */
export function draftFileName(draft: Pick<DraftEnvelope, 'schema' | 'savedAt'>): string {
  const day = draft.savedAt.slice(0, 10);
  return `utkast-${draft.schema.replace(/[^\p{L}\p{N}]+/gu, '-')}-${day}.json`;
}

export const serializeDraft = (draft: unknown): string => `${JSON.stringify(draft, null, 2)}\n`;
