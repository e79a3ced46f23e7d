import { configProblem } from './config.js';
import { formIds } from './forms.js';
import { jsonSchema } from './json-schema.js';
import { message, toLang, type Lang } from './messages.js';
import { MAX_FILE_BYTES, readJson, readStdin } from './read-json.js';
import { isoMoment, validateSubmission, type ValidateOptions, type ValidationResult } from './validate.js';

/**
 * `tilskuddsskjema validate FILE... [--lang nb|nn|en] [--json] [--config FILE.json] [--received-at TIME]`
 * and `tilskuddsskjema schema FORM`.
 * Exit 0: all valid; 1: any invalid; 2: a file that cannot be read as JSON, or a wrong call.
 */

export { MAX_FILE_BYTES };

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
  const configFile = option('--config');
  const receivedArg = option('--received-at');
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

  // What the API takes as `config` and `receivedAt`, so a configured round checks as it was sent.
  const options: ValidateOptions = { lang };
  if (configFile !== undefined) {
    const config = readConfig(configFile, io, lang);
    if (!config) return 2;
    options.config = config;
  }
  if (receivedArg !== undefined) {
    const received = isoMoment(receivedArg);
    if (received === undefined) {
      io.err(message('cli.receivedAt.invalid', {}, lang));
      return 2;
    }
    options.receivedAt = received;
  }

  const outcomes = rest.map((file) => check(file, options, io));
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

/** `--config FILE`: per form id, the configuration its forms had; a wrong file, or a wrong setting in it, says why (printed) and gives undefined. */
function readConfig(file: string, io: Io, lang: Lang): ValidateOptions['config'] | undefined {
  const read = readJson(file, io.stdin);
  const wrong = (text: string) => void io.err(`--config ${file}: ${text}`);
  if ('code' in read) return wrong(message(read.code, read.params, lang));
  const config = read.value;
  const problem = configProblem(config);
  if (problem) return wrong(message(problem.code, problem.params, lang));
  return config as ValidateOptions['config'];
}

function check(file: string, options: ValidateOptions, io: Io): Outcome {
  const read = readJson(file, io.stdin);
  if ('code' in read) return { file, error: { code: read.code, message: message(read.code, read.params, toLang(options.lang)) } };
  return { file, result: validateSubmission(read.value, options) };
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
