/**
 * Royalty rates of a site (regulations.md §3: base salary, unit value percentage, coefficient ranges of the
 * portal and radio tables, per-photo range, bonuses, rounding, payment deadline). A city's rates also apply to
 * its wards that store none. royalty.manage; audited; existing assessments keep the unit value they were made with.
 */
import { type Form, validateRoyaltyForm } from '../../core/contributions/settingsForms.ts';
import { NotFoundError, ValidationError } from '../../core/errors.ts';
import { authorize } from '../../core/policies/policy.ts';
import { unitValue } from '../../core/royalties/royalty.ts';
import { recordAudit } from '../../db/repositories/auditRepository.ts';
import { saveSettingsData } from '../../db/repositories/contributionRepository.ts';
import { findSite } from '../../db/repositories/siteRepository.ts';
import { ROYALTY_SCOPE } from '../contributions/contributionSettings.ts';
import { type CommandContext, nowIso } from '../context.ts';

export async function saveRoyaltySettings(ctx: CommandContext, input: { siteId: number; form: Form }): Promise<void> {
  const site = await findSite(ctx.db, input.siteId);
  if (!site) throw new NotFoundError();
  authorize(ctx.actor, 'royalty.manage', { id: site.id, parentId: site.parent_id });
  const result = validateRoyaltyForm(input.form);
  if (!result.ok) throw new ValidationError(result.errors);
  const at = nowIso(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const id = await saveSettingsData(trx, { siteId: site.id, scope: ROYALTY_SCOPE, data: result.value, actorId: ctx.actor.userId, at });
    await recordAudit(trx, {
      siteId: site.id, actorId: ctx.actor.userId, action: 'royalty.ratesUpdated', subjectType: 'royalty', subjectId: id,
      data: { baseSalary: result.value.baseSalary, unitValue: unitValue(result.value) }, at,
    });
  });
}
