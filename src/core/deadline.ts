import { isIsoDate, todayIso } from './parse/date.js';

/**
 * Deadlines are configuration, and "today" is injected (a test, a preview, a server's clock), so
 * a rule that warns after a deadline is a pure function of its inputs.
 */

/** A yearly deadline: day and month, `yearsAfter` the year it concerns (HTO-R1: 1 April the year after). */
export interface YearlyDeadline {
  month: number;
  day: number;
  yearsAfter: number;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The deadline for `year` as `YYYY-MM-DD`. */
export const yearlyDeadline = (year: number, spec: YearlyDeadline): string => `${pad(year + spec.yearsAfter, 4)}-${pad(spec.month)}-${pad(spec.day)}`;

export interface DeadlineStatus {
  deadline: string;
  /** Days from today to the deadline: 0 on the day, negative after it. */
  daysLeft: number;
  /** Today is after the deadline (the deadline day itself is still in time). */
  passed: boolean;
}

const dayNumber = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;

export function deadlineStatus(deadline: string, today: string): DeadlineStatus {
  const daysLeft = dayNumber(deadline) - dayNumber(today);
  return { deadline, daysLeft, passed: daysLeft < 0 };
}

/** "Today" as configured when it is a real ISO date, else the clock's date in Norway. */
export const resolveToday = (configured: unknown, now?: Date): string => (isIsoDate(configured) ? configured : todayIso(now));
