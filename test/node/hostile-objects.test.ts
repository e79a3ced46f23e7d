import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entry, validSubmissions } from './support.js';

// JSON.parse makes none of these; a back end that builds the object it passes can. The entry
// validates one snapshot of plain data and never throws, whatever it is handed.

const { validateSubmission, validateData } = entry;
const klage = () => JSON.parse(JSON.stringify(validSubmissions()['fmk/klage']));
const codes = (input: unknown) => validateSubmission(input).issues.map((i) => `${i.path} ${i.code}`);

/** Each change to a valid complaint makes it invalid, with `input.notJson` at the path given. */
function refusedAsNotJson(cases: [string, (s: any) => void][]): void {
  for (const [path, change] of cases) {
    const submission = klage();
    change(submission);
    const result = validateSubmission(submission);
    assert.equal(result.valid, false, path);
    assert.ok(result.issues.some((i) => i.path === path && i.code === 'input.notJson'), `${path}: ${codes(submission)}`);
  }
}
/** A getter that counts its calls and gives `value`. */
const getter = (target: object, key: string, value: () => unknown) => {
  const calls = { n: 0 };
  Object.defineProperty(target, key, { get: () => (calls.n++, value()), enumerable: true, configurable: true });
  return calls;
};

describe('Node entry: objects a back end built, not parsed', () => {
  it('a getter is refused at its key and never called, whether it throws or gives another value each time', () => {
    const throwing = klage();
    const thrown = getter(throwing, 'data', () => {
      throw new Error('the sender\'s getter');
    });
    const result = validateSubmission(throwing, { lang: 'en' });
    assert.equal(result.valid, false);
    assert.deepEqual(result.issues.map((i) => `${i.path} ${i.code}`), ['data input.notJson']);
    assert.match(result.issues[0]!.message, /not JSON data/);
    // Valid data on the first read, a junk answer after: the check and the use cannot differ, as nothing is read.
    const fickle = klage();
    const data = fickle.data;
    let reads = 0;
    const flipped = getter(fickle.data.decision, 'received', () => (reads++ ? 'i går' : data.decision.received));
    // Refused, the date is not there: the rules that need it say so after.
    assert.equal(codes(fickle)[0], 'data.decision.received input.notJson');
    assert.deepEqual([thrown.n, flipped.n], [0, 0]);
  });

  it('a Proxy whose trap throws is one issue where reading stopped; get and has are never called', () => {
    const fail = () => {
      throw new Error('trap');
    };
    for (const trap of ['ownKeys', 'getOwnPropertyDescriptor', 'getPrototypeOf'] as const) {
      assert.deepEqual(codes(new Proxy(klage(), { [trap]: fail })), [' input.unreadable'], trap);
      const nested = klage();
      nested.data.decision = new Proxy(nested.data.decision, { [trap]: fail });
      const result = validateSubmission(nested, { lang: 'nn' });
      assert.deepEqual(result.issues.map((i) => `${i.path} ${i.code}`), ['data.decision input.unreadable'], trap);
      assert.deepEqual([result.valid, result.schema, result.computed], [false, null, null]);
      assert.match(result.issues[0]!.message, /kunne ikkje lesast/);
    }
    const { proxy, revoke } = Proxy.revocable(klage(), {});
    revoke();
    assert.deepEqual(codes(proxy), [' input.unreadable']);
    assert.deepEqual(validateData('fmk/klage', proxy).issues.map((i) => `${i.path} ${i.code}`), [' input.unreadable']);
    // Read through its descriptors, a Proxy over a valid submission is that submission (a framework's reactive object).
    const wrapped = klage();
    wrapped.data = new Proxy(wrapped.data, { get: fail, has: fail });
    assert.equal(validateSubmission(new Proxy(wrapped, { get: fail, has: fail })).valid, true);
  });

  it('a cycle is refused where it closes; a value shared by two keys is not a cycle', () => {
    const looped = klage();
    looped.data.decision.self = looped.data;
    assert.equal(codes(looped)[0], 'data.decision.self input.cycle');
    const listed = klage();
    listed.checklist.items.push(listed.checklist.items);
    assert.ok(codes(listed).includes(`checklist.items.${listed.checklist.items.length - 1} input.cycle`));
    // Every subtree that occurs twice (an empty budget cell, say) made one object, as a back end may build it.
    const seen = new Map<string, unknown>();
    let shares = 0;
    const share = (value: unknown): unknown => {
      if (!value || typeof value !== 'object') return value;
      for (const [k, v] of Object.entries(value)) (value as Record<string, unknown>)[k] = share(v);
      const key = JSON.stringify(value);
      if (seen.has(key)) return shares++, seen.get(key);
      seen.set(key, value);
      return value;
    };
    const application = share(JSON.parse(JSON.stringify(validSubmissions()['helseteknologi/soknad'])));
    assert.ok(shares > 0, String(shares));
    assert.deepEqual(validateSubmission(application).issues, []);
  });

  it('a Map, Set, Date, class instance, boxed string or Array subclass is refused at its path, not read as {} or as its fields', () => {
    class Decision {
      constructor(public kind: string, public reference: string, public received: string) {}
    }
    class Items extends Array {}
    const cases: [string, (s: any) => void][] = [
      ['data.decision', (s) => (s.data.decision = new Decision(s.data.decision.kind, s.data.decision.reference, s.data.decision.received))],
      ['data.decision', (s) => (s.data.decision = new Map(Object.entries(s.data.decision)))],
      ['data.grounds', (s) => (s.data.grounds = new Set([true]))],
      ['data.decision.received', (s) => (s.data.decision.received = new Date(s.data.decision.received))],
      ['data.decision.reference', (s) => (s.data.decision.reference = Object('FMK 2026/3'))],
      ['checklist.items', (s) => (s.checklist.items = Items.from(s.checklist.items))],
    ];
    refusedAsNotJson(cases);
    // The whole input as one: that issue and no other.
    assert.deepEqual(codes(new Map(Object.entries(klage()))), [' input.notJson']);
    assert.deepEqual(validateData('fmk/klage', new Map()).issues.map((i) => `${i.path} ${i.code}`), [' input.notJson']);
  });

  it('objects with no prototype, frozen objects and keys holding undefined are plain data: the valid submission stays valid', () => {
    const bare = (value: unknown): unknown =>
      Array.isArray(value) ? value.map(bare) : value && typeof value === 'object' ? Object.assign(Object.create(null), Object.fromEntries(Object.entries(value).map(([k, v]) => [k, bare(v)]))) : value;
    const freeze = (value: unknown): unknown => {
      if (value && typeof value === 'object') Object.freeze(Object.values(value).map(freeze));
      return value && typeof value === 'object' ? Object.freeze(value) : value;
    };
    assert.deepEqual(validateSubmission(bare(klage())).issues, []);
    assert.deepEqual(validateSubmission(freeze(klage())).issues, []);
    // `{ ...s, key: maybe }` is how JavaScript leaves a key out: JSON.stringify drops it, and so does the entry.
    const sent = klage();
    assert.deepEqual(validateSubmission({ ...sent, idempotencyKey: undefined, data: { ...sent.data, note: undefined } }).issues, []);
  });

  it('a symbol key, a BigInt, a function or a symbol as a value is refused at its path', () => {
    const cases: [string, (s: any) => void][] = [
      ['data', (s) => (s.data[Symbol('id')] = 1)],
      ['', (s) => (s[Symbol.for('meta')] = {})],
      ['data.decision.received', (s) => (s.data.decision.received = 20260202n)],
      ['data.grounds.procedural', (s) => (s.data.grounds.procedural = () => true)],
      ['data.grounds.toJSON', (s) => (s.data.grounds.toJSON = () => ({ procedural: true }))],
      ['data.decision.kind', (s) => (s.data.decision.kind = Symbol('refusal'))],
    ];
    refusedAsNotJson(cases);
  });

  it('a sparse array, or one with keys of its own, is refused as a whole', () => {
    const holed = klage();
    delete holed.checklist.items[0];
    assert.deepEqual(codes(holed), ['checklist.items input.notJson']);
    const lengthened = klage();
    lengthened.checklist.items.length += 2;
    assert.deepEqual(codes(lengthened), ['checklist.items input.notJson']);
    const tagged = klage();
    tagged.checklist.items.note = 'x';
    assert.deepEqual(codes(tagged), ['checklist.items input.notJson']);
    // A hole and an extra key that would count the same.
    const both = klage();
    delete both.checklist.items[0];
    both.checklist.items.note = 'x';
    assert.deepEqual(codes(both), ['checklist.items input.notJson']);
    const getterItem = klage();
    const calls = getter(getterItem.checklist.items, '0', () => getterItem.checklist.items[1]);
    assert.deepEqual(codes(getterItem), ['checklist.items.0 input.notJson']);
    assert.equal(calls.n, 0);
  });
});
