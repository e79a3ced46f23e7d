import { readFileSync, readSync, statSync } from 'node:fs';
import { formIds } from './forms.js';
import { jsonSchema } from './json-schema.js';
import { message, toLang, type Lang } from './messages.js';
import { validateSubmission, type ValidationResult } from './validate.js';

/**
 * `tilskuddsskjema validate FILE... [--lang nb|nn|en] [--json]` and `tilskuddsskjema schema FORM`.
 * Exit 0: all valid; 1: any invalid; 2: a file that cannot be read as JSON, or a wrong call.
 */

/** A submission is well under 1 MB; anything far over it is not one. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

type Outcome = { file: string; result: ValidationResult } | { file: string; error: { code: string; message: string } };

interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
  stdin: () => Buffer;
}

const nodeIo: Io = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  stdin: () => readStdin(MAX_FILE_BYTES),
};

/** Stdin up to one byte past the limit: 3 GB piped in is refused after 10 MB, not read whole first. */
function readStdin(max: number): Buffer {
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

export function run(argv: readonly string[], io: Io = nodeIo): number {
  const args = [...argv];
  const flag = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? (args.splice(i, 1), true) : false;
  };
  // An option given without its value (last, or followed by another option) makes the call wrong.
  let wrong = false;
  const option = (name: string) => {
    const i = args.indexOf(name);
    if (i < 0) return undefined;
    const value = args[i + 1];
    if (value === undefined || value.startsWith('--')) {
      wrong = true;
      args.splice(i, 1);
      return undefined;
    }
    args.splice(i, 2);
    return value;
  };
  const json = flag('--json');
  const langArg = option('--lang');
  const lang = toLang(langArg);
  const [command, ...rest] = args;

  if (wrong || (langArg !== undefined && langArg !== lang)) return usage(io, lang);
  if (command === 'schema' && rest.length === 1) {
    const id = rest[0]!;
    if (!formIds().includes(id)) {
      io.err(message('cli.form.unknown', { schema: id, known: formIds().join(', ') }, lang));
      return 2;
    }
    io.out(JSON.stringify(jsonSchema(id), null, 2));
    return 0;
  }
  if (command !== 'validate' || rest.length === 0 || rest.some((f) => f.startsWith('--'))) return usage(io, lang);

  const outcomes = rest.map((file) => check(file, lang, io));
  for (const outcome of outcomes) (json ? printJson : printText)(outcome, lang, io);
  const valid = outcomes.filter((o) => 'result' in o && o.result.valid).length;
  if (!json && outcomes.length > 1) io.out(message('cli.summary', { valid, total: outcomes.length }, lang));
  if (outcomes.some((o) => 'error' in o)) return 2;
  return valid === outcomes.length ? 0 : 1;
}

function usage(io: Io, lang: Lang): number {
  io.err(message('cli.usage', {}, lang));
  return 2;
}

function check(file: string, lang: Lang, io: Io): Outcome {
  const fail = (code: string, params: Record<string, string | number> = {}): Outcome => ({ file, error: { code, message: message(code, params, lang) } });
  let bytes: Buffer;
  try {
    if (file === '-') bytes = io.stdin();
    else {
      if (statSync(file).size > MAX_FILE_BYTES) return fail('cli.file.tooLarge', { max: MAX_FILE_BYTES / 1024 / 1024 });
      bytes = readFileSync(file);
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? fail('cli.file.missing') : fail('cli.file.unreadable', { reason: code ?? String(error) });
  }
  if (bytes.length > MAX_FILE_BYTES) return fail('cli.file.tooLarge', { max: MAX_FILE_BYTES / 1024 / 1024 });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail('cli.file.notUtf8');
  }
  if (text.trim() === '') return fail('cli.file.empty');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return fail('cli.file.notJson', { reason: (error as Error).message });
  }
  return { file, result: validateSubmission(parsed, { lang }) };
}

function printJson(outcome: Outcome, _lang: Lang, io: Io): void {
  io.out(JSON.stringify('error' in outcome ? { file: outcome.file, valid: false, error: outcome.error } : { file: outcome.file, ...outcome.result }));
}

function printText(outcome: Outcome, lang: Lang, io: Io): void {
  const name = outcome.file === '-' ? 'stdin' : outcome.file;
  if ('error' in outcome) {
    io.out(`! ${name}: ${message('cli.unreadable', {}, lang)} · ${outcome.error.message}`);
    return;
  }
  const r = outcome.result;
  const form = [r.schema, r.schemaVersion, r.variant && `(${r.variant})`].filter(Boolean).join(' ');
  const count = (s: string) => r.issues.filter((i) => i.severity === s).length;
  const counts = r.issues.length ? ` · ${message('cli.counts', { errors: count('error'), warnings: count('warning') }, lang)}` : '';
  io.out(`${r.valid ? '✓' : '✗'} ${name}: ${message(r.valid ? 'cli.valid' : 'cli.invalid', {}, lang)}${form ? ` · ${form}` : ''}${counts}`);
  for (const issue of r.issues) {
    const severity = message(`cli.severity.${issue.severity}`, {}, lang);
    io.out(`    ${severity.padEnd(9)} ${issue.rule.padEnd(10)} ${(issue.path || '–').padEnd(28)} ${issue.message}`);
  }
}
