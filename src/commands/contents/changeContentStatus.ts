/**
 * Moves a news item or static page through the workflow (submit, approve, return, edit, schedule,
 * publish, force-publish, unpublish, archive, restore …): the policy decides who may, the transition
 * table whether the move is legal, the quality gate whether the item is fit to go up; then one status
 * row, one audit event, the notifications and any scheduled job, all in one transaction.
 */
import { canFireContentEvent } from '../../core/content/contentAccess.ts';
import { gatePasses } from '../../core/content/qualityGate.ts';
import { ForbiddenError, NotFoundError, ValidationError } from '../../core/errors.ts';
import type { ContentKind } from '../../core/types.ts';
import { type ContentEvent, type ContentState, needsQualityGate, requiresReason, transitionOf } from '../../core/workflow/contentWorkflow.ts';
import { findContentOfKind } from '../../db/repositories/contentRepository.ts';
import { findSite } from '../../db/repositories/siteRepository.ts';
import { cancelPendingJobs, enqueueJob } from '../../jobs/jobQueue.ts';
import { type CommandContext, nowIso } from '../context.ts';
import { applyContentEvent } from './contentSupport.ts';
import { QualityGateError, qualityReport } from './qualityCheck.ts';
import { notifyTransition } from './workflowNotifications.ts';

export const PUBLISH_JOB = 'content.publish';
export const UNPUBLISH_JOB = 'content.unpublish';

/** Shortest notice for a scheduled publication. */
const MIN_SCHEDULE_AHEAD_MS = 60_000;

export interface ChangeContentStatusInput {
  siteId: number;
  kind: ContentKind;
  id: number;
  event: ContentEvent;
  /** Why; required for returns and force-publishing (kept on the status row and in the audit). */
  reason?: string | undefined;
  /** For 'schedule': when to publish (ISO-8601). */
  publishAt?: string | null | undefined;
  /** Set when a scheduled job fires the event; recorded in the audit. */
  viaJobId?: number | undefined;
}

export const FOUR_EYES_MESSAGE = 'Theo nguyên tắc "bốn mắt", người viết không tự duyệt hoặc tự xuất bản tin, bài của mình; cần một người khác thực hiện.';

/**
 * @returns the new state.
 * @throws NotFoundError; ForbiddenError when the actor may not fire this event on this item (with the
 *   four-eyes message when that is the reason); ValidationError (field `reason` or `publish_at`);
 *   QualityGateError when the gate refuses; InvalidTransitionError; ConflictError on a race.
 */
export async function changeContentStatus(ctx: CommandContext, input: ChangeContentStatusInput): Promise<ContentState> {
  const site = await findSite(ctx.db, input.siteId);
  if (!site) throw new NotFoundError();
  const facts0 = { id: site.id, parentId: site.parent_id };
  const at = nowIso(ctx);
  const reason = (input.reason ?? '').trim().slice(0, 1000);
  return ctx.db.transaction().execute(async (trx) => {
    const row = await findContentOfKind(trx, site.id, input.kind, input.id);
    if (!row) throw new NotFoundError();
    const kind = row.kind as ContentKind;
    const facts = { unitId: row.unit_id, createdBy: row.created_by, state: row.status as ContentState, kind, needsReview: row.needs_review === 1 };
    if (!canFireContentEvent(ctx.actor, facts0, facts, input.event)) {
      const onlyFourEyes = canFireContentEvent(ctx.actor, facts0, { ...facts, createdBy: null }, input.event);
      throw new ForbiddenError(onlyFourEyes ? FOUR_EYES_MESSAGE : undefined);
    }
    const transition = transitionOf(input.event, kind);
    if (requiresReason(input.event, kind) && !reason) {
      throw new ValidationError({ reason: input.event === 'forcePublish' ? 'Vui lòng ghi lý do xuất bản khẩn.' : 'Vui lòng ghi lý do trả lại để người nhận biết cần sửa gì.' });
    }
    let publishAt: string | undefined;
    if (transition?.needsFutureTime) {
      const t = input.publishAt ? Date.parse(input.publishAt) : NaN;
      if (Number.isNaN(t)) throw new ValidationError({ publish_at: 'Vui lòng chọn ngày giờ xuất bản.' });
      if (t < ctx.clock.now().getTime() + MIN_SCHEDULE_AHEAD_MS) {
        throw new ValidationError({ publish_at: 'Thời điểm hẹn xuất bản phải sau thời điểm hiện tại ít nhất 1 phút.' });
      }
      publishAt = new Date(t).toISOString();
    }
    if (needsQualityGate(input.event, kind)) {
      const report = await qualityReport(trx, site, row);
      if (!gatePasses(report.issues, report.config)) throw new QualityGateError(report.issues);
    }
    const to = await applyContentEvent(trx, {
      row, event: input.event, actor: ctx.actor, at, reason,
      details: { ...(publishAt ? { publishAt } : {}), ...(input.viaJobId ? { jobId: input.viaJobId } : {}) },
    });
    if (input.event === 'schedule' && publishAt) {
      await enqueueJob(trx, {
        kind: PUBLISH_JOB, runAt: publishAt, siteId: site.id, subjectId: row.id, createdBy: ctx.actor.userId,
        payload: { kind, publishAt },
      }, at);
    }
    if (row.status === 'scheduled' && to !== 'scheduled') await cancelPendingJobs(trx, PUBLISH_JOB, row.id, at);
    if (to === 'unpublished' || to === 'archived') await cancelPendingJobs(trx, UNPUBLISH_JOB, row.id, at);
    await notifyTransition(trx, { row, event: input.event, actorId: ctx.actor.userId, actorName: ctx.actor.fullName, reason, at, publishAt });
    return to;
  });
}
