import { NotFoundError } from '../../core/errors.ts';
import { authorize } from '../../core/policies/policy.ts';
import { recordAudit } from '../../db/repositories/auditRepository.ts';
import { insertSection, listSections, nextSectionSortOrder } from '../../db/repositories/sectionRepository.ts';
import { findSite } from '../../db/repositories/siteRepository.ts';
import { type CommandContext, nowIso } from '../context.ts';
import { type SectionFields, checkSectionFields } from './sectionFields.ts';

/**
 * Adds a section (menu entry) to a site.
 * @throws NotFoundError for an unknown site
 * @throws ForbiddenError without section.manage on the site
 * @throws ValidationError with field-keyed Vietnamese messages
 */
export async function createSection(ctx: CommandContext, input: SectionFields & { siteId: number }): Promise<{ id: number }> {
  const site = await findSite(ctx.db, input.siteId);
  if (!site) throw new NotFoundError();
  authorize(ctx.actor, 'section.manage', { id: site.id, parentId: site.parent_id });
  const f = checkSectionFields(input, await listSections(ctx.db, site.id));
  const now = nowIso(ctx);
  return ctx.db.transaction().execute(async (trx) => {
    const id = await insertSection(trx, {
      site_id: site.id, parent_id: f.parentId, slug: f.slug, name: f.name, kind: f.kind, description: f.description,
      legal_basis: f.legalBasis, external_url: f.externalUrl, in_menu: f.inMenu ? 1 : 0, on_home: f.onHome ? 1 : 0,
      sort_order: f.sortOrder ?? await nextSectionSortOrder(trx, site.id, f.parentId), starts_at: f.startsAt, ends_at: f.endsAt,
      created_at: now, updated_at: now,
    });
    await recordAudit(trx, {
      siteId: site.id, actorId: ctx.actor.userId, action: 'section.created', subjectType: 'section', subjectId: id,
      data: { slug: f.slug, name: f.name, kind: f.kind, parentId: f.parentId }, at: now,
    });
    return { id };
  });
}
