import { fail, normalizeDigits, ok, type ParseResult } from './result.js';

/**
 * ALL-6: dates are `YYYY-MM-DD` in JSON. Input takes the Norwegian `21.11.2026` (also with `/` or
 * `-`, and one-digit day and month) or ISO `2026-11-21`.
 */
export function parseDate(input: string): ParseResult<string | null> {
  const text = normalizeDigits(input).replace(/\s/g, '');
  if (text === '') return ok(null);
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  let year: number, month: number, day: number;
  if (m) [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else {
    m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(text);
    if (!m) return fail('date.format');
    [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  }
  if (!isRealDate(year, month, day)) return fail('date.invalid');
  return ok(toIsoDate(year, month, day));
}

export function isRealDate(year: number, month: number, day: number): boolean {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const toIsoDate = (year: number, month: number, day: number) => `${pad(year, 4)}-${pad(month)}-${pad(day)}`;

export const isIsoDate = (value: unknown): value is string =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && parseDate(value).ok;

/** `2026-11-21` → `21.11.2026`. */
export function formatDate(value: string | null | undefined): string {
  const m = value ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  return m ? `${m[3]}.${m[2]}.${m[1]}` : (value ?? '');
}

const HOUR = 3_600_000;

/** Midnight UTC of the last Sunday of a month (0-based). */
function lastSunday(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month + 1, 0));
  return last.getTime() - last.getUTCDay() * 24 * HOUR;
}

/**
 * The date in Norway at a moment, as `YYYY-MM-DD`: UTC+1, and UTC+2 from the last Sunday of March
 * to the last Sunday of October (01:00 UTC both, the EU rule Norway follows). By hand, because
 * `Intl` with a time zone loads ICU data on first use, about 10 ms of a form's start.
 */
export function norwayDate(moment: Date | number): string {
  const time = typeof moment === 'number' ? moment : moment.getTime();
  const year = new Date(time).getUTCFullYear();
  const summer = time >= lastSunday(year, 2) + HOUR && time < lastSunday(year, 9) + HOUR;
  const local = new Date(time + (summer ? 2 : 1) * HOUR);
  return toIsoDate(local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate());
}

/**
 * The moment "today" is read at. A submission pins it to its `submittedAt` while its computed
 * block is built (`atMoment`), so Node, which judges by that time, recomputes the same block.
 */
let pinned: Date | undefined;

export function atMoment<T>(moment: Date, run: () => T): T {
  const outer = pinned;
  pinned = moment;
  try {
    return run();
  } finally {
    pinned = outer;
  }
}

/**
 * Today's date in Norway as `YYYY-MM-DD`: deadlines are Norwegian, so a browser abroad, or one
 * left open past midnight UTC, judges them as a caseworker in Norway does.
 */
export function todayIso(now = pinned ?? new Date()): string {
  return norwayDate(now);
}
