/**
 * The competition (thi đua) table of a site for a year (regulations.md CITY-WF-08): every unit of the site,
 * ranked within its kind, and — on a city — every ward as a whole, ranked among the wards. The formula is in
 * core/competition/score.ts. A ward's month: the sum over its units with a quota of min(counted, quota) against
 * the sum of their quotas (one unit's surplus does not make up for another's shortfall).
 */
import type { Kysely } from 'kysely';
import { type CompetitionFormula, type CompetitorInput, type CompetitorScore, rankCompetitors } from '../core/competition/score.ts';
import { type Period, isClosed, periodsOfYear } from '../core/contributions/periods.ts';
import type { ContributionSettings } from '../core/contributions/settings.ts';
import { compareVietnamese } from '../core/text/vietnamese.ts';
import { UNIT_KINDS, UNIT_KIND_LABELS, type UnitKind } from '../core/types.ts';
import type { DB, SiteRow } from '../db/schema.ts';
import { figuresFor } from './monthlyReport.ts';
import { getMonthlyCompliance } from './queries/getMonthlyCompliance.ts';
import type { QuotaRule } from '../core/contributions/quotas.ts';

export const WARD_GROUP = 'ward_site';

export interface CompetitionGroup {
  key: string;
  label: string;
  rows: CompetitorScore[];
}

export interface CompetitionTable {
  year: number;
  formula: CompetitionFormula;
  periods: Period[];
  groups: CompetitionGroup[];
  /** No audit at all for the site (or any ward) in the year: the compliance part is left out. */
  complianceMissing: boolean;
}

export interface SiteInputs {
  site: SiteRow;
  settings: ContributionSettings;
  rules: QuotaRule[];
}

async function monthsOfUnits(db: Kysely<DB>, s: SiteInputs, periods: Period[]) {
  const perPeriod = [];
  for (const p of periods) {
    perPeriod.push(await figuresFor(db, { siteId: s.site.id, periodKey: p.key, window: p, previous: null, settings: s.settings, rules: s.rules }));
  }
  return perPeriod;
}

export async function buildCompetitionTable(
  db: Kysely<DB>,
  input: { city: SiteInputs; wards: SiteInputs[]; year: number; formula: CompetitionFormula; now: Date },
): Promise<CompetitionTable> {
  const periods = periodsOfYear(input.year, input.city.settings.reportDay).filter((p) => isClosed(p, input.now));
  const siteIds = [input.city.site.id, ...input.wards.map((w) => w.site.id)];
  const compliance = await getMonthlyCompliance(db, siteIds, periods);
  const competitors: CompetitorInput[] = [];
  const cityMonths = await monthsOfUnits(db, input.city, periods);
  for (const [i, unit] of (cityMonths[0]?.units ?? []).entries()) {
    competitors.push({
      key: `unit:${unit.unitId}`, name: unit.name, group: unit.kind,
      months: cityMonths.map((f, k) => ({ periodKey: periods[k]!.key, counted: f.units[i]!.counts.counted, target: f.units[i]!.quota.target })),
      complianceBp: compliance.get(input.city.site.id) ?? [],
    });
  }
  for (const w of input.wards) {
    const months = await monthsOfUnits(db, w, periods);
    competitors.push({
      key: `site:${w.site.id}`, name: w.site.name, group: WARD_GROUP,
      months: months.map((f, k) => {
        const withQuota = f.units.filter((u) => u.quota.target > 0);
        return { periodKey: periods[k]!.key, counted: withQuota.reduce((a, u) => a + Math.min(u.counts.counted, u.quota.target), 0), target: withQuota.reduce((a, u) => a + u.quota.target, 0) };
      }),
      complianceBp: compliance.get(w.site.id) ?? [],
    });
  }
  const ranked = rankCompetitors(competitors, input.formula);
  const order = [...UNIT_KINDS, WARD_GROUP];
  const groups = [...ranked.entries()]
    .sort(([a], [b]) => order.indexOf(a as UnitKind) - order.indexOf(b as UnitKind) || compareVietnamese(a, b))
    .map(([key, rows]) => ({ key, label: key === WARD_GROUP ? 'Phường, xã' : UNIT_KIND_LABELS[key as UnitKind] ?? key, rows }));
  const all = groups.flatMap((g) => g.rows);
  return { year: input.year, formula: input.formula, periods, groups, complianceMissing: all.length > 0 && all.every((r) => r.complianceMissing) };
}
