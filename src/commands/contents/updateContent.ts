/**
 * Saves an edit of a news item or static page: a new revision (and its immutable snapshot), optionally
 * publishing it in the same transaction ("Lưu và xuất bản"). The slug, once set, changes only when
 * the editor asks for another; the first publication time stays unless the editor sets a new one.
 */
import { assignableUnitIds, canEditInState, canFireContentEvent } from '../../core/content/contentAccess.ts';
import { type ContentForm, resolvePublishedAt } from '../../core/content/contentForm.ts';
import { lockExpiry, lockedByOther } from '../../core/content/editLock.ts';
import { ConflictError, ForbiddenError, NotFoundError } from '../../core/errors.ts';
import { authorize, canEditContent } from '../../core/policies/policy.ts';
import { formatDateTime } from '../../core/text/dates.ts';
import type { ContentKind } from '../../core/types.ts';
import type { ContentState } from '../../core/workflow/contentWorkflow.ts';
import { recordAudit } from '../../db/repositories/auditRepository.ts';
import { findContent, findContentOfKind, updateContentIf } from '../../db/repositories/contentRepository.ts';
import { findLock, tryLock } from '../../db/repositories/workflowRepository.ts';
import { offerCorrectionToParent } from '../syndication/offerCorrection.ts';
import { type CommandContext, nowIso } from '../context.ts';
import { applyContentEvent, freeSlug, loadSiteFacts, snapshotRevision, validateForSite } from './contentSupport.ts';

export interface UpdateContentInput {
  siteId: number;
  kind: ContentKind;
  /** The content being edited. */
  id: number;
  /** The posted form. */
  form: ContentForm;
  /** The revision the editor started from; a different current revision means someone else saved meanwhile. */
  expectedRevision?: number | undefined;
  /** Publish right after saving (needs the publish grant and a state it can be published from). */
  publish?: boolean;
}

/**
 * @returns the content's new revision, slug and state.
 * @throws NotFoundError (no such content of this kind on this site); ForbiddenError (no 'content.edit'
 *   on the site, or canEditContent() refuses: a contributor and another unit's item); ValidationError;
 *   ConflictError when someone else saved first; InvalidTransitionError when publishing from a state that cannot.
 */
export async function updateContent(ctx: CommandContext, input: UpdateContentInput): Promise<{ revision: number; slug: string; status: ContentState }> {
  const site = await loadSiteFacts(ctx.db, input.siteId);
  authorize(ctx.actor, 'content.edit', site);
  const current = await findContentOfKind(ctx.db, site.id, input.kind, input.id);
  if (!current) throw new NotFoundError();
  const facts = { unitId: current.unit_id, createdBy: current.created_by, state: current.status as ContentState, kind: input.kind };
  if (!canEditContent(ctx.actor, site, facts)) throw new ForbiddenError('Bạn chỉ được sửa tin, bài của đơn vị mình hoặc do mình viết.');
  if (!canEditInState(ctx.actor, site, facts)) throw new ForbiddenError(notYoursNow(current.status));
  if (input.publish && !canFireContentEvent(ctx.actor, site, facts, 'publish')) throw new ForbiddenError();
  if (input.expectedRevision !== undefined && input.expectedRevision !== current.revision) throw staleEdit();
  const now = ctx.clock.now();
  const lock = await findLock(ctx.db, site.id, current.id);
  if (lockedByOther(lock, ctx.actor.userId, now)) {
    throw new ConflictError(`Tin, bài đang được ${lock.userName} sửa (giữ quyền sửa từ ${formatDateTime(lock.acquiredAt)}). Hãy chờ hoặc bấm "Tiếp quản" nếu cần sửa ngay.`);
  }

  const allowedUnitIds = assignableUnitIds(ctx.actor, site);
  const value = await validateForSite(ctx.db, {
    siteId: site.id, kind: input.kind, form: input.form, allowedUnitIds, keepUnitId: current.unit_id, now: ctx.clock.now(),
  });
  // CASE: a contributor may not leave the unit empty; their item stays with its unit (or theirs).
  const unitId = value.unit_id ?? (allowedUnitIds ? current.unit_id ?? allowedUnitIds[0] ?? null : null);
  const at = nowIso(ctx);
  return ctx.db.transaction().execute(async (trx) => {
    const slug = value.slug && value.slug !== current.slug
      ? await freeSlug(trx, { siteId: site.id, kind: input.kind, base: value.slug, exceptId: current.id })
      : current.slug;
    const revision = current.revision + 1;
    const saved = await updateContentIf(trx, site.id, current.id, { revision: current.revision }, {
      slug, title: value.title, section_id: value.section_id, unit_id: unitId, summary: value.summary,
      body_html: value.body_html, search_text: value.search_text, genre: value.genre, author_name: value.author_name,
      source_name: value.source_name, source_url: value.source_url, cover_media_id: value.cover_media_id,
      cover_caption: value.cover_caption, cover_alt: value.cover_alt, is_featured: value.is_featured,
      published_at: resolvePublishedAt(current.published_at, value.published_at, input.form.published_at),
      revision, updated_by: ctx.actor.userId, updated_at: at,
    });
    if (!saved) throw staleEdit();
    if (!(await tryLock(trx, { siteId: site.id, contentId: current.id, userId: ctx.actor.userId, now: at, expiresAt: lockExpiry(now) }))) {
      throw new ConflictError('Tin, bài vừa được người khác nhận sửa. Vui lòng tải lại trang.');
    }
    const row = (await findContent(trx, site.id, current.id))!;
    await snapshotRevision(trx, row, ctx.actor.userId, at);
    // A change to a published news item is a correction: a new revision, marked as such in the history.
    const correction = current.status === 'published' && input.kind === 'news';
    await recordAudit(trx, {
      siteId: site.id, actorId: ctx.actor.userId, action: correction ? 'content.corrected' : 'content.updated', subjectType: 'content', subjectId: row.id,
      data: { kind: input.kind, title: row.title, revision }, at,
    });
    if (correction) await offerCorrectionToParent(trx, { row, actorId: ctx.actor.userId, at });
    const status = input.publish ? await applyContentEvent(trx, { row, event: 'publish', actor: ctx.actor, at }) : row.status as ContentState;
    return { revision, slug, status };
  });
}

function notYoursNow(state: string): string {
  if (state === 'submitted') return 'Tin, bài đang chờ lãnh đạo đơn vị duyệt; chỉ lãnh đạo đơn vị được sửa ở bước này.';
  return 'Tin, bài đã chuyển đến Ban Biên tập; chỉ Ban Biên tập được sửa ở bước này.';
}

function staleEdit(): ConflictError {
  return new ConflictError('Nội dung này vừa được người khác lưu trong lúc bạn sửa. Hãy sao chép phần bạn viết, tải lại trang rồi sửa tiếp trên bản mới nhất.');
}
