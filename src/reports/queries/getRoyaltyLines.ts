/** The payout lines of a site's items assessed in a period (by the period of their first publication), with item and unit. */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

export interface RoyaltyLineDetail {
  id: number;
  assessmentId: number;
  contentId: number;
  title: string;
  unitId: number | null;
  unitName: string | null;
  genre: string;
  rateTable: string;
  publishedAt: string;
  partKind: string;
  partLabel: string;
  coefficient: number;
  partAmount: number;
  bonusBp: number;
  unitValue: number;
  authorName: string;
  shareBp: number;
  amount: number;
  status: string;
  paidAt: string | null;
  paymentNote: string;
}

export async function getRoyaltyLines(db: Kysely<DB>, siteId: number, periodKey: string): Promise<RoyaltyLineDetail[]> {
  const rows = await db.selectFrom('royalty_lines as l')
    .innerJoin('royalty_assessments as a', 'a.id', 'l.assessment_id')
    .innerJoin('contents as c', 'c.id', 'a.content_id')
    .leftJoin('units as u', 'u.id', 'c.unit_id')
    .select([
      'l.id', 'l.assessment_id', 'a.content_id', 'c.title', 'c.unit_id', 'u.name as unit_name', 'a.genre', 'a.rate_table', 'a.published_at',
      'l.part_kind', 'l.part_label', 'l.coefficient', 'l.part_amount', 'a.bonus_bp', 'a.unit_value', 'l.author_name', 'l.share_bp', 'l.amount',
      'l.status', 'l.paid_at', 'l.payment_note', 'l.part_index',
    ])
    .where('l.site_id', '=', siteId).where('a.site_id', '=', siteId).where('a.period_key', '=', periodKey)
    .orderBy('a.published_at').orderBy('a.content_id').orderBy('l.part_index').orderBy('l.id').execute();
  return rows.map((r) => ({
    id: r.id, assessmentId: r.assessment_id, contentId: r.content_id, title: r.title, unitId: r.unit_id, unitName: r.unit_name, genre: r.genre,
    rateTable: r.rate_table, publishedAt: r.published_at, partKind: r.part_kind, partLabel: r.part_label, coefficient: r.coefficient, partAmount: r.part_amount,
    bonusBp: r.bonus_bp, unitValue: r.unit_value, authorName: r.author_name, shareBp: r.share_bp, amount: r.amount, status: r.status, paidAt: r.paid_at,
    paymentNote: r.payment_note,
  }));
}
