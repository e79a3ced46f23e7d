// The whole kit: every element registered, and the classes, events and core for hosts.
import './embed/helseteknologi-soknad.js';
import './embed/helseteknologi-rapport.js';
export { TilskuddSkjema, type IssueWithMessage } from './elements/tilskudd-skjema.js';
export { TilskuddSjekkliste } from './elements/tilskudd-sjekkliste.js';
export { TilskuddFeiloppsummering } from './elements/tilskudd-feiloppsummering.js';
export { HelseteknologiSoknad } from './elements/helseteknologi-soknad.js';
export { HelseteknologiRapport } from './elements/helseteknologi-rapport.js';
export { FollowUpForm } from './elements/follow-up.js';
export * from './elements/events.js';
export { useLocale, LOCALES, type Locale } from './i18n/localize.js';
export { registerTexts, type Texts } from './i18n/texts.js';
export * as core from './core/index.js';
export * as helseteknologi from './schemes/helseteknologi/index.js';
export type { FormDefinition, Field, Section, CrossRule, Data } from './core/definition.js';
