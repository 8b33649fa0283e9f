/**
 * A ward's board proposes one of its published news items to the parent portal ("02 cấp"). The parent
 * board is told; the ward sees the proposal's status on the item.
 */
import { isBoardMember } from '../../core/policies/workflowPolicy.ts';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../core/errors.ts';
import { cleanLine } from '../../core/text/vietnamese.ts';
import { recordAudit } from '../../db/repositories/auditRepository.ts';
import { findContentOfKind } from '../../db/repositories/contentRepository.ts';
import { findSite } from '../../db/repositories/siteRepository.ts';
import { findBySource, insertSyndication } from '../../db/repositories/syndicationRepository.ts';
import { usersWithRole } from '../../db/repositories/workflowRepository.ts';
import { type CommandContext, nowIso } from '../context.ts';
import { BOARD_ROLES } from '../contents/workflowNotifications.ts';
import { notify } from '../notifications/notify.ts';

export interface ProposeToParentInput {
  /** The ward's site. */
  siteId: number;
  /** The ward's news item. */
  id: number;
  /** A word to the parent board (optional). */
  note?: string | undefined;
}

/**
 * @returns the syndication id.
 * @throws NotFoundError; ForbiddenError unless a board member of the ward; ValidationError when the site has
 *   no parent or the item is not a published news item; ConflictError when it is already proposed or taken.
 */
export async function proposeToParent(ctx: CommandContext, input: ProposeToParentInput): Promise<number> {
  const site = await findSite(ctx.db, input.siteId);
  if (!site) throw new NotFoundError();
  if (!isBoardMember(ctx.actor, { id: site.id, parentId: site.parent_id })) throw new ForbiddenError();
  if (site.parent_id === null) throw new ValidationError({ form: 'Cổng này không có cổng cấp trên để đề xuất.' });
  const parentId = site.parent_id;
  const note = cleanLine(input.note ?? '').slice(0, 1000);
  const at = nowIso(ctx);
  return ctx.db.transaction().execute(async (trx) => {
    const row = await findContentOfKind(trx, site.id, 'news', input.id);
    if (!row) throw new NotFoundError();
    if (row.status !== 'published') throw new ValidationError({ form: 'Chỉ đề xuất được tin, bài đã xuất bản trên cổng của phường, xã.' });
    const last = await findBySource(trx, site.id, row.id);
    if (last && last.status === 'proposed') throw new ConflictError('Tin, bài này đã được đề xuất và đang chờ cổng cấp trên xem xét.');
    if (last && last.status === 'accepted') throw new ConflictError('Cổng cấp trên đã nhận tin, bài này.');
    const id = await insertSyndication(trx, {
      source_site_id: site.id, source_content_id: row.id, target_site_id: parentId, status: 'proposed', note, reason: '',
      source_revision: row.revision, proposed_by: ctx.actor.userId, proposed_at: at, decided_by: null, decided_at: null,
      target_content_id: null, offered_revision: null, offered_at: null,
    });
    await recordAudit(trx, {
      siteId: site.id, actorId: ctx.actor.userId, action: 'content.proposedToParent', subjectType: 'content', subjectId: row.id,
      data: { syndicationId: id, targetSiteId: parentId, title: row.title, revision: row.revision, ...(note ? { note } : {}) }, at,
    });
    await notify(trx, {
      siteId: parentId, contentId: null, kind: 'syndication', at, exceptUserId: ctx.actor.userId,
      recipients: await usersWithRole(trx, parentId, BOARD_ROLES), link: `/quan-tri/cong/${parentId}/tin-phuong-xa`,
      message: `${site.name} đề xuất đăng tin «${row.title}» lên cổng thông tin cấp trên.${note ? ` Ghi chú: ${note}` : ''}`,
      subject: `Đề xuất tin từ ${site.name}: ${row.title}`,
    });
    return id;
  });
}
