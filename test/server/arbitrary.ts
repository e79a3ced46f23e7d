import fc from 'fast-check';
import type { Data, Field, FormDefinition } from '../../src/core/definition.js';
import { collectLeaves, setIn } from '../../src/core/path.js';
import { walkDefinition } from '../../src/core/walk.js';

/**
 * Submissions for comparing the browser with Node: a valid base, then 0–3 answers replaced by
 * values that are valid, empty, malformed or of the wrong type, for the field's own type.
 */

const long = (n: number) => 'x'.repeat(n + 1);
const dates = fc.constantFrom('2024-03-01', '2025-06-15', '2027-01-10', '2025-02-30', '15.03.2025', '', null);
const amounts = fc.oneof(fc.nat(3_000_000), fc.constantFrom(0, -5, 12.5, '100', null, { unparseable: 'hundre' }));

function valuesFor(field: Field): fc.Arbitrary<unknown> {
  switch (field.type) {
    case 'text':
    case 'textarea':
      return fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('   ', '', null, 42, long(field.maxLength), '<img src=x onerror=alert(1)>'));
    case 'amount':
      return amounts;
    case 'integer':
      return fc.oneof(fc.integer({ min: -3, max: 500 }), fc.constantFrom(1.5, '7', null));
    case 'orgnr':
      return fc.constantFrom('974760673', '988077917', '988077918', '000000000', '12', '988 077 917', null);
    case 'kontonr':
      return fc.constantFrom('12345678903', '12345678904', '1234', null);
    case 'postnr':
      return fc.constantFrom('0150', '5020', 'ab', '502', '5 020', 5020, null);
    case 'email':
      return fc.constantFrom('post@kommune.no', 'post@', 'a b@c.no', null);
    case 'phone':
      return fc.constantFrom('91234567', '+4791234567', '1234', null);
    case 'date':
      return dates;
    case 'select':
    case 'radio':
      return fc.oneof(fc.constantFrom(...field.options.map((o) => o.value)), fc.constantFrom('ukjent', null, 3));
    case 'checkbox':
      return fc.constantFrom(true, false, 'ja', null);
    case 'municipality':
      return fc.constantFrom('4601', '0301', '5001', '9999', 'Bergen', null);
    case 'attachment':
      return fc.constantFrom({ name: 'revisor.pdf', size: 120_000, type: 'application/pdf' }, null, 'fil.pdf');
    default:
      return fc.constant(null);
  }
}

interface Slot {
  path: string;
  values: fc.Arbitrary<unknown>;
}

/** Every answer of the base that a mutation may replace, with what it may become. */
function slots(definition: FormDefinition<any>, base: Data): Slot[] {
  const out: Slot[] = [];
  walkDefinition(definition, base, ({ field, path, value }) => {
    if (field.type === 'summary' || field.type === 'guidance' || field.type === 'group') return;
    if (field.type === 'repeat') {
      // A list may lose its items or get an empty one.
      out.push({ path, values: fc.constantFrom([], [{}], null) });
      return;
    }
    if (field.type === 'budget' || field.type === 'accounts') {
      // Inside tables, each amount cell and text.
      collectLeaves(value, path, (leaf, v) => out.push({ path: leaf, values: typeof v === 'string' ? fc.constantFrom('', 'Drift av server', null) : amounts }));
      return false;
    }
    out.push({ path, values: valuesFor(field) });
  });
  return out;
}

export function mutatedSubmissions(definition: FormDefinition<any>, base: Data): fc.Arbitrary<Data> {
  const all = slots(definition, base);
  const mutation = fc.nat(all.length - 1).chain((i) => all[i]!.values.map((value) => ({ path: all[i]!.path, value })));
  return fc.array(mutation, { maxLength: 3 }).map((mutations) => mutations.reduce((data, m) => setIn(data, m.path, m.value), structuredClone(base)));
}

export const sample = <T>(arbitrary: fc.Arbitrary<T>, seed: number, numRuns: number): T[] => fc.sample(arbitrary, { seed, numRuns });
