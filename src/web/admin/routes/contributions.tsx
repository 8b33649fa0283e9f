/**
 * Contribution quotas in the admin: live progress (quota.read; a unit role sees its own units), the settings of
 * quotas and of the monthly report with quota rules (quota.manage). Routes only translate HTTP ↔ commands.
 */
import type { FastifyInstance } from 'fastify';
import { loadContributionSettings } from '../../../commands/contributions/contributionSettings.ts';
import { addQuotaRule, removeQuotaRule } from '../../../commands/contributions/quotaRules.ts';
import { saveContributionSettings } from '../../../commands/contributions/saveContributionSettings.ts';
import { ownUnitIds } from '../../../core/content/contentAccess.ts';
import { RULE_FIELDS, SETTINGS_FIELDS, settingsToForm } from '../../../core/contributions/settingsForms.ts';
import { ValidationError } from '../../../core/errors.ts';
import { type Actor, type SiteFacts, can } from '../../../core/policies/policy.ts';
import { listQuotaRules } from '../../../db/repositories/contributionRepository.ts';
import { listUnits } from '../../../db/repositories/unitRepository.ts';
import type { SiteRow } from '../../../db/schema.ts';
import { buildProgress, recentPeriods, wardSummaries } from '../../../reports/quotaProgress.ts';
import type { AppContext } from '../../appContext.ts';
import { adminFrame, redirectWithFlash } from '../frame.ts';
import { commandContext, idParam, readForm, sendPage } from '../formSupport.ts';
import { type ContributionLinks, ProgressPage, ProgressPanel, SettingsPage } from '../views/ContributionViews.tsx';

type SiteParams = { Params: { siteId: string } };

export function facts(site: SiteRow): SiteFacts {
  return { id: site.id, parentId: site.parent_id };
}

/** null: every unit of the site (board, oversight); otherwise the actor's own units. */
export function unitScope(actor: Actor, site: SiteRow): number[] | null {
  const f = facts(site);
  return can(actor, 'content.publish', f) || can(actor, 'oversight.read', f) ? null : ownUnitIds(actor, f);
}

export function contributionLinks(actor: Actor, site: SiteRow): ContributionLinks {
  const f = facts(site);
  return {
    settings: can(actor, 'quota.manage', f), reports: can(actor, 'report.run', f), royaltiesAssess: can(actor, 'royalty.assess', f),
    royaltiesPay: can(actor, 'royalty.manage', f), competition: can(actor, 'report.run', f),
  };
}

/** The wards of a city, for the people who oversee them (oversight on the city, or the platform administrator). */
export async function overseenWards(ctx: AppContext, actor: Actor, site: SiteRow): Promise<SiteRow[]> {
  await ctx.directory.fresh();
  return ctx.directory.all().filter((s) => s.parent_id === site.id && can(actor, 'oversight.read', facts(s)));
}

export async function contributionRoutes(app: FastifyInstance): Promise<void> {
  const ctx = app.ctx;

  app.get<SiteParams & { Querystring: { ky?: string } }>('/cong/:siteId/chi-tieu', { config: { permission: 'quota.read' } }, async (req, reply) => {
    const frame = await adminFrame(ctx, req, reply, idParam(req.params.siteId));
    const site = frame.site!;
    const scope = unitScope(frame.actor, site);
    const now = ctx.clock.now();
    const progress = await buildProgress(ctx.db, { site, now, periodKey: req.query.ky, unitIds: scope });
    const wards = scope === null ? await overseenWards(ctx, frame.actor, site) : [];
    return sendPage(reply, <ProgressPage frame={frame} site={site} progress={progress} periods={recentPeriods(progress.settings.reportDay, now)}
      scoped={scope !== null} wards={wards.length ? await wardSummaries(ctx.db, wards, now) : null} links={contributionLinks(frame.actor, site)} />);
  });

  async function settingsPage(req: Parameters<typeof adminFrame>[1], reply: Parameters<typeof adminFrame>[2], siteId: number, over: {
    form?: Record<string, string>; errors?: Record<string, string>; ruleForm?: Record<string, string>; ruleErrors?: Record<string, string>;
  }, status = 200) {
    const frame = await adminFrame(ctx, req, reply, siteId);
    const site = frame.site!;
    const form = over.form ?? settingsToForm(await loadContributionSettings(ctx.db, site));
    return sendPage(reply, <SettingsPage frame={frame} site={site} form={form} errors={over.errors ?? {}} rules={await listQuotaRules(ctx.db, site.id)}
      units={await listUnits(ctx.db, site.id)} ruleForm={over.ruleForm ?? { require_photo: '1' }} ruleErrors={over.ruleErrors ?? {}} />, status);
  }

  app.get<SiteParams>('/cong/:siteId/chi-tieu/cai-dat', { config: { permission: 'quota.manage' } }, async (req, reply) =>
    settingsPage(req, reply, idParam(req.params.siteId), {}));

  app.post<SiteParams>('/cong/:siteId/chi-tieu/cai-dat', { config: { permission: 'quota.manage' } }, async (req, reply) => {
    const siteId = idParam(req.params.siteId);
    const form = readForm(req.body, SETTINGS_FIELDS);
    try {
      await saveContributionSettings(commandContext(ctx, req), { siteId, form });
      return redirectWithFlash(reply, `/quan-tri/cong/${siteId}/chi-tieu/cai-dat`, 'Đã lưu cài đặt chỉ tiêu và báo cáo tháng; lịch báo cáo và nhắc hạn đã được cập nhật.');
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      return settingsPage(req, reply, siteId, { form, errors: err.fieldErrors }, 422);
    }
  });

  app.post<SiteParams>('/cong/:siteId/chi-tieu/dinh-muc', { config: { permission: 'quota.manage' } }, async (req, reply) => {
    const siteId = idParam(req.params.siteId);
    const form = readForm(req.body, RULE_FIELDS);
    try {
      await addQuotaRule(commandContext(ctx, req), { siteId, form });
      return redirectWithFlash(reply, `/quan-tri/cong/${siteId}/chi-tieu/cai-dat`, 'Đã thêm chỉ tiêu riêng.');
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      return settingsPage(req, reply, siteId, { ruleForm: form, ruleErrors: err.fieldErrors }, 422);
    }
  });

  app.post<{ Params: { siteId: string; ruleId: string } }>('/cong/:siteId/chi-tieu/dinh-muc/:ruleId/xoa', { config: { permission: 'quota.manage' } }, async (req, reply) => {
    const siteId = idParam(req.params.siteId);
    await removeQuotaRule(commandContext(ctx, req), { siteId, ruleId: idParam(req.params.ruleId) });
    return redirectWithFlash(reply, `/quan-tri/cong/${siteId}/chi-tieu/cai-dat`, 'Đã xóa chỉ tiêu riêng.');
  });
}

/** The progress block on a site's dashboard, for anyone who may read quotas there (their own units, or all). */
export async function quotaPanel(ctx: AppContext, actor: Actor, site: SiteRow) {
  if (!can(actor, 'quota.read', facts(site))) return null;
  const progress = await buildProgress(ctx.db, { site, now: ctx.clock.now(), unitIds: unitScope(actor, site) });
  return <ProgressPanel site={site} progress={progress} />;
}
