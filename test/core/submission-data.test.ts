import { expect } from 'chai';
import type { Data, FormDefinition } from '../../src/core/definition.js';
import { isEmptyValue } from '../../src/core/field-types.js';
import { collectLeaves, getIn, isUnder } from '../../src/core/path.js';
import { submissionData } from '../../src/core/submission.js';
import { walkDefinition } from '../../src/core/walk.js';
import { DEFAULT_SOKNAD_CONFIG, fmkKlage, fmkSoknad } from '../../src/schemes/fmk/index.js';
import { DEFAULT_RAPPORT_CONFIG as FMK_RAPPORT_CONFIG, fmkRapport } from '../../src/schemes/fmk/rapport.js';
import { DEFAULT_CONFIG, DEFAULT_RAPPORT_CONFIG, helseteknologiForenklet, helseteknologiRapport, helseteknologiSoknad } from '../../src/schemes/helseteknologi/index.js';
import { completeFmkKlage, completeFmkSoknad } from '../../stories/fixtures/fmk.js';
import { completeFmkRapport } from '../../stories/fixtures/fmk-rapport.js';
import { completeApplication } from '../../stories/fixtures/helseteknologi.js';
import { completeForenklet } from '../../stories/fixtures/helseteknologi-forenklet.js';
import { completeReport } from '../../stories/fixtures/helseteknologi-rapport.js';
import { mutatedSubmissions, sample } from '../server/arbitrary.js';

// submissionData walks the fields on its own (for speed): it must send exactly what the engine's
// shared walk (walkDefinition) sees as visible, each answer as the form judges it, and nothing else.

const forms: [string, FormDefinition<any>, () => Data][] = [
  ['helseteknologi/soknad', helseteknologiSoknad(DEFAULT_CONFIG), completeApplication],
  ['helseteknologi/soknad (forenklet)', helseteknologiForenklet(DEFAULT_CONFIG), completeForenklet],
  ['helseteknologi/rapport', helseteknologiRapport(DEFAULT_RAPPORT_CONFIG), completeReport],
  ['fmk/soknad', fmkSoknad(DEFAULT_SOKNAD_CONFIG), completeFmkSoknad],
  ['fmk/rapport', fmkRapport(FMK_RAPPORT_CONFIG), completeFmkRapport],
  ['fmk/klage', fmkKlage({}), completeFmkKlage],
];

const TABLES = new Set(['budget', 'accounts']);

describe('the submission data is what the shared walk sees', () => {
  for (const [name, definition, base] of forms) {
    it(`${name}: 150 generated answers, each visible field sent as the form judges it, nothing else sent`, () => {
      for (const data of [{}, base(), ...sample(mutatedSubmissions(definition, base()), 17, 150)]) {
        const sent = submissionData(definition, data);
        const fields: string[] = [];
        walkDefinition(definition, data, ({ field, path, value }) => {
          if (field.type === 'guidance' || field.type === 'summary') return;
          fields.push(path);
          const got = getIn(sent, path);
          if (field.type === 'group') expect(got, path).to.be.an('object');
          else if (field.type === 'repeat') expect((got as unknown[]).length, path).to.equal(Array.isArray(value) ? value.length : 0);
          else if (TABLES.has(field.type)) expect(got, path).to.not.equal(undefined);
          else if (field.type === 'attachment') expect(got === null || typeof got === 'object' || got === value, path).to.equal(true);
          else expect(got, path).to.deep.equal(isEmptyValue(value) ? (field.type === 'checkbox' ? false : null) : value);
          if (TABLES.has(field.type)) return false;
        });
        // Every leaf sent lies under a visible field (a section's own object counts as none).
        collectLeaves(sent, '', (leaf, v) => {
          if (v !== undefined && !(v && typeof v === 'object' && !Object.keys(v).length)) expect(fields.some((f) => isUnder(leaf, f)), leaf).to.equal(true);
        });
      }
    });
  }

  it('the sections with keys come first in the data sent, in their order, then the fields of sections without one (the order it has always had)', () => {
    const sent = submissionData(helseteknologiSoknad(DEFAULT_CONFIG), completeApplication());
    expect(Object.keys(sent)).to.deep.equal(['applicant', 'project', 'description', 'budget', 'signature', 'partners', 'goals', 'milestones', 'risks']);
  });

  it('isUnder: a path at or under a prefix, and never one that only begins with the same letters', () => {
    expect(isUnder('budget.costs', 'budget')).to.equal(true);
    expect(isUnder('budget', 'budget')).to.equal(true);
    expect(isUnder('budgets.costs', 'budget')).to.equal(false);
    expect(isUnder('budge', 'budget')).to.equal(false);
    expect(isUnder('anything', '')).to.equal(true);
  });
});
