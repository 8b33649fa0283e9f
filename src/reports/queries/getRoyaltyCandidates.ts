/**
 * The items the board assesses for a period: news items of the site whose first publication falls in the
 * period (whatever happened to them since), with their assessment if any.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { PeriodWindow } from './periodWindow.ts';

export interface RoyaltyCandidate {
  contentId: number;
  title: string;
  unitName: string | null;
  genre: string;
  authorName: string;
  status: string;
  firstPublishedAt: string;
  assessmentId: number | null;
  amount: number | null;
}

export async function getRoyaltyCandidates(db: Kysely<DB>, siteId: number, period: PeriodWindow): Promise<RoyaltyCandidate[]> {
  const first = db.selectFrom('content_statuses').select(['content_id', (eb) => eb.fn.min('created_at').as('first_at')])
    .where('to_status', '=', 'published').groupBy('content_id').as('f');
  const rows = await db.selectFrom('contents as c').innerJoin(first, 'f.content_id', 'c.id')
    .leftJoin('units as u', 'u.id', 'c.unit_id')
    .leftJoin('royalty_assessments as a', (j) => j.onRef('a.content_id', '=', 'c.id').on('a.site_id', '=', siteId))
    .select(['c.id', 'c.title', 'u.name as unit_name', 'c.genre', 'c.author_name', 'c.status', 'f.first_at', 'a.id as assessment_id', 'a.amount'])
    .where('c.site_id', '=', siteId).where('c.kind', '=', 'news')
    .where('f.first_at', '>=', period.startIso).where('f.first_at', '<', period.endIso)
    .orderBy('f.first_at').orderBy('c.id').execute();
  return rows.map((r) => ({
    contentId: r.id, title: r.title, unitName: r.unit_name, genre: r.genre, authorName: r.author_name, status: r.status,
    firstPublishedAt: String(r.first_at), assessmentId: r.assessment_id, amount: r.amount,
  }));
}
