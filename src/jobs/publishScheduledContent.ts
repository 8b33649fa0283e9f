/**
 * Scheduled publish and unpublish. The job was enqueued by the person who scheduled it; it runs as
 * that person (their roles as they are now), re-checks the item's state, and calls the same status
 * command a click would. A job whose item moved on, or whose scheduler may no longer act, completes
 * with the reason as its result instead of being retried.
 */
import type { Kysely } from 'kysely';
import { loadActor } from '../commands/auth/loadActor.ts';
import { changeContentStatus } from '../commands/contents/changeContentStatus.ts';
import { DomainError } from '../core/errors.ts';
import type { ContentKind } from '../core/types.ts';
import { CONTENT_STATE_LABELS, type ContentState } from '../core/workflow/contentWorkflow.ts';
import { findContent } from '../db/repositories/contentRepository.ts';
import { findUser } from '../db/repositories/userRepository.ts';
import type { DB, JobRow } from '../db/schema.ts';
import type { JobContext, JobHandler } from './runner.ts';

async function actAsScheduler(job: JobRow, ctx: JobContext, expected: ContentState, event: 'publish' | 'unpublish'): Promise<string> {
  const db: Kysely<DB> = ctx.db;
  if (job.site_id === null || job.subject_id === null) return 'Bỏ qua: công việc thiếu thông tin.';
  const row = await findContent(db, job.site_id, job.subject_id);
  if (!row) return 'Bỏ qua: nội dung không còn.';
  if (row.status !== expected) return `Bỏ qua: nội dung đang ở trạng thái "${CONTENT_STATE_LABELS[row.status as ContentState] ?? row.status}".`;
  const user = job.created_by !== null ? await findUser(db, job.created_by) : undefined;
  if (!user || user.is_disabled === 1) return 'Không thực hiện: tài khoản người hẹn giờ không còn hoạt động.';
  const actor = await loadActor(db, user);
  try {
    await changeContentStatus({ db, actor, clock: ctx.clock }, {
      siteId: job.site_id, kind: row.kind as ContentKind, id: row.id, event, viaJobId: job.id,
    });
  } catch (err) {
    // CASE: the scheduler lost the right, or someone moved the item meanwhile: retrying cannot help.
    if (err instanceof DomainError && err.status < 500) return `Không thực hiện: ${err.message}`;
    throw err;
  }
  return event === 'publish' ? `Đã xuất bản (thay ${user.full_name}).` : `Đã gỡ xuống (thay ${user.full_name}).`;
}

export const publishScheduledContent: JobHandler = (job, ctx) => actAsScheduler(job, ctx, 'scheduled', 'publish');
export const unpublishScheduledContent: JobHandler = (job, ctx) => actAsScheduler(job, ctx, 'published', 'unpublish');
