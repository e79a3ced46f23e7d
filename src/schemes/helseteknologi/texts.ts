import { msg, str } from '@lit/localize';
import { kr } from '../../i18n/messages.js';
import { registerTexts } from '../../i18n/texts.js';

/**
 * The scheme's i18n layer: the one file of the scheme that imports @lit/localize. The definition
 * beside it holds only keys, so it runs in Node.
 */
registerTexts({
  'hto.title': () => msg('Søknad om tilskudd fra Helseteknologiordningen', { id: 'hto.title' }),
  'hto.intro': () =>
    msg('Ordningen gir tilskudd til kommuner som tar i bruk helseteknologi. Alle felt må fylles ut med mindre de er merket (valgfritt).', { id: 'hto.intro' }),

  'hto.section.assessment': () => msg('Slik blir søknaden vurdert', { id: 'hto.section.assessment' }),
  'hto.section.assessment.intro': () =>
    msg('Helsedirektoratet vurderer søknaden skjønnsmessig etter disse kriteriene. Lenkene viser hvor i skjemaet du svarer på hvert kriterium.', { id: 'hto.section.assessment.intro' }),
  'hto.assess.project': () => msg('Prosjekt', { id: 'hto.assess.project' }),
  'hto.assess.budget': () => msg('Budsjett', { id: 'hto.assess.budget' }),
  'hto.assess.goals': () => msg('Tydelig målbeskrivelse og omtale av gevinster', { id: 'hto.assess.goals' }),
  'hto.assess.goals.text': () =>
    msg('Er bakgrunn og formål tydelig beskrevet, og er forventede gevinster for brukere og tjenesten analysert?', { id: 'hto.assess.goals.text' }),
  'hto.assess.anchoring': () => msg('Forankring og prosjektorganisering', { id: 'hto.assess.anchoring' }),
  'hto.assess.anchoring.text': () =>
    msg('Er tiltaket forankret hos ledelsen og i kommunale planer, med vedtak eller avtaler?', { id: 'hto.assess.anchoring.text' }),
  'hto.assess.description': () => msg('Prosjektbeskrivelse', { id: 'hto.assess.description' }),
  'hto.assess.description.text': () =>
    msg('Dekker beskrivelsen punktene i regelverket, og bidrar prosjektet til et felles løft for kommunene?', { id: 'hto.assess.description.text' }),
  'hto.assess.deliveries': () => msg('Prosjektleveranser og framdrift', { id: 'hto.assess.deliveries' }),
  'hto.assess.deliveries.text': () =>
    msg('Finnes det en plan med milepæler, også for overgang til drift, og datoer for oppstart og avslutning?', { id: 'hto.assess.deliveries.text' }),
  'hto.assess.management': () => msg('Ledelse og organisering, også samarbeid med andre kommuner og helseforetak', { id: 'hto.assess.management' }),
  'hto.assess.management.text': () =>
    msg('Finnes det en plan for ledelse, kompetanse og bemanning av prosjektet?', { id: 'hto.assess.management.text' }),
  'hto.assess.users': () => msg('Systematisk brukermedvirkning', { id: 'hto.assess.users' }),
  'hto.assess.users.text': () =>
    msg('Er ansatte, sluttbrukere og leverandører med i planlegging og gjennomføring?', { id: 'hto.assess.users.text' }),
  'hto.assess.standards': () => msg('Standardisering', { id: 'hto.assess.standards' }),
  'hto.assess.standards.text': () =>
    msg('Finnes det planer for bestilling, bruk og tilpasning av standarder, så andre kan gjenbruke dem?', { id: 'hto.assess.standards.text' }),
  'hto.assess.realistic': () => msg('Realistisk budsjett', { id: 'hto.assess.realistic' }),
  'hto.assess.realistic.text': () => msg('Står budsjettet i forhold til det prosjektet skal gjøre?', { id: 'hto.assess.realistic.text' }),
  'hto.assess.financing': () => msg('Finansiering', { id: 'hto.assess.financing' }),
  'hto.assess.financing.text': () =>
    msg('Hvor stor del finansierer kommunen selv, og er det satt av midler i budsjettet?', { id: 'hto.assess.financing.text' }),

  'hto.section.applicant': () => msg('Søker', { id: 'hto.section.applicant' }),
  'hto.section.applicant.intro': () =>
    msg('Bare kommuner kan søke. Samarbeider flere, søker én kommune på vegne av alle, og de andre føres opp som samarbeidspartnere.', { id: 'hto.section.applicant.intro' }),
  'hto.applicant.kind': () => msg('Hvem søker?', { id: 'hto.applicant.kind' }),
  'hto.applicant.kind.municipality': () => msg('En kommune', { id: 'hto.applicant.kind.municipality' }),
  'hto.applicant.kind.svalbard': () => msg('Helse Nord ved Universitetssykehuset Nord-Norge (UNN), for Svalbard', { id: 'hto.applicant.kind.svalbard' }),
  'hto.applicant.kind.svalbard.hint': () =>
    msg('Svalbard har ingen kommune som kan søke, så UNN kan søke for Svalbard.', { id: 'hto.applicant.kind.svalbard.hint' }),
  'hto.applicant.municipality': () => msg('Kommune', { id: 'hto.applicant.municipality' }),
  'hto.applicant.municipality.hint': () => msg('Søk på navn eller kommunenummer', { id: 'hto.applicant.municipality.hint' }),

  'hto.section.partners': () => msg('Samarbeidspartnere', { id: 'hto.section.partners' }),
  'hto.section.partners.intro': () =>
    msg('Før opp kommuner, helseforetak og andre som er med i prosjektet. Andre virksomheter, for eksempel fastlegekontor, kan være med, men ikke søke alene. Har dere ingen samarbeidspartnere, kan dere gå videre til neste del.', { id: 'hto.section.partners.intro' }),
  'hto.partners': () => msg('Samarbeidspartnere', { id: 'hto.partners' }),
  'hto.partner.item': (p) => msg(str`Samarbeidspartner ${p.n}`, { id: 'hto.partner.item' }),
  'hto.partner.add': () => msg('Legg til samarbeidspartner', { id: 'hto.partner.add' }),
  'hto.partner.kind': () => msg('Type samarbeidspartner', { id: 'hto.partner.kind' }),
  'hto.partner.kind.municipality': () => msg('Kommune', { id: 'hto.partner.kind.municipality' }),
  'hto.partner.kind.hospitalTrust': () => msg('Helseforetak', { id: 'hto.partner.kind.hospitalTrust' }),
  'hto.partner.kind.other': () => msg('Annen virksomhet', { id: 'hto.partner.kind.other' }),
  'hto.partner.kind.other.hint': () => msg('For eksempel et fastlegekontor eller en leverandør', { id: 'hto.partner.kind.other.hint' }),
  'hto.partner.municipality': () => msg('Kommune', { id: 'hto.partner.municipality' }),
  'hto.partner.name': () => msg('Navn på virksomheten', { id: 'hto.partner.name' }),
  'hto.partner.role': () => msg('Rolle i prosjektet', { id: 'hto.partner.role' }),
  'hto.partner.confirmation': () => msg('Har dere intensjonsavtale eller annen bekreftelse fra samarbeidspartneren?', { id: 'hto.partner.confirmation' }),
  'hto.partner.confirmationWhat': () => msg('Hva slags bekreftelse', { id: 'hto.partner.confirmationWhat' }),
  'hto.partner.confirmationWhat.hint': () => msg('For eksempel intensjonsavtale signert 1. mars', { id: 'hto.partner.confirmationWhat.hint' }),

  'hto.section.project': () => msg('Prosjektet', { id: 'hto.section.project' }),
  'hto.project.title': () => msg('Prosjektets navn', { id: 'hto.project.title' }),
  'hto.project.area': () => msg('Teknologiområde', { id: 'hto.project.area' }),
  'hto.project.phase': () => msg('Fase', { id: 'hto.project.phase' }),
  'hto.project.phase.hint': () =>
    msg('Ordningen gir tilskudd til å ta teknologi i bruk. Innovasjonsprosjekter får ikke tilskudd.', { id: 'hto.project.phase.hint' }),
  'hto.project.start': () => msg('Startdato', { id: 'hto.project.start' }),
  'hto.project.end': () => msg('Sluttdato', { id: 'hto.project.end' }),
  'hto.area.velferdsteknologi': () => msg('Velferdsteknologi', { id: 'hto.area.velferdsteknologi' }),
  'hto.area.hjemmeoppfolging': () => msg('Digital hjemmeoppfølging', { id: 'hto.area.hjemmeoppfolging' }),
  'hto.area.journal': () => msg('Journalløsninger', { id: 'hto.area.journal' }),
  'hto.phase.utproving': () => msg('Utprøving', { id: 'hto.phase.utproving' }),
  'hto.phase.anskaffelse': () => msg('Anskaffelse', { id: 'hto.phase.anskaffelse' }),
  'hto.phase.innforing': () => msg('Innføring', { id: 'hto.phase.innforing' }),

  'hto.section.description': () => msg('Prosjektbeskrivelse', { id: 'hto.section.description' }),
  'hto.section.description.intro': () =>
    msg('Svar kort og tydelig på hvert punkt. Beskriv hvordan tiltaket bidrar til målene for ordningen, med realistiske resultater og effekter.', { id: 'hto.section.description.intro' }),
  'hto.description.background': () => msg('Bakgrunn, formål og mål for prosjektet', { id: 'hto.description.background' }),
  'hto.description.background.hint': () => msg('Hvorfor prosjektet trengs, og hva det skal oppnå', { id: 'hto.description.background.hint' }),
  'hto.description.status': () => msg('Status, leveranser, tidsplan og sentrale milepæler', { id: 'hto.description.status' }),
  'hto.description.status.hint': () => msg('Milepælene med datoer fører du opp lenger ned', { id: 'hto.description.status.hint' }),
  'hto.description.gains': () => msg('Forventede gevinster, og hvordan de skal realiseres og måles', { id: 'hto.description.gains' }),
  'hto.description.gains.hint': () => msg('For brukerne, de ansatte og tjenesten', { id: 'hto.description.gains.hint' }),
  'hto.description.riskAndStakeholders': () => msg('Risiko og interessenter', { id: 'hto.description.riskAndStakeholders' }),
  'hto.description.riskAndStakeholders.hint': () =>
    msg('Hvem som berøres av prosjektet. De enkelte risikoene fører du opp lenger ned', { id: 'hto.description.riskAndStakeholders.hint' }),
  'hto.description.procurement': () => msg('Planer for anskaffelser, og ressurser og kompetanse til dem', { id: 'hto.description.procurement' }),
  'hto.description.procurement.hint': () => msg('Skriv «ingen» hvis dere ikke skal anskaffe noe', { id: 'hto.description.procurement.hint' }),
  'hto.description.participants': () => msg('Hvem som er med i samarbeidet, og pågående relevante samarbeid', { id: 'hto.description.participants' }),
  'hto.description.participants.hint': () =>
    msg('Nevn intensjonsavtaler eller andre bekreftelser fra samarbeidspartnerne', { id: 'hto.description.participants.hint' }),
  'hto.description.anchoring': () => msg('Forankring, også kobling til kommunale planer', { id: 'hto.description.anchoring' }),
  'hto.description.anchoring.hint': () => msg('For eksempel vedtak, avtaler eller planer prosjektet bygger på', { id: 'hto.description.anchoring.hint' }),
  'hto.description.management': () => msg('Ledelse og organisering av prosjektet, også fordeling av ressurser', { id: 'hto.description.management' }),
  'hto.description.management.hint': () =>
    msg('Kompetansen til prosjektlederen og gruppen, og hvordan dere rekrutterer', { id: 'hto.description.management.hint' }),
  'hto.description.standards': () => msg('Arbeid med bestilling, bruk og tilpasning av standarder', { id: 'hto.description.standards' }),
  'hto.description.standards.hint': () =>
    msg('I tråd med roller og oppgaver i Samarbeidsmodell for internasjonale standarder', { id: 'hto.description.standards.hint' }),
  'hto.description.implementation': () => msg('Hvordan innføringen skal gjennomføres lokalt', { id: 'hto.description.implementation' }),
  'hto.description.implementation.hint': () => msg('Hvem som gjør hva, og når', { id: 'hto.description.implementation.hint' }),
  'hto.description.division': () => msg('Fordeling av oppgaver og ansvar mellom samarbeidspartnerne', { id: 'hto.description.division' }),
  'hto.description.division.hint': () => msg('Skriv «ingen samarbeidspartnere» hvis kommunen er alene', { id: 'hto.description.division.hint' }),
  'hto.description.userParticipation': () => msg('Hvordan systematisk brukermedvirkning er ivaretatt', { id: 'hto.description.userParticipation' }),
  'hto.description.userParticipation.hint': () => msg('Ansatte og sluttbrukere, og om leverandører er med', { id: 'hto.description.userParticipation.hint' }),
  'hto.description.budgetOverview': () => msg('Oversikt over budsjett og finansiering', { id: 'hto.description.budgetOverview' }),
  'hto.description.budgetOverview.hint': () =>
    msg('Forklar budsjettet med ord. Tallene fører du inn under Budsjett', { id: 'hto.description.budgetOverview.hint' }),

  'hto.section.goals': () => msg('Mål', { id: 'hto.section.goals' }),
  'hto.section.goals.intro': () =>
    msg('Hva vil kommunen oppnå med tilskuddet? Skriv ett mål om gangen, gjerne med indikatorer som viser om målet er nådd.', { id: 'hto.section.goals.intro' }),
  'hto.goals': () => msg('Mål', { id: 'hto.goals' }),
  'hto.goals.required': () => msg('Legg til minst ett mål', { id: 'hto.goals.required' }),
  'hto.goal.item': (p) => msg(str`Mål ${p.n}`, { id: 'hto.goal.item' }),
  'hto.goal.add': () => msg('Legg til mål', { id: 'hto.goal.add' }),
  'hto.goal.goal': () => msg('Mål', { id: 'hto.goal.goal' }),
  'hto.goal.indicators': () => msg('Indikatorer', { id: 'hto.goal.indicators' }),
  'hto.goal.indicators.hint': () => msg('Hvordan dere ser at målet er nådd, for eksempel antall brukere', { id: 'hto.goal.indicators.hint' }),

  'hto.section.milestones': () => msg('Milepæler', { id: 'hto.section.milestones' }),
  'hto.milestones': () => msg('Milepæler', { id: 'hto.milestones' }),
  'hto.milestones.required': () => msg('Legg til minst én milepæl', { id: 'hto.milestones.required' }),
  'hto.milestone.item': (p) => msg(str`Milepæl ${p.n}`, { id: 'hto.milestone.item' }),
  'hto.milestone.add': () => msg('Legg til milepæl', { id: 'hto.milestone.add' }),
  'hto.milestone.date': () => msg('Dato', { id: 'hto.milestone.date' }),
  'hto.milestone.what': () => msg('Hva som skal være ferdig', { id: 'hto.milestone.what' }),

  'hto.section.risks': () => msg('Risikovurdering', { id: 'hto.section.risks' }),
  'hto.section.risks.intro': () =>
    msg('Hva kan hindre prosjektet i å nå målene, og hva gjør dere for å unngå det?', { id: 'hto.section.risks.intro' }),
  'hto.risks': () => msg('Risikoer', { id: 'hto.risks' }),
  'hto.risks.required': () => msg('Legg til minst én risiko', { id: 'hto.risks.required' }),
  'hto.risk.item': (p) => msg(str`Risiko ${p.n}`, { id: 'hto.risk.item' }),
  'hto.risk.add': () => msg('Legg til risiko', { id: 'hto.risk.add' }),
  'hto.risk.risk': () => msg('Risiko', { id: 'hto.risk.risk' }),
  'hto.risk.likelihood': () => msg('Sannsynlighet', { id: 'hto.risk.likelihood' }),
  'hto.risk.consequence': () => msg('Konsekvens', { id: 'hto.risk.consequence' }),
  'hto.risk.mitigation': () => msg('Tiltak for å redusere risikoen', { id: 'hto.risk.mitigation' }),
  'hto.level.low': () => msg('Lav', { id: 'hto.level.low' }),
  'hto.level.medium': () => msg('Middels', { id: 'hto.level.medium' }),
  'hto.level.high': () => msg('Høy', { id: 'hto.level.high' }),

  'hto.section.budget': () => msg('Budsjett og finansiering', { id: 'hto.section.budget' }),
  'hto.section.budget.intro': () =>
    msg('Tilskuddet dekker bare en del av kommunens egne kostnader. Kommunen må finansiere en del selv, og finansieringen må gå opp i samlet kostnad.', { id: 'hto.section.budget.intro' }),
  'hto.budget.costs': () => msg('Kostnader', { id: 'hto.budget.costs' }),
  'hto.budget.costs.hint': () =>
    msg('Beløp i hele kroner. Del opp et kostnadselement i linjer hvis du vil vise hva det består av.', { id: 'hto.budget.costs.hint' }),
  'hto.budget.grant': () => msg('Tilskudd', { id: 'hto.budget.grant' }),
  'hto.budget.own': () => msg('Egenfinansiering', { id: 'hto.budget.own' }),
  'hto.cost.projectResources': () => msg('Prosjektleder og prosjektressurser', { id: 'hto.cost.projectResources' }),
  'hto.cost.training': () => msg('Opplæring av helse- og omsorgspersonell', { id: 'hto.cost.training' }),
  'hto.cost.technical': () => msg('Teknisk tilrettelegging for samhandling', { id: 'hto.cost.technical' }),
  'hto.cost.software': () => msg('Kjøp av programvare, utstyr, lisenser og lignende', { id: 'hto.cost.software' }),
  'hto.cost.meetings': () => msg('Møter og samlinger', { id: 'hto.cost.meetings' }),
  'hto.cost.travel': () => msg('Reisetid og reisekostnader', { id: 'hto.cost.travel' }),
  'hto.cost.ownOnly': () => msg('Bare egenfinansiering. Tilskuddet kan ikke dekke dette.', { id: 'hto.cost.ownOnly' }),
  'hto.budget.hasOther': () => msg('Har prosjektet finansiering eller tilskudd fra andre?', { id: 'hto.budget.hasOther' }),
  'hto.budget.other': () => msg('Finansiering fra andre', { id: 'hto.budget.other' }),
  'hto.other.required': () => msg('Legg til minst én finansieringskilde, eller svar nei over', { id: 'hto.other.required' }),
  'hto.other.item': (p) => msg(str`Finansiering ${p.n}`, { id: 'hto.other.item' }),
  'hto.other.add': () => msg('Legg til finansieringskilde', { id: 'hto.other.add' }),
  'hto.other.source': () => msg('Hvem som finansierer', { id: 'hto.other.source' }),
  'hto.other.amount': () => msg('Beløp', { id: 'hto.other.amount' }),
  'hto.other.status': () => msg('Status', { id: 'hto.other.status' }),
  'hto.other.applied': () => msg('Søkt', { id: 'hto.other.applied' }),
  'hto.other.granted': () => msg('Innvilget', { id: 'hto.other.granted' }),
  'hto.budget.totalCost': () => msg('Samlet kostnad for prosjektet', { id: 'hto.budget.totalCost' }),
  'hto.budget.totalCost.hint': () =>
    msg('Alle kostnader i prosjektet, uansett hvem som betaler. Tilskudd, egenfinansiering og finansiering fra andre skal til sammen bli dette beløpet.', { id: 'hto.budget.totalCost.hint' }),
  'hto.budget.summary': () => msg('Finansiering', { id: 'hto.budget.summary' }),
  'hto.sum.totalCost': () => msg('Samlet kostnad', { id: 'hto.sum.totalCost' }),
  'hto.sum.grant': () => msg('Tilskudd det søkes om', { id: 'hto.sum.grant' }),
  'hto.sum.own': () => msg('Egenfinansiering', { id: 'hto.sum.own' }),
  'hto.sum.other': () => msg('Finansiering fra andre', { id: 'hto.sum.other' }),
  'hto.sum.financing': () => msg('Finansiering i alt', { id: 'hto.sum.financing' }),
  'hto.sum.difference': () => msg('Samlet kostnad minus finansiering', { id: 'hto.sum.difference' }),
  'hto.sum.shareGrant': () => msg('Andel tilskudd', { id: 'hto.sum.shareGrant' }),
  'hto.sum.shareOwn': () => msg('Andel egenfinansiering', { id: 'hto.sum.shareOwn' }),
  'hto.sum.shareOther': () => msg('Andel fra andre', { id: 'hto.sum.shareOther' }),
  'hto.own.missing': () =>
    msg('Kommunen må finansiere en del av prosjektet selv. Skriv inn egenfinansiering for minst ett kostnadselement', { id: 'hto.own.missing' }),
  'hto.grant.missing': () =>
    msg('Søknaden ber ikke om tilskudd ennå. Skriv inn hvor mye dere søker om i kolonnen Tilskudd, for minst ett kostnadselement', { id: 'hto.grant.missing' }),
  'hto.grant.notPart': () =>
    msg('Tilskuddet kan bare dekke en del av kostnaden. Søk om mindre enn samlet kostnad', { id: 'hto.grant.notPart' }),
  'hto.financing.gap': (p) =>
    msg(str`Finansieringen er ${kr(p.amount)} lavere enn samlet kostnad. Øk finansieringen eller rett samlet kostnad`, { id: 'hto.financing.gap' }),
  'hto.financing.over': (p) =>
    msg(str`Finansieringen er ${kr(p.amount)} høyere enn samlet kostnad. Reduser finansieringen eller rett samlet kostnad`, { id: 'hto.financing.over' }),

  'hto.section.signature': () => msg('Underskrift', { id: 'hto.section.signature' }),
  'hto.section.signature.intro': () =>
    msg('Søknaden skal undertegnes av kommunedirektøren eller den som har fått myndigheten delegert. Søker UNN for Svalbard, undertegner UNNs administrerende direktør eller den som har fått myndigheten delegert.', { id: 'hto.section.signature.intro' }),
  'hto.signature.name': () => msg('Navn på den som undertegner', { id: 'hto.signature.name' }),
  'hto.signature.title': () => msg('Stillingstittel', { id: 'hto.signature.title' }),
  'hto.signature.authority': () => msg('Undertegner som', { id: 'hto.signature.authority' }),
  'hto.signature.authority.director': () => msg('Kommunedirektør', { id: 'hto.signature.authority.director' }),
  'hto.signature.authority.delegated': () => msg('Med delegert myndighet fra kommunedirektøren', { id: 'hto.signature.authority.delegated' }),
  'hto.signature.authority.unn.director': () => msg('Administrerende direktør i UNN', { id: 'hto.signature.authority.unn.director' }),
  'hto.signature.authority.unn.delegated': () =>
    msg('Med delegert myndighet fra administrerende direktør i UNN', { id: 'hto.signature.authority.unn.delegated' }),
  'hto.signature.delegation': () => msg('Delegeringen', { id: 'hto.signature.delegation' }),
  'hto.signature.delegation.hint': () =>
    msg('Hvilket vedtak eller delegeringsreglement myndigheten følger av', { id: 'hto.signature.delegation.hint' }),
  'hto.signature.date': () => msg('Dato', { id: 'hto.signature.date' }),
  'hto.signature.confirm': () =>
    msg('Jeg bekrefter at opplysningene i søknaden er riktige, og at jeg har myndighet til å undertegne for kommunen', { id: 'hto.signature.confirm' }),
  'hto.signature.confirm.unn': () =>
    msg('Jeg bekrefter at opplysningene i søknaden er riktige, og at jeg har myndighet til å undertegne for UNN', { id: 'hto.signature.confirm.unn' }),
  'hto.signature.confirm.required': () => msg('Kryss av for å bekrefte opplysningene og myndigheten din', { id: 'hto.signature.confirm.required' }),

  'hto.applicant.kind.required': () => msg('Velg hvem som søker', { id: 'hto.applicant.kind.required' }),
  'hto.partner.isApplicant': () =>
    msg('Kommunen som søker, kan ikke også være samarbeidspart. Velg en annen kommune, eller fjern samarbeidsparten', { id: 'hto.partner.isApplicant' }),
  'hto.partner.twice': () =>
    msg('Denne kommunen står allerede som samarbeidspart. Velg en annen kommune, eller fjern samarbeidsparten', { id: 'hto.partner.twice' }),
  'hto.partner.confirmation.required': () => msg('Velg om dere har en bekreftelse fra samarbeidspartneren', { id: 'hto.partner.confirmation.required' }),
  'hto.budget.hasOther.required': () => msg('Velg om prosjektet har finansiering fra andre', { id: 'hto.budget.hasOther.required' }),
  'hto.signature.authority.required': () => msg('Velg om du undertegner som kommunedirektør eller med delegert myndighet', { id: 'hto.signature.authority.required' }),
  'hto.signature.authority.unn.required': () =>
    msg('Velg om du undertegner som administrerende direktør i UNN eller med delegert myndighet', { id: 'hto.signature.authority.unn.required' }),
  'hto.check.goals': () => msg('Søkerens mål med tilskuddet', { id: 'hto.check.goals' }),
  'hto.check.measures': () => msg('Beskrivelse av tiltaket', { id: 'hto.check.measures' }),
  'hto.check.budget': () => msg('Budsjett', { id: 'hto.check.budget' }),
  'hto.check.otherFunding': () => msg('Delfinansiering fra andre', { id: 'hto.check.otherFunding' }),
  'hto.check.ownFinancing': () => msg('Egenfinansiering', { id: 'hto.check.ownFinancing' }),
  'hto.check.risks': () => msg('Søkerens vurdering av risiko', { id: 'hto.check.risks' }),
  'hto.check.description': () => msg('Prosjektbeskrivelse med milepæler', { id: 'hto.check.description' }),
  'hto.check.signature': () => msg('Underskrift av kommunedirektøren eller den med delegert myndighet', { id: 'hto.check.signature' }),
  'hto.check.signature.unn': () => msg('Underskrift av administrerende direktør i UNN eller den med delegert myndighet', { id: 'hto.check.signature.unn' }),
  'hto.check.payment': () => msg('Organisasjonsnummer og kontonummer', { id: 'hto.check.payment' }),

  // HTO-S5: the simplified application (forenklet søknad).
  'hto.s5.title': () => msg('Forenklet søknad om tilskudd fra Helseteknologiordningen', { id: 'hto.s5.title' }),
  'hto.s5.intro': () =>
    msg('For prosjekter som fikk tilskudd i 2023 fra Velferdsteknologi til barn, unge og voksne med medfødte eller tidlig ervervede funksjonsnedsettelser eller fra Digital hjemmeoppfølging av kronisk syke. Alle felt må fylles ut med mindre de er merket (valgfritt).', { id: 'hto.s5.intro' }),
  'hto.s5.section.previous': () => msg('Tilskuddet fra 2023', { id: 'hto.s5.section.previous' }),
  'hto.s5.section.previous.intro': () =>
    msg('Den forenklede søknaden gjelder bare prosjekter som fikk tilskudd i 2023 fra en av disse to ordningene. Andre prosjekter bruker den vanlige søknaden.', { id: 'hto.s5.section.previous.intro' }),
  'hto.s5.previous.scheme': () => msg('Hvilken ordning ga prosjektet tilskudd i 2023?', { id: 'hto.s5.previous.scheme' }),
  'hto.s5.previous.scheme.required': () => msg('Velg hvilken ordning prosjektet fikk tilskudd fra i 2023', { id: 'hto.s5.previous.scheme.required' }),
  'hto.s5.scheme.vft': () =>
    msg('Velferdsteknologi til barn, unge og voksne med medfødte eller tidlig ervervede funksjonsnedsettelser', { id: 'hto.s5.scheme.vft' }),
  'hto.s5.scheme.dhos': () => msg('Digital hjemmeoppfølging av kronisk syke', { id: 'hto.s5.scheme.dhos' }),
  'hto.s5.previous.reference': () => msg('Saksnummer for tilskuddet', { id: 'hto.s5.previous.reference' }),
  'hto.s5.previous.reference.hint': () => msg('Står i tilskuddsbrevet fra 2023, for eksempel 23/12345', { id: 'hto.s5.previous.reference.hint' }),
  'hto.s5.previous.granted': () => msg('Tilskudd innvilget i 2023', { id: 'hto.s5.previous.granted' }),
  'hto.signature.date.future': () =>
    msg('Datoen for underskriften kan ikke være etter i dag. Skriv inn datoen søknaden ble signert', { id: 'hto.signature.date.future' }),
  'hto.s5.previous.granted.zero': () =>
    msg('Skriv inn tilskuddet dere fikk i 2023, slik det står i tilskuddsbrevet. Den forenklede søknaden gjelder bare prosjekter som fikk tilskudd', { id: 'hto.s5.previous.granted.zero' }),
  'hto.s5.previous.granted.hint': () => msg('Beløpet i tilskuddsbrevet, i hele kroner', { id: 'hto.s5.previous.granted.hint' }),
  'hto.s5.section.status': () => msg('Status', { id: 'hto.s5.section.status' }),
  'hto.s5.section.status.intro': () =>
    msg('Hvor langt har prosjektet kommet siden tilskuddet i 2023? Måloppnåelsen så langt skriver du under hvert mål lenger ned.', { id: 'hto.s5.section.status.intro' }),
  'hto.s5.status': () => msg('Status for prosjektet', { id: 'hto.s5.status' }),
  'hto.s5.status.hint': () => msg('Hva som er gjort og levert, og hva som gjenstår', { id: 'hto.s5.status.hint' }),
  'hto.s5.procurement': () => msg('Status for anskaffelsen', { id: 'hto.s5.procurement' }),
  'hto.s5.procurement.hint': () =>
    msg('Hva som er anskaffet, hva som pågår og hva som skal anskaffes. Skriv «ingen anskaffelse» hvis prosjektet ikke anskaffer noe', { id: 'hto.s5.procurement.hint' }),
  'hto.s5.section.goals.intro': () =>
    msg('Før opp målene fra søknaden i 2023, og skriv hvor langt dere har nådd hvert av dem.', { id: 'hto.s5.section.goals.intro' }),
  'hto.s5.goal.achieved': () => msg('Måloppnåelse så langt', { id: 'hto.s5.goal.achieved' }),
  'hto.s5.goal.achieved.hint': () => msg('Hva dere har nådd, gjerne med tall for indikatorene', { id: 'hto.s5.goal.achieved.hint' }),
  'hto.s5.section.progress': () => msg('Videre framdriftsplan', { id: 'hto.s5.section.progress' }),
  'hto.s5.section.progress.intro': () => msg('Milepælene som gjenstår, med datoer.', { id: 'hto.s5.section.progress.intro' }),
  'hto.s5.section.operation': () => msg('Overgang til drift', { id: 'hto.s5.section.operation' }),
  'hto.s5.operation.plan': () => msg('Plan for overgang til drift', { id: 'hto.s5.operation.plan' }),
  'hto.s5.operation.plan.hint': () =>
    msg('Hvem som skal drifte og forvalte løsningen, hva driften koster og hvordan den skal finansieres', { id: 'hto.s5.operation.plan.hint' }),
  'hto.s5.operation.date': () => msg('Dato for overgang til ordinær drift', { id: 'hto.s5.operation.date' }),
  'hto.s5.section.budget.intro': () =>
    msg('Budsjettet gjelder året dere søker for, med de samme kostnadselementene som i den vanlige søknaden. Tilskuddet dekker bare en del av kommunens egne kostnader, og finansieringen må gå opp i samlet kostnad.', { id: 'hto.s5.section.budget.intro' }),
  'hto.s5.check.previous': () => msg('Tidligere ordning og tilskudd', { id: 'hto.s5.check.previous' }),
  'hto.s5.check.status': () => msg('Status, også for anskaffelsen, og måloppnåelse så langt', { id: 'hto.s5.check.status' }),
  'hto.s5.check.progress': () => msg('Videre framdriftsplan', { id: 'hto.s5.check.progress' }),
  'hto.s5.check.operation': () => msg('Plan for overgang til drift', { id: 'hto.s5.check.operation' }),
  'hto.s5.check.budget': () => msg('Budsjett for året', { id: 'hto.s5.check.budget' }),
});
