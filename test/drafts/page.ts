// The host page test/drafts opens in more tabs: one form, its draft key from the query string.
import '../../src/index.js';
import type { TilskuddSkjema } from '../../src/elements/tilskudd-skjema.js';
import { helseteknologiSoknad } from '../../src/schemes/helseteknologi/index.js';
import type { Data } from '../../src/core/index.js';

function marked(data: Data, version: string): Data {
  const project = (data.project ?? {}) as Data;
  return { ...data, project: { ...project, title: `${String(project.title ?? '')} (${version})` } };
}

const params = new URLSearchParams(location.search);
// `version=2.0.0`: the application as another version of the page would have it (a tab still
// open on an older page, or a newer one), through the generic element.
const version = params.get('version');
// `migrate=1.0.0`: that version has a migration step to this one. It marks the title, so a test
// sees that the other tab's version went through it.
const from = params.get('migrate');
const migrations = from && version ? [{ from, to: version, migrate: (data: Data) => marked(data, version) }] : undefined;
const el = document.createElement(version ? 'tilskudd-skjema' : (params.get('tag') ?? 'helseteknologi-soknad')) as TilskuddSkjema;
if (version) el.definition = { ...helseteknologiSoknad(), version, ...(migrations ? { migrations } : {}) };
el.setAttribute('draft-key', params.get('key') ?? 'page');
document.body.append(el);
await el.updateComplete;
(window as unknown as { formShown: boolean }).formShown = true;
// Drafts load right after the form; a tab is "ready" for these tests once they have.
await (el as unknown as { drafts: { ready: Promise<unknown> } }).drafts.ready;
(window as unknown as { formReady: boolean }).formReady = true;
