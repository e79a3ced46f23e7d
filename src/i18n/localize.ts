import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from './generated/locale-codes.js';

export type Locale = 'nb' | 'nn' | 'en';
export const LOCALES: readonly Locale[] = [sourceLocale as Locale, ...(targetLocales as readonly Locale[])];

/** Bokmål is in the code; nynorsk and English load on first use, so the embed carries only bokmål. */
const { getLocale, setLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: (locale) => import(`./generated/locales/${locale}.ts`),
});

/** Maps what a host writes in `lang` (`nb-NO`, `no`, `nn`, `en-GB`) to a locale we have. */
export function toLocale(lang: string | null | undefined): Locale {
  const base = (lang ?? '').toLowerCase().split('-')[0];
  if (base === 'nn') return 'nn';
  if (base === 'en') return 'en';
  return 'nb';
}

/** Switches the whole page's kit to `lang`; every element re-renders when the texts are in. */
export async function useLocale(lang: string | null | undefined): Promise<Locale> {
  const locale = toLocale(lang);
  if (getLocale() !== locale) await setLocale(locale);
  return locale;
}

export { getLocale };
