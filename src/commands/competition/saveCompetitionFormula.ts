/**
 * Oversight sets the competition (thi đua) formula of a year (regulations.md CITY-WF-08): points for quota
 * fulfilment and for compliance, the fulfilment cap, the grades. A city's formula also applies to its wards.
 */
import { type Form, validateFormulaForm } from '../../core/contributions/settingsForms.ts';
import { NotFoundError, ValidationError } from '../../core/errors.ts';
import { authorize } from '../../core/policies/policy.ts';
import { recordAudit } from '../../db/repositories/auditRepository.ts';
import { saveSettingsData } from '../../db/repositories/contributionRepository.ts';
import { findSite } from '../../db/repositories/siteRepository.ts';
import { competitionScope } from '../contributions/contributionSettings.ts';
import { type CommandContext, nowIso } from '../context.ts';

export async function saveCompetitionFormula(ctx: CommandContext, input: { siteId: number; year: number; form: Form }): Promise<void> {
  const site = await findSite(ctx.db, input.siteId);
  if (!site) throw new NotFoundError();
  authorize(ctx.actor, 'competition.configure', { id: site.id, parentId: site.parent_id });
  if (!Number.isInteger(input.year) || input.year < 2000 || input.year > 2100) throw new ValidationError({ nam: 'Năm không hợp lệ.' });
  const result = validateFormulaForm(input.form);
  if (!result.ok) throw new ValidationError(result.errors);
  const at = nowIso(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const id = await saveSettingsData(trx, { siteId: site.id, scope: competitionScope(input.year), data: result.value, actorId: ctx.actor.userId, at });
    await recordAudit(trx, {
      siteId: site.id, actorId: ctx.actor.userId, action: 'competition.formulaUpdated', subjectType: 'competition', subjectId: id,
      data: { year: input.year, quotaPoints: result.value.quotaPoints, compliancePoints: result.value.compliancePoints }, at,
    });
  });
}
