import type { Data } from '../../core/definition.js';
import { getIn, isRecord } from '../../core/path.js';

/** The chosen files the submitted data still points at (name and size match), by data path. */
export function submittedFiles(files: ReadonlyMap<string, File>, data: Data): Map<string, File> {
  const out = new Map<string, File>();
  for (const [path, file] of files) {
    const meta = getIn(data, path);
    if (isRecord(meta) && meta.name === file.name && meta.size === file.size) out.set(path, file);
  }
  return out;
}
