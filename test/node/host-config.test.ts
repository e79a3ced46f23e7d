import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { completeApplication } from '../../stories/fixtures/helseteknologi.js';
import { entry, validSubmissions } from './support.js';

// A wrong `config` is the host's programming error, not the sender's: a TypeError that names the
// form, the setting and what it must be, before any submission is looked at.

const { validateSubmission, validateData, submissionOf } = entry;
const klage = () => JSON.parse(JSON.stringify(validSubmissions()['fmk/klage']));
const choice = { value: 'en', label: 'Område én' };

/** [form, settings, the setting named, what the message says it must be] */
const wrong: [string, Record<string, unknown>, string, RegExp][] = [
  ['helseteknologi/soknad', { areas: 'velferdsteknologi' }, 'areas', /list of at least one choice/],
  ['helseteknologi/soknad', { areas: [] }, 'areas', /list of at least one choice/],
  ['helseteknologi/soknad', { phases: [null] }, 'phases', /list of at least one choice/],
  ['helseteknologi/soknad', { areas: [{ value: 1, label: 'Én' }] }, 'areas', /"value": "…", "label": "…"/],
  ['helseteknologi/soknad', { areas: [{ value: 'en' }] }, 'areas', /"value": "…", "label": "…"/],
  ['helseteknologi/soknad', { areas: undefined }, 'areas', /list of at least one choice/],
  ['helseteknologi/soknad', { area: [choice] }, 'area', /not a setting of helseteknologi\/soknad\. Use these: areas, phases/],
  ['fmk/soknad', { priorityAreas: { value: 'a', label: 'A' } }, 'priorityAreas', /list of at least one choice/],
  ['fmk/soknad', { deadline: '01.03.2026' }, 'deadline', /date as YYYY-MM-DD/],
  ['fmk/soknad', { deadline: '2026-02-30' }, 'deadline', /date as YYYY-MM-DD/],
  ['fmk/soknad', { round: 2026 }, 'round', /must be text/],
  ['fmk/klage', { today: 20260301 }, 'today', /date as YYYY-MM-DD/],
  ['helseteknologi/rapport', { deadline: { month: 4 } }, 'deadline', /month, the day and the number of years after/],
  ['helseteknologi/rapport', { deadline: { month: 2, day: 29, yearsAfter: 1 } }, 'deadline', /a day that exists every year/],
  ['helseteknologi/rapport', { deadline: { month: 4, day: 1, yearsAfter: 0.5 } }, 'deadline', /whole numbers/],
  ['helseteknologi/rapport', { deadline: { month: 4, day: 1, yearsAfter: 10000 } }, 'deadline', /years after \(0 to 10\)/],
  ['helseteknologi/rapport', { auditThreshold: '200000' }, 'auditThreshold', /amount in kroner, 0 or more/],
  ['helseteknologi/rapport', { auditThreshold: -1 }, 'auditThreshold', /amount in kroner, 0 or more/],
  ['helseteknologi/rapport', { deviation: { percent: 10 } }, 'deviation', /per cent and in kroner/],
  ['fmk/rapport', { deviation: null }, 'deviation', /per cent and in kroner/],
];

const names = (form: string, key: string, expected: RegExp, caller = 'validateSubmission') => (error: unknown) =>
  error instanceof TypeError &&
  error.message.startsWith(`${caller}: options.config: `) &&
  error.message.includes(`“${key}”`) &&
  error.message.includes(form) &&
  expected.test(error.message);

describe('Node entry: a host config that cannot be used', () => {
  it('throws a TypeError naming the form, the setting and what it must be, whichever form is sent', () => {
    for (const [form, settings, key, expected] of wrong) {
      const config = { [form]: settings };
      // The klage is another form: the mistake is found before the submission is looked at.
      assert.throws(() => validateSubmission(klage(), { config }), names(form, key, expected), `${form} ${key}`);
      assert.throws(() => validateSubmission(null, { config }), names(form, key, expected));
      assert.throws(() => validateData(form, {}, { config }), names(form, key, expected, 'validateData'));
      assert.throws(() => submissionOf(form, {}, { config: settings }), names(form, key, expected, 'submissionOf'));
    }
  });

  it('a config that is no object per form, or names a form that does not exist, throws too', () => {
    for (const config of [[], 'fmk/soknad', { 'fmk/klage': 'today' }, { 'fmk/klage': [] }])
      assert.throws(() => validateSubmission(klage(), { config } as never), /^TypeError: validateSubmission: options\.config: The configuration must be a JSON object with the forms as keys/);
    assert.throws(() => validateSubmission(klage(), { config: { 'fmk/søknad': {} } }), /options\.config: The form “fmk\/søknad” does not exist/);
  });

  it('a config whose Proxy or getter throws is a TypeError that says it could not be read, not the trap\'s own error', () => {
    const fail = () => {
      throw new Error('the trap went off');
    };
    const proxy = new Proxy({}, { ownKeys: fail });
    const getter = { 'fmk/klage': Object.defineProperty({}, 'today', { enumerable: true, get: fail }) };
    for (const config of [proxy, getter]) {
      assert.throws(() => validateSubmission(klage(), { config } as never), (e: unknown) => e instanceof TypeError && /^validateSubmission: options\.config could not be read: the trap went off$/.test(e.message));
      assert.throws(() => validateData('fmk/klage', {}, { config } as never), /^TypeError: validateData: options\.config could not be read/);
    }
  });

  it('every setting the README gives is taken; a date or text, which has no default, may be null or undefined', () => {
    const documented = {
      'helseteknologi/soknad': { areas: [choice, { value: 'to', label: 'Område to', hint: 'Forklaring' }], phases: [{ value: 'pilot', label: 'Utprøving' }] },
      'helseteknologi/rapport': { deadline: { month: 4, day: 1, yearsAfter: 1 }, auditThreshold: 200000, deviation: { percent: 10, amount: 10000 }, today: '2026-03-01' },
      'fmk/soknad': { deadline: '2026-03-01', round: 'Vår 2026', today: '2026-02-10', priorityAreas: [choice] },
      'fmk/rapport': { deviation: { percent: 0, amount: 0 } },
      'fmk/klage': { today: null },
    };
    assert.equal(validateSubmission(klage(), { config: documented }).valid, true);
    assert.equal(validateSubmission(klage(), { config: { 'fmk/soknad': { round: null, deadline: undefined } } }).valid, true);
    // The configured areas are the ones the data is held to.
    const data = completeApplication() as { project: { area: string } };
    const areas = { 'helseteknologi/soknad': { areas: [choice] } };
    assert.ok(validateData('helseteknologi/soknad', data, { config: areas }).issues.some((i) => i.path === 'project.area' && i.code === 'choice.invalid'));
    data.project.area = 'en';
    assert.ok(!validateData('helseteknologi/soknad', data, { config: areas }).issues.some((i) => i.path === 'project.area'));
  });
});
