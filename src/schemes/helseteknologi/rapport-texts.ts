import { msg, str } from '@lit/localize';
import { formatDate } from '../../core/parse/date.js';
import { kr } from '../../i18n/messages.js';
import { registerTexts } from '../../i18n/texts.js';
import './texts.js';

/** Texts of the yearly report (`htor.*`); labels it shares with the application come from `texts.ts`. */
const date = (v: string | number | undefined) => formatDate(String(v ?? ''));

const indicator = {
  municipalities: () => msg('Antall kommuner som er med i prosjektet', { id: 'htor.ind.municipalities' }),
  collaborations: () => msg('Samarbeidsprosjekter som får tilskudd', { id: 'htor.ind.collaborations' }),
  'collaborations.hint': () => msg('Hvilke samarbeid prosjektet er en del av, og hvem som er med i dem', { id: 'htor.ind.collaborations.hint' }),
  procurementsStarted: () => msg('Antall anskaffelser som er satt i gang', { id: 'htor.ind.procurementsStarted' }),
  procurementsCompleted: () => msg('Antall anskaffelser som er avsluttet', { id: 'htor.ind.procurementsCompleted' }),
  effects: () => msg('Erfaringer med oppnådde effekter og gevinster', { id: 'htor.ind.effects' }),
  'effects.hint': () => msg('For brukerne, de ansatte og tjenesten. Tall der dere har dem', { id: 'htor.ind.effects.hint' }),
  status: () => msg('Status for utprøving, investering og innføring', { id: 'htor.ind.status' }),
  'status.hint': () => msg('Og hvordan arbeidsprosessene i tjenestene har endret seg', { id: 'htor.ind.status.hint' }),
  improvements: () => msg('Antall funksjonelle forbedringer i løsningene som andre kan bruke', { id: 'htor.ind.improvements' }),
  improvementsWhat: () => msg('Hvilke forbedringer andre kan bruke', { id: 'htor.ind.improvementsWhat' }),
  'improvementsWhat.hint': () => msg('Kort om hver forbedring og hvor andre finner den', { id: 'htor.ind.improvementsWhat.hint' }),
  standardisation: () => msg('Standardiseringsaktiviteter som er satt i gang', { id: 'htor.ind.standardisation' }),
  'standardisation.hint': () => msg('Hvilke og hvor omfattende, for eksempel bestilling eller tilpasning av standarder', { id: 'htor.ind.standardisation.hint' }),
  pathways: () => msg('Erfaringer fra tjenesteforløp og samhandling', { id: 'htor.ind.pathways' }),
  'pathways.hint': () => msg('Innen kommunens helse- og omsorgstjeneste, og med fastlegene og spesialisthelsetjenesten', { id: 'htor.ind.pathways.hint' }),
};

registerTexts({
  'htor.title': () => msg('Rapport til Helseteknologiordningen', { id: 'htor.title' }),
  'htor.intro': () =>
    msg('Årlig rapport om resultater, regnskap og indikatorer for tilskuddet. Alle felt må fylles ut med mindre de er merket (valgfritt).', { id: 'htor.intro' }),

  'htor.section.grant': () => msg('Tilskuddet', { id: 'htor.section.grant' }),
  'htor.section.grant.intro': () =>
    msg('Rapporten gjelder kalenderåret tilskuddet ble gitt for, per 31. desember. Fristen er 1. april året etter.', { id: 'htor.section.grant.intro' }),
  'htor.grant.reference': () => msg('Saksnummer i tilskuddsbrevet', { id: 'htor.grant.reference' }),
  'htor.grant.reference.hint': () => msg('For eksempel 24/12345', { id: 'htor.grant.reference.hint' }),
  'htor.grant.projectTitle': () => msg('Prosjektets navn', { id: 'htor.grant.projectTitle' }),
  'htor.grant.year': () => msg('Året det rapporteres for', { id: 'htor.grant.year' }),
  'htor.grant.year.hint': () => msg('Året tilskuddet ble gitt for, for eksempel 2025', { id: 'htor.grant.year.hint' }),
  'htor.grant.amount': () => msg('Innvilget tilskudd', { id: 'htor.grant.amount' }),
  'htor.grant.amount.hint': () => msg('Beløpet i tilskuddsbrevet, i hele kroner', { id: 'htor.grant.amount.hint' }),
  'htor.deadline': (p) =>
    msg(str`Rapporten gjelder ${p.year}, per ${date(p.until)}. Fristen for å sende den er ${date(p.deadline)}.`, { id: 'htor.deadline' }),
  'htor.year.open': (p) =>
    msg(str`${p.year} er ikke over ennå, og rapporten skal vise året per ${date(p.until)}. Sjekk at året stemmer, eller send rapporten etter nyttår.`, { id: 'htor.year.open' }),
  'htor.deadline.passed': (p) =>
    msg(str`Fristen var ${date(p.deadline)}. Send rapporten så snart du kan, og si fra til Helsedirektoratet om forsinkelsen.`, { id: 'htor.deadline.passed' }),
  'htor.audit.required': (p) =>
    msg(str`Tilskuddet er ${kr(p.amount)} eller mer, så regnskapet må bekreftes av revisor. Legg ved revisorattestasjonen under.`, { id: 'htor.audit.required' }),

  'htor.section.applicant': () => msg('Kommunen som rapporterer', { id: 'htor.section.applicant' }),
  'htor.section.applicant.intro': () =>
    msg('Kommunen som står ansvarlig for søknaden, rapporterer for hele samarbeidet.', { id: 'htor.section.applicant.intro' }),
  'htor.applicant.kind': () => msg('Hvem rapporterer?', { id: 'htor.applicant.kind' }),
  'htor.applicant.kind.required': () => msg('Velg hvem som rapporterer', { id: 'htor.applicant.kind.required' }),

  'htor.section.goals': () => msg('Måloppnåelse', { id: 'htor.section.goals' }),
  'htor.section.goals.intro': () =>
    msg('For hvert mål i søknaden: hvor langt dere har kommet, hvilke resultater og effekter dere ser, og hvorfor det eventuelt avviker fra det dere forventet.', { id: 'htor.section.goals.intro' }),
  'htor.goal.status': () => msg('Er målet nådd?', { id: 'htor.goal.status' }),
  'htor.goal.status.required': () => msg('Velg om målet er nådd', { id: 'htor.goal.status.required' }),
  'htor.goal.status.reached': () => msg('Ja, målet er nådd', { id: 'htor.goal.status.reached' }),
  'htor.goal.status.partly': () => msg('Delvis', { id: 'htor.goal.status.partly' }),
  'htor.goal.status.notReached': () => msg('Nei, ikke ennå', { id: 'htor.goal.status.notReached' }),
  'htor.goal.results': () => msg('Status, resultater og effekt', { id: 'htor.goal.results' }),
  'htor.goal.results.hint': () => msg('Sammenlign med det søknaden beskrev. Ta med resultatene for indikatorene dere har målt', { id: 'htor.goal.results.hint' }),
  'htor.goal.deviation': () => msg('Forklar avviket', { id: 'htor.goal.deviation' }),
  'htor.goal.deviation.required': () => msg('Forklar hvorfor målet ikke er nådd', { id: 'htor.goal.deviation.required' }),
  'htor.goal.deviation.hint': () => msg('Hva ble annerledes enn forventet, hvorfor, og hva dere gjør videre', { id: 'htor.goal.deviation.hint' }),
  'htor.assessment': () => msg('Vurdering av tiltakene', { id: 'htor.assessment' }),
  'htor.assessment.hint': () =>
    msg('Hvordan og i hvilken grad tiltakene har bidratt til å nå målene og ønsket effekt for ordningen', { id: 'htor.assessment.hint' }),

  'htor.section.accounts': () => msg('Regnskap', { id: 'htor.section.accounts' }),
  'htor.section.accounts.intro': () =>
    msg('Regnskapet føres på de samme kostnadselementene som budsjettet, for tilskuddet og for egenfinansieringen. Skriv 0 der ingenting er brukt.', { id: 'htor.section.accounts.intro' }),
  'htor.accounts.costs': () => msg('Budsjett og regnskap per kostnadselement', { id: 'htor.accounts.costs' }),
  'htor.accounts.costs.hint': () =>
    msg('Hvis du startet rapporten fra søknaden, er budsjettet hentet derfra. Rett det hvis tilskuddsbrevet sier noe annet.', { id: 'htor.accounts.costs.hint' }),
  'htor.accounts.summary': () => msg('Tilskudd brukt og ubrukt', { id: 'htor.accounts.summary' }),
  'htor.sum.granted': () => msg('Innvilget tilskudd', { id: 'htor.sum.granted' }),
  'htor.sum.used': () => msg('Tilskudd brukt', { id: 'htor.sum.used' }),
  'htor.sum.unused': () => msg('Ubrukt tilskudd', { id: 'htor.sum.unused' }),
  'htor.sum.ownBudget': () => msg('Egenfinansiering i budsjettet', { id: 'htor.sum.ownBudget' }),
  'htor.sum.ownActual': () => msg('Egenfinansiering i regnskapet', { id: 'htor.sum.ownActual' }),
  'htor.sum.totalActual': () => msg('Sum kostnader i regnskapet', { id: 'htor.sum.totalActual' }),
  'htor.unused': (p) =>
    msg(str`${kr(p.amount)} av tilskuddet er ikke brukt. Ubrukt tilskudd skal betales tilbake til Helsedirektoratet, eller trekkes fra neste års tilskudd.`, { id: 'htor.unused' }),
  'htor.overused': (p) =>
    msg(str`Regnskapet viser ${kr(p.amount)} mer brukt av tilskuddet enn det som er innvilget. Det kommunen har brukt utover tilskuddet, er egenfinansiering.`, { id: 'htor.overused' }),

  'htor.section.audit': () => msg('Revisorattestasjon', { id: 'htor.section.audit' }),
  'htor.section.audit.intro': () =>
    msg('Regnskapet for et så stort tilskudd skal bekreftes av revisor. Tilskuddsbrevet sier mer om hva revisor skal kontrollere.', { id: 'htor.section.audit.intro' }),
  'htor.audit.auditor': () => msg('Navn på revisor eller revisjonsselskap', { id: 'htor.audit.auditor' }),
  'htor.audit.attestation': () => msg('Revisorattestasjonen', { id: 'htor.audit.attestation' }),
  'htor.audit.attestation.hint': () => msg('PDF, høyst 10 MB', { id: 'htor.audit.attestation.hint' }),

  'htor.section.partners': () => msg('Samarbeidspartnere', { id: 'htor.section.partners' }),
  'htor.section.partners.intro': () =>
    msg('Kommuner, helseforetak og andre som har vært med i prosjektet i året. Samarbeidspartnerne fra søknaden står her allerede; rett det som har endret seg.', { id: 'htor.section.partners.intro' }),
  'htor.partner.role': () => msg('Hva partneren har gjort i prosjektet', { id: 'htor.partner.role' }),

  'htor.section.indicators': () => msg('Indikatorer', { id: 'htor.section.indicators' }),
  'htor.section.indicators.intro': () =>
    msg('Helsedirektoratet bruker indikatorene til å vurdere måloppnåelsen for hele ordningen. Svar med tall der det spørres om antall, ellers med tekst.', { id: 'htor.section.indicators.intro' }),
  ...Object.fromEntries(Object.entries(indicator).map(([key, text]) => [`htor.ind.${key}`, text])),

  'htor.section.confirmation': () => msg('Innsending', { id: 'htor.section.confirmation' }),
  'htor.confirmation.name': () => msg('Navnet ditt', { id: 'htor.confirmation.name' }),
  'htor.confirmation.title': () => msg('Stillingen din', { id: 'htor.confirmation.title' }),
  'htor.confirmation.date': () => msg('Dato', { id: 'htor.confirmation.date' }),
  'htor.confirmation.confirm': () => msg('Jeg bekrefter at opplysningene i rapporten er riktige', { id: 'htor.confirmation.confirm' }),
  'htor.confirmation.confirm.required': () => msg('Kryss av for å bekrefte at opplysningene er riktige', { id: 'htor.confirmation.confirm.required' }),

  'htor.check.grant': () => msg('Tilskuddet, året og kommunen', { id: 'htor.check.grant' }),
  'htor.check.goals': () => msg('Måloppnåelse', { id: 'htor.check.goals' }),
  'htor.check.accounts': () => msg('Regnskap mot budsjett', { id: 'htor.check.accounts' }),
  'htor.check.audit': () => msg('Revisorattestasjon', { id: 'htor.check.audit' }),
  'htor.check.indicators': () => msg('Indikatorer og samarbeid', { id: 'htor.check.indicators' }),
  'htor.check.confirmation': () => msg('Innsending', { id: 'htor.check.confirmation' }),
});
