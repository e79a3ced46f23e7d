#!/usr/bin/env node
// Make sure a Chromium exists for web-test-runner / check-stories before they start,
// so a missing browser gives a clear message instead of a launch stack trace.
// Silent and exit 0 when the browser is there.
import { accessSync, constants } from 'node:fs';
import { spawnSync } from 'node:child_process';

const DEFAULT = '/usr/bin/chromium';
const wanted = process.env.CHROME_PATH || DEFAULT;

const isExecutable = (p) => {
  try {
    accessSync(p, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};
const run = (cmd, args) =>
  spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0;

if (isExecutable(wanted)) process.exit(0);

// A CHROME_PATH that points nowhere is a config mistake; installing Debian's chromium would not fix it.
if (process.env.CHROME_PATH) {
  console.error(`CHROME_PATH=${process.env.CHROME_PATH} is not an executable file. Fix it or unset it to use ${DEFAULT}.`);
  process.exit(1);
}

const hasAptGet = spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
if (process.getuid?.() === 0 && hasAptGet) {
  console.error(`${DEFAULT} not found; installing Debian's chromium package...`);
  if (run('apt-get', ['update']) && run('apt-get', ['install', '-y', 'chromium']) && isExecutable(DEFAULT)) process.exit(0);
  console.error(`Installing chromium failed; ${DEFAULT} is still missing.`);
  process.exit(1);
}

console.error(`No Chromium found at ${DEFAULT}. Install it with:
  sudo apt-get update && sudo apt-get install -y chromium
or point CHROME_PATH at an existing Chromium/Chrome binary.`);
process.exit(1);
