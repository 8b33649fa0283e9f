/**
 * Writes a new news item or static page as a draft (revision 1), optionally publishing it in the
 * same transaction ("Lưu và xuất bản").
 */
import { assignableUnitIds, canFireContentEvent } from '../../core/content/contentAccess.ts';
import type { ContentForm } from '../../core/content/contentForm.ts';
import { ForbiddenError } from '../../core/errors.ts';
import { authorize } from '../../core/policies/policy.ts';
import type { ContentKind } from '../../core/types.ts';
import type { ContentState } from '../../core/workflow/contentWorkflow.ts';
import { recordAudit } from '../../db/repositories/auditRepository.ts';
import { findContent, insertContent, insertContentStatus } from '../../db/repositories/contentRepository.ts';
import { type CommandContext, nowIso } from '../context.ts';
import { applyContentEvent, freeSlug, loadSiteFacts, snapshotRevision, startingSlug, validateForSite } from './contentSupport.ts';

export interface CreateContentInput {
  /** The site the item belongs to. */
  siteId: number;
  /** 'news' (tin, bài) or 'page' (trang tĩnh). */
  kind: ContentKind;
  /** The posted form. */
  form: ContentForm;
  /** Publish right after saving (needs the publish grant). */
  publish?: boolean;
}

/**
 * @returns the new content's id, slug and state.
 * @throws NotFoundError when the site does not exist; ForbiddenError without 'content.create' on the
 *   site (or without 'content.publish' when publishing); ValidationError with field-keyed messages.
 */
export async function createContent(ctx: CommandContext, input: CreateContentInput): Promise<{ id: number; slug: string; status: ContentState }> {
  const site = await loadSiteFacts(ctx.db, input.siteId);
  authorize(ctx.actor, 'content.create', site);
  const allowedUnitIds = assignableUnitIds(ctx.actor, site);
  const value = await validateForSite(ctx.db, { siteId: site.id, kind: input.kind, form: input.form, allowedUnitIds, now: ctx.clock.now() });
  const unitId = value.unit_id ?? allowedUnitIds?.[0] ?? null;
  if (input.publish && !canFireContentEvent(ctx.actor, site, { unitId, createdBy: ctx.actor.userId, state: 'draft', kind: input.kind }, 'publish')) {
    throw new ForbiddenError();
  }
  const at = nowIso(ctx);
  return ctx.db.transaction().execute(async (trx) => {
    const slug = await freeSlug(trx, { siteId: site.id, kind: input.kind, base: startingSlug(value, input.kind) });
    const id = await insertContent(trx, {
      site_id: site.id, kind: input.kind, section_id: value.section_id, unit_id: unitId, slug, title: value.title,
      summary: value.summary, body_html: value.body_html, search_text: value.search_text, genre: value.genre,
      author_name: value.author_name, source_name: value.source_name, source_url: value.source_url,
      cover_media_id: value.cover_media_id, cover_caption: value.cover_caption, cover_alt: value.cover_alt,
      is_featured: value.is_featured, status: 'draft', published_at: value.published_at, revision: 1,
      origin_content_id: null, created_by: ctx.actor.userId, updated_by: ctx.actor.userId, created_at: at, updated_at: at,
      status_changed_at: at,
    });
    const row = (await findContent(trx, site.id, id))!;
    await snapshotRevision(trx, row, ctx.actor.userId, at);
    await insertContentStatus(trx, { content_id: id, from_status: null, to_status: 'draft', event: 'create', actor_id: ctx.actor.userId, created_at: at });
    await recordAudit(trx, {
      siteId: site.id, actorId: ctx.actor.userId, action: 'content.created', subjectType: 'content', subjectId: id,
      data: { kind: input.kind, title: value.title, revision: 1 }, at,
    });
    const status = input.publish ? await applyContentEvent(trx, { row, event: 'publish', actor: ctx.actor, at }) : 'draft';
    return { id, slug, status };
  });
}
