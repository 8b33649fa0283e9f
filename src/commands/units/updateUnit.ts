import { NotFoundError } from '../../core/errors.ts';
import { authorize } from '../../core/policies/policy.ts';
import { recordAudit } from '../../db/repositories/auditRepository.ts';
import { findSite } from '../../db/repositories/siteRepository.ts';
import { findUnit, listUnits, updateUnit as updateUnitRow } from '../../db/repositories/unitRepository.ts';
import { type CommandContext, nowIso } from '../context.ts';
import { type UnitFields, checkUnitFields } from './unitFields.ts';

/**
 * Saves a unit's details. The unit must belong to `siteId`.
 * @throws NotFoundError for an unknown site, or a unit of another site
 * @throws ForbiddenError without unit.manage on the site
 * @throws ValidationError with field-keyed Vietnamese messages
 */
export async function updateUnit(ctx: CommandContext, input: UnitFields & { siteId: number; unitId: number }): Promise<void> {
  const site = await findSite(ctx.db, input.siteId);
  if (!site) throw new NotFoundError();
  authorize(ctx.actor, 'unit.manage', { id: site.id, parentId: site.parent_id });
  const unit = await findUnit(ctx.db, site.id, input.unitId);
  if (!unit) throw new NotFoundError('Không tìm thấy đơn vị này trên cổng.');
  const others = (await listUnits(ctx.db, site.id)).filter((u) => u.id !== unit.id);
  const f = checkUnitFields(input, others);
  const now = nowIso(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    await updateUnitRow(trx, site.id, unit.id, {
      name: f.name, kind: f.kind, leader_name: f.leaderName, leader_title: f.leaderTitle, phone: f.phone,
      email: f.email, address: f.address, sort_order: f.sortOrder ?? unit.sort_order, updated_at: now,
    });
    await recordAudit(trx, {
      siteId: site.id, actorId: ctx.actor.userId, action: 'unit.updated', subjectType: 'unit', subjectId: unit.id,
      data: { name: f.name, kind: f.kind }, at: now,
    });
  });
}
