import { msg, str } from '@lit/localize';
import { registerTexts } from './texts.js';

/** "1 feil" or "2 feil", "1 advarsel" or "2 advarsler": each language has a form for 1 and one for other numbers. */
const errors = (n: string | number | undefined) =>
  Number(n) === 1 ? msg(str`${n} feil`, { id: 'cli.counts.error' }) : msg(str`${n} feil`, { id: 'cli.counts.errors' });
const warnings = (n: string | number | undefined) =>
  Number(n) === 1 ? msg(str`${n} advarsel`, { id: 'cli.counts.warning' }) : msg(str`${n} advarsler`, { id: 'cli.counts.warnings' });

/**
 * Texts of the Node entry and its command line: the envelope of a submission, hostile input,
 * recomputed sums. Same wording rules as the forms: what is wrong, and how to put it right.
 */
registerTexts({
  'input.tooLarge': (p) => msg(str`Innsendingen har over ${p.max} verdier. Send bare svarene fra skjemaet`, { id: 'input.tooLarge' }),
  'input.stringTooLong': (p) => msg(str`Teksten har over ${p.max} tegn. Kort den ned`, { id: 'input.stringTooLong' }),
  'input.tooDeep': (p) => msg(str`Innsendingen er nøstet i over ${p.max} nivåer. Send bare svarene fra skjemaet`, { id: 'input.tooDeep' }),
  'input.tooManyItems': (p) => msg(str`Listen har over ${p.max} elementer. Send færre`, { id: 'input.tooManyItems' }),
  'input.notFinite': () => msg('Tallet er for stort til å leses. Send et tall med høyst 15 siffer', { id: 'input.notFinite' }),
  'input.forbiddenKey': (p) => msg(str`Navnet «${p.key}» kan ikke brukes i en innsending. Fjern det`, { id: 'input.forbiddenKey' }),
  'input.keyTooLong': (p) => msg(str`Navnet er over ${p.max} tegn. Bruk navnene fra skjemaet`, { id: 'input.keyTooLong' }),
  'input.tooManyIssues': (p) =>
    msg(str`Innsendingen har ${p.total} feil og merknader. Bare de ${p.max} første er tatt med. Rett dem og kontroller på nytt`, { id: 'input.tooManyIssues' }),
  'input.notJson': () =>
    msg('Verdien er ikke JSON-data. Send bare objekter, lister, tekst, tall, true, false og null, slik JSON.parse lager dem', { id: 'input.notJson' }),
  'input.cycle': () => msg('Verdien peker tilbake på seg selv, så den kan ikke sendes som JSON. Fjern henvisningen tilbake', { id: 'input.cycle' }),
  'input.unreadable': () =>
    msg('Verdien kunne ikke leses, fordi lesingen ga en feil. Send innsendingen som vanlige data, slik JSON.parse lager dem', { id: 'input.unreadable' }),
  'envelope.unexpected': (p) => msg(str`Innsendingen kan ikke ha «${p.key}». Fjern det`, { id: 'envelope.unexpected' }),
  'envelope.field.mismatch': (p) =>
    msg(str`«${p.key}» skal være «${p.expected}» for dette skjemaet, ikke «${p.received}». Rett det`, { id: 'envelope.field.mismatch' }),
  'envelope.locale.invalid': () => msg('Skriv språket i «locale» som nb, nn eller en', { id: 'envelope.locale.invalid' }),
  'envelope.idempotencyKey.invalid': (p) => msg(str`Skriv «idempotencyKey» som tekst på høyst ${p.max} tegn`, { id: 'envelope.idempotencyKey.invalid' }),
  'envelope.checklist.missing': () =>
    msg('Innsendingen mangler sjekklisten. Legg den i «checklist» slik skjemaet laget den', { id: 'envelope.checklist.missing' }),
  'envelope.submittedAt.future': () =>
    msg('Tidspunktet i «submittedAt» er senere enn da innsendingen kom fram. Sjekk klokken på maskinen som sendte', { id: 'envelope.submittedAt.future' }),
  'envelope.submittedAt.earlier': (p) =>
    msg(str`Innsendingen sier at den ble sendt ${p.sent}, men den kom fram ${p.received}. Fristene er vurdert etter ${p.sent}`, { id: 'envelope.submittedAt.earlier' }),
  'data.type': () =>
    msg('Svaret har feil form for dette feltet, for eksempel tekst der det skal være et tall. Send svaret slik skjemaet lager det', { id: 'data.type' }),
  'envelope.notObject': () => msg('Innsendingen må være et JSON-objekt med schema, schemaVersion og data', { id: 'envelope.notObject' }),
  'envelope.schema.missing': (p) => msg(str`Skriv hvilket skjema innsendingen gjelder i «schema», ett av disse: ${p.known}`, { id: 'envelope.schema.missing' }),
  'envelope.schema.unknown': (p) => msg(str`Skjemaet «${p.schema}» finnes ikke. Bruk ett av disse: ${p.known}`, { id: 'envelope.schema.unknown' }),
  'envelope.version.missing': (p) => msg(str`Skriv skjemaversjonen i «schemaVersion», for eksempel ${p.known}`, { id: 'envelope.version.missing' }),
  'envelope.version.unknown': (p) =>
    msg(str`Versjon ${p.version} av ${p.schema} kan ikke kontrolleres her. Denne kontrollen kjenner versjon ${p.known}`, { id: 'envelope.version.unknown' }),
  'envelope.variant.unknown': (p) => msg(str`Varianten «${p.variant}» finnes ikke for ${p.schema}. Bruk en av disse: ${p.known}`, { id: 'envelope.variant.unknown' }),
  'envelope.data.missing': () => msg('Innsendingen mangler svarene. Legg dem i «data» som et objekt', { id: 'envelope.data.missing' }),
  'envelope.submittedAt.invalid': () =>
    msg('Skriv tidspunktet i «submittedAt» som ISO 8601 med tidssone, for eksempel 2026-11-21T13:32:00.000Z', { id: 'envelope.submittedAt.invalid' }),
  'envelope.computed.missing': () => msg('Innsendingen mangler summene. Legg dem i «computed» slik skjemaet regnet dem ut', { id: 'envelope.computed.missing' }),
  'computed.mismatch': (p) =>
    msg(str`Verdien stemmer ikke med utregningen: innsendingen har ${p.received}, men riktig verdi er ${p.expected}`, { id: 'computed.mismatch' }),
  'data.notObject': () => msg('Svarene må være et JSON-objekt, med skjemaets felt som nøkler', { id: 'data.notObject' }),
  'data.unexpected': () => msg('Dette svaret hører ikke til skjemaet eller til valgene som er gjort. Fjern det', { id: 'data.unexpected' }),

  'cli.valid': () => msg('gyldig', { id: 'cli.valid' }),
  'cli.invalid': () => msg('ugyldig', { id: 'cli.invalid' }),
  'cli.unreadable': () => msg('kan ikke leses', { id: 'cli.unreadable' }),
  'cli.counts': (p) => `${errors(p.errors)}, ${warnings(p.warnings)}`,
  'cli.summary': (p) => msg(str`${p.valid} av ${p.total} filer er gyldige`, { id: 'cli.summary' }),
  'cli.severity.error': () => msg('feil', { id: 'cli.severity.error' }),
  'cli.severity.warning': () => msg('advarsel', { id: 'cli.severity.warning' }),
  'cli.severity.info': () => msg('info', { id: 'cli.severity.info' }),
  'cli.file.missing': () => msg('Filen finnes ikke. Sjekk navnet og mappen', { id: 'cli.file.missing' }),
  'cli.file.unreadable': (p) => msg(str`Filen kan ikke leses (${p.reason}). Sjekk at den finnes og at du har tilgang`, { id: 'cli.file.unreadable' }),
  'cli.file.empty': () => msg('Filen er tom. Den skal inneholde én innsending som JSON', { id: 'cli.file.empty' }),
  'cli.file.tooLarge': (p) => msg(str`Filen er større enn ${p.max} MB. En innsending er mye mindre: sjekk at det er riktig fil`, { id: 'cli.file.tooLarge' }),
  'cli.file.notUtf8': () => msg('Filen er ikke UTF-8-tekst. Lagre den som UTF-8 og prøv igjen', { id: 'cli.file.notUtf8' }),
  'cli.file.notJson': (p) => msg(str`Filen er ikke gyldig JSON (${p.reason}). Sjekk at den er hel og ikke kuttet`, { id: 'cli.file.notJson' }),
  'cli.usage': () =>
    msg('Bruk: tilskuddsskjema validate FIL... [--lang nb|nn|en] [--json] [--config FIL.json] [--received-at TIDSPUNKT]  eller  tilskuddsskjema schema SKJEMA', {
      id: 'cli.usage',
    }),
  'cli.config.shape': () =>
    msg('Konfigurasjonen må være et JSON-objekt med skjemaene som nøkler og innstillingene for hvert skjema som et objekt, for eksempel {"fmk/soknad": {"deadline": "2026-03-01"}}', {
      id: 'cli.config.shape',
    }),
  'config.unknownKey': (p) => msg(str`«${p.key}» er ikke en innstilling for ${p.schema}. Bruk disse: ${p.known}`, { id: 'config.unknownKey' }),
  'config.options': (p) =>
    msg(str`«${p.key}» for ${p.schema} må være en liste med minst ett valg, hvert som {"value": "…", "label": "…"} med tekst i begge`, { id: 'config.options' }),
  'config.date': (p) => msg(str`«${p.key}» for ${p.schema} må være en dato som ÅÅÅÅ-MM-DD, for eksempel 2026-03-01`, { id: 'config.date' }),
  'config.text': (p) => msg(str`«${p.key}» for ${p.schema} må være tekst`, { id: 'config.text' }),
  'config.yearlyDeadline': (p) =>
    msg(str`«${p.key}» for ${p.schema} må være måned, dag og antall år etter (0 til 10), i hele tall og for en dag som finnes hvert år, for eksempel {"month": 4, "day": 1, "yearsAfter": 1}`, {
      id: 'config.yearlyDeadline',
    }),
  'config.amount': (p) => msg(str`«${p.key}» for ${p.schema} må være et beløp i kroner, 0 eller mer`, { id: 'config.amount' }),
  'config.deviation': (p) =>
    msg(str`«${p.key}» for ${p.schema} må være et avvik i prosent og i kroner, begge 0 eller mer, for eksempel {"percent": 10, "amount": 10000}`, { id: 'config.deviation' }),
  'cli.receivedAt.invalid': () =>
    msg('Skriv tidspunktet etter --received-at som ISO 8601 med tidssone, for eksempel 2026-03-01T12:00:00Z', { id: 'cli.receivedAt.invalid' }),
  'cli.form.unknown': (p) => msg(str`Skjemaet «${p.schema}» finnes ikke. Bruk ett av disse: ${p.known}`, { id: 'cli.form.unknown' }),
});
