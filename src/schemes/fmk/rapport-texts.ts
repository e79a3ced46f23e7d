import { msg, str } from '@lit/localize';
import { kr } from '../../i18n/messages.js';
import { registerTexts } from '../../i18n/texts.js';
import './texts.js';

/** Texts of the FMK report (`fmkr.*`); labels it shares with the application come from `texts.ts`. */
registerTexts({
  'fmkr.title': () => msg('Rapport til Teknologiforum for medisinske kvalitetsregistre (FMK)', { id: 'fmkr.title' }),
  'fmkr.intro': () =>
    msg('Rapporten viser om prosjektet er gjennomført som beskrevet i søknaden og tilskuddsbrevet, og hvordan midlene er brukt. Alle felt må fylles ut med mindre de er merket (valgfritt).', { id: 'fmkr.intro' }),

  'fmkr.section.report': () => msg('Rapporten', { id: 'fmkr.section.report' }),
  'fmkr.section.report.intro': () =>
    msg('Når prosjektet er ferdig, sender dere en sluttrapport. Går prosjektet over flere år, sender dere en framdriftsrapport ved slutten av hvert år.', { id: 'fmkr.section.report.intro' }),
  'fmkr.kind': () => msg('Hva slags rapport er dette?', { id: 'fmkr.kind' }),
  'fmkr.kind.required': () => msg('Velg om dette er en sluttrapport eller en framdriftsrapport', { id: 'fmkr.kind.required' }),
  'fmkr.kind.final': () => msg('Sluttrapport', { id: 'fmkr.kind.final' }),
  'fmkr.kind.final.hint': () => msg('Prosjektet er ferdig', { id: 'fmkr.kind.final.hint' }),
  'fmkr.kind.progress': () => msg('Årlig framdriftsrapport', { id: 'fmkr.kind.progress' }),
  'fmkr.kind.progress.hint': () => msg('Prosjektet går over flere år, og året er slutt', { id: 'fmkr.kind.progress.hint' }),
  'fmkr.period.start': () => msg('Første dag i rapportperioden', { id: 'fmkr.period.start' }),
  'fmkr.period.end': () => msg('Siste dag i rapportperioden', { id: 'fmkr.period.end' }),

  'fmkr.section.project': () => msg('Prosjektet', { id: 'fmkr.section.project' }),
  'fmkr.project.reference': () => msg('Referanse i tilskuddsbrevet', { id: 'fmkr.project.reference' }),
  'fmkr.project.reference.hint': () => msg('Saksnummer eller referanse fra SKDE, for eksempel FMK 2026/7', { id: 'fmkr.project.reference.hint' }),

  'fmkr.section.recipient': () => msg('Mottakeren av midlene', { id: 'fmkr.section.recipient' }),
  'fmkr.section.recipient.intro': () => msg('Servicemiljøet eller SKDE, som fikk midlene, og hvem FMK kan kontakte om rapporten.', { id: 'fmkr.section.recipient.intro' }),
  'fmkr.unit': () => msg('Hvem fikk midlene?', { id: 'fmkr.unit' }),
  'fmkr.unit.required': () => msg('Velg hvem som fikk midlene', { id: 'fmkr.unit.required' }),

  'fmkr.section.execution': () => msg('Gjennomføring', { id: 'fmkr.section.execution' }),
  'fmkr.section.execution.intro': () =>
    msg('Sammenlign med prosjektbeskrivelsen i søknaden og vilkårene i tilskuddsbrevet.', { id: 'fmkr.section.execution.intro' }),
  'fmkr.carriedOut': () => msg('Er prosjektet gjennomført slik det er beskrevet i søknaden og tilskuddsbrevet?', { id: 'fmkr.carriedOut' }),
  'fmkr.carriedOut.required': () => msg('Velg om prosjektet er gjennomført som beskrevet', { id: 'fmkr.carriedOut.required' }),
  'fmkr.carriedOut.yes': () => msg('Ja', { id: 'fmkr.carriedOut.yes' }),
  'fmkr.carriedOut.partly': () => msg('Delvis', { id: 'fmkr.carriedOut.partly' }),
  'fmkr.carriedOut.no': () => msg('Nei', { id: 'fmkr.carriedOut.no' }),
  'fmkr.explanation': () => msg('Hva ble annerledes, og hvorfor?', { id: 'fmkr.explanation' }),
  'fmkr.explanation.required': () => msg('Skriv hva som ble annerledes, og hvorfor', { id: 'fmkr.explanation.required' }),
  'fmkr.explanation.hint': () => msg('Avvik fra plan, leveranser, tidsplan eller vilkår', { id: 'fmkr.explanation.hint' }),
  'fmkr.substantial': () => msg('Er avviket vesentlig?', { id: 'fmkr.substantial' }),
  'fmkr.substantial.hint': () =>
    msg('Vesentlig er et avvik som endrer hva prosjektet leverer, når det blir ferdig, eller hva det koster', { id: 'fmkr.substantial.hint' }),
  'fmkr.substantial.required': () => msg('Velg om avviket er vesentlig', { id: 'fmkr.substantial.required' }),
  'fmkr.substantial.warning': () =>
    msg('Ved vesentlige avvik kan FMK trekke tilbake støtten og kreve utbetalte midler tilbake.', { id: 'fmkr.substantial.warning' }),
  'fmkr.deviation': () => msg('Beskriv det vesentlige avviket', { id: 'fmkr.deviation' }),
  'fmkr.deviation.required': () => msg('Beskriv det vesentlige avviket', { id: 'fmkr.deviation.required' }),
  'fmkr.deviation.hint': () => msg('Hva avviket er, hva det får å si for prosjektet, og hva dere gjør med det', { id: 'fmkr.deviation.hint' }),
  'fmkr.reported': () => msg('Har dere meldt avviket til FMK?', { id: 'fmkr.reported' }),
  'fmkr.reported.required': () => msg('Velg om avviket er meldt til FMK', { id: 'fmkr.reported.required' }),
  'fmkr.reported.no': () => msg('Avvik skal meldes til FMK så raskt som mulig. Meld avviket nå, ikke bare i rapporten.', { id: 'fmkr.reported.no' }),
  'fmkr.reportedAt': () => msg('Datoen avviket ble meldt', { id: 'fmkr.reportedAt' }),

  'fmkr.section.goals': () => msg('Mål', { id: 'fmkr.section.goals' }),
  'fmkr.section.goals.intro': () => msg('For hvert mål i søknaden: hvor langt dere har kommet, og hva som er oppnådd.', { id: 'fmkr.section.goals.intro' }),
  'fmkr.goal.status': () => msg('Er målet nådd?', { id: 'fmkr.goal.status' }),
  'fmkr.goal.status.required': () => msg('Velg om målet er nådd', { id: 'fmkr.goal.status.required' }),
  'fmkr.goal.reached': () => msg('Ja', { id: 'fmkr.goal.reached' }),
  'fmkr.goal.partly': () => msg('Delvis', { id: 'fmkr.goal.partly' }),
  'fmkr.goal.notReached': () => msg('Nei, ikke ennå', { id: 'fmkr.goal.notReached' }),
  'fmkr.goal.achievement': () => msg('Hva er oppnådd?', { id: 'fmkr.goal.achievement' }),
  'fmkr.goal.achievement.hint': () => msg('Ta med resultatene for indikatorene dere har målt', { id: 'fmkr.goal.achievement.hint' }),
  'fmkr.goal.achievement.required': () => msg('Skriv hva som er oppnådd', { id: 'fmkr.goal.achievement.required' }),

  'fmkr.section.funds': () => msg('Bruk av midlene', { id: 'fmkr.section.funds' }),
  'fmkr.section.funds.intro': () =>
    msg('Budsjettet linje for linje mot det som faktisk er brukt. Skriv 0 der ingenting er brukt.', { id: 'fmkr.section.funds.intro' }),
  'fmkr.funds.lines': () => msg('Budsjett og regnskap per linje', { id: 'fmkr.funds.lines' }),
  'fmkr.funds.lines.hint': () => msg('Hvis du startet rapporten fra søknaden, er linjene og budsjettet hentet derfra.', { id: 'fmkr.funds.lines.hint' }),
  'fmkr.line': (p) => msg(str`Linje ${p.n}`, { id: 'fmkr.line' }),
  'fmkr.line.add': () => msg('Legg til linje', { id: 'fmkr.line.add' }),
  'fmkr.funds.granted': () => msg('Midler tildelt fra FMK', { id: 'fmkr.funds.granted' }),
  'fmkr.funds.granted.hint': () => msg('Beløpet i tilskuddsbrevet, i hele kroner', { id: 'fmkr.funds.granted.hint' }),
  'fmkr.funds.used': () => msg('Midler fra FMK brukt så langt', { id: 'fmkr.funds.used' }),
  'fmkr.funds.used.hint': () => msg('Den delen av regnskapet FMK-midlene har dekket', { id: 'fmkr.funds.used.hint' }),
  'fmkr.funds.summary': () => msg('Sum', { id: 'fmkr.funds.summary' }),
  'fmkr.sum.budget': () => msg('Budsjett', { id: 'fmkr.sum.budget' }),
  'fmkr.sum.actual': () => msg('Regnskap', { id: 'fmkr.sum.actual' }),
  'fmkr.sum.difference': () => msg('Avvik i kroner', { id: 'fmkr.sum.difference' }),
  'fmkr.sum.percent': () => msg('Avvik i prosent', { id: 'fmkr.sum.percent' }),
  'fmkr.sum.granted': () => msg('Tildelt fra FMK', { id: 'fmkr.sum.granted' }),
  'fmkr.sum.used': () => msg('Brukt av FMK-midlene', { id: 'fmkr.sum.used' }),
  'fmkr.sum.unused': () => msg('Ubrukte midler', { id: 'fmkr.sum.unused' }),
  'fmkr.used.overGranted': (p) => msg(str`Midler brukt så langt kan ikke være mer enn midlene som er tildelt (${kr(p.amount)}). Sjekk beløpene`, { id: 'fmkr.used.overGranted' }),
  'fmkr.used.overActual': (p) =>
    msg(str`FMK-midlene kan ikke ha dekket mer enn prosjektet kostet, ${kr(p.amount)}. Sjekk beløpene`, { id: 'fmkr.used.overActual' }),
  'fmkr.unused.final': (p) =>
    msg(str`${kr(p.amount)} av midlene er ikke brukt. Avklar med FMK om de skal betales tilbake.`, { id: 'fmkr.unused.final' }),
  'fmkr.unused.progress': (p) => msg(str`${kr(p.amount)} av midlene er ikke brukt ennå.`, { id: 'fmkr.unused.progress' }),

  'fmkr.section.confirmation': () => msg('Innsending', { id: 'fmkr.section.confirmation' }),
  'fmkr.confirmation.name': () => msg('Navnet ditt', { id: 'fmkr.confirmation.name' }),
  'fmkr.confirmation.date': () => msg('Dato', { id: 'fmkr.confirmation.date' }),
  'fmkr.confirmation.confirm': () => msg('Jeg bekrefter at opplysningene i rapporten er riktige', { id: 'fmkr.confirmation.confirm' }),
  'fmkr.confirmation.confirm.required': () => msg('Kryss av for å bekrefte at opplysningene er riktige', { id: 'fmkr.confirmation.confirm.required' }),

  'fmkr.check.kind': () => msg('Rapporten, prosjektet og mottakeren', { id: 'fmkr.check.kind' }),
  'fmkr.check.execution': () => msg('Gjennomføring og avvik', { id: 'fmkr.check.execution' }),
  'fmkr.check.funds': () => msg('Bruk av midlene', { id: 'fmkr.check.funds' }),
  'fmkr.check.confirmation': () => msg('Innsending', { id: 'fmkr.check.confirmation' }),
});
