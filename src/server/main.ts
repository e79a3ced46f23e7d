import { run } from './cli.js';

// The command line: a clear message and exit 2 for anything unforeseen, never a stack trace.

// A reader that stops early (`| head`) closes the pipe: nothing more is wanted, so stop quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit();
});

try {
  process.exitCode = run(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`tilskuddsskjema: ${(error as Error)?.message ?? String(error)}\n`);
  process.exitCode = 2;
}
