/**
 * Leaders' weekly schedule (ND42-CONTENT-10): one entry per engagement. An entry changed or postponed after it
 * was published is marked as changed, with the reason, so readers see that the schedule moved.
 */
import { NotFoundError, ValidationError } from '../../core/errors.ts';
import { cleanLine } from '../../core/text/vietnamese.ts';
import { recordAudit } from '../../db/repositories/auditRepository.ts';
import { findOfficial } from '../../db/repositories/officialRepository.ts';
import { findScheduleEntry, insertScheduleEntry, updateScheduleEntry } from '../../db/repositories/scheduleRepository.ts';
import { type CommandContext, nowIso } from '../context.ts';
import { DATE_MESSAGE, authorizedSite, portalInstant, readDate, readTime } from '../records/recordSupport.ts';

export interface ScheduleEntryFields {
  /** The leader whose schedule this is (an official of the site). */
  officialId: number | null;
  /** Day, YYYY-MM-DD or dd/mm/yyyy (portal time). */
  date: string;
  /** "08:00". */
  startTime: string;
  /** "10:30" or ''. */
  endTime: string;
  location: string;
  content: string;
  /** Who chairs (chủ trì). */
  chair: string;
  /** Who attends (thành phần). */
  participants: string;
  /** Required when editing: what changed, shown to readers. */
  changeNote: string;
}

export interface SaveScheduleEntryInput extends ScheduleEntryFields {
  siteId: number;
  entryId?: number;
}

/**
 * @throws NotFoundError; ForbiddenError without records.manage; ValidationError with field-keyed Vietnamese messages
 */
export async function saveScheduleEntry(ctx: CommandContext, input: SaveScheduleEntryInput): Promise<{ id: number }> {
  const site = await authorizedSite(ctx, input.siteId, 'records.manage');
  const existing = input.entryId !== undefined ? await findScheduleEntry(ctx.db, site.id, input.entryId) : undefined;
  if (input.entryId !== undefined && !existing) throw new NotFoundError('Không tìm thấy mục lịch công tác này.');
  const errors: Record<string, string> = {};
  const content = input.content.replace(/\s+/g, ' ').trim();
  const location = cleanLine(input.location);
  const chair = cleanLine(input.chair);
  const participants = input.participants.replace(/\s+/g, ' ').trim();
  const changeNote = cleanLine(input.changeNote);
  const official = input.officialId !== null && Number.isSafeInteger(input.officialId) ? await findOfficial(ctx.db, site.id, input.officialId) : undefined;
  if (!official) errors.officialId = 'Vui lòng chọn lãnh đạo (thêm lãnh đạo trong mục Danh bạ, cán bộ nếu chưa có).';
  const date = readDate(input.date);
  if (date === null) errors.date = 'Vui lòng nhập ngày.';
  else if (date === undefined) errors.date = DATE_MESSAGE;
  const start = readTime(input.startTime);
  if (start === undefined) errors.startTime = 'Giờ bắt đầu theo dạng giờ:phút, ví dụ 07:30.';
  const end = input.endTime.trim() ? readTime(input.endTime) : null;
  if (end === undefined) errors.endTime = 'Giờ kết thúc theo dạng giờ:phút, ví dụ 11:00.';
  else if (end !== null && start !== undefined && end <= start) errors.endTime = 'Giờ kết thúc phải sau giờ bắt đầu.';
  if (!content) errors.content = 'Vui lòng nhập nội dung công việc.';
  else if (content.length > 2000) errors.content = 'Nội dung tối đa 2.000 ký tự.';
  if (location.length > 500) errors.location = 'Địa điểm tối đa 500 ký tự.';
  if (chair.length > 255) errors.chair = 'Tối đa 255 ký tự.';
  if (participants.length > 2000) errors.participants = 'Tối đa 2.000 ký tự.';
  if (existing && !changeNote) errors.changeNote = 'Vui lòng ghi rõ nội dung điều chỉnh; lịch đã đăng sẽ được đánh dấu là có thay đổi.';
  else if (changeNote.length > 500) errors.changeNote = 'Tối đa 500 ký tự.';
  if (Object.keys(errors).length > 0 || !date || start === undefined || end === undefined) throw new ValidationError(errors);

  const now = nowIso(ctx);
  const row = {
    official_id: official!.id, starts_at: portalInstant(date, start), ends_at: end === null ? null : portalInstant(date, end),
    location, content, chair, participants, updated_by: ctx.actor.userId, updated_at: now,
  };
  return ctx.db.transaction().execute(async (trx) => {
    if (existing) {
      await updateScheduleEntry(trx, site.id, existing.id, { ...row, change_count: existing.change_count + 1, change_note: changeNote, changed_at: now });
      await recordAudit(trx, { siteId: site.id, actorId: ctx.actor.userId, action: 'schedule.changed', subjectType: 'schedule_entry', subjectId: existing.id, data: { note: changeNote }, at: now });
      return { id: existing.id };
    }
    const id = await insertScheduleEntry(trx, { site_id: site.id, ...row, created_by: ctx.actor.userId, created_at: now, changed_at: null });
    await recordAudit(trx, { siteId: site.id, actorId: ctx.actor.userId, action: 'schedule.created', subjectType: 'schedule_entry', subjectId: id, data: { startsAt: row.starts_at }, at: now });
    return { id };
  });
}

/** Marks an entry postponed/cancelled with its reason (records.manage). @throws NotFoundError; ForbiddenError; ValidationError */
export async function cancelScheduleEntry(ctx: CommandContext, input: { siteId: number; entryId: number; reason: string }): Promise<void> {
  const site = await authorizedSite(ctx, input.siteId, 'records.manage');
  const entry = await findScheduleEntry(ctx.db, site.id, input.entryId);
  if (!entry) throw new NotFoundError('Không tìm thấy mục lịch công tác này.');
  const reason = cleanLine(input.reason);
  if (!reason) throw new ValidationError({ reason: 'Vui lòng ghi lý do hoãn, hủy để người xem được biết.' });
  if (reason.length > 500) throw new ValidationError({ reason: 'Tối đa 500 ký tự.' });
  const now = nowIso(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    await updateScheduleEntry(trx, site.id, entry.id, {
      is_cancelled: 1, change_count: entry.change_count + 1, change_note: reason, changed_at: now, updated_at: now, updated_by: ctx.actor.userId,
    });
    await recordAudit(trx, { siteId: site.id, actorId: ctx.actor.userId, action: 'schedule.cancelled', subjectType: 'schedule_entry', subjectId: entry.id, data: { reason }, at: now });
  });
}
