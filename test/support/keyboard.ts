import { expect } from 'chai';
import type { TilskuddSubmitEvent } from '../../src/elements/events.js';
import type { TilskuddSkjema } from '../../src/elements/tilskudd-skjema.js';
import { deepActive, frame, press, tabTo, type } from '../elements/helpers.js';

/**
 * Each step reaches its field with Tab only, then types or presses keys, as a keyboard user does:
 * ArrowDown chooses a radio or option, Space ticks a checkbox or the first radio, Enter adds a
 * repeat item or picks a suggestion; anything else is typed.
 */
export type Step = [id: string, ...keys: string[]];
const KEYS = new Set(['Space', 'Enter', 'ArrowDown']);

/** Runs the steps; `everyFrame` also waits a frame after each key (for forms that lay out tables as you type). */
export async function runSteps(el: TilskuddSkjema, steps: Step[], { everyFrame = false } = {}): Promise<void> {
  for (const [id, ...keys] of steps) {
    await tabTo(id);
    for (const key of keys) {
      if (KEYS.has(key)) await press(key);
      else await type(key);
      await el.updateComplete;
      if (everyFrame) await frame(el);
    }
  }
}

/**
 * Tabs to the submit button and presses Enter; the form must have no errors, send the event and
 * keep focus on the button. Listens from now on, so call it after filling.
 */
export async function submitByKeyboard(el: TilskuddSkjema): Promise<TilskuddSubmitEvent> {
  let submitted: TilskuddSubmitEvent | undefined;
  el.addEventListener('tilskudd-submit', (e) => (submitted = e));
  await tabTo('submit');
  await press('Enter');
  await frame(el);
  expect(el.validate().filter((i) => i.severity === 'error').map((i) => `${i.path}: ${i.code}`)).to.deep.equal([]);
  expect(submitted, 'tilskudd-submit').to.not.equal(undefined);
  expect(deepActive()?.id).to.equal('submit');
  return submitted!;
}

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/**
 * The sent JSON equals `expected` exactly, but for the two fields that differ per run: the time
 * (within `withinMs` of now) and the idempotency key (a fresh UUID v4).
 */
export function expectSentJson(submitted: TilskuddSubmitEvent, expected: object, withinMs = 120_000): void {
  const { submittedAt, idempotencyKey, ...rest } = submitted.detail as TilskuddSubmitEvent['detail'] & { idempotencyKey?: string };
  expect(Date.parse(submittedAt)).to.be.closeTo(Date.now(), withinMs);
  expect(idempotencyKey, 'one key per submission, so a repeated send counts once').to.match(UUID_V4);
  expect(rest).to.deep.equal(expected);
}

/** A checklist item as the submission lists it once done. */
export const completeItem = (id: string, rule: string, label: string, section: string) => ({ id, rule, label, section, status: 'complete' });
