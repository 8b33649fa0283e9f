import { NotFoundError, ValidationError } from '../../core/errors.ts';
import { portalDateOf } from '../../core/calendar/workingDays.ts';
import { recordAudit } from '../../db/repositories/auditRepository.ts';
import { findDocument, insertDocument, updateDocument } from '../../db/repositories/documentRepository.ts';
import { listSections } from '../../db/repositories/sectionRepository.ts';
import type { DB, DocumentRow } from '../../db/schema.ts';
import type { Kysely } from 'kysely';
import { type CommandContext, nowIso } from '../context.ts';
import { authorizedSite } from '../records/recordSupport.ts';
import { type DocumentFields, checkDocumentFields } from './documentFields.ts';

export interface SaveDocumentInput extends DocumentFields {
  siteId: number;
  /** The document being edited; absent when creating. */
  documentId?: number;
  /** Publish on save (a published document stays published either way). */
  publish: boolean;
}

/** When a document replaces another, the replaced one is marked "replaced" in the same transaction. */
async function markReplaced(trx: Kysely<DB>, ctx: CommandContext, siteId: number, replacedId: number | null, byId: number, at: string) {
  if (replacedId === null) return;
  const old = await findDocument(trx, siteId, replacedId);
  if (!old || old.validity === 'replaced') return;
  await updateDocument(trx, siteId, replacedId, { validity: 'replaced', updated_at: at, updated_by: ctx.actor.userId });
  await recordAudit(trx, {
    siteId, actorId: ctx.actor.userId, action: 'document.replaced', subjectType: 'document', subjectId: replacedId, data: { by: byId }, at,
  });
}

/**
 * Creates or edits a legal/administrative document (records.manage on the site). Publishing sets the
 * posting time once; it is what the 2-working-day deadline (ND43-DEADLINE-03) is measured against.
 * @throws NotFoundError (site or document); ForbiddenError; ValidationError with field-keyed Vietnamese messages
 */
export async function saveDocument(ctx: CommandContext, input: SaveDocumentInput): Promise<{ id: number }> {
  const site = await authorizedSite(ctx, input.siteId, 'records.manage');
  let existing: DocumentRow | undefined;
  if (input.documentId !== undefined) {
    existing = await findDocument(ctx.db, site.id, input.documentId);
    if (!existing) throw new NotFoundError('Không tìm thấy văn bản này trên cổng.');
  }
  const documents = await ctx.db.selectFrom('documents').select('id').where('site_id', '=', site.id).execute();
  const now = nowIso(ctx);
  const { fields, errors } = checkDocumentFields(input, {
    sections: await listSections(ctx.db, site.id), documents, hasParent: site.parent_id !== null, today: portalDateOf(now),
    ...(existing ? { selfId: existing.id } : {}),
  });
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);

  const publishNow = input.publish && existing?.status !== 'published';
  const status = existing?.status === 'published' || input.publish ? 'published' : 'draft';
  const publishedAt = existing?.published_at ?? (publishNow ? now : null);
  return ctx.db.transaction().execute(async (trx) => {
    let id: number;
    if (existing) {
      id = existing.id;
      await updateDocument(trx, site.id, id, { ...fields, status, published_at: publishedAt, updated_by: ctx.actor.userId, updated_at: now });
      await recordAudit(trx, {
        siteId: site.id, actorId: ctx.actor.userId, action: publishNow ? 'document.published' : 'document.updated', subjectType: 'document',
        subjectId: id, data: { numberSymbol: fields.number_symbol }, at: now,
      });
    } else {
      id = await insertDocument(trx, {
        site_id: site.id, ...fields, status, published_at: publishedAt, created_by: ctx.actor.userId, updated_by: ctx.actor.userId,
        created_at: now, updated_at: now,
      });
      await recordAudit(trx, {
        siteId: site.id, actorId: ctx.actor.userId, action: 'document.created', subjectType: 'document', subjectId: id,
        data: { numberSymbol: fields.number_symbol, published: status === 'published' }, at: now,
      });
    }
    if (fields.replaces_id !== existing?.replaces_id) await markReplaced(trx, ctx, site.id, fields.replaces_id, id, now);
    return { id };
  });
}

/**
 * Takes a published document off the portal, or puts it back (records.manage). The first posting time is kept.
 * @throws NotFoundError; ForbiddenError
 */
export async function setDocumentPublished(ctx: CommandContext, input: { siteId: number; documentId: number; published: boolean }): Promise<void> {
  const site = await authorizedSite(ctx, input.siteId, 'records.manage');
  const doc = await findDocument(ctx.db, site.id, input.documentId);
  if (!doc) throw new NotFoundError('Không tìm thấy văn bản này trên cổng.');
  const status = input.published ? 'published' : 'draft';
  if (doc.status === status) return;
  const now = nowIso(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    await updateDocument(trx, site.id, doc.id, { status, published_at: doc.published_at ?? (input.published ? now : null), updated_at: now, updated_by: ctx.actor.userId });
    await recordAudit(trx, {
      siteId: site.id, actorId: ctx.actor.userId, action: input.published ? 'document.published' : 'document.unpublished',
      subjectType: 'document', subjectId: doc.id, at: now,
    });
  });
}
