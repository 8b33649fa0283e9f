/**
 * Dates as Vietnamese official documents write them. All stored times are UTC ISO strings;
 * display happens in the portal's time zone (Asia/Ho_Chi_Minh, UTC+7, no daylight saving).
 */

export const PORTAL_TIME_ZONE = 'Asia/Ho_Chi_Minh';
const OFFSET_MS = 7 * 60 * 60 * 1000;

function local(iso: string | Date): Date {
  const d = typeof iso === 'string' ? new Date(iso) : iso;
  return new Date(d.getTime() + OFFSET_MS);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "ngày 05 tháng 01 năm 2026" */
export function formatLongDate(iso: string | Date): string {
  const d = local(iso);
  return `ngày ${pad(d.getUTCDate())} tháng ${pad(d.getUTCMonth() + 1)} năm ${d.getUTCFullYear()}`;
}

/** "05/01/2026" */
export function formatShortDate(iso: string | Date): string {
  const d = local(iso);
  return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

/** "08:30, ngày 05 tháng 01 năm 2026" */
export function formatDateTime(iso: string | Date): string {
  const d = local(iso);
  return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}, ${formatLongDate(iso)}`;
}

const WEEKDAYS = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'] as const;

/** "Thứ Hai, ngày 05 tháng 01 năm 2026" */
export function formatWeekdayDate(iso: string | Date): string {
  return `${WEEKDAYS[local(iso).getUTCDay()]}, ${formatLongDate(iso)}`;
}

/** Value for an `<input type="datetime-local">` in portal time: "2026-01-05T08:30". */
export function toLocalInputValue(iso: string | null | undefined): string {
  if (!iso) return '';
  return local(iso).toISOString().slice(0, 16);
}

/** Parses an `<input type="datetime-local">` value given in portal time; null when invalid. */
export function fromLocalInputValue(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value.trim());
  if (!m) return null;
  const utc = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!) - OFFSET_MS;
  const d = new Date(utc);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}
