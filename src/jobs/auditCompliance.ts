/**
 * The nightly compliance audit (ADR 0008, 0011). Two job kinds:
 * - `compliance.auditAll` runs once a night (unique key per night), enqueues one `compliance.audit` per site for
 *   that night and schedules the next night's sweep, so sites created during the day are audited too;
 * - `compliance.audit` audits one site (unique key per site and night) and schedules that site's next night.
 * Either enqueue of the same site and night is a no-op for the other. Audits run at 01:00 portal time.
 */
import type { Kysely } from 'kysely';
import { auditSite } from '../commands/compliance/auditSite.ts';
import { addDays, portalDateOf } from '../core/calendar/workingDays.ts';
import type { Clock } from '../core/types.ts';
import type { DB, JobRow } from '../db/schema.ts';
import { enqueueJob } from './jobQueue.ts';
import type { JobContext, JobRunner } from './runner.ts';

export const AUDIT_SITE_JOB = 'compliance.audit';
export const AUDIT_ALL_JOB = 'compliance.auditAll';
const NIGHTLY_HOUR_LOCAL = 1;

/** The portal date and UTC instant of the first 01:00 (portal time) strictly after `now`. */
export function nextNight(now: Date): { date: string; runAt: string } {
  let date = portalDateOf(now);
  for (;;) {
    const runAt = new Date(Date.parse(`${date}T00:00:00Z`) + (NIGHTLY_HOUR_LOCAL - 7) * 3_600_000);
    if (runAt.getTime() > now.getTime()) return { date, runAt: runAt.toISOString() };
    date = addDays(date, 1);
  }
}

export function siteAuditKey(siteId: number, date: string): string {
  return `audit:site:${siteId}:${date}`;
}

export async function enqueueSiteAudit(db: Kysely<DB>, siteId: number, night: { date: string; runAt: string }, nowIso: string): Promise<number | null> {
  return enqueueJob(db, { kind: AUDIT_SITE_JOB, siteId, runAt: night.runAt, uniqueKey: siteAuditKey(siteId, night.date), payload: { night: night.date } }, nowIso);
}

/** Makes sure tonight's sweep exists (idempotent); the server calls it at start-up. */
export async function scheduleNightlyAudits(db: Kysely<DB>, clock: Clock): Promise<void> {
  const now = clock.now();
  const night = nextNight(now);
  await enqueueJob(db, { kind: AUDIT_ALL_JOB, runAt: night.runAt, uniqueKey: `audit:all:${night.date}`, payload: { night: night.date } }, now.toISOString());
}

async function auditOneSite(job: JobRow, ctx: JobContext): Promise<string> {
  const now = ctx.clock.now();
  if (job.site_id === null) throw new Error('Công việc chấm điểm thiếu mã cổng');
  const site = await ctx.db.selectFrom('sites').select('id').where('id', '=', job.site_id).executeTakeFirst();
  // CASE: the site was removed since the job was queued; nothing to audit and nothing to schedule.
  if (!site) return 'Cổng không còn tồn tại';
  const { result } = await auditSite(ctx.db, ctx.clock, { siteId: site.id, trigger: 'nightly', actorId: null });
  await enqueueSiteAudit(ctx.db, site.id, nextNight(now), now.toISOString());
  return `${result.score}/${result.maxScore}`;
}

async function auditAllSites(_job: JobRow, ctx: JobContext): Promise<string> {
  const now = ctx.clock.now();
  const nowIso = now.toISOString();
  const sites = await ctx.db.selectFrom('sites').select('id').orderBy('id').execute();
  let queued = 0;
  for (const s of sites) if (await enqueueSiteAudit(ctx.db, s.id, { date: portalDateOf(now), runAt: nowIso }, nowIso)) queued++;
  await scheduleNightlyAudits(ctx.db, ctx.clock);
  return `${queued}/${sites.length} cổng được xếp lịch chấm điểm`;
}

export function registerComplianceJobs(runner: JobRunner): JobRunner {
  return runner.register(AUDIT_SITE_JOB, auditOneSite).register(AUDIT_ALL_JOB, auditAllSites);
}
