import { readFileSync, readSync, statSync } from 'node:fs';

/** A submission is well under 1 MB; anything far over it is not one. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** The parsed JSON of a file, or the message key (and parameters) that says why it could not be read. */
export type ReadJson = { value: unknown } | { code: string; params?: Record<string, string | number> };

/** Stdin up to one byte past the limit: 3 GB piped in is refused after 10 MB, not read whole first. */
export function readStdin(max: number = MAX_FILE_BYTES): Buffer {
  const chunks: Buffer[] = [];
  const chunk = Buffer.alloc(64 * 1024);
  let total = 0;
  while (total <= max) {
    let n: number;
    try {
      n = readSync(0, chunk, 0, chunk.length, null);
    } catch (error) {
      // A non-blocking stdin with nothing yet: wait a moment and read again.
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
      continue;
    }
    if (n === 0) break;
    chunks.push(Buffer.from(chunk.subarray(0, n)));
    total += n;
  }
  return Buffer.concat(chunks);
}

/** A file (`-` for stdin) as JSON: missing, too large, not UTF-8, empty or not JSON each say so. */
export function readJson(file: string, stdin: () => Buffer): ReadJson {
  const tooLarge = { code: 'cli.file.tooLarge', params: { max: MAX_FILE_BYTES / 1024 / 1024 } };
  let bytes: Buffer;
  try {
    if (file === '-') bytes = stdin();
    else {
      if (statSync(file).size > MAX_FILE_BYTES) return tooLarge;
      bytes = readFileSync(file);
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? { code: 'cli.file.missing' } : { code: 'cli.file.unreadable', params: { reason: code ?? String(error) } };
  }
  if (bytes.length > MAX_FILE_BYTES) return tooLarge;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { code: 'cli.file.notUtf8' };
  }
  if (text.trim() === '') return { code: 'cli.file.empty' };
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    return { code: 'cli.file.notJson', params: { reason: (error as Error).message } };
  }
}
