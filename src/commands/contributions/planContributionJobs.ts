/**
 * Planning the contribution jobs of one site (ADR 0008): the report job of the open period (at its close) and
 * its reminder job (N days before, at the configured hour), both under unique keys so planning twice is a
 * no-op. Called by the daily plan job, after a report, and when the settings change.
 */
import type { Kysely } from 'kysely';
import { periodAt, portalTimeIso, reminderDate } from '../../core/contributions/periods.ts';
import type { Clock } from '../../core/types.ts';
import { findSite } from '../../db/repositories/siteRepository.ts';
import type { DB } from '../../db/schema.ts';
import { enqueueJob } from '../../jobs/jobQueue.ts';
import { effectivePack } from '../compliance/complianceSettings.ts';
import { loadContributionSettings } from './contributionSettings.ts';

export const PLAN_JOB = 'contributions.plan';
export const REPORT_JOB = 'contributions.report';
export const REMIND_JOB = 'contributions.remind';

/** The period's last day is part of the key: a changed report day plans a new job (the old one skips itself). */
export const reportJobKey = (siteId: number, periodKey: string, endDate: string) => `contrib:report:${siteId}:${periodKey}:${endDate}`;
export const remindJobKey = (siteId: number, periodKey: string, date: string) => `contrib:remind:${siteId}:${periodKey}:${date}`;

/** Enqueues the open period's report and reminder jobs of one site (no-ops when they exist). */
export async function planSite(db: Kysely<DB>, clock: Clock, siteId: number): Promise<void> {
  const site = await findSite(db, siteId);
  if (!site) return;
  const now = clock.now();
  const nowIso = now.toISOString();
  const settings = await loadContributionSettings(db, site);
  const period = periodAt(now, settings.reportDay);
  await enqueueJob(db, { kind: REPORT_JOB, siteId, runAt: period.endIso, uniqueKey: reportJobKey(siteId, period.key, period.endDate), payload: { period: period.key, end: period.endIso } }, nowIso);
  if (settings.reminderDaysBefore > 0) {
    const { calendar } = await effectivePack(db, site);
    const date = reminderDate(period, settings.reminderDaysBefore, settings.reminderDayKind, calendar);
    const runAt = portalTimeIso(date, settings.reminderHour);
    if (runAt > nowIso) {
      await enqueueJob(db, { kind: REMIND_JOB, siteId, runAt, uniqueKey: remindJobKey(siteId, period.key, date), payload: { period: period.key, date } }, nowIso);
    }
  }
}
