import { msg, str } from '@lit/localize';
import { formatKroner, formatNumber } from '../core/parse/amount.js';
import { registerTexts } from './texts.js';

/**
 * Texts for the keys the core and the engine emit, and labels the schemes share. Wording follows
 * GOV.UK's error message rules: say what is wrong and how to put it right, in plain words.
 */
const kr = (v: string | number | undefined) => formatKroner(Number(v));

registerTexts({
  'text.required': (p) => msg(str`Skriv inn ${p.field}`, { id: 'text.required' }),
  // For a label that is a clause or has its own determiner ("what the cost is for", "your name"):
  // the same in nb and nn, but English puts no "the" before it (text.required does).
  'text.required.clause': (p) => msg(str`Skriv inn ${p.field}`, { id: 'text.required.clause' }),
  // Numbers grouped as the counter shows them ("4 000"); one character over in the singular (English needs it).
  'text.tooLong': (p) =>
    Number(p.over) === 1
      ? msg(str`Svaret kan ha høyst ${formatNumber(Number(p.max))} tegn. Du har 1 tegn for mye – kort det ned.`, { id: 'text.tooLong.one' })
      : msg(str`Svaret kan ha høyst ${formatNumber(Number(p.max))} tegn. Du har ${formatNumber(Number(p.over))} tegn for mye – kort det ned.`, { id: 'text.tooLong' }),
  'email.required': () => msg('Skriv inn e-postadressen', { id: 'email.required' }),
  'email.format': () => msg('Skriv inn e-postadressen i riktig format, for eksempel navn@kommune.no', { id: 'email.format' }),
  'phone.required': () => msg('Skriv inn telefonnummeret', { id: 'phone.required' }),
  'phone.format': () => msg('Skriv inn et norsk telefonnummer med 8 siffer, for eksempel 912 34 567', { id: 'phone.format' }),
  'orgnr.required': () => msg('Skriv inn organisasjonsnummeret, 9 siffer', { id: 'orgnr.required' }),
  'postnr.required': () => msg('Skriv inn postnummeret, 4 siffer', { id: 'postnr.required' }),
  'postnr.format': () => msg('Postnummeret må ha 4 siffer, for eksempel 0150', { id: 'postnr.format' }),
  'orgnr.format': () => msg('Organisasjonsnummeret må ha 9 siffer, for eksempel 974 760 673', { id: 'orgnr.format' }),
  'orgnr.checksum': () =>
    msg('Organisasjonsnummeret finnes ikke. Sjekk at du har skrevet alle de 9 sifrene riktig', { id: 'orgnr.checksum' }),
  'kontonr.required': () => msg('Skriv inn kontonummeret, 11 siffer', { id: 'kontonr.required' }),
  'kontonr.format': () => msg('Kontonummeret må ha 11 siffer, for eksempel 1234 56 78903', { id: 'kontonr.format' }),
  'kontonr.checksum': () =>
    msg('Kontonummeret finnes ikke. Sjekk at du har skrevet alle de 11 sifrene riktig', { id: 'kontonr.checksum' }),
  'amount.required': (p) => msg(str`Skriv inn ${p.field} i hele kroner`, { id: 'amount.required' }),
  'amount.invalid': () => msg('Skriv beløpet med tall i hele kroner, for eksempel 150 000', { id: 'amount.invalid' }),
  'amount.decimals': () => msg('Skriv beløpet i hele kroner, uten øre', { id: 'amount.decimals' }),
  'amount.negative': () => msg('Beløpet kan ikke være negativt. Skriv 0 eller et høyere beløp', { id: 'amount.negative' }),
  'amount.tooLarge': () => msg('Beløpet er for stort. Sjekk at du har skrevet det riktig', { id: 'amount.tooLarge' }),
  'date.required': (p) => msg(str`Skriv inn ${p.field}, for eksempel 15.03.2025`, { id: 'date.required' }),
  'date.format': () => msg('Skriv datoen som dag.måned.år, for eksempel 15.03.2025', { id: 'date.format' }),
  'date.invalid': () => msg('Datoen finnes ikke. Skriv en dato som finnes, for eksempel 15.03.2025', { id: 'date.invalid' }),
  'date.beforeStart': () => msg('Sluttdatoen kan ikke være før startdatoen. Skriv en dato som er samme dag eller senere', { id: 'date.beforeStart' }),
  'date.hint': () => msg('For eksempel 15.03.2025', { id: 'date.hint' }),
  'choice.required': (p) => msg(str`Velg ${p.field}`, { id: 'choice.required' }),
  'choice.invalid': () => msg('Velg ett av alternativene i listen', { id: 'choice.invalid' }),
  'confirm.required': () => msg('Kryss av for å bekrefte', { id: 'confirm.required' }),
  'municipality.required': () => msg('Velg kommunen fra listen', { id: 'municipality.required' }),
  'municipality.unknown': () => msg('Finner ingen kommune med det navnet. Velg kommunen fra listen', { id: 'municipality.unknown' }),
  'checklist.title.report': () => msg('Dette må rapporten inneholde', { id: 'checklist.title.report' }),
  'checklist.title.complaint': () => msg('Dette må klagen inneholde', { id: 'checklist.title.complaint' }),
  'repeat.required': (p) => msg(str`Legg til minst ${p.min}`, { id: 'repeat.required' }),
  'repeat.tooMany': (p) => msg(str`Du kan legge til høyst ${p.max}`, { id: 'repeat.tooMany' }),
  'budget.required': () => msg('Fyll ut budsjettet med minst ett beløp', { id: 'budget.required' }),
  // `open` is the element's first column that may hold it (HTO-S7: own financing, not the grant).
  'budget.closedCell': (p) =>
    msg(str`Under ${p.column} kan du ikke føre ${p.element}. Før beløpet under ${p.open} i stedet`, { id: 'budget.closedCell' }),
  'budget.lineWhat.required': () => msg('Skriv inn hva kostnaden gjelder', { id: 'budget.lineWhat.required' }),
  'value.type': () => msg('Svaret har feil format. Skriv det inn på nytt', { id: 'value.type' }),
  'value.notCanonical': () => msg('Svaret har feil format. Skriv det inn på nytt', { id: 'value.notCanonical' }),
  'choice.yes': () => msg('Ja', { id: 'choice.yes' }),
  'choice.no': () => msg('Nei', { id: 'choice.no' }),
  'field.orgnr': () => msg('Organisasjonsnummer', { id: 'field.orgnr' }),
  'field.orgnr.hint': () => msg('9 siffer, for eksempel 974 760 673', { id: 'field.orgnr.hint' }),
  'field.kontonr': () => msg('Kontonummer', { id: 'field.kontonr' }),
  'field.kontonr.hint': () => msg('11 siffer, for eksempel 1234 56 78903', { id: 'field.kontonr.hint' }),
  'field.address': () => msg('Postadresse', { id: 'field.address' }),
  'field.postalCode': () => msg('Postnummer', { id: 'field.postalCode' }),
  'field.postalPlace': () => msg('Poststed', { id: 'field.postalPlace' }),
  'field.contact': () => msg('Kontaktperson', { id: 'field.contact' }),
  'field.contact.name': () => msg('Navn på kontaktperson', { id: 'field.contact.name' }),
  'field.contact.role': () => msg('Stilling eller rolle', { id: 'field.contact.role' }),
  'field.email': () => msg('E-post', { id: 'field.email' }),
  'field.phone': () => msg('Telefon', { id: 'field.phone' }),
  'field.phone.hint': () => msg('8 siffer', { id: 'field.phone.hint' }),
});

export { kr };
