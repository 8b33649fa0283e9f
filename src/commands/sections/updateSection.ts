import { NotFoundError } from '../../core/errors.ts';
import { authorize } from '../../core/policies/policy.ts';
import { recordAudit } from '../../db/repositories/auditRepository.ts';
import { listSections, updateSection as updateSectionRow } from '../../db/repositories/sectionRepository.ts';
import { findSite } from '../../db/repositories/siteRepository.ts';
import { type CommandContext, nowIso } from '../context.ts';
import { type SectionFields, checkSectionFields } from './sectionFields.ts';

/**
 * Saves a section. The section and its new parent must belong to `siteId`; a section cannot be moved under itself.
 * @throws NotFoundError for an unknown site, or a section of another site
 * @throws ForbiddenError without section.manage on the site
 * @throws ValidationError with field-keyed Vietnamese messages
 */
export async function updateSection(ctx: CommandContext, input: SectionFields & { siteId: number; sectionId: number }): Promise<void> {
  const site = await findSite(ctx.db, input.siteId);
  if (!site) throw new NotFoundError();
  authorize(ctx.actor, 'section.manage', { id: site.id, parentId: site.parent_id });
  const sections = await listSections(ctx.db, site.id);
  const section = sections.find((s) => s.id === input.sectionId);
  if (!section) throw new NotFoundError('Không tìm thấy chuyên mục này trên cổng.');
  const f = checkSectionFields(input, sections, section.id);
  const now = nowIso(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    await updateSectionRow(trx, site.id, section.id, {
      parent_id: f.parentId, slug: f.slug, name: f.name, kind: f.kind, description: f.description, legal_basis: f.legalBasis,
      external_url: f.externalUrl, in_menu: f.inMenu ? 1 : 0, on_home: f.onHome ? 1 : 0,
      sort_order: f.sortOrder ?? section.sort_order, starts_at: f.startsAt, ends_at: f.endsAt, updated_at: now,
    });
    await recordAudit(trx, {
      siteId: site.id, actorId: ctx.actor.userId, action: 'section.updated', subjectType: 'section', subjectId: section.id,
      data: { slug: f.slug, name: f.name, kind: f.kind, parentId: f.parentId, previousSlug: section.slug }, at: now,
    });
  });
}
