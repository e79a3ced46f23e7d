import { executeServerCommand } from '@web/test-runner-commands';
import { expect } from 'chai';
import type { Data, FormDefinition } from '../../src/core/definition.js';
import type { TilskuddSkjema } from '../../src/elements/tilskudd-skjema.js';
import { DEFAULT_SOKNAD_CONFIG, fmkKlage, fmkSoknad } from '../../src/schemes/fmk/index.js';
import { DEFAULT_CONFIG, DEFAULT_RAPPORT_CONFIG, helseteknologiForenklet, helseteknologiRapport, helseteknologiSoknad } from '../../src/schemes/helseteknologi/index.js';
import { DEFAULT_RAPPORT_CONFIG as FMK_RAPPORT_CONFIG, fmkRapport } from '../../src/schemes/fmk/rapport.js';
import { completeFmkKlage, completeFmkRegistry, completeFmkSoknad, FMK_DEADLINE, FMK_TODAY } from '../../stories/fixtures/fmk.js';
import { completeFmkRapport, FMK_REPORT_TODAY } from '../../stories/fixtures/fmk-rapport.js';
import { completeApplication } from '../../stories/fixtures/helseteknologi.js';
import { completeForenklet } from '../../stories/fixtures/helseteknologi-forenklet.js';
import { BEFORE_DEADLINE, completeReport } from '../../stories/fixtures/helseteknologi-rapport.js';
import { cleanup, mount } from '../elements/helpers.js';
import { standInFiles } from '../../stories/support/stand-in-files.js';
import { mutatedSubmissions, sample } from './arbitrary.js';

/**
 * The browser element and the Node entry (dist/node, as a back end runs it) judge a few hundred
 * generated submissions per form: the same verdict and the same issues. Every one the Node entry
 * accepts also passes the form's JSON Schema (dist/schemas, checked with ajv).
 */

interface NodeVerdict {
  valid: boolean;
  issues: { path: string; rule: string; severity: string; code: string }[];
  schemaValid: boolean;
  schemaErrors: string[];
}

interface Case {
  name: string;
  tag: string;
  attrs?: Record<string, string>;
  definition: FormDefinition<any>;
  base: () => Data;
  /** The form's "today"; the envelope is dated that day, so Node reads deadlines alike. */
  today?: string;
  config?: Record<string, unknown>;
}

const N = 250;
const cases: Case[] = [
  { name: 'helseteknologi/soknad', tag: 'helseteknologi-soknad', definition: helseteknologiSoknad(DEFAULT_CONFIG), base: completeApplication },
  {
    name: 'helseteknologi/soknad (forenklet)',
    tag: 'helseteknologi-soknad',
    attrs: { variant: 'forenklet' },
    definition: helseteknologiForenklet(DEFAULT_CONFIG),
    base: completeForenklet,
  },
  { name: 'helseteknologi/rapport', tag: 'helseteknologi-rapport', attrs: { today: BEFORE_DEADLINE }, today: BEFORE_DEADLINE, definition: helseteknologiRapport({ ...DEFAULT_RAPPORT_CONFIG, today: BEFORE_DEADLINE }), base: completeReport },
  {
    name: 'fmk/soknad',
    tag: 'fmk-soknad',
    attrs: { today: FMK_TODAY, deadline: FMK_DEADLINE },
    today: FMK_TODAY,
    config: { deadline: FMK_DEADLINE },
    definition: fmkSoknad({ ...DEFAULT_SOKNAD_CONFIG, deadline: FMK_DEADLINE, today: FMK_TODAY }),
    base: completeFmkSoknad,
  },
  {
    name: 'fmk/soknad (new registry)',
    tag: 'fmk-soknad',
    attrs: { today: FMK_TODAY, deadline: FMK_DEADLINE },
    today: FMK_TODAY,
    config: { deadline: FMK_DEADLINE },
    definition: fmkSoknad({ ...DEFAULT_SOKNAD_CONFIG, deadline: FMK_DEADLINE, today: FMK_TODAY }),
    base: completeFmkRegistry,
  },
  { name: 'fmk/rapport', tag: 'fmk-rapport', attrs: { today: FMK_REPORT_TODAY }, today: FMK_REPORT_TODAY, definition: fmkRapport({ ...FMK_RAPPORT_CONFIG, today: FMK_REPORT_TODAY }), base: completeFmkRapport },
  { name: 'fmk/klage', tag: 'fmk-klage', attrs: { today: FMK_TODAY }, today: FMK_TODAY, definition: fmkKlage({ today: FMK_TODAY }), base: completeFmkKlage },
];

const key = (i: { path: string; rule: string; severity: string; code: string }) => `${i.severity} ${i.rule} ${i.path} ${i.code}`;

describe('the Node entry and the browser give the same verdict (issue 5)', () => {
  afterEach(cleanup);

  for (const c of cases) {
    it(`${c.name}: ${N} generated submissions, same verdict and issues; the valid ones pass the JSON Schema`, async function () {
      this.timeout(240_000);
      const el = await mount<TilskuddSkjema>(c.tag, undefined, { ...c.attrs, 'no-draft': '' });
      const seed = [...c.name].reduce((a, ch) => a + ch.charCodeAt(0), 0);
      const datas = sample(mutatedSubmissions(c.definition, c.base()), seed, N);
      const browser: { valid: boolean; issues: string[] }[] = [];
      const submissions: unknown[] = [];
      for (const data of datas) {
        el.value = data;
        await el.updateComplete;
        // A file named is a file chosen: the browser holds it (Node gets the JSON, never files).
        el.files.clear();
        standInFiles(el);
        const issues = el.validate();
        browser.push({ valid: !issues.some((i) => i.severity === 'error'), issues: issues.map(key).sort() });
        const submission = JSON.parse(JSON.stringify(el.submission)) as Record<string, unknown>;
        if (c.today) submission.submittedAt = `${c.today}T10:00:00.000Z`;
        submissions.push(submission);
      }
      const node = (await executeServerCommand('node-validate', { submissions, lang: 'nb', config: c.config ? { [c.name.split(' ')[0]!]: c.config } : undefined })) as NodeVerdict[];
      let valid = 0;
      node.forEach((n, i) => {
        const where = `submission ${i}: ${JSON.stringify(datas[i]).slice(0, 300)}`;
        expect(n.issues.map(key).sort(), where).to.deep.equal(browser[i]!.issues);
        expect(n.valid, where).to.equal(browser[i]!.valid);
        if (n.valid) {
          valid++;
          expect(n.schemaValid, `${where}\nJSON Schema: ${n.schemaErrors.join('; ')}`).to.equal(true);
        }
      });
      // Both kinds must be there, or the comparison proves little.
      expect(valid, 'valid submissions').to.be.greaterThan(N / 10);
      expect(N - valid, 'invalid submissions').to.be.greaterThan(N / 10);
    });
  }
});
