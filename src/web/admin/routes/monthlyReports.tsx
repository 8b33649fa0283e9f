/** The monthly report in the admin (report.run): history, generate or regenerate a closed month, download the files. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { loadContributionSettings } from '../../../commands/contributions/contributionSettings.ts';
import { generateMonthlyReport } from '../../../commands/contributions/generateMonthlyReport.ts';
import { isClosed, periodLabel } from '../../../core/contributions/periods.ts';
import { NotFoundError, ValidationError } from '../../../core/errors.ts';
import { findReport, listReports } from '../../../db/repositories/contributionRepository.ts';
import { recentPeriods } from '../../../reports/quotaProgress.ts';
import { readReportFile } from '../../../reports/reportFiles.ts';
import { DOCX_MIME, XLSX_MIME } from '../../../reports/render/xlsxSupport.ts';
import { adminFrame, redirectWithFlash } from '../frame.ts';
import { commandContext, idParam, readForm, sendPage } from '../formSupport.ts';
import { ReportsPage } from '../views/ReportViews.tsx';

type SiteParams = { Params: { siteId: string } };

export async function monthlyReportRoutes(app: FastifyInstance): Promise<void> {
  const ctx = app.ctx;
  const config = { permission: 'report.run' as const };

  async function page(req: FastifyRequest, reply: FastifyReply, siteId: number, form = { ky: '' }, errors: Record<string, string> = {}, status = 200) {
    const frame = await adminFrame(ctx, req, reply, siteId);
    const site = frame.site!;
    const settings = await loadContributionSettings(ctx.db, site);
    const now = ctx.clock.now();
    const reports = await listReports(ctx.db, site.id);
    const ids = [...new Set(reports.map((r) => r.generated_by).filter((x): x is number => x !== null))];
    const users = ids.length ? await ctx.db.selectFrom('users').select(['id', 'full_name']).where('id', 'in', ids).execute() : [];
    return sendPage(reply, <ReportsPage frame={frame} site={site} reports={reports} closed={recentPeriods(settings.reportDay, now).filter((p) => isClosed(p, now))}
      names={new Map(users.map((u) => [u.id, u.full_name]))} form={form} errors={errors} reportDay={settings.reportDay} />, status);
  }

  app.get<SiteParams>('/cong/:siteId/bao-cao-thang', { config }, async (req, reply) => page(req, reply, idParam(req.params.siteId)));

  app.post<SiteParams>('/cong/:siteId/bao-cao-thang', { config }, async (req, reply) => {
    const siteId = idParam(req.params.siteId);
    const form = readForm(req.body, ['ky'] as const);
    try {
      const r = await generateMonthlyReport(commandContext(ctx, req), { siteId, periodKey: form.ky, dataDir: ctx.config.dataDir });
      return redirectWithFlash(reply, `/quan-tri/cong/${siteId}/bao-cao-thang`,
        `Đã lập báo cáo kỳ ${periodLabel({ startDate: r.period_start, endDate: r.period_end })}, phiên bản ${r.version}.`);
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      return page(req, reply, siteId, form, err.fieldErrors, 422);
    }
  });

  app.get<{ Params: { siteId: string; reportId: string; format: string } }>('/cong/:siteId/bao-cao-thang/:reportId/:format', { config }, async (req, reply) => {
    const siteId = idParam(req.params.siteId);
    const format = req.params.format;
    if (format !== 'docx' && format !== 'xlsx') throw new NotFoundError();
    const report = await findReport(ctx.db, siteId, idParam(req.params.reportId));
    if (!report) throw new NotFoundError('Không tìm thấy báo cáo này.');
    const key = format === 'docx' ? report.docx_key : report.xlsx_key;
    const bytes = await readReportFile(ctx.config.dataDir, key);
    if (!bytes) throw new NotFoundError('Không tìm thấy tệp của báo cáo trong thư mục dữ liệu.');
    const name = key.split('/').at(-1)!;
    return reply.type(format === 'docx' ? DOCX_MIME : XLSX_MIME).header('content-disposition', `attachment; filename="${name}"`)
      .header('cache-control', 'private, no-store').send(bytes);
  });
}
