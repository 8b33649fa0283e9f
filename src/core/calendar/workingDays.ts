/**
 * Vietnamese working days: Monday to Friday, minus public holidays and Tết, plus the Saturdays worked to
 * make up for a swapped day (vietnamHolidays.ts). Pure: dates are 'YYYY-MM-DD' strings in portal time
 * (Asia/Ho_Chi_Minh); an ISO timestamp is turned into its portal date with portalDateOf().
 *
 * Counting rule (regulations.md ND43-DEADLINE-03, TCTT-18): "within N working days of D" means on or before
 * the N-th working day after D; D itself does not count, so an item dated on a Friday and due "within 2
 * working days" is due the following Tuesday, or later when a holiday falls in between.
 */
import { type CalendarDay, type HolidayYear, VIETNAM_HOLIDAYS } from './vietnamHolidays.ts';

export interface WorkingCalendar {
  /** True for a day civil servants work. */
  isWorkingDay(date: string): boolean;
  /** The holiday's name when `date` is a listed day off, else undefined. */
  holidayName(date: string): string | undefined;
}

/** Days a city adds to, or takes out of, the shipped calendar (stored in its compliance settings). */
export interface CalendarAdjustments {
  offDays?: readonly CalendarDay[];
  workDays?: readonly CalendarDay[];
}

const DAY_MS = 86_400_000;
const PORTAL_OFFSET_MS = 7 * 3_600_000;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return d.toISOString().slice(0, 10) === value;
}

function toUtcMidnight(date: string): number {
  if (!isIsoDate(date)) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  return Date.parse(`${date}T00:00:00Z`);
}

/** The portal-time calendar date of an instant: '2026-02-13T20:00:00Z' → '2026-02-14'. */
export function portalDateOf(instant: string | Date): string {
  const t = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  return new Date(t + PORTAL_OFFSET_MS).toISOString().slice(0, 10);
}

/** `date` moved by `n` calendar days. */
export function addDays(date: string, n: number): string {
  return new Date(toUtcMidnight(date) + n * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: string): number {
  return new Date(toUtcMidnight(date)).getUTCDay();
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtcMidnight(to) - toUtcMidnight(from)) / DAY_MS);
}

/** The calendar: shipped years plus a city's adjustments (a listed work day wins over a listed day off). */
export function buildWorkingCalendar(years: readonly HolidayYear[] = VIETNAM_HOLIDAYS, adjust: CalendarAdjustments = {}): WorkingCalendar {
  const off = new Map<string, string>();
  const work = new Set<string>();
  for (const y of years) {
    for (const d of y.offDays) off.set(d.date, d.name);
    for (const d of y.workDays) work.add(d.date);
  }
  for (const d of adjust.offDays ?? []) {
    off.set(d.date, d.name);
    work.delete(d.date);
  }
  for (const d of adjust.workDays ?? []) {
    work.add(d.date);
    off.delete(d.date);
  }
  return {
    isWorkingDay(date) {
      if (work.has(date)) return true;
      if (off.has(date)) return false;
      const wd = weekdayOf(date);
      return wd !== 0 && wd !== 6;
    },
    holidayName: (date) => off.get(date),
  };
}

/** The date `n` working days after `date` (n ≥ 0; n = 0 gives `date` itself). */
export function addWorkingDays(calendar: WorkingCalendar, date: string, n: number): string {
  let d = date;
  for (let left = n; left > 0;) {
    d = addDays(d, 1);
    if (calendar.isWorkingDay(d)) left--;
  }
  return d;
}

/** Working days d with `from` < d ≤ `to`; 0 when `to` is not after `from`. */
export function workingDaysAfter(calendar: WorkingCalendar, from: string, to: string): number {
  let n = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (calendar.isWorkingDay(d)) n++;
  return n;
}

/** True when `done` (a date) is on or before the deadline of `n` working days after `start`. */
export function withinWorkingDays(calendar: WorkingCalendar, start: string, done: string, n: number): boolean {
  return done <= addWorkingDays(calendar, start, n);
}
