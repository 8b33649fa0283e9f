/** Royalty assessments of published items and their payout lines. Every read takes the site id. */
import type { Insertable, Kysely, Updateable } from 'kysely';
import type { DB, RoyaltyAssessmentRow, RoyaltyAssessmentsTable, RoyaltyLineRow, RoyaltyLinesTable } from '../schema.ts';

export function findAssessmentOf(db: Kysely<DB>, siteId: number, contentId: number): Promise<RoyaltyAssessmentRow | undefined> {
  return db.selectFrom('royalty_assessments').selectAll().where('site_id', '=', siteId).where('content_id', '=', contentId).executeTakeFirst();
}

export async function insertAssessment(db: Kysely<DB>, row: Insertable<RoyaltyAssessmentsTable>): Promise<number> {
  return (await db.insertInto('royalty_assessments').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateAssessment(db: Kysely<DB>, siteId: number, id: number, patch: Updateable<RoyaltyAssessmentsTable>): Promise<void> {
  await db.updateTable('royalty_assessments').set(patch).where('site_id', '=', siteId).where('id', '=', id).execute();
}

export function linesOf(db: Kysely<DB>, siteId: number, assessmentId: number): Promise<RoyaltyLineRow[]> {
  return db.selectFrom('royalty_lines').selectAll().where('site_id', '=', siteId).where('assessment_id', '=', assessmentId)
    .orderBy('part_index').orderBy('id').execute();
}

export async function deleteLinesOf(db: Kysely<DB>, siteId: number, assessmentId: number): Promise<void> {
  await db.deleteFrom('royalty_lines').where('site_id', '=', siteId).where('assessment_id', '=', assessmentId).execute();
}

export async function insertLines(db: Kysely<DB>, rows: Insertable<RoyaltyLinesTable>[]): Promise<void> {
  if (rows.length) await db.insertInto('royalty_lines').values(rows).execute();
}

/** Lines of the site among `ids` (others are ignored). */
export function findLines(db: Kysely<DB>, siteId: number, ids: number[]): Promise<RoyaltyLineRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('royalty_lines').selectAll().where('site_id', '=', siteId).where('id', 'in', ids).execute();
}

/** Sets the payment status of lines of the site whose status differs; returns how many changed. */
export async function setLinesStatus(db: Kysely<DB>, siteId: number, ids: number[], patch: { status: 'paid' | 'unpaid'; paidAt: string | null; paidBy: number | null; note: string; at: string }): Promise<number> {
  if (ids.length === 0) return 0;
  const r = await db.updateTable('royalty_lines')
    .set({ status: patch.status, paid_at: patch.paidAt, paid_by: patch.paidBy, payment_note: patch.note, updated_at: patch.at })
    .where('site_id', '=', siteId).where('id', 'in', ids).where('status', '!=', patch.status).executeTakeFirst();
  return Number(r.numUpdatedRows);
}

/** Assessed content ids of a site among `contentIds`. */
export async function assessedContentIds(db: Kysely<DB>, siteId: number, contentIds: number[]): Promise<Set<number>> {
  if (contentIds.length === 0) return new Set();
  const rows = await db.selectFrom('royalty_assessments').select('content_id').where('site_id', '=', siteId).where('content_id', 'in', contentIds).execute();
  return new Set(rows.map((r) => r.content_id));
}
