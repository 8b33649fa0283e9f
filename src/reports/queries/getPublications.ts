/**
 * "Đăng": news items of a site first published in the period and still published at its end (an item the
 * board took down before the report day does not count; a republication is not a new item). `at` is the
 * first publication. Computed from the status history up to the period's end, so a past month always gives
 * the same answer.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { type ItemEvent, type PeriodWindow, chunks } from './periodWindow.ts';

export async function getPublications(db: Kysely<DB>, siteId: number, period: PeriodWindow): Promise<ItemEvent[]> {
  const candidates = await db.selectFrom('content_statuses as s').innerJoin('contents as c', 'c.id', 's.content_id')
    .select('s.content_id').distinct()
    .where('c.site_id', '=', siteId).where('c.kind', '=', 'news')
    .where('s.to_status', '=', 'published')
    .where((eb) => eb.or([eb('s.from_status', 'is', null), eb('s.from_status', '!=', 'published')]))
    .where('s.created_at', '>=', period.startIso).where('s.created_at', '<', period.endIso)
    .execute();
  const out: ItemEvent[] = [];
  for (const ids of chunks(candidates.map((c) => c.content_id))) {
    const history = await db.selectFrom('content_statuses').select(['content_id', 'from_status', 'to_status', 'created_at', 'id'])
      .where('content_id', 'in', ids).where('created_at', '<', period.endIso)
      .orderBy('content_id').orderBy('created_at').orderBy('id').execute();
    const byItem = new Map<number, typeof history>();
    for (const row of history) byItem.set(row.content_id, [...(byItem.get(row.content_id) ?? []), row]);
    for (const [contentId, rows] of byItem) {
      const first = rows.find((r) => r.to_status === 'published' && r.from_status !== 'published');
      const last = rows[rows.length - 1]!;
      if (first && first.created_at >= period.startIso && last.to_status === 'published') out.push({ contentId, at: first.created_at });
    }
  }
  return out.sort((a, b) => a.contentId - b.contentId);
}
