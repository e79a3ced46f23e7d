import { _installMsgImplementation } from '@lit/localize/init/install.js';
import { runtimeMsg } from '@lit/localize/internal/runtime-msg.js';
import type { IssueParams } from '../core/issues.js';
import { templates as en } from '../i18n/generated/locales/en.js';
import { templates as nn } from '../i18n/generated/locales/nn.js';
import { LOCALES, type Locale } from '../i18n/locale.js';
import { t } from '../i18n/texts.js';
// Every text the forms and this entry can say, registered by key.
import '../i18n/messages.js';
import '../i18n/messages-reports.js';
import '../i18n/messages-server.js';
import '../schemes/fmk/rapport-texts.js';
import '../schemes/fmk/texts.js';
import '../schemes/helseteknologi/rapport-texts.js';
import '../schemes/helseteknologi/texts.js';

/**
 * Messages in Node, from the same texts and translations as the elements, without the browser
 * runtime of @lit/localize (it needs `window`): `msg()` looks up the asked locale's templates,
 * synchronously, for the one call.
 */
export type Lang = Locale;
export const LANGS: readonly Lang[] = LOCALES;

const catalogs: Record<Lang, Parameters<typeof runtimeMsg>[0]> = { nb: undefined, nn: nn as never, en: en as never };
let current: Parameters<typeof runtimeMsg>[0];
let installed = false;
try {
  _installMsgImplementation(((template: never, options: never) => runtimeMsg(current, template, options)) as never);
  installed = true;
} catch {
  // The page's own localization runtime came first (a browser bundle in the same realm): bokmål only.
}

export function message(key: string, params: IssueParams | undefined, lang: Lang = 'nb'): string {
  current = installed ? catalogs[lang] : undefined;
  try {
    return t(key, params ?? {});
  } finally {
    current = undefined;
  }
}

export const toLang = (value: unknown): Lang => (LANGS.includes(value as Lang) ? (value as Lang) : 'nb');
