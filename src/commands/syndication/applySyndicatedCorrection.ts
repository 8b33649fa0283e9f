/**
 * The parent board applies a correction the ward made to an item the parent has taken: the parent's
 * copy gets the ward's corrected title, summary and body as a new revision (a correction in its
 * history). Or the board dismisses the offer.
 */
import { lockedByOther } from '../../core/content/editLock.ts';
import { ConflictError, ForbiddenError, NotFoundError } from '../../core/errors.ts';
import { isBoardMember } from '../../core/policies/workflowPolicy.ts';
import { recordAudit } from '../../db/repositories/auditRepository.ts';
import { findContent, updateContentIf } from '../../db/repositories/contentRepository.ts';
import { findSite } from '../../db/repositories/siteRepository.ts';
import { findForTarget, updateSyndicationIf } from '../../db/repositories/syndicationRepository.ts';
import { findLock } from '../../db/repositories/workflowRepository.ts';
import { type CommandContext, nowIso } from '../context.ts';
import { snapshotRevision } from '../contents/contentSupport.ts';

export interface SyndicatedCorrectionInput {
  /** The parent site. */
  siteId: number;
  syndicationId: number;
  /** Apply the correction to the copy (true) or dismiss the offer (false). */
  apply: boolean;
}

/** @throws NotFoundError; ForbiddenError; ConflictError (no correction waiting, the copy is being edited, or a race). */
export async function decideSyndicatedCorrection(ctx: CommandContext, input: SyndicatedCorrectionInput): Promise<void> {
  const site = await findSite(ctx.db, input.siteId);
  if (!site) throw new NotFoundError();
  if (!isBoardMember(ctx.actor, { id: site.id, parentId: site.parent_id })) throw new ForbiddenError();
  const s = await findForTarget(ctx.db, site.id, input.syndicationId);
  if (!s || s.target_content_id === null) throw new NotFoundError();
  if (s.status !== 'accepted' || s.offered_revision === null) throw new ConflictError('Không có bản đính chính nào đang chờ.');
  const copyId = s.target_content_id;
  const at = nowIso(ctx);
  const lock = await findLock(ctx.db, site.id, copyId);
  if (input.apply && lockedByOther(lock, ctx.actor.userId, ctx.clock.now())) {
    throw new ConflictError(`Bản tin của cổng đang được ${lock.userName} sửa; hãy chờ người đó lưu xong.`);
  }
  await ctx.db.transaction().execute(async (trx) => {
    const copy = await findContent(trx, site.id, copyId);
    const source = await findContent(trx, s.source_site_id, s.source_content_id);
    if (!copy || !source) throw new NotFoundError();
    const cleared = await updateSyndicationIf(trx, s.id, 'accepted', {
      offered_revision: null, offered_at: null, ...(input.apply ? { source_revision: source.revision } : {}),
    });
    if (!cleared) throw new ConflictError('Đề xuất này vừa được người khác xử lý. Vui lòng tải lại trang.');
    if (!input.apply) {
      await recordAudit(trx, {
        siteId: site.id, actorId: ctx.actor.userId, action: 'content.correctionDismissed', subjectType: 'content', subjectId: copy.id,
        data: { syndicationId: s.id, originRevision: s.offered_revision }, at,
      });
      return;
    }
    const revision = copy.revision + 1;
    const saved = await updateContentIf(trx, site.id, copy.id, { revision: copy.revision }, {
      title: source.title, summary: source.summary, body_html: source.body_html, search_text: source.search_text,
      revision, updated_by: ctx.actor.userId, updated_at: at,
    });
    if (!saved) throw new ConflictError('Bản tin của cổng vừa được người khác lưu. Vui lòng tải lại trang.');
    const row = (await findContent(trx, site.id, copy.id))!;
    await snapshotRevision(trx, row, ctx.actor.userId, at);
    await recordAudit(trx, {
      siteId: site.id, actorId: ctx.actor.userId, action: copy.status === 'published' ? 'content.corrected' : 'content.updated',
      subjectType: 'content', subjectId: copy.id,
      data: { kind: 'news', title: row.title, revision, fromOrigin: true, originContentId: source.id, originRevision: source.revision }, at,
    });
  });
}
