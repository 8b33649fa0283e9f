/**
 * Moves a news item or static page through the workflow (publish, unpublish, archive, restore):
 * one status row and one audit event per move, in the same transaction as the change.
 */
import { canFireContentEvent } from '../../core/content/contentAccess.ts';
import { ForbiddenError, NotFoundError } from '../../core/errors.ts';
import type { ContentKind } from '../../core/types.ts';
import type { ContentEvent, ContentState } from '../../core/workflow/contentWorkflow.ts';
import { findContentOfKind } from '../../db/repositories/contentRepository.ts';
import { type CommandContext, nowIso } from '../context.ts';
import { applyContentEvent, loadSiteFacts } from './contentSupport.ts';

export interface ChangeContentStatusInput {
  siteId: number;
  kind: ContentKind;
  id: number;
  event: ContentEvent;
  /** Why (kept on the status row); optional for now. */
  reason?: string;
}

/**
 * @returns the new state.
 * @throws NotFoundError; ForbiddenError when the actor may not fire this event on this item;
 *   InvalidTransitionError when the event is not legal from the current state; ConflictError on a race.
 */
export async function changeContentStatus(ctx: CommandContext, input: ChangeContentStatusInput): Promise<ContentState> {
  const site = await loadSiteFacts(ctx.db, input.siteId);
  const at = nowIso(ctx);
  return ctx.db.transaction().execute(async (trx) => {
    const row = await findContentOfKind(trx, site.id, input.kind, input.id);
    if (!row) throw new NotFoundError();
    const facts = { unitId: row.unit_id, createdBy: row.created_by, state: row.status as ContentState };
    if (!canFireContentEvent(ctx.actor, site, facts, input.event)) throw new ForbiddenError();
    return applyContentEvent(trx, { row, event: input.event, actor: ctx.actor, at, reason: (input.reason ?? '').trim().slice(0, 1000) });
  });
}
