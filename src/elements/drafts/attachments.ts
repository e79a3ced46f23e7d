import type { Data, FormDefinition } from '../../core/definition.js';
import { migrateDraft, readDraft, type DraftProblem } from '../../core/draft.js';
import { isRecord, setIn } from '../../core/path.js';
import { walkDefinition } from '../../core/walk.js';
import { describesFile } from '../render/files.js';

/**
 * Attachments in a downloaded draft file: beside the envelope, `attachments` holds each file by
 * its data path, with its content in base64. A draft file is then the whole application, so
 * "Last opp utkast" on another device or after a lost browser profile brings the files back too.
 */
export interface PackedFile {
  name: string;
  type: string;
  size: number;
  base64: string;
}

const CHUNK = 0x8000; // String.fromCharCode takes its bytes as arguments: keep each call small.

export async function packFiles(files: Record<string, File> | undefined): Promise<Record<string, PackedFile> | undefined> {
  if (!files) return undefined;
  const out: Record<string, PackedFile> = {};
  for (const [path, file] of Object.entries(files)) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    let binary = '';
    for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
    out[path] = { name: file.name, type: file.type, size: file.size, base64: btoa(binary) };
  }
  return out;
}

/** The files of a draft file, by path; an entry that is not a whole file is left out. */
export function unpackFiles(raw: unknown): Map<string, File> {
  const out = new Map<string, File>();
  const packed = isRecord(raw) && isRecord(raw.attachments) ? raw.attachments : {};
  for (const [path, entry] of Object.entries(packed)) {
    if (!isRecord(entry) || typeof entry.name !== 'string' || typeof entry.type !== 'string' || typeof entry.base64 !== 'string') continue;
    try {
      const binary = atob(entry.base64);
      const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
      if (bytes.length === entry.size) out.set(path, new File([bytes], entry.name, { type: entry.type }));
    } catch {
      // Not base64: the attachment is asked for again, like one that was never in the file.
    }
  }
  return out;
}

/**
 * Pairs the data's attachments with the files at hand. An attachment whose file is missing
 * (a draft file from before files were included, or one edited by hand) is taken out of the
 * data, so the form asks for it again instead of sending a name without a file.
 */
export function matchFiles(
  definition: FormDefinition<any>,
  data: Data,
  files: Map<string, File>,
): { data: Data; files: Map<string, File>; missing: string[] } {
  const matched = new Map<string, File>();
  const missing: { path: string; name: string }[] = [];
  walkDefinition(definition, data, ({ field, path, value }) => {
    if (field.type !== 'attachment' || !isRecord(value) || typeof value.name !== 'string') return;
    const file = files.get(path);
    if (describesFile(value, file)) matched.set(path, file);
    else missing.push({ path, name: value.name });
  });
  const cleared = missing.reduce((d, m) => setIn(d, m.path, null), data);
  return { data: cleared, files: matched, missing: missing.map((m) => m.name) };
}

/**
 * "Last opp utkast": a file read as a stored draft is, its answers as this form reads them
 * (migrated) and its attachments matched to them. Never rejects: a file that is no draft is refused.
 */
export async function readDraftFile(
  definition: FormDefinition<any>,
  file: Blob,
): Promise<{ ok: false; code: DraftProblem } | { ok: true; data: Data; files: Map<string, File>; missing: string[]; savedAt: string }> {
  try {
    const raw = JSON.parse(await file.text()) as unknown;
    const read = readDraft(raw);
    if (!read.ok) return { ok: false, code: 'draft.corrupt' };
    const migrated = migrateDraft(definition, read.draft);
    if (migrated.status === 'incompatible') return { ok: false, code: migrated.code };
    return { ok: true, ...matchFiles(definition, migrated.data, unpackFiles(raw)), savedAt: read.draft.savedAt };
  } catch {
    return { ok: false, code: 'draft.corrupt' };
  }
}
