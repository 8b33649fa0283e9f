/**
 * Quota rules of a site (a quota for one unit, or for every unit of a kind, over a range of periods): add and
 * remove, each with an audit event in the same transaction. quota.manage on the site.
 */
import { type Form, validateQuotaRuleForm } from '../../core/contributions/settingsForms.ts';
import { NotFoundError, ValidationError } from '../../core/errors.ts';
import { authorize } from '../../core/policies/policy.ts';
import { recordAudit } from '../../db/repositories/auditRepository.ts';
import { deleteQuotaRule as deleteRow, findQuotaRule, insertQuotaRule } from '../../db/repositories/contributionRepository.ts';
import { findSite } from '../../db/repositories/siteRepository.ts';
import { listUnits } from '../../db/repositories/unitRepository.ts';
import { type CommandContext, nowIso } from '../context.ts';

async function siteFor(ctx: CommandContext, siteId: number) {
  const site = await findSite(ctx.db, siteId);
  if (!site) throw new NotFoundError();
  authorize(ctx.actor, 'quota.manage', { id: site.id, parentId: site.parent_id });
  return site;
}

export async function addQuotaRule(ctx: CommandContext, input: { siteId: number; form: Form }): Promise<number> {
  const site = await siteFor(ctx, input.siteId);
  const result = validateQuotaRuleForm(input.form, (await listUnits(ctx.db, site.id)).map((u) => u.id));
  if (!result.ok) throw new ValidationError(result.errors);
  const v = result.value;
  const at = nowIso(ctx);
  return ctx.db.transaction().execute(async (trx) => {
    const id = await insertQuotaRule(trx, {
      site_id: site.id, unit_id: v.unitId, unit_kind: v.unitKind, from_period: v.fromPeriod, to_period: v.toPeriod, target: v.target,
      require_photo: v.requirePhoto ? 1 : 0, note: v.note, created_by: ctx.actor.userId, created_at: at, updated_at: at,
    });
    await recordAudit(trx, { siteId: site.id, actorId: ctx.actor.userId, action: 'quota.ruleAdded', subjectType: 'quota', subjectId: id, data: { ...v }, at });
    return id;
  });
}

export async function removeQuotaRule(ctx: CommandContext, input: { siteId: number; ruleId: number }): Promise<void> {
  const site = await siteFor(ctx, input.siteId);
  const at = nowIso(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const rule = await findQuotaRule(trx, site.id, input.ruleId);
    if (!rule) throw new NotFoundError('Không tìm thấy định mức này trên cổng.');
    await deleteRow(trx, site.id, rule.id);
    await recordAudit(trx, {
      siteId: site.id, actorId: ctx.actor.userId, action: 'quota.ruleRemoved', subjectType: 'quota', subjectId: rule.id,
      data: { unitId: rule.unit_id, unitKind: rule.unit_kind, from: rule.from_period, to: rule.to_period, target: rule.target }, at,
    });
  });
}
