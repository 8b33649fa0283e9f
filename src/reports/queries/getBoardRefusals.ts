/**
 * "Bị trả lại": news items of a site that the editorial board returned in the period (to the writer or to
 * the unit leader, from the board's own states) and that were not published after that return before the
 * period's end. A unit leader's return to the writer is the unit's internal business and is not counted.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { type ItemEvent, type PeriodWindow, chunks } from './periodWindow.ts';

export async function getBoardRefusals(db: Kysely<DB>, siteId: number, period: PeriodWindow): Promise<ItemEvent[]> {
  const returns = await db.selectFrom('content_statuses as s').innerJoin('contents as c', 'c.id', 's.content_id')
    .select(['s.content_id', (eb) => eb.fn.min('s.created_at').as('at')])
    .where('c.site_id', '=', siteId).where('c.kind', '=', 'news')
    .where((eb) => eb.or([
      eb('s.event', '=', 'returnToLeader'),
      eb.and([eb('s.event', '=', 'returnToAuthor'), eb('s.from_status', 'in', ['leader_approved', 'in_editing'])]),
    ]))
    .where('s.created_at', '>=', period.startIso).where('s.created_at', '<', period.endIso)
    .groupBy('s.content_id').execute();
  const firstReturn = new Map(returns.map((r) => [r.content_id, String(r.at)]));
  const publishedAfter = new Set<number>();
  for (const ids of chunks([...firstReturn.keys()])) {
    const pubs = await db.selectFrom('content_statuses').select(['content_id', 'created_at'])
      .where('content_id', 'in', ids).where('to_status', '=', 'published').where('created_at', '<', period.endIso).execute();
    for (const p of pubs) if (p.created_at > firstReturn.get(p.content_id)!) publishedAfter.add(p.content_id);
  }
  return [...firstReturn].filter(([id]) => !publishedAfter.has(id)).map(([contentId, at]) => ({ contentId, at })).sort((a, b) => a.contentId - b.contentId);
}
