/** The league table of a city and its wards: latest score, trend over about a week, sortable. */
import { compareVietnamese } from '../../core/text/vietnamese.ts';
import type { RunSummary } from '../../db/repositories/complianceRepository.ts';
import type { SiteRow } from '../../db/schema.ts';
import type { LeagueRow } from './complianceWorkbook.ts';

export const LEAGUE_SORTS = ['diem', 'ten', 'thieu-sot', 'xu-huong'] as const;
export type LeagueSort = (typeof LEAGUE_SORTS)[number];
export type SortDir = 'tang' | 'giam';

const percentOf = (r: RunSummary) => (r.max_centi > 0 ? Math.round((r.score_centi / r.max_centi) * 100) : 100);
const WEEK_MS = 7 * 86_400_000;

/** `runs` newest first per site (listRunSummaries). */
export function buildLeague(sites: readonly SiteRow[], runs: readonly RunSummary[]): LeagueRow[] {
  return sites.map((site) => {
    const own = runs.filter((r) => r.site_id === site.id);
    const latest = own[0] ?? null;
    if (!latest) return { site, latest: null, percent: null, trend: null, history: [] };
    const weekBefore = Date.parse(latest.as_of) - WEEK_MS;
    const compare = own.find((r) => Date.parse(r.as_of) <= weekBefore) ?? own[1] ?? null;
    return {
      site, latest, percent: percentOf(latest), trend: compare ? percentOf(latest) - percentOf(compare) : null,
      history: own.slice(0, 10).map(percentOf).reverse(),
    };
  });
}

export function sortLeague(rows: readonly LeagueRow[], sort: LeagueSort, dir: SortDir): LeagueRow[] {
  const sign = dir === 'tang' ? 1 : -1;
  const num = (v: number | null) => (v === null ? Number.NEGATIVE_INFINITY : v);
  const key: Record<LeagueSort, (a: LeagueRow, b: LeagueRow) => number> = {
    diem: (a, b) => num(a.percent) - num(b.percent),
    'thieu-sot': (a, b) => num(a.latest?.gap_count ?? null) - num(b.latest?.gap_count ?? null),
    'xu-huong': (a, b) => num(a.trend) - num(b.trend),
    ten: (a, b) => compareVietnamese(a.site.name, b.site.name),
  };
  return [...rows].sort((a, b) => sign * key[sort](a, b) || compareVietnamese(a.site.name, b.site.name));
}
