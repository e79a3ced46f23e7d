// The host page test/drafts opens in more tabs: one form, its draft key from the query string.
import '../../src/index.js';
import type { TilskuddSkjema } from '../../src/elements/tilskudd-skjema.js';

const params = new URLSearchParams(location.search);
const el = document.createElement(params.get('tag') ?? 'helseteknologi-soknad') as TilskuddSkjema;
el.setAttribute('draft-key', params.get('key') ?? 'page');
document.body.append(el);
await el.updateComplete;
// Drafts load right after the form; a tab is "ready" for these tests once they have.
await (el as unknown as { drafts: { ready: Promise<unknown> } }).drafts.ready;
(window as unknown as { formReady: boolean }).formReady = true;
