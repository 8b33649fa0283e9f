/** Competition (thi đua) scores in the admin: the ranked table of a year and its export (report.run), the formula (competition.configure). */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { saveCompetitionFormula } from '../../../commands/competition/saveCompetitionFormula.ts';
import { loadCompetitionFormula, loadContributionSettings, loadQuotaRules } from '../../../commands/contributions/contributionSettings.ts';
import { FORMULA_FIELDS, formulaToForm } from '../../../core/contributions/settingsForms.ts';
import { NotFoundError, ValidationError } from '../../../core/errors.ts';
import { can } from '../../../core/policies/policy.ts';
import type { SiteRow } from '../../../db/schema.ts';
import { buildCompetitionTable } from '../../../reports/competitionTable.ts';
import { renderCompetitionXlsx } from '../../../reports/render/competitionXlsx.ts';
import { XLSX_MIME } from '../../../reports/render/xlsxSupport.ts';
import type { AppContext } from '../../appContext.ts';
import { adminFrame, redirectWithFlash } from '../frame.ts';
import { commandContext, idParam, readForm, sendPage } from '../formSupport.ts';
import { CompetitionPage, FormulaPage } from '../views/CompetitionViews.tsx';
import { facts } from './contributions.tsx';

type YearParams = { Params: { siteId: string }; Querystring: { nam?: string } };

function yearOf(text: string | undefined, now: Date): number {
  const n = Number(text);
  return Number.isInteger(n) && n >= 2000 && n <= 2100 ? n : Number(new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 4));
}

async function tableOf(ctx: AppContext, site: SiteRow, year: number) {
  const inputs = async (s: SiteRow) => ({ site: s, settings: await loadContributionSettings(ctx.db, s), rules: await loadQuotaRules(ctx.db, s.id) });
  await ctx.directory.fresh();
  const wards = ctx.directory.all().filter((s) => s.parent_id === site.id);
  return buildCompetitionTable(ctx.db, {
    city: await inputs(site), wards: await Promise.all(wards.map(inputs)), year, formula: await loadCompetitionFormula(ctx.db, site, year), now: ctx.clock.now(),
  });
}

export async function competitionRoutes(app: FastifyInstance): Promise<void> {
  const ctx = app.ctx;

  app.get<YearParams>('/cong/:siteId/thi-dua', { config: { permission: 'report.run' } }, async (req, reply) => {
    const frame = await adminFrame(ctx, req, reply, idParam(req.params.siteId));
    const site = frame.site!;
    const now = ctx.clock.now();
    const year = yearOf(req.query.nam, now);
    const current = yearOf(undefined, now);
    return sendPage(reply, <CompetitionPage frame={frame} site={site} table={await tableOf(ctx, site, year)} years={[current + 1, current, current - 1, current - 2].filter((y) => y >= 2000)}
      canConfigure={can(frame.actor, 'competition.configure', facts(site))} />);
  });

  app.get<YearParams>('/cong/:siteId/thi-dua/tai', { config: { permission: 'report.run' } }, async (req, reply) => {
    await ctx.directory.fresh();
    const site = ctx.directory.byId(idParam(req.params.siteId));
    if (!site) throw new NotFoundError();
    const year = yearOf(req.query.nam, ctx.clock.now());
    const bytes = await renderCompetitionXlsx(await tableOf(ctx, site, year), { fullName: site.full_name }, ctx.clock.now());
    return reply.type(XLSX_MIME).header('content-disposition', `attachment; filename="thi-dua-${year}.xlsx"`).header('cache-control', 'private, no-store').send(bytes);
  });

  async function formulaPage(req: FastifyRequest, reply: FastifyReply, siteId: number, year: number, posted?: { form: Record<string, string>; errors: Record<string, string> }) {
    const frame = await adminFrame(ctx, req, reply, siteId);
    const site = frame.site!;
    return sendPage(reply, <FormulaPage frame={frame} site={site} year={year} form={posted?.form ?? formulaToForm(await loadCompetitionFormula(ctx.db, site, year))}
      errors={posted?.errors ?? {}} />, posted ? 422 : 200);
  }

  app.get<YearParams>('/cong/:siteId/thi-dua/cong-thuc', { config: { permission: 'competition.configure' } }, async (req, reply) =>
    formulaPage(req, reply, idParam(req.params.siteId), yearOf(req.query.nam, ctx.clock.now())));

  app.post<YearParams>('/cong/:siteId/thi-dua/cong-thuc', { config: { permission: 'competition.configure' } }, async (req, reply) => {
    const siteId = idParam(req.params.siteId);
    const year = yearOf(req.query.nam, ctx.clock.now());
    const form = readForm(req.body, FORMULA_FIELDS);
    try {
      await saveCompetitionFormula(commandContext(ctx, req), { siteId, year, form });
      return redirectWithFlash(reply, `/quan-tri/cong/${siteId}/thi-dua?nam=${year}`, `Đã lưu công thức điểm thi đua năm ${year}.`);
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      return formulaPage(req, reply, siteId, year, { form, errors: err.fieldErrors });
    }
  });
}
