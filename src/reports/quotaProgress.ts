/**
 * Live progress of the units against their quotas in a period (the open one by default): the same counts as
 * the monthly report, up to now. A unit role sees its own units; the board and oversight every unit of the
 * site; on a city, oversight also sees each ward's summary.
 */
import type { Kysely } from 'kysely';
import { loadContributionSettings, loadQuotaRules } from '../commands/contributions/contributionSettings.ts';
import { daysBetween, portalDateOf } from '../core/calendar/workingDays.ts';
import { type Period, isClosed, isPeriodKey, periodAt, periodOf, shiftPeriod } from '../core/contributions/periods.ts';
import type { ContributionSettings } from '../core/contributions/settings.ts';
import { listUnits } from '../db/repositories/unitRepository.ts';
import type { DB, SiteRow } from '../db/schema.ts';
import { type PeriodFigures, figuresFor } from './monthlyReport.ts';

export interface Progress {
  period: Period;
  open: boolean;
  /** Calendar days left including today (0 when closed). */
  daysLeft: number;
  settings: ContributionSettings;
  figures: PeriodFigures;
}

/** The period named `key` when valid, else the one open at `now`. */
export function chosenPeriod(key: string | undefined, reportDay: number, now: Date): Period {
  return key && isPeriodKey(key) ? periodOf(key, reportDay) : periodAt(now, reportDay);
}

/** The last `n` periods up to the open one, newest first (for period pickers). */
export function recentPeriods(reportDay: number, now: Date, n = 13): Period[] {
  const open = periodAt(now, reportDay);
  return Array.from({ length: n }, (_, i) => shiftPeriod(open, -i, reportDay));
}

export async function buildProgress(db: Kysely<DB>, input: { site: SiteRow; now: Date; periodKey?: string | undefined; unitIds: number[] | null }): Promise<Progress> {
  const settings = await loadContributionSettings(db, input.site);
  const period = chosenPeriod(input.periodKey, settings.reportDay, input.now);
  const open = !isClosed(period, input.now);
  const nowIso = input.now.toISOString();
  const window = { startIso: period.startIso, endIso: open && nowIso < period.endIso ? nowIso : period.endIso };
  const units = (await listUnits(db, input.site.id)).filter((u) => input.unitIds === null || input.unitIds.includes(u.id));
  const figures = await figuresFor(db, {
    siteId: input.site.id, periodKey: period.key, window, previous: shiftPeriod(period, -1, settings.reportDay), settings,
    rules: await loadQuotaRules(db, input.site.id), units,
  });
  const daysLeft = open ? Math.max(0, daysBetween(portalDateOf(input.now), period.endDate) + 1) : 0;
  return { period, open, daysLeft, settings, figures };
}

export interface WardSummary {
  site: SiteRow;
  period: Period;
  unitsWithQuota: number;
  unitsMet: number;
  published: number;
  counted: number;
}

/** Each ward's progress in its own open period (its settings may follow the city's). */
export async function wardSummaries(db: Kysely<DB>, wards: SiteRow[], now: Date): Promise<WardSummary[]> {
  const out: WardSummary[] = [];
  for (const site of wards) {
    const p = await buildProgress(db, { site, now, unitIds: null });
    const withQuota = p.figures.units.filter((u) => u.met !== null);
    out.push({
      site, period: p.period, unitsWithQuota: withQuota.length, unitsMet: withQuota.filter((u) => u.met).length,
      published: p.figures.totals.published, counted: p.figures.totals.counted,
    });
  }
  return out;
}
