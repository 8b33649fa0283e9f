/**
 * Who hears about each workflow move, inside the move's transaction: the unit's leaders when an
 * item awaits their approval, the board when it reaches the board, the writer when it is returned
 * or published, the board again when the editor-in-chief force-publishes (it must be reviewed).
 */
import type { Kysely } from 'kysely';
import { formatDateTime } from '../../core/text/dates.ts';
import type { ContentEvent } from '../../core/workflow/contentWorkflow.ts';
import { findUser } from '../../db/repositories/userRepository.ts';
import { usersWithRole } from '../../db/repositories/workflowRepository.ts';
import type { ContentRow, DB } from '../../db/schema.ts';
import { type Recipient, notify } from '../notifications/notify.ts';

export const BOARD_ROLES = ['editor', 'editor_in_chief'];

/** Admin path of an item's edit page. */
export function contentAdminPath(row: Pick<ContentRow, 'site_id' | 'kind' | 'id'>): string {
  return `/quan-tri/cong/${row.site_id}/${row.kind === 'page' ? 'trang' : 'tin-bai'}/${row.id}`;
}

async function writer(db: Kysely<DB>, row: ContentRow): Promise<Recipient[]> {
  if (row.created_by === null) return [];
  const u = await findUser(db, row.created_by);
  return u && u.is_disabled === 0 ? [{ id: u.id, email: u.email, full_name: u.full_name }] : [];
}

const leadersOf = (db: Kysely<DB>, row: ContentRow) =>
  row.unit_id === null ? Promise.resolve([]) : usersWithRole(db, row.site_id, ['leader'], row.unit_id);
const boardOf = (db: Kysely<DB>, siteId: number) => usersWithRole(db, siteId, BOARD_ROLES);

/** Notifies the people an event concerns. `publishAt`: the scheduled time, for 'schedule'. */
export async function notifyTransition(db: Kysely<DB>, input: {
  row: ContentRow; event: ContentEvent; actorId: number; actorName: string; reason: string; at: string; publishAt?: string | undefined;
}): Promise<void> {
  const { row, event, reason } = input;
  if (row.kind !== 'news') return;
  const t = `«${row.title}»`;
  const base = { siteId: row.site_id, contentId: row.id, link: contentAdminPath(row), exceptUserId: input.actorId, at: input.at };
  const why = reason ? `Lý do: ${reason}` : undefined;
  switch (event) {
    case 'submit':
      await notify(db, { ...base, kind: 'awaiting_approval', recipients: await leadersOf(db, row),
        message: `Tin, bài ${t} đang chờ bạn duyệt (gửi bởi ${input.actorName}).`, subject: `Tin, bài chờ duyệt: ${row.title}` });
      return;
    case 'approve':
    case 'sendToBoard':
      await notify(db, { ...base, kind: 'awaiting_board', recipients: await boardOf(db, row.site_id),
        message: `Tin, bài ${t} đã được gửi Ban Biên tập (${input.actorName}), đang chờ biên tập.`, subject: `Tin, bài chờ Ban Biên tập: ${row.title}` });
      if (event === 'approve') {
        await notify(db, { ...base, kind: 'awaiting_board', recipients: await writer(db, row),
          message: `Tin, bài ${t} của bạn đã được lãnh đạo đơn vị duyệt và gửi Ban Biên tập.`, subject: `Đã duyệt: ${row.title}` });
      }
      return;
    case 'returnToAuthor':
      await notify(db, { ...base, kind: 'returned', recipients: await writer(db, row), details: why,
        message: `Tin, bài ${t} bị trả lại để sửa (${input.actorName}). Lý do: ${reason}`, subject: `Tin, bài bị trả lại: ${row.title}` });
      return;
    case 'returnToLeader':
      await notify(db, { ...base, kind: 'returned', recipients: await leadersOf(db, row), details: why,
        message: `Ban Biên tập trả lại tin, bài ${t} cho lãnh đạo đơn vị (${input.actorName}). Lý do: ${reason}`, subject: `Tin, bài bị trả lại: ${row.title}` });
      return;
    case 'schedule':
      await notify(db, { ...base, kind: 'scheduled', recipients: await writer(db, row),
        message: `Tin, bài ${t} được hẹn xuất bản lúc ${input.publishAt ? formatDateTime(input.publishAt) : ''}.`, subject: `Đã hẹn giờ xuất bản: ${row.title}` });
      return;
    case 'publish':
      await notify(db, { ...base, kind: 'published', recipients: await writer(db, row),
        message: `Tin, bài ${t} đã được xuất bản trên cổng thông tin.`, subject: `Đã xuất bản: ${row.title}` });
      return;
    case 'forcePublish':
      await notify(db, { ...base, kind: 'published', recipients: await writer(db, row), details: why,
        message: `Tin, bài ${t} đã được Trưởng ban biên tập xuất bản khẩn.`, subject: `Đã xuất bản: ${row.title}` });
      await notify(db, { ...base, kind: 'review', recipients: await boardOf(db, row.site_id), details: why,
        message: `Tin, bài ${t} được xuất bản khẩn, chưa qua duyệt; cần rà soát. Lý do: ${reason}`, subject: `Cần rà soát tin xuất bản khẩn: ${row.title}` });
      return;
    default:
      return;
  }
}
