import { fileURLToPath, pathToFileURL } from 'node:url';
import type * as Entry from '../../src/server/index.js';
import { completeFmkKlage, completeFmkSoknad, FMK_DEADLINE, FMK_TODAY } from '../../stories/fixtures/fmk.js';
import { completeFmkRapport, FMK_REPORT_TODAY } from '../../stories/fixtures/fmk-rapport.js';
import { completeApplication } from '../../stories/fixtures/helseteknologi.js';
import { completeForenklet } from '../../stories/fixtures/helseteknologi-forenklet.js';
import { BEFORE_DEADLINE, completeReport } from '../../stories/fixtures/helseteknologi-rapport.js';

/** The project root: these tests run bundled from node_modules/.cache, so not from import.meta. */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The Node entry as shipped (`npm run build`), not the sources. */
export const entry = (await import(pathToFileURL(`${ROOT}dist/node/index.js`).href)) as typeof Entry;

const at = (day: string) => new Date(`${day}T10:00:00.000Z`);

/** One valid submission of each form and variant, as the elements would send them. */
export const validSubmissions = () => ({
  'helseteknologi/soknad': entry.submissionOf('helseteknologi/soknad', completeApplication(), { now: at('2026-11-20') }),
  'helseteknologi/soknad forenklet': entry.submissionOf('helseteknologi/soknad', completeForenklet(), { variant: 'forenklet', now: at('2026-11-20') }),
  'helseteknologi/rapport': entry.submissionOf('helseteknologi/rapport', completeReport(), { now: at(BEFORE_DEADLINE) }),
  'fmk/soknad': entry.submissionOf('fmk/soknad', completeFmkSoknad(), { now: at(FMK_TODAY), config: { deadline: FMK_DEADLINE } }),
  'fmk/rapport': entry.submissionOf('fmk/rapport', completeFmkRapport(), { now: at(FMK_REPORT_TODAY) }),
  'fmk/klage': entry.submissionOf('fmk/klage', completeFmkKlage(), { now: at(FMK_TODAY) }),
});

export const FMK_CONFIG = { 'fmk/soknad': { deadline: FMK_DEADLINE } };
