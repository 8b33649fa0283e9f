import type { Kysely } from 'kysely';
import type { DB } from '../schema.ts';

/** Adds `n` visits to a site's day row (upsert, portable: ON CONFLICT works on SQLite ≥ 3.24 and PostgreSQL). */
export async function addVisits(db: Kysely<DB>, siteId: number, day: string, n: number): Promise<void> {
  await db.insertInto('site_visits').values({ site_id: siteId, day, visits: n })
    .onConflict((oc) => oc.columns(['site_id', 'day']).doUpdateSet((eb) => ({ visits: eb('site_visits.visits', '+', n) })))
    .execute();
}

export async function visitTotals(db: Kysely<DB>, siteId: number, today: string): Promise<{ total: number; today: number }> {
  const row = await db.selectFrom('site_visits')
    .select((eb) => [
      eb.fn.coalesce(eb.fn.sum<number>('visits'), eb.lit(0)).as('total'),
      eb.fn.coalesce(eb.fn.sum<number>(eb.case().when('day', '=', today).then(eb.ref('visits')).else(0).end()), eb.lit(0)).as('today'),
    ])
    .where('site_id', '=', siteId).executeTakeFirstOrThrow();
  return { total: Number(row.total), today: Number(row.today) };
}
