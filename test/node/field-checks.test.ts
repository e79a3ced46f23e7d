import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Field } from '../../src/core/definition.js';
import { validateValue } from '../../src/core/validate.js';

// The stored-value checks behind every field (src/core/field-types.ts): one zod custom check per
// field that reports the first condition that fails, as validators read only the first issue.

const code = (field: Field, value: unknown) => validateValue(field, value, field.key, true, field.rule).map((i) => `${i.rule} ${i.code}`);

describe('field checks on stored values', () => {
  const amount: Field = { key: 'a', type: 'amount', label: 'a.label' };
  it('ALL-1: an amount is whole, non-negative, safe kroner, each fault with its own message', () => {
    assert.deepEqual(code(amount, 1_000_000), []);
    assert.deepEqual(code(amount, 12.5), ['ALL-1 amount.decimals']);
    assert.deepEqual(code(amount, -5), ['ALL-1 amount.negative']);
    assert.deepEqual(code(amount, -5.5), ['ALL-1 amount.decimals']);
    assert.deepEqual(code(amount, 2 ** 60), ['ALL-1 amount.tooLarge']);
    assert.deepEqual(code(amount, Number.NaN), ['ALL-1 amount.invalid']);
    assert.deepEqual(code(amount, Number.POSITIVE_INFINITY), ['ALL-1 amount.invalid']);
    assert.deepEqual(code(amount, '1000'), ['ALL-1 amount.invalid']);
  });

  it('ALL-5: a choice outside its options, and text over its length', () => {
    const radio: Field = { key: 'r', type: 'radio', label: 'r', options: [{ value: 'ja', label: 'ja' }], rule: 'ALL-5' };
    assert.deepEqual(code(radio, 'ja'), []);
    assert.deepEqual(code(radio, 'nei'), ['ALL-5 choice.invalid']);
    assert.deepEqual(code(radio, 1), ['ALL-5 choice.invalid']);
    const text: Field = { key: 't', type: 'textarea', label: 't', maxLength: 4 };
    assert.deepEqual(code(text, 'abcd'), []);
    assert.deepEqual(code(text, 'abcde'), ['ALL-5 text.tooLong']);
    assert.deepEqual(code(text, 5), ['ALL-5 value.type']);
  });

  it('an attachment is {name, size, type} of an accepted, non-empty file under its limit', () => {
    const file: Field = { key: 'f', type: 'attachment', label: 'f', accept: 'application/pdf,.pdf', maxSize: 1000, rule: 'HTO-R5' };
    const pdf = { name: 'revisor.pdf', size: 10, type: 'application/pdf' };
    assert.deepEqual(code(file, pdf), []);
    assert.deepEqual(code(file, { ...pdf, size: -1 }), ['HTO-R5 attachment.invalid']);
    assert.deepEqual(code(file, [pdf]), ['HTO-R5 attachment.invalid']);
    assert.deepEqual(code(file, { ...pdf, name: 'a.docx', type: 'application/msword' }), ['HTO-R5 attachment.type']);
    assert.deepEqual(code(file, { ...pdf, size: 5000 }), ['HTO-R5 attachment.tooLarge']);
    assert.deepEqual(code(file, { ...pdf, size: 0 }), ['HTO-R5 attachment.empty']);
  });
});
