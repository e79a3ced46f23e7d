import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { draftFileName, serializeDraft } from '../../core/draft.js';
import { getLocale } from '../../i18n/localize.js';
import type { DraftController, SetAside } from './draft-controller.js';
import type { SendState, SubmitController } from './submit-controller.js';

/** "21. november kl. 14.32" in the form's language (bokmål and nynorsk write 14.32, not 14:32). */
export function when(iso: string | Date): string {
  const date = new Date(iso);
  const locale = getLocale();
  // Nynorsk writes the months as bokmål does, and some browsers' ICU has no `nn` data at all.
  const tag = locale === 'en' ? 'en-GB' : ['nb-NO', 'no'];
  const day = new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long' }).format(date);
  const time = new Intl.DateTimeFormat(tag, { hour: '2-digit', minute: '2-digit', hour12: false }).format(date).replace(':', locale === 'en' ? ':' : '.');
  return msg(str`${day} kl. ${time}`, { id: 'draft.when' });
}

/** Saves text as a file through the browser's own download. */
export function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

async function downloadCurrent(drafts: DraftController): Promise<void> {
  const draft = await drafts.draftFile();
  if (draft) download(draftFileName(draft), serializeDraft(draft));
}

function downloadKept(raw: unknown): void {
  const text = typeof raw === 'string' ? raw : serializeDraft(raw);
  download(`utkast-${new Date().toISOString().slice(0, 10)}.json`, text);
}

/** A choice in a banner, then focus to the form's first section heading (or `focus`). */
function choose(drafts: DraftController, action: () => void, focus = 'form section h2[tabindex="-1"]') {
  action();
  void drafts.focusAfter(focus);
}

const downloadButton = (drafts: DraftController, label = msg('Last ned utkast', { id: 'draft.download' })) =>
  html`<button type="button" data-draft="download" @click=${() => void downloadCurrent(drafts)}>${label}</button>`;

/** A button that opens the file picker; the input itself is hidden (a native file input reads badly). */
const uploadButton = (drafts: DraftController) => html`<button
    type="button"
    data-draft="upload"
    @click=${(e: Event) => ((e.currentTarget as HTMLElement).nextElementSibling as HTMLInputElement).click()}
  >
    ${msg('Last opp utkast', { id: 'draft.upload' })}</button
  ><input
    type="file"
    hidden
    accept="application/json,.json"
    @change=${(e: Event) => {
      const input = e.currentTarget as HTMLInputElement;
      const file = input.files?.[0];
      input.value = '';
      if (file) void drafts.uploadFile(file);
    }}
  />`;

const keptText = (code: string) => {
  switch (code) {
    case 'draft.newer':
      return msg('Vi fant et utkast fra en nyere versjon av skjemaet. Det kan ikke åpnes her, men det er tatt vare på, og du kan laste det ned.', { id: 'draft.kept.newer' });
    case 'draft.noMigration':
      return msg('Vi fant et utkast fra en eldre versjon av skjemaet som ikke kan gjøres om til denne versjonen. Det er tatt vare på, og du kan laste det ned.', { id: 'draft.kept.old' });
    case 'draft.otherForm':
      return msg('Vi fant et utkast til et annet skjema. Det er tatt vare på, og du kan laste det ned.', { id: 'draft.kept.other' });
    default:
      return msg('Vi fant et lagret utkast som ikke kan leses. Det er tatt vare på, og du kan laste det ned.', { id: 'draft.kept.corrupt' });
  }
};

/**
 * How long set-aside answers last, said plainly: until the next edit, or until closed, and then
 * whether they outlive the page (stored) or not (storage failing).
 */
const discardedText = (state: SetAside) => {
  const stored = !!state.storedAs;
  switch (state.why) {
    case 'replaced':
      return stored
        ? msg(str`${when(state.draft.savedAt)} ble svarene i skjemaet byttet ut med nye. Du kan hente tilbake svarene du hadde, til du lukker denne meldingen.`, { id: 'draft.discarded.replaced' })
        : msg(str`${when(state.draft.savedAt)} ble svarene i skjemaet byttet ut med nye. Du kan hente tilbake svarene du hadde, til du lukker denne meldingen eller siden.`, { id: 'draft.discarded.replaced.page' });
    case 'early':
      return stored
        ? msg('Du skrev i skjemaet før utkastet var hentet. Du kan bruke det du skrev i stedet for utkastet, til du lukker denne meldingen.', { id: 'draft.discarded.early' })
        : msg('Du skrev i skjemaet før utkastet var hentet. Du kan bruke det du skrev i stedet for utkastet, til du lukker denne meldingen eller siden.', { id: 'draft.discarded.early.page' });
    default:
      return msg(str`Du startet på nytt. Utkastet fra ${when(state.draft.savedAt)} blir slettet når du skriver noe i skjemaet.`, { id: 'draft.discarded' });
  }
};

const undoText = (state: SetAside) => {
  switch (state.why) {
    case 'replaced':
      return msg('Angre og bruk svarene du hadde', { id: 'draft.undo.replaced' });
    case 'early':
      return msg('Bruk det du skrev, i stedet for utkastet', { id: 'draft.undo.early' });
    default:
      return msg('Angre og fortsett på utkastet', { id: 'draft.undo' });
  }
};

const uploadError = (code: string) => {
  switch (code) {
    case 'draft.newer':
      return msg('Utkastet er fra en nyere versjon av skjemaet og kan ikke åpnes her.', { id: 'draft.upload.newer' });
    case 'draft.noMigration':
      return msg('Utkastet er fra en eldre versjon av skjemaet som ikke kan gjøres om til denne versjonen.', { id: 'draft.upload.old' });
    case 'draft.otherForm':
      return msg('Utkastet er til et annet skjema. Velg et utkast til dette skjemaet.', { id: 'draft.upload.other' });
    default:
      return msg('Filen er ikke et utkast til dette skjemaet. Velg en fil du har lastet ned med «Last ned utkast».', { id: 'draft.upload.corrupt' });
  }
};

const failedText = (reason: string) => {
  switch (reason) {
    case 'quota':
      return msg('Utkastet blir ikke lagret: nettleseren har ikke mer plass.', { id: 'draft.failed.quota' });
    case 'blocked':
      return msg('Utkastet blir ikke lagret: nettleseren eller nettsiden tillater ikke lagring.', { id: 'draft.failed.blocked' });
    default:
      return msg('Utkastet blir ikke lagret: lagringen i nettleseren virker ikke.', { id: 'draft.failed.other' });
  }
};

/** The banner above the form: a found draft, a conflict, a storage failure, a send that failed. */
export function renderBanner(drafts: DraftController, sender: SubmitController, retry: () => void): TemplateResult | typeof nothing {
  // Answers set aside wait while a found draft is offered: that choice comes first.
  const asides = drafts.state.kind === 'offer' ? [] : drafts.asides;
  return html`${draftBanner(drafts)}${repeat(asides, (aside) => aside, (aside) => asideBanner(drafts, aside))}${sendBanner(sender.state, drafts, retry)}`;
}

/** Each banner of answers set aside has an id of its own while it shows (its buttons refer to its text). */
const asideIds = new WeakMap<SetAside, string>();
let asideCount = 0;
const asideId = (aside: SetAside): string => {
  let id = asideIds.get(aside);
  if (!id) asideIds.set(aside, (id = `draft-aside-${++asideCount}`));
  return id;
};

/**
 * Answers set aside, with "Angre" (and "Lukk" for those that stay until closed). With several,
 * each button is described by its banner's text, and "Lukk" leaves focus on the next banner.
 */
function asideBanner(drafts: DraftController, aside: SetAside): TemplateResult {
  const id = asideId(aside);
  const rest = drafts.asides.filter((a) => a !== aside);
  const next = rest[Math.min(drafts.asides.indexOf(aside), rest.length - 1)];
  return html`<div class="draft-banner" role="status" id=${id} data-state="discarded" data-why=${aside.why ?? 'start-over'}>
    <p id=${`${id}-text`}>${discardedText(aside)}</p>
    <div class="draft-actions">
      <button type="button" data-draft="undo" aria-describedby=${`${id}-text`} @click=${() => choose(drafts, () => drafts.restore(aside))}>${undoText(aside)}</button>
      ${aside.why
        ? html`<button
            type="button"
            data-draft="dismiss"
            aria-describedby=${`${id}-text`}
            @click=${() => choose(drafts, () => drafts.dismissAside(aside), next ? `#${asideId(next)} [data-draft=undo]` : undefined)}
          >
            ${msg('Lukk', { id: 'draft.dismiss' })}
          </button>`
        : nothing}
    </div>
  </div>`;
}

function draftBanner(drafts: DraftController): TemplateResult | typeof nothing {
  const state = drafts.state;
  switch (state.kind) {
    case 'offer':
      return html`<div class="draft-banner" role="region" aria-labelledby="draft-offer" data-state="offer" tabindex="-1">
        <p id="draft-offer">${msg(str`Du har et utkast fra ${when(state.draft.savedAt)}.`, { id: 'draft.offer' })}
          ${state.migratedFrom ? msg('Det er fra en eldre versjon av skjemaet og er gjort om til denne.', { id: 'draft.offer.migrated' }) : nothing}</p>
        <div class="draft-actions">
          <button type="button" class="primary" data-draft="continue" @click=${() => choose(drafts, () => drafts.continueDraft())}>${msg('Fortsett på utkastet', { id: 'draft.continue' })}</button>
          <button type="button" data-draft="start-over" @click=${() => choose(drafts, () => drafts.startOver(), '[data-draft=undo]')}>${msg('Start på nytt', { id: 'draft.startOver' })}</button>
        </div>
      </div>`;
    case 'kept':
      return html`<div class="draft-banner" role="status" data-state="kept">
        <p>${keptText(state.code)}</p>
        <div class="draft-actions">
          <button type="button" data-draft="download-kept" @click=${() => downloadKept(state.raw)}>${msg('Last ned utkastet som er tatt vare på', { id: 'draft.downloadKept' })}</button>
          <button type="button" data-draft="dismiss" @click=${() => choose(drafts, () => drafts.dismiss())}>${msg('Lukk', { id: 'draft.dismiss' })}</button>
        </div>
      </div>`;
    case 'conflict':
      return html`<div class="draft-banner warning" role="alert" data-state="conflict">
        <p>${msg(str`Skjemaet er endret i en annen fane eller et annet vindu (${when(state.theirs.savedAt)}). Det du skriver her, lagres ikke før du velger hvilken versjon du vil fortsette med.`, { id: 'draft.conflict' })}</p>
        <div class="draft-actions">
          <button type="button" data-draft="theirs" @click=${() => choose(drafts, () => drafts.useTheirs())}>${msg('Bruk versjonen fra den andre fanen', { id: 'draft.useTheirs' })}</button>
          <button type="button" data-draft="mine" @click=${() => choose(drafts, () => drafts.keepMine())}>${msg('Behold versjonen i denne fanen', { id: 'draft.keepMine' })}</button>
          ${downloadButton(drafts, msg('Last ned versjonen i denne fanen', { id: 'draft.downloadMine' }))}
        </div>
      </div>`;
    case 'failed':
      return html`<div class="draft-banner warning" role="alert" data-state="failed">
        <p>${failedText(state.reason)}
          ${msg('Skjemaet virker som før, men det du skriver, forsvinner hvis du lukker siden. Last ned utkastet for å ta vare på det.', { id: 'draft.failed.keep' })}</p>
        ${fileActions(drafts)}
      </div>`;
    case 'fallback':
      return html`<div class="draft-banner warning" role="alert" data-state="fallback">
        <p>${msg('Utkastet blir lagret i denne nettleseren, men uten vedleggene, fordi den vanlige lagringen ikke virker. Last ned utkastet for å ta vare på vedleggene også.', { id: 'draft.fallback' })}
          ${savedLine(drafts)}</p>
        ${fileActions(drafts)}
      </div>`;
    default:
      return nothing;
  }
}

function sendBanner(state: SendState, drafts: DraftController, retry: () => void): TemplateResult | typeof nothing {
  if (state.kind === 'sending')
    return html`<div class="draft-banner" role="status" data-state="sending"><p>${msg('Sender skjemaet …', { id: 'send.sending' })}</p></div>`;
  if (state.kind !== 'failed') return nothing;
  const what =
    state.reason === 'timeout'
      ? msg('Vi fikk ikke svar fra mottakeren i tide. Skjemaet kan ha kommet fram; prøver du igjen, blir det ikke sendt to ganger.', { id: 'send.timeout' })
      : state.reason === 'network'
        ? msg('Skjemaet ble ikke sendt: vi fikk ikke kontakt med mottakeren. Sjekk nettforbindelsen.', { id: 'send.network' })
        : state.reason === 'unexpected'
          ? msg('Skjemaet ble ikke sendt: mottakeren svarte med en nettside, ikke en kvittering. Er du logget ut, logger du inn på nytt i en ny fane og prøver igjen her.', { id: 'send.unexpected' })
          : msg(str`Skjemaet ble ikke sendt. Det er et problem hos mottakeren. Prøv igjen om litt. (Kode ${state.status ?? ''})`, { id: 'send.status' });
  return html`<div class="draft-banner warning" role="alert" data-state="send-failed">
    <p>${what} ${msg('Alt du har skrevet, er tatt vare på.', { id: 'send.kept' })}</p>
    <div class="draft-actions">
      <button type="button" class="primary" data-draft="retry" @click=${retry}>${msg('Prøv å sende igjen', { id: 'send.retry' })}</button>
      ${drafts.enabled ? nothing : downloadButton(drafts)}
    </div>
  </div>`;
}

function uploadMessage(drafts: DraftController): TemplateResult | typeof nothing {
  const upload = drafts.upload;
  if (!upload) return nothing;
  return upload.ok
    ? html`<p class="draft-note" role="status">
        ${msg(str`Utkastet fra ${when(upload.savedAt)} er lastet opp. Sjekk svarene som er merket.`, { id: 'draft.uploaded' })}
        ${missingFiles(upload.missing)}
      </p>`
    : html`<p class="draft-note error" role="alert">${uploadError(upload.code)}</p>`;
}

/** Attachments a draft file named without holding them: the form asks for them again. */
function missingFiles(names: string[]): string {
  if (!names.length) return '';
  const locale = getLocale();
  const list = new Intl.ListFormat(locale === 'en' ? 'en-GB' : ['nb-NO', 'no'], { type: 'conjunction' }).format(names);
  return names.length === 1
    ? msg(str`Vedlegget ${list} var ikke med i filen. Velg filen på nytt.`, { id: 'draft.uploaded.missingOne' })
    : msg(str`Vedleggene ${list} var ikke med i filen. Velg filene på nytt.`, { id: 'draft.uploaded.missingMany' });
}

/** The quiet line under the form: saved when, and the draft as a file. */
export function renderBar(drafts: DraftController): TemplateResult | typeof nothing {
  // A failing store's banner has the same buttons, and says what is kept.
  if (!drafts.enabled || drafts.state.kind === 'failed' || drafts.state.kind === 'fallback') return nothing;
  // Far below the banner, where the user may be typing: the bar must not claim all is saved.
  if (drafts.state.kind === 'conflict')
    return html`<div class="draft-bar" data-state="bar">
      <p>${msg('Det du skriver, tas vare på bare i denne fanen til du har valgt hvilken versjon du vil fortsette med.', { id: 'draft.bar.conflict' })}</p>
      <div class="draft-actions">
        <button type="button" data-draft="to-choice" @click=${(e: Event) => toChoice(e)}>${msg('Gå til valget', { id: 'draft.bar.toChoice' })}</button>
      </div>
    </div>`;
  return html`<div class="draft-bar" data-state="bar">
    <p>
      ${msg('Utkastet lagres automatisk i denne nettleseren.', { id: 'draft.auto' })}
      ${savedLine(drafts)}
    </p>
    ${fileActions(drafts)}
  </div>`;
}

/** From the bar to the conflict banner's first choice, in the same render root. */
function toChoice(event: Event) {
  const root = (event.currentTarget as Element).getRootNode() as ShadowRoot;
  root.querySelector<HTMLElement>('[data-state=conflict] [data-draft=theirs]')?.focus();
}

function savedLine(drafts: DraftController): TemplateResult | typeof nothing {
  return drafts.savedAt ? html`<span data-saved>${msg(str`Sist lagret ${when(drafts.savedAt)}.`, { id: 'draft.savedAt' })}</span>` : nothing;
}

/** The draft as a file, both ways, and what the last upload found. */
function fileActions(drafts: DraftController): TemplateResult {
  return html`<div class="draft-actions">${downloadButton(drafts)} ${uploadButton(drafts)}</div>
    ${uploadMessage(drafts)}`;
}
