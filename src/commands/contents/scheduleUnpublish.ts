/**
 * Schedules (or cancels) taking a published item down at a given time. The job runs as the
 * scheduling user, re-checks that the item is still published, and calls the same status command.
 */
import { isBoardMember } from '../../core/policies/workflowPolicy.ts';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../core/errors.ts';
import type { ContentKind } from '../../core/types.ts';
import { recordAudit } from '../../db/repositories/auditRepository.ts';
import { findContentOfKind } from '../../db/repositories/contentRepository.ts';
import { cancelPendingJobs, enqueueJob } from '../../jobs/jobQueue.ts';
import { type CommandContext, nowIso } from '../context.ts';
import { UNPUBLISH_JOB } from './changeContentStatus.ts';
import { loadSiteFacts } from './contentSupport.ts';

export interface ScheduleUnpublishInput {
  siteId: number;
  kind: ContentKind;
  id: number;
  /** ISO-8601 time to take the item down; null cancels any pending one. */
  unpublishAt: string | null;
}

/** @throws NotFoundError; ForbiddenError (board only); ValidationError (unpublish_at); ConflictError when the item is not published. */
export async function scheduleUnpublish(ctx: CommandContext, input: ScheduleUnpublishInput): Promise<void> {
  const site = await loadSiteFacts(ctx.db, input.siteId);
  if (!isBoardMember(ctx.actor, site)) throw new ForbiddenError();
  let runAt: string | null = null;
  if (input.unpublishAt !== null) {
    const t = Date.parse(input.unpublishAt);
    if (Number.isNaN(t)) throw new ValidationError({ unpublish_at: 'Vui lòng chọn ngày giờ gỡ xuống.' });
    if (t <= ctx.clock.now().getTime() + 60_000) throw new ValidationError({ unpublish_at: 'Thời điểm gỡ xuống phải sau thời điểm hiện tại ít nhất 1 phút.' });
    runAt = new Date(t).toISOString();
  }
  const at = nowIso(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const row = await findContentOfKind(trx, site.id, input.kind, input.id);
    if (!row) throw new NotFoundError();
    if (runAt !== null && row.status !== 'published') throw new ConflictError('Chỉ hẹn giờ gỡ xuống được nội dung đang xuất bản.');
    const cancelled = await cancelPendingJobs(trx, UNPUBLISH_JOB, row.id, at);
    if (runAt !== null) {
      await enqueueJob(trx, {
        kind: UNPUBLISH_JOB, runAt, siteId: site.id, subjectId: row.id, createdBy: ctx.actor.userId,
        payload: { kind: input.kind, unpublishAt: runAt },
      }, at);
    }
    await recordAudit(trx, {
      siteId: site.id, actorId: ctx.actor.userId, action: runAt ? 'job.unpublishScheduled' : 'job.unpublishCancelled', subjectType: 'job',
      subjectId: row.id, data: { title: row.title, unpublishAt: runAt, cancelled }, at,
    });
  });
}
