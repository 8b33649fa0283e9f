/**
 * Saves a site's quality-gate configuration into its settings JSON (key `qualityGate`), keeping every
 * other setting. site.settings on that site; audited.
 */
import { type QualityGateForm, validateQualityGateForm } from '../../core/content/qualityGate.ts';
import { NotFoundError, ValidationError } from '../../core/errors.ts';
import { authorize } from '../../core/policies/policy.ts';
import { recordAudit } from '../../db/repositories/auditRepository.ts';
import { findSite, updateSite } from '../../db/repositories/siteRepository.ts';
import { type CommandContext, nowIso } from '../context.ts';

/** @throws NotFoundError; ForbiddenError without site.settings; ValidationError with field-keyed messages. */
export async function updateQualityGate(ctx: CommandContext, input: { siteId: number; form: QualityGateForm }): Promise<void> {
  const site = await findSite(ctx.db, input.siteId);
  if (!site) throw new NotFoundError();
  authorize(ctx.actor, 'site.settings', { id: site.id, parentId: site.parent_id });
  const result = validateQualityGateForm(input.form);
  if (!result.ok) throw new ValidationError(result.errors);
  const at = nowIso(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const fresh = (await findSite(trx, site.id))!;
    let settings: Record<string, unknown>;
    try {
      settings = JSON.parse(fresh.settings || '{}') as Record<string, unknown>;
    } catch {
      settings = {};
    }
    settings.qualityGate = result.value;
    await updateSite(trx, site.id, { settings: JSON.stringify(settings), updated_at: at });
    await recordAudit(trx, {
      siteId: site.id, actorId: ctx.actor.userId, action: 'site.qualityGateUpdated', subjectType: 'site', subjectId: site.id,
      data: { qualityGate: result.value }, at,
    });
  });
}
