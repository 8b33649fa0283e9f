/**
 * The compliance score (issue 5's audit) of each site at the end of each period: the latest audit run before
 * the period's end, as a percentage in basis points; null when the site had no audit by then.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { PeriodWindow } from './periodWindow.ts';

export async function getMonthlyCompliance(db: Kysely<DB>, siteIds: number[], periods: readonly PeriodWindow[]): Promise<Map<number, (number | null)[]>> {
  const out = new Map<number, (number | null)[]>(siteIds.map((id) => [id, periods.map(() => null)]));
  if (siteIds.length === 0 || periods.length === 0) return out;
  const lastEnd = periods.reduce((m, p) => (p.endIso > m ? p.endIso : m), periods[0]!.endIso);
  const runs = await db.selectFrom('compliance_runs').select(['site_id', 'score_centi', 'max_centi', 'as_of', 'id'])
    .where('site_id', 'in', siteIds).where('as_of', '<', lastEnd).orderBy('site_id').orderBy('as_of').orderBy('id').execute();
  for (const id of siteIds) {
    const mine = runs.filter((r) => r.site_id === id);
    out.set(id, periods.map((p) => {
      const last = mine.filter((r) => r.as_of < p.endIso).at(-1);
      return last && last.max_centi > 0 ? Math.round((last.score_centi * 10_000) / last.max_centi) : null;
    }));
  }
  return out;
}
