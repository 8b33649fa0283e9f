/**
 * The compliance audit in the admin: a site's score, gaps (each with its legal basis and the page where it is
 * fixed) and history; audit on demand; Excel export; the city's league table of its wards; the city's
 * adjustments of the rule pack.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { evaluateSite, runComplianceAudit } from '../../../commands/compliance/auditSite.ts';
import { effectivePack, ownPackChoice } from '../../../commands/compliance/complianceSettings.ts';
import { addCustomRule, removeCustomRule, saveComplianceAdjustments, setCompliancePack } from '../../../commands/compliance/configureCompliance.ts';
import { formatScore } from '../../../core/compliance/evaluate.ts';
import { RULE_PACKS } from '../../../core/compliance/packs/index.ts';
import type { AuditResult } from '../../../core/compliance/types.ts';
import { NotFoundError, ValidationError } from '../../../core/errors.ts';
import { can } from '../../../core/policies/policy.ts';
import { latestComplianceRun, listRunSummaries } from '../../../db/repositories/complianceRepository.ts';
import type { SiteRow } from '../../../db/schema.ts';
import { LEAGUE_SORTS, type LeagueSort, type SortDir, buildLeague, sortLeague } from '../complianceLeague.ts';
import { XLSX_MIME, leagueWorkbook, siteComplianceWorkbook } from '../complianceWorkbook.ts';
import { adminFrame, redirectWithFlash } from '../frame.ts';
import { commandContext, idParam, readForm, sendPage } from '../formSupport.ts';
import { AdjustmentsPage, CUSTOM_RULE_FIELDS, CompliancePage, LeagueTablePage } from '../views/ComplianceViews.tsx';

type SiteParams = { Params: { siteId: string } };
const YEAR_MS = 365 * 86_400_000;

export async function complianceAdminRoutes(app: FastifyInstance): Promise<void> {
  const ctx = app.ctx;

  async function current(site: SiteRow): Promise<{ result: AuditResult; auditedAt: string | null }> {
    const run = await latestComplianceRun(ctx.db, site.id);
    if (run) return { result: JSON.parse(run.result) as AuditResult, auditedAt: run.created_at };
    return { result: await evaluateSite(ctx.db, site.id, ctx.clock.now().toISOString()), auditedAt: null };
  }

  const since = () => new Date(ctx.clock.now().getTime() - YEAR_MS).toISOString();

  app.get<SiteParams>('/cong/:siteId/tuan-thu', { config: { permission: 'compliance.read' } }, async (req, reply) => {
    const frame = await adminFrame(ctx, req, reply, idParam(req.params.siteId));
    const site = frame.site!;
    const facts = { id: site.id, parentId: site.parent_id };
    const { result, auditedAt } = await current(site);
    const { source } = await effectivePack(ctx.db, site);
    return sendPage(reply, <CompliancePage frame={frame} site={site} model={{
      result, auditedAt, history: (await listRunSummaries(ctx.db, [site.id], since())).slice(0, 60), packs: RULE_PACKS,
      ownPack: ownPackChoice(site) ?? '', packSource: source, canRun: can(frame.actor, 'compliance.run', facts),
      canConfigure: can(frame.actor, 'compliance.configure', facts), canLeague: site.parent_id === null && can(frame.actor, 'oversight.read', facts),
    }} />);
  });

  app.post<SiteParams>('/cong/:siteId/tuan-thu/cham-diem', { config: { permission: 'compliance.run' } }, async (req, reply) => {
    const siteId = idParam(req.params.siteId);
    const { result } = await runComplianceAudit(commandContext(ctx, req), { siteId });
    return redirectWithFlash(reply, `/quan-tri/cong/${siteId}/tuan-thu`, `Đã chấm điểm: ${formatScore(result.score, result.maxScore)} điểm (${result.percent}%).`);
  });

  app.post<SiteParams>('/cong/:siteId/tuan-thu/bo-quy-tac', { config: { permission: 'compliance.configure' } }, async (req, reply) => {
    const siteId = idParam(req.params.siteId);
    await setCompliancePack(commandContext(ctx, req), { siteId, packId: readForm(req.body, ['packId'] as const).packId });
    await ctx.directory.reload();
    return redirectWithFlash(reply, `/quan-tri/cong/${siteId}/tuan-thu`, 'Đã lưu bộ quy tắc áp dụng; điểm mới được tính từ lần chấm tiếp theo.');
  });

  app.get<SiteParams>('/cong/:siteId/tuan-thu/bao-cao.xlsx', { config: { permission: 'compliance.read' } }, async (req, reply) => {
    const site = ctx.directory.byId(idParam(req.params.siteId))!;
    const { result, auditedAt } = await current(site);
    const body = await siteComplianceWorkbook(site, result, auditedAt, await listRunSummaries(ctx.db, [site.id], since()));
    return reply.type(XLSX_MIME).header('content-disposition', `attachment; filename="tuan-thu-${site.slug}.xlsx"`).send(body);
  });

  async function league(req: FastifyRequest<{ Params: { siteId: string }; Querystring: { 'sap-xep'?: string; chieu?: string } }>) {
    const city = ctx.directory.byId(idParam(req.params.siteId))!;
    if (city.parent_id !== null) throw new NotFoundError('Bảng xếp hạng chỉ có ở cổng cấp thành phố, tỉnh.');
    const sites = [city, ...ctx.directory.children(city.id)];
    const sort = (LEAGUE_SORTS as readonly string[]).includes(req.query['sap-xep'] ?? '') ? (req.query['sap-xep'] as LeagueSort) : 'diem';
    const dir: SortDir = req.query.chieu === 'tang' ? 'tang' : 'giam';
    const rows = sortLeague(buildLeague(sites, await listRunSummaries(ctx.db, sites.map((s) => s.id), since())), sort, dir);
    return { city, rows, sort, dir };
  }

  type LeagueReq = { Params: { siteId: string }; Querystring: { 'sap-xep'?: string; chieu?: string } };
  app.get<LeagueReq>('/cong/:siteId/tuan-thu/bang-xep-hang', { config: { permission: 'oversight.read' } }, async (req, reply) => {
    const frame = await adminFrame(ctx, req, reply, idParam(req.params.siteId));
    const { city, rows, sort, dir } = await league(req);
    return sendPage(reply, <LeagueTablePage frame={frame} site={city} rows={rows} sort={sort} dir={dir} />);
  });

  app.get<LeagueReq>('/cong/:siteId/tuan-thu/bang-xep-hang.xlsx', { config: { permission: 'oversight.read' } }, async (req, reply) => {
    const { city, rows } = await league(req);
    const body = await leagueWorkbook(city, rows, ctx.clock.now().toISOString());
    return reply.type(XLSX_MIME).header('content-disposition', `attachment; filename="bang-xep-hang-tuan-thu-${city.slug}.xlsx"`).send(body);
  });

  async function renderAdjustments(req: FastifyRequest, reply: FastifyReply, siteId: number, opts: {
    weights?: Record<string, string>; offDays?: string; workDays?: string; errors?: Record<string, string>; rule?: Record<string, string>; ruleErrors?: Record<string, string>; status?: number;
  }) {
    const frame = await adminFrame(ctx, req, reply, siteId);
    const site = frame.site!;
    if (site.parent_id !== null) throw new NotFoundError('Chỉ cổng cấp thành phố, tỉnh điều chỉnh bộ quy tắc.');
    const { pack, overrides } = await effectivePack(ctx.db, site);
    const lines = (days: readonly { date: string; name: string }[]) => days.map((d) => `${d.date} ${d.name}`).join('\n');
    return sendPage(reply, <AdjustmentsPage frame={frame} site={site} pack={pack}
      weights={opts.weights ?? Object.fromEntries(pack.rules.map((r) => [r.id, String(r.weight).replace('.', ',')]))}
      offDays={opts.offDays ?? lines(overrides.calendar.offDays)} workDays={opts.workDays ?? lines(overrides.calendar.workDays)}
      errors={opts.errors ?? {}} rule={opts.rule ?? {}} ruleErrors={opts.ruleErrors ?? {}} customRules={overrides.extraRules} />, opts.status ?? 200);
  }

  app.get<SiteParams>('/cong/:siteId/tuan-thu/dieu-chinh', { config: { permission: 'compliance.configure' } }, async (req, reply) =>
    renderAdjustments(req, reply, idParam(req.params.siteId), {}));

  app.post<SiteParams>('/cong/:siteId/tuan-thu/dieu-chinh', { config: { permission: 'compliance.configure' } }, async (req, reply) => {
    const siteId = idParam(req.params.siteId);
    const body = (req.body ?? {}) as Record<string, unknown>;
    const weights: Record<string, string> = {};
    for (const [k, v] of Object.entries(body)) if (k.startsWith('w_') && typeof v === 'string') weights[k.slice(2)] = v;
    const { offDays, workDays } = readForm(req.body, ['offDays', 'workDays'] as const);
    try {
      await saveComplianceAdjustments(commandContext(ctx, req), { siteId, weights, offDays, workDays });
      return redirectWithFlash(reply, `/quan-tri/cong/${siteId}/tuan-thu/dieu-chinh`, 'Đã lưu điều chỉnh bộ quy tắc.');
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      return renderAdjustments(req, reply, siteId, { weights, offDays, workDays, errors: err.fieldErrors, status: 422 });
    }
  });

  app.post<SiteParams>('/cong/:siteId/tuan-thu/quy-tac-rieng', { config: { permission: 'compliance.configure' } }, async (req, reply) => {
    const siteId = idParam(req.params.siteId);
    const rule = readForm(req.body, CUSTOM_RULE_FIELDS);
    const raw = (req.body ?? {}) as Record<string, unknown>;
    const levels = Array.isArray(raw.levels) ? raw.levels.filter((v): v is string => typeof v === 'string') : typeof raw.levels === 'string' ? [raw.levels] : [];
    try {
      const { ruleId } = await addCustomRule(commandContext(ctx, req), { ...rule, levels, siteId });
      return redirectWithFlash(reply, `/quan-tri/cong/${siteId}/tuan-thu/dieu-chinh`, `Đã thêm quy tắc ${ruleId}.`);
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      return renderAdjustments(req, reply, siteId, { rule: { ...rule, levels: levels.join(',') }, ruleErrors: err.fieldErrors, status: 422 });
    }
  });

  app.post<{ Params: { siteId: string; ruleId: string } }>('/cong/:siteId/tuan-thu/quy-tac-rieng/:ruleId/xoa', { config: { permission: 'compliance.configure' } }, async (req, reply) => {
    const siteId = idParam(req.params.siteId);
    await removeCustomRule(commandContext(ctx, req), { siteId, ruleId: req.params.ruleId });
    return redirectWithFlash(reply, `/quan-tri/cong/${siteId}/tuan-thu/dieu-chinh`, `Đã xóa quy tắc ${req.params.ruleId}.`);
  });
}
