/**
 * Steps the content commands share (create, update, change status), parameterised by kind:
 * loading the site's facts, validating the form against them, choosing a free slug, and writing
 * the immutable history (revision snapshot, status row, audit event) inside the caller's transaction.
 */
import type { Kysely } from 'kysely';
import { ConflictError, NotFoundError, ValidationError } from '../../core/errors.ts';
import { CONTENT_EVENT_AUDIT } from '../../core/content/contentAccess.ts';
import {
  type ContentForm, type ContentFormErrors, type ValidContent, baseSlug, slugCandidate, validateContentForm,
} from '../../core/content/contentForm.ts';
import type { Actor, SiteFacts } from '../../core/policies/policy.ts';
import type { ContentKind } from '../../core/types.ts';
import { type ContentEvent, type ContentState, applyEvent } from '../../core/workflow/contentWorkflow.ts';
import { recordAudit } from '../../db/repositories/auditRepository.ts';
import { insertContentRevision, insertContentStatus, slugTaken, updateContentIf } from '../../db/repositories/contentRepository.ts';
import { findMedia } from '../../db/repositories/mediaRepository.ts';
import { listSections } from '../../db/repositories/sectionRepository.ts';
import { findSite } from '../../db/repositories/siteRepository.ts';
import { listUnits } from '../../db/repositories/unitRepository.ts';
import { releaseLock } from '../../db/repositories/workflowRepository.ts';
import type { ContentRow, DB } from '../../db/schema.ts';

/** The section kind a content kind is filed under. */
export function sectionKindFor(kind: ContentKind): string {
  return kind === 'page' ? 'page' : 'news';
}

/** The site's facts for policies; NotFoundError when the site does not exist. */
export async function loadSiteFacts(db: Kysely<DB>, siteId: number): Promise<SiteFacts> {
  const site = await findSite(db, siteId);
  if (!site) throw new NotFoundError();
  return { id: site.id, parentId: site.parent_id };
}

/**
 * Validates the form against the site's sections and units and the actor's allowed units, and checks
 * that a chosen cover photo belongs to the site. Throws ValidationError with field-keyed messages.
 * `keepUnitId`: an item's current unit stays acceptable even if the actor could not choose it.
 */
export async function validateForSite(
  db: Kysely<DB>,
  input: { siteId: number; kind: ContentKind; form: ContentForm; allowedUnitIds: number[] | null; keepUnitId?: number | null; now: Date },
): Promise<ValidContent> {
  const [sections, units] = await Promise.all([listSections(db, input.siteId), listUnits(db, input.siteId)]);
  const allowed = input.allowedUnitIds && input.keepUnitId != null && !input.allowedUnitIds.includes(input.keepUnitId)
    ? [...input.allowedUnitIds, input.keepUnitId]
    : input.allowedUnitIds;
  const result = validateContentForm(input.form, {
    kind: input.kind,
    sectionIds: sections.filter((s) => s.kind === sectionKindFor(input.kind)).map((s) => s.id),
    unitIds: units.map((u) => u.id),
    allowedUnitIds: allowed,
    now: input.now,
  });
  const errors: ContentFormErrors = result.ok ? {} : { ...result.errors };
  if (result.ok && result.value.cover_media_id !== null && !(await findMedia(db, input.siteId, result.value.cover_media_id))) {
    errors.cover_media_id = 'Ảnh đại diện đã chọn không có trong thư viện ảnh của cổng này.';
  }
  if (!result.ok || Object.keys(errors).length > 0) throw new ValidationError(errors as Record<string, string>);
  return result.value;
}

/** The first free slug of `base`, `base-2`, `base-3` … for this site and kind. */
export async function freeSlug(db: Kysely<DB>, input: { siteId: number; kind: ContentKind; base: string; exceptId?: number }): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    const candidate = slugCandidate(input.base, attempt);
    if (!(await slugTaken(db, input.siteId, input.kind, candidate, input.exceptId))) return candidate;
  }
}

/** The slug to store for a new item. */
export function startingSlug(value: ValidContent, kind: ContentKind): string {
  return baseSlug(value.slug, value.title, kind);
}

/** Everything the revision keeps besides title, summary and body. */
export function revisionData(row: Pick<ContentRow, 'slug' | 'section_id' | 'unit_id' | 'genre' | 'author_name' | 'source_name'
  | 'source_url' | 'cover_media_id' | 'cover_caption' | 'cover_alt' | 'is_featured' | 'published_at'>): string {
  return JSON.stringify({
    slug: row.slug, section_id: row.section_id, unit_id: row.unit_id, genre: row.genre, author_name: row.author_name,
    source_name: row.source_name, source_url: row.source_url, cover_media_id: row.cover_media_id,
    cover_caption: row.cover_caption, cover_alt: row.cover_alt, is_featured: row.is_featured, published_at: row.published_at,
  });
}

/** Inserts the immutable snapshot of `row` at its current revision. */
export async function snapshotRevision(db: Kysely<DB>, row: ContentRow, actorId: number, at: string): Promise<void> {
  await insertContentRevision(db, {
    content_id: row.id, revision: row.revision, title: row.title, summary: row.summary, body_html: row.body_html,
    data: revisionData(row), created_by: actorId, created_at: at,
  });
}

/**
 * Fires a workflow event on a content already loaded in this transaction: checks the move is legal
 * for the item's kind, sets the new state (publishing keeps the first publication time, else stamps
 * now; force-publishing flags the item "not reviewed"), releases the edit lock, and writes the status
 * row (with the reason) and the audit event (actor, time, from, to, reason). Throws
 * InvalidTransitionError, or ConflictError when the state changed under us. Who may fire it, and
 * whether a reason or the quality gate is needed, is the caller's check.
 */
export async function applyContentEvent(
  trx: Kysely<DB>,
  input: { row: ContentRow; event: ContentEvent; actor: Actor; at: string; reason?: string; details?: Record<string, unknown> },
): Promise<ContentState> {
  const { row, event, actor, at } = input;
  const from = row.status as ContentState;
  const to = applyEvent(from, event, row.kind as ContentKind);
  const publishes = to === 'published' && from !== 'published';
  const publishedAt = publishes ? row.published_at ?? at : row.published_at;
  const needsReview = event === 'forcePublish' ? 1 : event === 'confirmReview' || event === 'unpublish' ? 0 : row.needs_review;
  const changed = await updateContentIf(trx, row.site_id, row.id, { status: from }, {
    status: to, published_at: publishedAt, needs_review: needsReview, updated_at: at, updated_by: actor.userId,
    ...(to !== from ? { status_changed_at: at } : {}),
  });
  if (!changed) throw new ConflictError('Trạng thái nội dung vừa được người khác thay đổi. Vui lòng tải lại trang.');
  if (to !== from) await releaseLock(trx, row.site_id, row.id);
  const reason = input.reason ?? '';
  await insertContentStatus(trx, {
    content_id: row.id, from_status: from, to_status: to, event, reason, actor_id: actor.userId, created_at: at,
  });
  await recordAudit(trx, {
    siteId: row.site_id, actorId: actor.userId, action: CONTENT_EVENT_AUDIT[event], subjectType: 'content', subjectId: row.id,
    data: { kind: row.kind, title: row.title, from, to, publishedAt, revision: row.revision, ...(reason ? { reason } : {}), ...input.details }, at,
  });
  return to;
}
