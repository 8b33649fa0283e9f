/**
 * The editor-in-chief sets the site's quota and report settings: report day, reminders, what counts, the
 * default quota per unit kind, the report's heading and signature. Stored whole (scope 'quota') with an audit
 * event in one transaction; the site's report and reminder jobs are planned again for the new dates.
 */
import { type Form, validateSettingsForm } from '../../core/contributions/settingsForms.ts';
import { NotFoundError, ValidationError } from '../../core/errors.ts';
import { authorize } from '../../core/policies/policy.ts';
import { recordAudit } from '../../db/repositories/auditRepository.ts';
import { saveSettingsData } from '../../db/repositories/contributionRepository.ts';
import { findSite } from '../../db/repositories/siteRepository.ts';
import { type CommandContext, nowIso } from '../context.ts';
import { QUOTA_SCOPE } from './contributionSettings.ts';
import { planSite } from './planContributionJobs.ts';

export async function saveContributionSettings(ctx: CommandContext, input: { siteId: number; form: Form }): Promise<void> {
  const site = await findSite(ctx.db, input.siteId);
  if (!site) throw new NotFoundError();
  authorize(ctx.actor, 'quota.manage', { id: site.id, parentId: site.parent_id });
  const result = validateSettingsForm(input.form);
  if (!result.ok) throw new ValidationError(result.errors);
  const at = nowIso(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const id = await saveSettingsData(trx, { siteId: site.id, scope: QUOTA_SCOPE, data: result.value, actorId: ctx.actor.userId, at });
    await recordAudit(trx, {
      siteId: site.id, actorId: ctx.actor.userId, action: 'quota.settingsUpdated', subjectType: 'quota', subjectId: id,
      data: { reportDay: result.value.reportDay, reminderDaysBefore: result.value.reminderDaysBefore, countRefused: result.value.countRefused }, at,
    });
  });
  await planSite(ctx.db, ctx.clock, site.id);
}
