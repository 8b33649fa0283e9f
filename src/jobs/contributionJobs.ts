/**
 * Scheduled work of the contribution oversight (ADR 0008). Three job kinds:
 * - `contributions.plan` runs every day at 00:10 portal time: for every site it makes sure the report job of
 *   the open period and its reminder job exist (unique keys make this idempotent), then plans the next day;
 * - `contributions.report` produces a site's monthly report when its period closes (00:00 portal time after the
 *   report day, i.e. at the end of the 25th); it re-reads the settings and skips a period that no longer exists
 *   (the report day was changed) or already has a report;
 * - `contributions.remind` reminds the units behind their quota, N days before the report day.
 * A changed report day or reminder setting takes effect at the next plan (saving the settings plans at once).
 */
import type { Kysely } from 'kysely';
import { loadContributionSettings } from '../commands/contributions/contributionSettings.ts';
import { effectivePack } from '../commands/compliance/complianceSettings.ts';
import { produceMonthlyReport } from '../commands/contributions/generateMonthlyReport.ts';
import { PLAN_JOB, REMIND_JOB, REPORT_JOB, planSite } from '../commands/contributions/planContributionJobs.ts';
import { sendQuotaReminders } from '../commands/contributions/sendQuotaReminders.ts';
import { addDays, portalDateOf } from '../core/calendar/workingDays.ts';
import { isPeriodKey, periodOf, portalTimeIso, reminderDate } from '../core/contributions/periods.ts';
import type { Clock } from '../core/types.ts';
import { latestReportOf } from '../db/repositories/contributionRepository.ts';
import { findSite, listSites } from '../db/repositories/siteRepository.ts';
import type { DB, JobRow } from '../db/schema.ts';
import { enqueueJob } from './jobQueue.ts';
import type { JobContext, JobRunner } from './runner.ts';

export { PLAN_JOB, REMIND_JOB, REPORT_JOB, planSite };

function payloadOf(job: JobRow): Record<string, unknown> {
  try {
    const v: unknown = JSON.parse(job.payload);
    return v && typeof v === 'object' ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** Plans every site now and the next daily plan (idempotent); the server calls it at start-up. */
export async function scheduleContributionJobs(db: Kysely<DB>, clock: Clock): Promise<void> {
  const now = clock.now();
  for (const s of await listSites(db)) await planSite(db, clock, s.id);
  const tomorrow = addDays(portalDateOf(now), 1);
  const runAt = new Date(Date.parse(portalTimeIso(tomorrow, 0)) + 10 * 60_000).toISOString();
  await enqueueJob(db, { kind: PLAN_JOB, runAt, uniqueKey: `contrib:plan:${tomorrow}`, payload: { date: tomorrow } }, now.toISOString());
}

async function plan(_job: JobRow, ctx: JobContext): Promise<string> {
  await scheduleContributionJobs(ctx.db, ctx.clock);
  return 'Đã lên lịch báo cáo và nhắc chỉ tiêu của các cổng';
}

function reportHandler(dataDir: string) {
  return async (job: JobRow, ctx: JobContext): Promise<string> => {
    const key = String(payloadOf(job).period ?? '');
    if (job.site_id === null || !isPeriodKey(key)) throw new Error('Công việc báo cáo thiếu cổng hoặc kỳ');
    const site = await findSite(ctx.db, job.site_id);
    // CASE: the site was removed since the job was queued.
    if (!site) return 'Cổng không còn tồn tại';
    const settings = await loadContributionSettings(ctx.db, site);
    // CASE: the report day changed after this job was planned; the new period has its own job. (Compared with the
    // planned end, not run_at, which moves when a failed attempt is retried.)
    if (periodOf(key, settings.reportDay).endIso !== String(payloadOf(job).end ?? job.run_at)) return `Ngày báo cáo đã thay đổi; bỏ qua kỳ ${key} theo lịch cũ`;
    if (await latestReportOf(ctx.db, site.id, key)) return `Kỳ ${key} đã có báo cáo`;
    const report = await produceMonthlyReport(ctx.db, ctx.clock, { siteId: site.id, periodKey: key, trigger: 'scheduled', actorId: null, dataDir });
    await planSite(ctx.db, ctx.clock, site.id);
    return `Báo cáo kỳ ${key}, phiên bản ${report.version}`;
  };
}

async function remind(job: JobRow, ctx: JobContext): Promise<string> {
  const key = String(payloadOf(job).period ?? '');
  if (job.site_id === null || !isPeriodKey(key)) throw new Error('Công việc nhắc chỉ tiêu thiếu cổng hoặc kỳ');
  const site = await findSite(ctx.db, job.site_id);
  if (!site) return 'Cổng không còn tồn tại';
  const settings = await loadContributionSettings(ctx.db, site);
  // CASE: reminders were switched off, or the period is already over.
  if (settings.reminderDaysBefore === 0) return 'Đã tắt nhắc chỉ tiêu';
  const period = periodOf(key, settings.reportDay);
  if (ctx.clock.now().toISOString() >= period.endIso) return `Kỳ ${key} đã kết thúc`;
  // CASE: the reminder setting changed after this job was planned; the job of the new date reminds instead.
  const { calendar } = await effectivePack(ctx.db, site);
  if (payloadOf(job).date !== reminderDate(period, settings.reminderDaysBefore, settings.reminderDayKind, calendar)) return 'Lịch nhắc đã thay đổi';
  const r = await sendQuotaReminders(ctx.db, ctx.clock, { siteId: site.id, periodKey: key });
  return `${r.unitsBehind} đơn vị chưa đạt chỉ tiêu, ${r.people} người được nhắc`;
}

export function registerContributionJobs(runner: JobRunner, deps: { dataDir: string }): JobRunner {
  return runner.register(PLAN_JOB, plan).register(REPORT_JOB, reportHandler(deps.dataDir)).register(REMIND_JOB, remind);
}
