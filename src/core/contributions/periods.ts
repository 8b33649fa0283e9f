/**
 * Reporting periods of the contribution oversight (regulations.md CITY-WF-05: a monthly report on the 25th).
 * A period is named by the month of its report day ("2026-11") and runs from the day after the previous
 * month's report day to this month's report day, both inclusive, in portal time (UTC+7): with the report on
 * the 25th, period 2026-11 is 26/10/2026 – 25/11/2026. As instants it is [startIso, endIso): from 00:00 portal
 * time of the first day to 00:00 portal time of the day after the last. Pure.
 */
import { type WorkingCalendar, addDays, isIsoDate, portalDateOf } from '../calendar/workingDays.ts';

export interface Period {
  /** "YYYY-MM": the month of the report day. */
  key: string;
  year: number;
  month: number;
  /** First day, YYYY-MM-DD portal time. */
  startDate: string;
  /** Last day (the report day), YYYY-MM-DD portal time. */
  endDate: string;
  /** 00:00 portal time of startDate, UTC ISO. */
  startIso: string;
  /** 00:00 portal time of the day after endDate, UTC ISO (exclusive). */
  endIso: string;
}

/** Report days run 1–28 so every month has one. */
export const MIN_REPORT_DAY = 1;
export const MAX_REPORT_DAY = 28;

const KEY_RE = /^(\d{4})-(\d{2})$/;
const PORTAL_OFFSET_MS = 7 * 3_600_000;

export function isPeriodKey(value: string): boolean {
  const m = KEY_RE.exec(value);
  return m !== null && +m[2]! >= 1 && +m[2]! <= 12;
}

export function periodKeyOf(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** The UTC instant of 00:00 portal time on `date`. */
export function portalMidnightIso(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - PORTAL_OFFSET_MS).toISOString();
}

function dayOf(year: number, month: number, day: number): string {
  return `${periodKeyOf(year, month)}-${String(day).padStart(2, '0')}`;
}

function checkReportDay(reportDay: number): void {
  if (!Number.isInteger(reportDay) || reportDay < MIN_REPORT_DAY || reportDay > MAX_REPORT_DAY) {
    throw new RangeError(`Report day must be ${MIN_REPORT_DAY}–${MAX_REPORT_DAY}: ${reportDay}`);
  }
}

/** The period named `key` ("2026-11") under a report day. */
export function periodOf(key: string, reportDay: number): Period {
  checkReportDay(reportDay);
  const m = KEY_RE.exec(key);
  if (!m || !isPeriodKey(key)) throw new RangeError(`Not a period key: ${key}`);
  const year = +m[1]!;
  const month = +m[2]!;
  const prevYear = month === 1 ? year - 1 : year;
  const prevMonth = month === 1 ? 12 : month - 1;
  const startDate = addDays(dayOf(prevYear, prevMonth, reportDay), 1);
  const endDate = dayOf(year, month, reportDay);
  return { key, year, month, startDate, endDate, startIso: portalMidnightIso(startDate), endIso: portalMidnightIso(addDays(endDate, 1)) };
}

/** The period a portal date (YYYY-MM-DD) falls in. */
export function periodOfDate(date: string, reportDay: number): Period {
  if (!isIsoDate(date)) throw new RangeError(`Not a date: ${date}`);
  const year = +date.slice(0, 4);
  const month = +date.slice(5, 7);
  const day = +date.slice(8, 10);
  if (day <= reportDay) return periodOf(periodKeyOf(year, month), reportDay);
  return periodOf(month === 12 ? periodKeyOf(year + 1, 1) : periodKeyOf(year, month + 1), reportDay);
}

/** The period an instant falls in (portal time). */
export function periodAt(instant: Date | string, reportDay: number): Period {
  return periodOfDate(portalDateOf(instant), reportDay);
}

/** The period `n` periods after `p` (negative: before). */
export function shiftPeriod(p: Period, n: number, reportDay: number): Period {
  const index = p.year * 12 + (p.month - 1) + n;
  return periodOf(periodKeyOf(Math.floor(index / 12), (index % 12) + 1), reportDay);
}

/** True once the period is over at `now`. */
export function isClosed(p: Period, now: Date): boolean {
  return now.getTime() >= Date.parse(p.endIso);
}

/** The twelve periods named after the months of `year`. */
export function periodsOfYear(year: number, reportDay: number): Period[] {
  return Array.from({ length: 12 }, (_, i) => periodOf(periodKeyOf(year, i + 1), reportDay));
}

/** "26/10/2026 – 25/11/2026". */
export function periodLabel(p: Pick<Period, 'startDate' | 'endDate'>): string {
  const short = (d: string) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;
  return `${short(p.startDate)} – ${short(p.endDate)}`;
}

/** "tháng 11 năm 2026". */
export function periodMonthLabel(p: Period): string {
  return `tháng ${p.month} năm ${p.year}`;
}

/**
 * The day reminders go out: `n` days before the report day, counted in working days (a holiday or a
 * weekend in between moves the reminder earlier, so units keep n working days to catch up) or in calendar days.
 */
export function reminderDate(p: Period, n: number, kind: 'working' | 'calendar', calendar: WorkingCalendar): string {
  if (kind === 'calendar') return addDays(p.endDate, -n);
  let d = p.endDate;
  for (let left = n; left > 0;) {
    d = addDays(d, -1);
    if (calendar.isWorkingDay(d)) left--;
  }
  return d;
}

/** The UTC instant of `hour`:00 portal time on `date`. */
export function portalTimeIso(date: string, hour: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + (hour * 3_600_000) - PORTAL_OFFSET_MS).toISOString();
}
