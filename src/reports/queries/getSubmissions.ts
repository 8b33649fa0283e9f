/**
 * "Gửi": news items of a site that their unit sent up in the period (to the unit leader, or straight to the
 * board), once per item, at the first time in the period. From the insert-only status history.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { ItemEvent, PeriodWindow } from './periodWindow.ts';

export async function getSubmissions(db: Kysely<DB>, siteId: number, period: PeriodWindow): Promise<ItemEvent[]> {
  const rows = await db.selectFrom('content_statuses as s').innerJoin('contents as c', 'c.id', 's.content_id')
    .select(['s.content_id', (eb) => eb.fn.min('s.created_at').as('at')])
    .where('c.site_id', '=', siteId).where('c.kind', '=', 'news')
    .where('s.event', 'in', ['submit', 'sendToBoard'])
    .where('s.created_at', '>=', period.startIso).where('s.created_at', '<', period.endIso)
    .groupBy('s.content_id').orderBy('s.content_id').execute();
  return rows.map((r) => ({ contentId: r.content_id, at: String(r.at) }));
}
