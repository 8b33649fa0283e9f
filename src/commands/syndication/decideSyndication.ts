/**
 * The parent board decides on a ward item proposed to it: accept (the parent gets its own copy,
 * crediting the ward and linking the original as canonical; the copy goes to the board's editing
 * step, or straight out when "publish now" is chosen) or refuse with a reason. The ward is told.
 */
import type { Kysely } from 'kysely';
import { canFireContentEvent } from '../../core/content/contentAccess.ts';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../core/errors.ts';
import { isBoardMember } from '../../core/policies/workflowPolicy.ts';
import { cleanLine } from '../../core/text/vietnamese.ts';
import { recordAudit } from '../../db/repositories/auditRepository.ts';
import { findContent, insertContent, insertContentStatus } from '../../db/repositories/contentRepository.ts';
import { findMedia, insertMedia } from '../../db/repositories/mediaRepository.ts';
import { findSection } from '../../db/repositories/sectionRepository.ts';
import { findSite } from '../../db/repositories/siteRepository.ts';
import { findForTarget, updateSyndicationIf } from '../../db/repositories/syndicationRepository.ts';
import { findUser } from '../../db/repositories/userRepository.ts';
import type { DB, SiteRow, SyndicationRow } from '../../db/schema.ts';
import { type CommandContext, nowIso } from '../context.ts';
import { applyContentEvent, freeSlug, snapshotRevision } from '../contents/contentSupport.ts';
import { type Recipient, notify } from '../notifications/notify.ts';

async function loadForDecision(ctx: CommandContext, siteId: number, syndicationId: number): Promise<{ site: SiteRow; s: SyndicationRow }> {
  const site = await findSite(ctx.db, siteId);
  if (!site) throw new NotFoundError();
  if (!isBoardMember(ctx.actor, { id: site.id, parentId: site.parent_id })) throw new ForbiddenError();
  const s = await findForTarget(ctx.db, site.id, syndicationId);
  if (!s) throw new NotFoundError();
  return { site, s };
}

/** The ward people to tell about a decision: who proposed, and who wrote the item. */
async function wardPeople(db: Kysely<DB>, s: SyndicationRow, writerId: number | null): Promise<Recipient[]> {
  const out: Recipient[] = [];
  for (const id of new Set([s.proposed_by, writerId])) {
    if (id === null) continue;
    const u = await findUser(db, id);
    if (u && u.is_disabled === 0) out.push({ id: u.id, email: u.email, full_name: u.full_name });
  }
  return out;
}

export interface AcceptSyndicationInput {
  /** The parent site (where the copy goes). */
  siteId: number;
  syndicationId: number;
  /** A news section of the parent site. */
  sectionId: number | null;
  /** Publish the copy at once (else it waits in the board's editing step). */
  publishNow: boolean;
  /** Absolute URL of the original on the ward portal (the canonical link and the source link). */
  originUrl: string;
}

/**
 * @returns the id of the parent's copy.
 * @throws NotFoundError; ForbiddenError unless a board member of the parent (or, when publishing now, four-eyes
 *   refuses); ValidationError (section); ConflictError when already decided or the original is no longer published.
 */
export async function acceptSyndication(ctx: CommandContext, input: AcceptSyndicationInput): Promise<number> {
  const { site, s } = await loadForDecision(ctx, input.siteId, input.syndicationId);
  const facts = { id: site.id, parentId: site.parent_id };
  const section = input.sectionId !== null ? await findSection(ctx.db, site.id, input.sectionId) : undefined;
  if (!section || section.kind !== 'news') throw new ValidationError({ section_id: 'Vui lòng chọn chuyên mục tin, bài của cổng để đăng tin này.' });
  if (!/^https?:\/\/[^\s]+$/.test(input.originUrl)) throw new ValidationError({ form: 'Không xác định được địa chỉ bài gốc.' });
  const at = nowIso(ctx);
  return ctx.db.transaction().execute(async (trx) => {
    const ward = await findSite(trx, s.source_site_id);
    const source = await findContent(trx, s.source_site_id, s.source_content_id);
    if (!ward || !source) throw new NotFoundError();
    if (source.status !== 'published') throw new ConflictError('Tin gốc không còn được xuất bản trên cổng phường, xã; không thể nhận.');
    if (input.publishNow && !canFireContentEvent(ctx.actor, facts, { unitId: null, createdBy: source.created_by, state: 'in_editing' }, 'publish')) {
      throw new ForbiddenError('Theo nguyên tắc "bốn mắt", người viết tin gốc không tự xuất bản bản sao; hãy nhận để biên tập rồi nhờ người khác xuất bản.');
    }
    let coverId: number | null = null;
    if (source.cover_media_id !== null) {
      const m = await findMedia(trx, ward.id, source.cover_media_id);
      // The parent's copy of the photo record points at the same stored files.
      if (m) {
        coverId = await insertMedia(trx, {
          site_id: site.id, kind: m.kind, original_name: m.original_name, mime: m.mime, width: m.width, height: m.height, bytes: m.bytes,
          storage_key: m.storage_key, variants: m.variants, alt: m.alt, caption: m.caption, created_by: ctx.actor.userId, created_at: at,
          sharpness: m.sharpness,
        });
      }
    }
    const slug = await freeSlug(trx, { siteId: site.id, kind: 'news', base: source.slug });
    const id = await insertContent(trx, {
      site_id: site.id, kind: 'news', section_id: section.id, unit_id: null, slug, title: source.title, summary: source.summary,
      body_html: source.body_html, search_text: source.search_text, genre: source.genre,
      author_name: source.author_name ? `${source.author_name} (${ward.name})` : ward.name,
      source_name: ward.full_name, source_url: input.originUrl, cover_media_id: coverId, cover_caption: source.cover_caption,
      cover_alt: source.cover_alt, is_featured: 0, status: 'in_editing', published_at: null, revision: 1,
      origin_content_id: source.id, created_by: source.created_by, updated_by: ctx.actor.userId, created_at: at, updated_at: at,
      status_changed_at: at,
    });
    const copy = (await findContent(trx, site.id, id))!;
    await snapshotRevision(trx, copy, ctx.actor.userId, at);
    await insertContentStatus(trx, {
      content_id: id, from_status: null, to_status: 'in_editing', event: 'syndicate', reason: `Nhận từ ${ward.name}`, actor_id: ctx.actor.userId, created_at: at,
    });
    await recordAudit(trx, {
      siteId: site.id, actorId: ctx.actor.userId, action: 'content.syndicated', subjectType: 'content', subjectId: id,
      data: { kind: 'news', title: copy.title, revision: 1, originContentId: source.id, originSiteId: ward.id, syndicationId: s.id }, at,
    });
    if (input.publishNow) await applyContentEvent(trx, { row: copy, event: 'publish', actor: ctx.actor, at });
    if (!(await updateSyndicationIf(trx, s.id, 'proposed', {
      status: 'accepted', decided_by: ctx.actor.userId, decided_at: at, target_content_id: id, source_revision: source.revision,
    }))) throw new ConflictError('Đề xuất này vừa được người khác xử lý. Vui lòng tải lại trang.');
    await recordAudit(trx, {
      siteId: ward.id, actorId: ctx.actor.userId, action: 'content.syndicationAccepted', subjectType: 'content', subjectId: source.id,
      data: { syndicationId: s.id, targetSiteId: site.id, targetContentId: id, title: source.title }, at,
    });
    await notify(trx, {
      siteId: ward.id, contentId: source.id, kind: 'syndication', at, exceptUserId: ctx.actor.userId,
      recipients: await wardPeople(trx, s, source.created_by), link: `/quan-tri/cong/${ward.id}/tin-bai/${source.id}`,
      message: `${site.name} đã nhận tin «${source.title}»${input.publishNow ? ' và đăng trên cổng cấp trên' : ' để biên tập và đăng'}.`,
      subject: `Cổng cấp trên đã nhận tin: ${source.title}`,
    });
    return id;
  });
}

export interface RefuseSyndicationInput {
  siteId: number;
  syndicationId: number;
  reason: string;
}

/** @throws NotFoundError; ForbiddenError; ValidationError (reason); ConflictError when already decided. */
export async function refuseSyndication(ctx: CommandContext, input: RefuseSyndicationInput): Promise<void> {
  const { site, s } = await loadForDecision(ctx, input.siteId, input.syndicationId);
  const reason = cleanLine(input.reason).slice(0, 1000);
  if (!reason) throw new ValidationError({ reason: 'Vui lòng ghi lý do từ chối để phường, xã biết.' });
  const at = nowIso(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const source = await findContent(trx, s.source_site_id, s.source_content_id);
    if (!source) throw new NotFoundError();
    if (!(await updateSyndicationIf(trx, s.id, 'proposed', { status: 'refused', reason, decided_by: ctx.actor.userId, decided_at: at }))) {
      throw new ConflictError('Đề xuất này đã được xử lý.');
    }
    await recordAudit(trx, {
      siteId: s.source_site_id, actorId: ctx.actor.userId, action: 'content.syndicationRefused', subjectType: 'content', subjectId: source.id,
      data: { syndicationId: s.id, targetSiteId: site.id, title: source.title, reason }, at,
    });
    await notify(trx, {
      siteId: s.source_site_id, contentId: source.id, kind: 'syndication', at, exceptUserId: ctx.actor.userId,
      recipients: await wardPeople(trx, s, source.created_by), link: `/quan-tri/cong/${s.source_site_id}/tin-bai/${source.id}`,
      message: `${site.name} không nhận tin «${source.title}». Lý do: ${reason}`, subject: `Cổng cấp trên không nhận tin: ${source.title}`,
    });
  });
}
