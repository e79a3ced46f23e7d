import { msg, str } from '@lit/localize';
import { registerTexts } from './texts.js';

/** Texts for the keys of the engine's integer, attachment and accounts field types. */
registerTexts({
  'report.date.future': () => msg('Datoen kan ikke være etter i dag. Skriv inn datoen rapporten sendes inn', { id: 'report.date.future' }),
  'integer.required': (p) => msg(str`Skriv inn ${p.field}`, { id: 'integer.required' }),
  'integer.invalid': () => msg('Skriv et helt tall med sifre, for eksempel 12', { id: 'integer.invalid' }),
  'integer.negative': () => msg('Tallet kan ikke være negativt. Skriv 0 eller et høyere tall', { id: 'integer.negative' }),
  'integer.range': (p) => msg(str`Skriv et tall fra og med ${p.min} til og med ${p.max}`, { id: 'integer.range' }),
  'attachment.required': (p) => msg(str`Velg en fil med ${p.field}`, { id: 'attachment.required' }),
  'attachment.invalid': () => msg('Filen kunne ikke leses. Velg filen på nytt', { id: 'attachment.invalid' }),
  'attachment.type': () => msg('Filen har feil format. Velg en PDF-fil', { id: 'attachment.type' }),
  'attachment.tooLarge': (p) => msg(str`Filen er for stor. Velg en fil på høyst ${p.max}`, { id: 'attachment.tooLarge' }),
  'attachment.empty': () => msg('Filen er tom. Velg filen på nytt', { id: 'attachment.empty' }),
  'attachment.missing': (p) => msg(str`Skjemaet har bare navnet på filen «${p.name}», ikke selve filen. Velg filen på nytt`, { id: 'attachment.missing' }),
  'accounts.required': () => msg('Fyll ut regnskapet med minst ett beløp', { id: 'accounts.required' }),
  // `row` is a fixed row's label, translated; `line` a free line's name as the user typed it.
  'accounts.actual.required': (p) =>
    p.column
      ? msg(str`Skriv inn regnskapet for ${p.row ?? p.line}, ${p.column}. Skriv 0 hvis ingenting er brukt`, { id: 'accounts.actual.required' })
      : msg(str`Skriv inn regnskapet for ${p.row ?? p.line}. Skriv 0 hvis ingenting er brukt`, { id: 'accounts.actual.required.line' }),
  'accounts.explanation.required': (p) => msg(str`Forklar hvorfor regnskapet for ${p.row ?? p.line} avviker fra budsjettet`, { id: 'accounts.explanation.required' }),
  'accounts.line': (p) => msg(str`Linje ${p.n}`, { id: 'accounts.line' }),
  'accounts.add': () => msg('Legg til linje', { id: 'accounts.add' }),
});
