/**
 * Leaders' weekly work schedule (lịch công tác tuần; regulations.md ND42-CONTENT-10, ND43-ART10(c)): weeks in
 * portal time and the iCalendar export (RFC 5545). Pure.
 */
import { addDays, portalDateOf, weekdayOf } from '../calendar/workingDays.ts';

const PORTAL_OFFSET_MS = 7 * 3_600_000;

export interface Week {
  /** ISO week key, e.g. "2026-W48". */
  key: string;
  /** Monday, YYYY-MM-DD (portal time). */
  monday: string;
  /** Sunday, YYYY-MM-DD. */
  sunday: string;
  /** UTC instants bounding the week in portal time: [startIso, endIso). */
  startIso: string;
  endIso: string;
}

/** The ISO week (Monday first) that contains `date` (YYYY-MM-DD). */
export function weekOfDate(date: string): Week {
  const monday = addDays(date, -((weekdayOf(date) + 6) % 7));
  const thursday = addDays(monday, 3);
  const year = Number(thursday.slice(0, 4));
  const jan4 = `${year}-01-04`;
  const week1Monday = addDays(jan4, -((weekdayOf(jan4) + 6) % 7));
  const n = Math.round((Date.parse(monday) - Date.parse(week1Monday)) / (7 * 86_400_000)) + 1;
  return {
    key: `${year}-W${String(n).padStart(2, '0')}`,
    monday,
    sunday: addDays(monday, 6),
    startIso: new Date(Date.parse(`${monday}T00:00:00Z`) - PORTAL_OFFSET_MS).toISOString(),
    endIso: new Date(Date.parse(`${addDays(monday, 7)}T00:00:00Z`) - PORTAL_OFFSET_MS).toISOString(),
  };
}

/** The week containing an instant. */
export function weekOfInstant(instant: string | Date): Week {
  return weekOfDate(portalDateOf(instant));
}

/** "2026-W48" → that week; undefined when malformed or out of range. */
export function parseWeekKey(key: string): Week | undefined {
  const m = /^(\d{4})-W(\d{2})$/.exec(key);
  if (!m) return undefined;
  const year = Number(m[1]);
  const n = Number(m[2]);
  if (n < 1 || n > 53 || year < 2000 || year > 2100) return undefined;
  const jan4 = `${year}-01-04`;
  const week1Monday = addDays(jan4, -((weekdayOf(jan4) + 6) % 7));
  const week = weekOfDate(addDays(week1Monday, (n - 1) * 7));
  return week.key === key ? week : undefined;
}

export function shiftWeek(week: Week, by: number): Week {
  return weekOfDate(addDays(week.monday, by * 7));
}

/* ------------------------------------------------------------------ iCalendar */

export interface CalendarEvent {
  uid: string;
  startIso: string;
  endIso: string | null;
  summary: string;
  location: string;
  description: string;
  /** Times the event was changed after publication (iCalendar SEQUENCE). */
  sequence: number;
  cancelled: boolean;
  updatedIso: string;
}

/** Escapes a TEXT value: backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11). */
export function escapeIcsText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line at 75 octets without splitting a UTF-8 character (RFC 5545 §3.1). */
export function foldIcsLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let bytes = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8');
    const limit = out.length === 0 ? 75 : 74; // continuation lines start with a space
    if (bytes + size > limit) {
      out.push(current);
      current = '';
      bytes = 0;
    }
    current += ch;
    bytes += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

function icsUtc(iso: string): string {
  return iso.replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** A VCALENDAR with one VEVENT per entry; times in UTC ("Z"), CRLF line ends. */
export function buildICalendar(input: { name: string; prodId: string; events: readonly CalendarEvent[] }): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${input.prodId}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeIcsText(input.name)}`,
    'X-WR-TIMEZONE:Asia/Ho_Chi_Minh',
  ];
  for (const e of input.events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      `DTSTAMP:${icsUtc(e.updatedIso)}`,
      `LAST-MODIFIED:${icsUtc(e.updatedIso)}`,
      `DTSTART:${icsUtc(e.startIso)}`,
      ...(e.endIso ? [`DTEND:${icsUtc(e.endIso)}`] : []),
      `SEQUENCE:${e.sequence}`,
      `SUMMARY:${escapeIcsText(e.summary)}`,
      ...(e.location ? [`LOCATION:${escapeIcsText(e.location)}`] : []),
      ...(e.description ? [`DESCRIPTION:${escapeIcsText(e.description)}`] : []),
      `STATUS:${e.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldIcsLine).join('\r\n')}\r\n`;
}
