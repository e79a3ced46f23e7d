import { sourceLocale, targetLocales } from './generated/locale-codes.js';

/** The kit's languages, without the browser runtime: the Node entry (src/server) uses them too. */
export type Locale = 'nb' | 'nn' | 'en';
export const LOCALES: readonly Locale[] = [sourceLocale as Locale, ...(targetLocales as readonly Locale[])];

/** Maps what a host writes in `lang` (`nb-NO`, `no`, `nn`, `en-GB`) to a locale we have. */
export function toLocale(lang: string | null | undefined): Locale {
  const base = (lang ?? '').toLowerCase().split('-')[0];
  if (base === 'nn') return 'nn';
  if (base === 'en') return 'en';
  return 'nb';
}
