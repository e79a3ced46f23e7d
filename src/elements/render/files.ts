import type { Data } from '../../core/definition.js';
import { getIn, isRecord } from '../../core/path.js';

/** Is `file` the one the data's attachment value (`{ name, size, type }`) describes? */
export const describesFile = (meta: unknown, file: File | undefined): file is File =>
  !!file && isRecord(meta) && meta.name === file.name && meta.size === file.size;

/** The chosen files the submitted data still points at (name and size match), by data path. */
export function submittedFiles(files: ReadonlyMap<string, File>, data: Data): Map<string, File> {
  const out = new Map<string, File>();
  for (const [path, file] of files) if (describesFile(getIn(data, path), file)) out.set(path, file);
  return out;
}
