/**
 * Produces the monthly report of a site for a closed period (regulations.md CITY-WF-05): computes the figures,
 * writes the DOCX (Decree 30/2020 format) and the XLSX under DATA_DIR/reports, and records a new version in the
 * insert-only history with an audit event, in one transaction. The job on the report day and oversight's
 * "regenerate" both come here; a regeneration keeps the period's number and document date (the report day)
 * and adds a version.
 */
import type { Kysely } from 'kysely';
import { isClosed, isPeriodKey, periodOf, periodLabel } from '../../core/contributions/periods.ts';
import { NotFoundError, ValidationError } from '../../core/errors.ts';
import { authorize } from '../../core/policies/policy.ts';
import type { Clock } from '../../core/types.ts';
import { recordAudit } from '../../db/repositories/auditRepository.ts';
import { insertReport, latestReportOf, maxReportNumber } from '../../db/repositories/contributionRepository.ts';
import { findSite } from '../../db/repositories/siteRepository.ts';
import type { ContributionReportRow, DB } from '../../db/schema.ts';
import { buildMonthlyReport } from '../../reports/monthlyReport.ts';
import { renderMonthlyReportXlsx } from '../../reports/render/monthlyReportXlsx.ts';
import { monthlyReportKey, removeReportFile, writeReportFile } from '../../reports/reportFiles.ts';
import type { CommandContext } from '../context.ts';
import { loadContributionSettings, loadQuotaRules } from './contributionSettings.ts';

export interface ProduceReportInput {
  siteId: number;
  periodKey: string;
  trigger: 'scheduled' | 'manual' | 'demo';
  actorId: number | null;
  dataDir: string;
}

/** The figures stored with each report row (what the history page lists without opening the files). */
export interface ReportSummary {
  submitted: number;
  leaderApproved: number;
  published: number;
  withPhoto: number;
  refused: number;
  unitsWithQuota: number;
  unitsMet: number;
  missed: string[];
  previousPublished: number;
}

/** Without authorization: the job and the demo call it; generateMonthlyReport() is the use case with a person. */
export async function produceMonthlyReport(db: Kysely<DB>, clock: Clock, input: ProduceReportInput): Promise<ContributionReportRow> {
  const site = await findSite(db, input.siteId);
  if (!site) throw new NotFoundError();
  const settings = await loadContributionSettings(db, site);
  const period = periodOf(input.periodKey, settings.reportDay);
  const model = await buildMonthlyReport(db, { site, period, settings, rules: await loadQuotaRules(db, site.id) });
  const now = clock.now();
  // The DOCX renderer loads the docx package: only when a report is made (ADR 0013).
  const { renderMonthlyReportDocx } = await import('../../reports/render/monthlyReportDocx.ts');
  for (let attempt = 0; ; attempt++) {
    const previous = await latestReportOf(db, site.id, period.key);
    const version = (previous?.version ?? 0) + 1;
    const documentDate = period.endDate;
    const number = settings.document.numbering === 'blank' ? null
      : previous?.number ?? (await maxReportNumber(db, site.id, Number(documentDate.slice(0, 4)))) + 1;
    const info = { number, documentDate, document: settings.document };
    const [docx, xlsx] = await Promise.all([renderMonthlyReportDocx(model, info), renderMonthlyReportXlsx(model, now)]);
    const docxKey = monthlyReportKey(site.id, period.key, version, 'docx');
    const xlsxKey = monthlyReportKey(site.id, period.key, version, 'xlsx');
    await writeReportFile(input.dataDir, docxKey, docx);
    await writeReportFile(input.dataDir, xlsxKey, xlsx);
    const summary: ReportSummary = {
      submitted: model.totals.submitted, leaderApproved: model.totals.leaderApproved, published: model.totals.published, withPhoto: model.totals.withPhoto,
      refused: model.totals.refused, unitsWithQuota: model.unitsWithQuota, unitsMet: model.unitsMet, missed: model.missed.map((u) => u.name),
      previousPublished: model.previousTotals.published,
    };
    try {
      return await db.transaction().execute(async (trx) => {
        const at = now.toISOString();
        const id = await insertReport(trx, {
          site_id: site.id, period_key: period.key, period_start: period.startDate, period_end: period.endDate, version, number,
          symbol: settings.document.symbol, document_date: documentDate, trigger: input.trigger, summary: JSON.stringify(summary),
          docx_key: docxKey, xlsx_key: xlsxKey, docx_bytes: docx.length, xlsx_bytes: xlsx.length, generated_by: input.actorId, created_at: at,
        });
        await recordAudit(trx, {
          siteId: site.id, actorId: input.actorId, action: version === 1 ? 'report.generated' : 'report.regenerated', subjectType: 'report', subjectId: id,
          data: { period: period.key, version, trigger: input.trigger }, at,
        });
        return (await trx.selectFrom('contribution_reports').selectAll().where('id', '=', id).executeTakeFirstOrThrow());
      });
    } catch (err) {
      // CASE: another process wrote the same version first (unique site/period/version): our files go, try the next version.
      await removeReportFile(input.dataDir, docxKey);
      await removeReportFile(input.dataDir, xlsxKey);
      const clash = await latestReportOf(db, site.id, period.key);
      if (attempt >= 2 || !clash || clash.version < version) throw err;
    }
  }
}

/**
 * Oversight (or the editor-in-chief) generates or regenerates the report of a closed period.
 * @throws ForbiddenError without report.run on the site; ValidationError (field `ky`) for a period not yet closed.
 */
export async function generateMonthlyReport(ctx: CommandContext, input: { siteId: number; periodKey: string; dataDir: string }): Promise<ContributionReportRow> {
  const site = await findSite(ctx.db, input.siteId);
  if (!site) throw new NotFoundError();
  authorize(ctx.actor, 'report.run', { id: site.id, parentId: site.parent_id });
  if (!isPeriodKey(input.periodKey)) throw new ValidationError({ ky: 'Vui lòng chọn tháng báo cáo.' });
  const settings = await loadContributionSettings(ctx.db, site);
  const period = periodOf(input.periodKey, settings.reportDay);
  if (!isClosed(period, ctx.clock.now())) {
    throw new ValidationError({ ky: `Kỳ ${periodLabel(period)} chưa kết thúc; báo cáo được lập sau ngày ${period.endDate.split('-').reverse().join('/')}.` });
  }
  return produceMonthlyReport(ctx.db, ctx.clock, { siteId: site.id, periodKey: period.key, trigger: 'manual', actorId: ctx.actor.userId, dataDir: input.dataDir });
}
