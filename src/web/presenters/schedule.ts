/** A week of the leaders' schedule, grouped by day in portal time, for the admin and public views. */
import { addDays, portalDateOf } from '../../core/calendar/workingDays.ts';
import type { Week } from '../../core/records/schedule.ts';
import { formatShortDate } from '../../core/text/dates.ts';
import type { OfficialRow, ScheduleEntryRow } from '../../db/schema.ts';

const WEEKDAYS = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'] as const;

export interface ScheduleItem {
  id: number;
  startsAt: string;
  /** "07:30" or "07:30 – 09:00". */
  timeText: string;
  content: string;
  location: string;
  chair: string;
  participants: string;
  leaderId: number | null;
  /** "Nguyễn Văn An – Chủ tịch UBND phường". */
  leader: string;
  changed: boolean;
  changeNote: string;
  changedAt: string | null;
  cancelled: boolean;
}

export interface ScheduleDay {
  date: string;
  /** "Thứ Hai, 23/11/2026". */
  label: string;
  items: ScheduleItem[];
}

/** "08:30" in portal time. */
export function portalTime(iso: string): string {
  return new Date(Date.parse(iso) + 7 * 3_600_000).toISOString().slice(11, 16);
}

export function presentScheduleItem(e: ScheduleEntryRow, officials: ReadonlyMap<number, OfficialRow>): ScheduleItem {
  const o = e.official_id !== null ? officials.get(e.official_id) : undefined;
  return {
    id: e.id, startsAt: e.starts_at,
    timeText: e.ends_at ? `${portalTime(e.starts_at)} – ${portalTime(e.ends_at)}` : portalTime(e.starts_at),
    content: e.content, location: e.location, chair: e.chair, participants: e.participants, leaderId: e.official_id,
    leader: o ? `${o.full_name} – ${o.position}` : '', changed: e.change_count > 0, changeNote: e.change_note, changedAt: e.changed_at,
    cancelled: e.is_cancelled === 1,
  };
}

/** The seven days of `week`, each with its entries in time order (days without entries are kept). */
export function presentWeek(week: Week, entries: readonly ScheduleEntryRow[], officials: ReadonlyMap<number, OfficialRow>): ScheduleDay[] {
  return Array.from({ length: 7 }, (_, i) => {
    const date = addDays(week.monday, i);
    return {
      date,
      label: `${WEEKDAYS[(i + 1) % 7]}, ${formatShortDate(date)}`,
      items: entries.filter((e) => portalDateOf(e.starts_at) === date).map((e) => presentScheduleItem(e, officials)),
    };
  });
}

/** "Tuần 48 (23/11/2026 – 29/11/2026)". */
export function weekTitle(week: Week): string {
  return `Tuần ${Number(week.key.slice(6))} (${formatShortDate(week.monday)} – ${formatShortDate(week.sunday)})`;
}
