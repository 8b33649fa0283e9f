/**
 * "Lãnh đạo duyệt": news items of a site that reached the editorial board in the period, i.e. entered
 * 'leader_approved' (approved by the unit leader, or sent by a leader or the board itself), once per item.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { ItemEvent, PeriodWindow } from './periodWindow.ts';

export async function getLeaderApprovals(db: Kysely<DB>, siteId: number, period: PeriodWindow): Promise<ItemEvent[]> {
  const rows = await db.selectFrom('content_statuses as s').innerJoin('contents as c', 'c.id', 's.content_id')
    .select(['s.content_id', (eb) => eb.fn.min('s.created_at').as('at')])
    .where('c.site_id', '=', siteId).where('c.kind', '=', 'news')
    .where('s.to_status', '=', 'leader_approved')
    .where('s.created_at', '>=', period.startIso).where('s.created_at', '<', period.endIso)
    .groupBy('s.content_id').orderBy('s.content_id').execute();
  return rows.map((r) => ({ contentId: r.content_id, at: String(r.at) }));
}
