import { COUNTIES, MUNICIPALITIES, YEAR } from '../data/kommuner-2024.js';

export interface Municipality {
  /** Four-digit kommunenummer as a string: `0301`. */
  number: string;
  /** The name as listed, every official form joined by " - ". */
  name: string;
  /** Each official name form on its own (Norwegian, Sámi, Kven). */
  names: readonly string[];
  county: string;
}

export const MUNICIPALITY_YEAR = YEAR;

let cache: { list: Municipality[]; byNumber: Map<string, Municipality>; byName: Map<string, Municipality>; keys: string[] } | undefined;

function load() {
  if (!cache) {
    let previous = 0;
    const list = MUNICIPALITIES.split('\n').map((row) => {
      // Four digits, or one base-36 character: the step from the row before (scripts/gen-kommuner.mjs).
      const full = /^\d{4}/.test(row);
      previous = full ? Number(row.slice(0, 4)) : previous + Number.parseInt(row[0]!, 36);
      const number = String(previous).padStart(4, '0');
      const name = row.slice(full ? 4 : 1);
      return { number, name, names: name.split(' - '), county: COUNTIES[number.slice(0, 2)] ?? '' };
    });
    // Every name form folded once: matching typed text is then a lookup, not 357 × fold per call
    // (5 000 partners with a typo cost seconds). The first in list order wins, as a scan would.
    const byName = new Map<string, Municipality>();
    for (const m of list)
      for (const key of [m.name, ...m.names].map(fold)) if (!byName.has(key)) byName.set(key, m);
    cache = { list, byNumber: new Map(list.map((m) => [m.number, m])), byName, keys: list.map((m) => fold(m.names.join(' '))) };
  }
  return cache;
}

/** Every kommunenummer of the list, in list order. */
export const municipalityNumbers = (): string[] => load().list.map((m) => m.number);

/** Folds case and letters people type without (ø → o, á → a), so `tromso` finds Tromsø. */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/ŋ/g, 'n')
    .replace(/ŧ/g, 't')
    .replace(/š/g, 's')
    .replace(/ž/g, 'z')
    .replace(/č/g, 'c');
}

export const allMunicipalities = (): readonly Municipality[] => load().list;

export const findMunicipality = (number: unknown): Municipality | undefined =>
  typeof number === 'string' ? load().byNumber.get(number) : undefined;

/**
 * Municipalities whose number starts with the query, or any of whose name forms has a word
 * starting with it. The one the text names exactly (as matchMunicipality reads it) comes first,
 * so Enter on the first option picks what the field already holds ("Hamar", not Hamarøy); then
 * word-start matches, then matches inside a word.
 */
export function searchMunicipalities(query: string, limit = 10): Municipality[] {
  const { list, keys } = load();
  const q = fold(query.trim());
  if (!q) return list.slice(0, limit);
  if (/^\d+$/.test(q)) return list.filter((m) => m.number.startsWith(q)).slice(0, limit);
  // Any name form in full, or `1806 Narvik` as the field shows a chosen one.
  const exact = matchMunicipality(query);
  const starts: Municipality[] = [];
  const inside: Municipality[] = [];
  keys.forEach((key, i) => {
    const at = key.indexOf(q);
    if (at < 0 || list[i] === exact) return;
    (at === 0 || /[\s-]/.test(key[at - 1]!) ? starts : inside).push(list[i]!);
  });
  return [...(exact ? [exact] : []), ...starts, ...inside].slice(0, limit);
}

/** `0301 Oslo`, the way the field shows a chosen municipality. */
export const formatMunicipality = (number: unknown): string => {
  const m = findMunicipality(number);
  return m ? `${m.number} ${m.name}` : typeof number === 'string' ? number : '';
};

/** The one municipality a typed text names exactly: its number, any name form, or `0301 Oslo`. */
export function matchMunicipality(text: string): Municipality | undefined {
  const q = fold(text.trim());
  const number = /^(\d{4})\b/.exec(q)?.[1];
  if (number) return findMunicipality(number);
  return load().byName.get(q);
}
