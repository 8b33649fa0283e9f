import { NotFoundError } from '../../core/errors.ts';
import { authorize } from '../../core/policies/policy.ts';
import { recordAudit } from '../../db/repositories/auditRepository.ts';
import { findSite } from '../../db/repositories/siteRepository.ts';
import { insertUnit, listUnits, nextUnitSortOrder } from '../../db/repositories/unitRepository.ts';
import { type CommandContext, nowIso } from '../context.ts';
import { type UnitFields, checkUnitFields } from './unitFields.ts';

/**
 * Adds a unit (agency, office, mass organisation, radio station…) that feeds a site.
 * @throws NotFoundError for an unknown site
 * @throws ForbiddenError without unit.manage on the site
 * @throws ValidationError with field-keyed Vietnamese messages
 */
export async function createUnit(ctx: CommandContext, input: UnitFields & { siteId: number }): Promise<{ id: number }> {
  const site = await findSite(ctx.db, input.siteId);
  if (!site) throw new NotFoundError();
  authorize(ctx.actor, 'unit.manage', { id: site.id, parentId: site.parent_id });
  const f = checkUnitFields(input, await listUnits(ctx.db, site.id));
  const now = nowIso(ctx);
  return ctx.db.transaction().execute(async (trx) => {
    const id = await insertUnit(trx, {
      site_id: site.id, name: f.name, kind: f.kind, leader_name: f.leaderName, leader_title: f.leaderTitle,
      phone: f.phone, email: f.email, address: f.address,
      sort_order: f.sortOrder ?? await nextUnitSortOrder(trx, site.id), created_at: now, updated_at: now,
    });
    await recordAudit(trx, {
      siteId: site.id, actorId: ctx.actor.userId, action: 'unit.created', subjectType: 'unit', subjectId: id,
      data: { name: f.name, kind: f.kind }, at: now,
    });
    return { id };
  });
}
