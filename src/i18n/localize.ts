import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from './generated/locale-codes.js';
import { toLocale, type Locale } from './locale.js';

/** Bokmål is in the code; nynorsk and English load on first use, so the embed carries only bokmål. */
const { getLocale, setLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: (locale) => import(`./generated/locales/${locale}.ts`),
});

/**
 * The page has one language (README): where two forms' embeds each bring the kit's runtime, a
 * switch in one is followed by the others, so no element of either shows another language.
 */
const REQUESTED = Symbol.for('tilskuddsskjema.locale.v1');
const page = globalThis as Record<symbol, unknown>;
addEventListener('lit-localize-status', (event) => {
  const detail = (event as CustomEvent<{ status: string; readyLocale?: string }>).detail;
  // Only the language last asked for on the page: a late "ready" of an earlier one is no switch.
  if (detail.status === 'ready' && detail.readyLocale === page[REQUESTED] && detail.readyLocale !== getLocale()) void setLocale(detail.readyLocale as string);
});

/** Switches the whole page's kit to `lang`; every element re-renders when the texts are in. */
export async function useLocale(lang: string | null | undefined): Promise<Locale> {
  const locale = toLocale(lang);
  page[REQUESTED] = locale;
  if (getLocale() !== locale) await setLocale(locale);
  return locale;
}

export { getLocale };
export { LOCALES, toLocale, type Locale } from './locale.js';
