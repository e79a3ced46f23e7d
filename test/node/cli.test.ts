import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { FMK_CONFIG, ROOT, validSubmissions } from './support.js';

/** The command line as a user runs it: the package's bin, built. */
const cli = (args: string[], input?: string | Buffer) => {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'tilskuddsskjema.js'), ...args], { input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

let dir: string;
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('tilskuddsskjema validate', () => {
  let valid: string;
  let invalid: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'tilskuddsskjema-cli-'));
    const submission = validSubmissions()['fmk/klage'];
    valid = file('klage.json', JSON.stringify(submission));
    const wrong = JSON.parse(JSON.stringify(validSubmissions()['helseteknologi/soknad']));
    wrong.data.applicant.orgnr = '988077918';
    invalid = file('soknad.json', JSON.stringify(wrong));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const noStack = (r: { out: string; err: string }) => assert.doesNotMatch(r.out + r.err, /\n\s+at .+:\d+:\d+/);

  it('a valid file: exit 0 and a readable line', () => {
    const r = cli(['validate', valid]);
    assert.equal(r.code, 0, r.out + r.err);
    assert.match(r.out, /✓ .*klage\.json: gyldig · fmk\/klage 1\.0\.0/);
  });

  it('an invalid file: exit 1, each issue with severity, rule id, path and message (ALL-2)', () => {
    const r = cli(['validate', invalid]);
    assert.equal(r.code, 1);
    assert.match(r.out, /✗ .*soknad\.json: ugyldig/);
    assert.match(r.out, /feil\s+ALL-2\s+applicant\.orgnr\s+Organisasjonsnummeret finnes ikke/);
  });

  it('--lang en and --json: one JSON line per file, messages in English', () => {
    const r = cli(['validate', valid, invalid, '--json', '--lang', 'en']);
    assert.equal(r.code, 1);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(lines.map((l) => [l.file.endsWith('klage.json'), l.valid]), [[true, true], [false, false]]);
    const issue = lines[1].issues.find((i: { rule: string }) => i.rule === 'ALL-2');
    assert.deepEqual([issue.path, issue.severity, issue.code], ['applicant.orgnr', 'error', 'orgnr.checksum']);
    assert.match(issue.message, /organisation number/i);
  });

  it('- reads standard input', () => {
    const r = cli(['validate', '-'], JSON.stringify(validSubmissions()['fmk/klage']));
    assert.equal(r.code, 0, r.out + r.err);
    assert.match(r.out, /stdin: gyldig/);
  });

  it('standard input over 10 MB is refused after 10 MB, not read whole first', () => {
    const started = performance.now();
    // 2 GB of zeros: read whole, this took seconds and gigabytes before it was refused.
    const r = spawnSync('bash', ['-c', `head -c 2000M /dev/zero | "${process.execPath}" "${join(ROOT, 'bin', 'tilskuddsskjema.js')}" validate -`], { encoding: 'utf8' });
    assert.equal(r.status, 2, r.stdout + r.stderr);
    assert.match(r.stdout, /Filen er større enn 10 MB/);
    assert.ok(performance.now() - started < 5000, `${performance.now() - started} ms`);
  });

  const unreadable: [string, () => string, RegExp][] = [
    ['an empty file', () => file('empty.json', ''), /Filen er tom/],
    ['a truncated file', () => file('cut.json', JSON.stringify(validSubmissions()['fmk/klage']).slice(0, 200)), /ikke gyldig JSON/],
    ['a file that is not UTF-8', () => file('latin1.json', Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xe6, 0xf8, 0xe5, 0x22, 0x7d])), /ikke UTF-8/],
    ['a missing file', () => join(dir, 'finnes-ikke.json'), /Filen finnes ikke/],
  ];
  for (const [name, make, message] of unreadable)
    it(`${name}: exit 2, a clear message, no stack trace`, () => {
      const r = cli(['validate', make()]);
      assert.equal(r.code, 2);
      assert.match(r.out, message);
      noStack(r);
    });

  it('a 20 MB file: exit 2 at once, said plainly, never read into the rules', () => {
    const big = file('big.json', `{"schema":"fmk/klage","pad":"${'x'.repeat(20 * 1024 * 1024)}"}`);
    const t = performance.now();
    const r = cli(['validate', big]);
    assert.equal(r.code, 2);
    assert.match(r.out, /større enn 10 MB/);
    assert.ok(performance.now() - t < 5000);
    noStack(r);
  });

  it('an unreadable file among valid ones: exit 2, the others still reported', () => {
    const r = cli(['validate', valid, file('empty2.json', '  ')]);
    assert.equal(r.code, 2);
    assert.match(r.out, /klage\.json: gyldig/);
    assert.match(r.out, /1 av 2 filer er gyldige/);
  });

  it('a file whose computed block has a key named toString: that file is invalid (exit 1), the batch is kept', () => {
    const tampered = JSON.parse(JSON.stringify(validSubmissions()['fmk/klage']));
    tampered.computed.toString = 0;
    const r = cli(['validate', valid, file('tostring.json', JSON.stringify(tampered)), '--json']);
    assert.equal(r.code, 1, r.out + r.err);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(lines.map((l) => l.valid), [true, false]);
    assert.deepEqual(lines[1].issues.map((i: { path: string; code: string }) => `${i.path} ${i.code}`), ['computed.toString computed.mismatch']);
  });

  it('--config: an FMK application made in a configured round checks as the API does with config (FMK-S2)', () => {
    const soknad = file('fmk-soknad.json', JSON.stringify(validSubmissions()['fmk/soknad']));
    const without = cli(['validate', soknad, '--json']);
    assert.equal(without.code, 1, 'without the round, its computed block differs');
    const r = cli(['validate', soknad, '--config', file('runde.json', JSON.stringify(FMK_CONFIG))]);
    assert.equal(r.code, 0, r.out + r.err);
    assert.match(r.out, /fmk-soknad\.json: gyldig/);
  });

  it('--config that cannot be used: exit 2 and why, before any file is checked', () => {
    const cases: [string, RegExp][] = [
      [file('array.json', '[]'), /JSON-objekt med skjemaene som nøkler/],
      [file('flat.json', '{"deadline":"2026-03-01"}'), /JSON-objekt med skjemaene som nøkler/],
      [file('typo.json', '{"fmk/søknad":{"deadline":"2026-03-01"}}'), /Skjemaet «fmk\/søknad» finnes ikke/],
      [join(dir, 'ingen.json'), /Filen finnes ikke/],
    ];
    for (const [config, message] of cases) {
      const r = cli(['validate', valid, '--config', config]);
      assert.equal(r.code, 2, config);
      assert.match(r.err, message);
      assert.equal(r.out, '');
      noStack(r);
    }
  });

  it('--config with a setting that cannot be used: exit 2 and one line naming the form, the setting and what it must be', () => {
    const cases: [unknown, string[], RegExp][] = [
      [{ 'helseteknologi/soknad': { areas: 'velferdsteknologi' } }, [], /^--config .+: «areas» for helseteknologi\/soknad må være en liste med minst ett valg/],
      [{ 'fmk/soknad': { deadline: '01.03.2026' } }, ['--lang', 'en'], /“deadline” for fmk\/soknad must be a date as YYYY-MM-DD/],
      [{ 'helseteknologi/rapport': { deviation: { percent: 10 } } }, ['--lang', 'nn'], /«deviation» for helseteknologi\/rapport må vere eit avvik i prosent og i kroner/],
      [{ 'fmk/soknad': { deadLine: '2026-03-01' } }, [], /«deadLine» er ikke en innstilling for fmk\/soknad\. Bruk disse: priorityAreas, round, deadline, today/],
    ];
    for (const [config, lang, message] of cases) {
      const r = cli(['validate', valid, '--config', file('innstilling.json', JSON.stringify(config)), ...lang]);
      assert.equal(r.code, 2, r.out + r.err);
      assert.equal(r.out, '', 'no file is checked');
      assert.match(r.err, message);
      assert.equal(r.err.trim().split('\n').length, 1, r.err);
      noStack(r);
    }
  });

  it('--received-at: a submittedAt after it is refused, as with the API\'s receivedAt', () => {
    const sent = Date.parse(validSubmissions()['fmk/klage'].submittedAt);
    const r = cli(['validate', valid, '--json', '--received-at', new Date(sent - 3600_000).toISOString()]);
    assert.equal(r.code, 1, r.out + r.err);
    assert.deepEqual(JSON.parse(r.out).issues.map((i: { code: string }) => i.code), ['envelope.submittedAt.future']);
    assert.equal(cli(['validate', valid, '--received-at', new Date(sent + 60_000).toISOString()]).code, 0);
    for (const wrong of ['i går', '2026-02-10T10:00', '2026-02-30T10:00:00Z']) {
      const bad = cli(['validate', valid, '--received-at', wrong, '--lang', 'en']);
      assert.equal(bad.code, 2, wrong);
      assert.match(bad.err, /after --received-at as ISO 8601 with a time zone/);
    }
  });

  it('a wrong call, an unknown language or --lang without a value: exit 2 with the usage', () => {
    const calls = [[], ['validate'], ['check', 'x'], ['validate', valid, '--lang', 'de'], ['validate', valid, '--lang'], ['validate', valid, '--lang', '--json'], ['validate', valid, '--lang', '']];
    for (const args of calls) {
      const r = cli(args);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.err, /Bruk: tilskuddsskjema validate/);
    }
  });
});

describe('tilskuddsskjema schema', () => {
  it('prints the JSON Schema of a form', () => {
    const r = cli(['schema', 'helseteknologi/soknad']);
    assert.equal(r.code, 0);
    const schema = JSON.parse(r.out);
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.ok(schema['x-rules'].includes('HTO-S9'));
  });

  it('an unknown form: exit 2, the known ones named', () => {
    const r = cli(['schema', 'fmk/soeknad']);
    assert.equal(r.code, 2);
    assert.match(r.err, /fmk\/soknad/);
  });
});

describe('tilskuddsskjema and a reader that stops early', () => {
  it('`schema … | head -1` prints one line and no stack trace', () => {
    const bin = join(ROOT, 'bin', 'tilskuddsskjema.js');
    // The schema is far more than a pipe buffer, so the CLI is still writing when head has gone.
    const out = execFileSync('bash', ['-c', `"${process.execPath}" "${bin}" schema helseteknologi/soknad 2>/tmp/tilskuddsskjema-epipe.err | head -1; cat /tmp/tilskuddsskjema-epipe.err`], { encoding: 'utf8' });
    assert.equal(out.trim(), '{');
  });
});
