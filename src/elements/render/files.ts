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

/**
 * The element's files by data path. A change re-checks the form, because an attachment whose file
 * is not here is an error (`attachment.missing`); a host that sets a file is heard too.
 */
export class AttachedFiles extends Map<string, File> {
  private onChange: (() => void) | undefined;

  constructor(onChange: () => void) {
    super();
    this.onChange = onChange;
  }

  /** Changes that the caller re-checks itself, in one step with the data. */
  quietly(change: (files: this) => void): void {
    const onChange = this.onChange;
    this.onChange = undefined;
    try {
      change(this);
    } finally {
      this.onChange = onChange;
    }
  }

  override set(path: string, file: File): this {
    super.set(path, file);
    this.onChange?.();
    return this;
  }

  override delete(path: string): boolean {
    const had = super.delete(path);
    if (had) this.onChange?.();
    return had;
  }

  override clear(): void {
    super.clear();
    this.onChange?.();
  }
}
