/** Disclosures (budget, plans, procedures, …) of a site, one table told apart by category. */
import type { Insertable, Kysely, Updateable } from 'kysely';
import type { DB, DisclosureRow, DisclosuresTable } from '../schema.ts';

export function findDisclosure(db: Kysely<DB>, siteId: number, id: number): Promise<DisclosureRow | undefined> {
  return db.selectFrom('disclosures').selectAll().where('site_id', '=', siteId).where('id', '=', id).executeTakeFirst();
}

export function findPublishedDisclosure(db: Kysely<DB>, siteId: number, category: string, id: number): Promise<DisclosureRow | undefined> {
  return db.selectFrom('disclosures').selectAll().where('site_id', '=', siteId).where('category', '=', category)
    .where('id', '=', id).where('status', '=', 'published').executeTakeFirst();
}

/** Published items of a category, newest first, optionally of one year and sub-type, or matching folded words. */
export function listPublishedDisclosures(
  db: Kysely<DB>,
  siteId: number,
  category: string,
  opts: { year?: number; subtype?: string; words?: string[]; limit: number; offset: number },
): Promise<DisclosureRow[]> {
  let q = db.selectFrom('disclosures').selectAll().where('site_id', '=', siteId).where('category', '=', category).where('status', '=', 'published');
  if (opts.year) q = q.where('period_year', '=', opts.year);
  if (opts.subtype) q = q.where('subtype', '=', opts.subtype);
  for (const w of opts.words ?? []) q = q.where('search_text', 'like', `%${w.replace(/[%_\\]/g, '')}%`);
  return q.orderBy('published_at', 'desc').orderBy('id', 'desc').limit(opts.limit).offset(opts.offset).execute();
}

/** Years that have published items of a category (filter choices). */
export async function disclosureYears(db: Kysely<DB>, siteId: number, category: string): Promise<number[]> {
  const rows = await db.selectFrom('disclosures').select('period_year').distinct()
    .where('site_id', '=', siteId).where('category', '=', category).where('status', '=', 'published').where('period_year', 'is not', null).execute();
  return rows.map((r) => r.period_year!).sort((a, b) => b - a);
}

export function listDisclosuresForAdmin(db: Kysely<DB>, siteId: number, category: string, opts: { limit: number; offset: number }): Promise<DisclosureRow[]> {
  return db.selectFrom('disclosures').selectAll().where('site_id', '=', siteId).where('category', '=', category)
    .orderBy('updated_at', 'desc').orderBy('id', 'desc').limit(opts.limit).offset(opts.offset).execute();
}

/** Item counts per category of a site, split by status. */
export async function disclosureCounts(db: Kysely<DB>, siteId: number): Promise<Map<string, { published: number; total: number }>> {
  const rows = await db.selectFrom('disclosures').select(['category', 'status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('site_id', '=', siteId).groupBy(['category', 'status']).execute();
  const out = new Map<string, { published: number; total: number }>();
  for (const r of rows) {
    const c = out.get(r.category) ?? { published: 0, total: 0 };
    c.total += Number(r.n);
    if (r.status === 'published') c.published += Number(r.n);
    out.set(r.category, c);
  }
  return out;
}

export async function insertDisclosure(db: Kysely<DB>, row: Insertable<DisclosuresTable>): Promise<number> {
  return (await db.insertInto('disclosures').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateDisclosure(db: Kysely<DB>, siteId: number, id: number, patch: Updateable<DisclosuresTable>): Promise<void> {
  await db.updateTable('disclosures').set(patch).where('site_id', '=', siteId).where('id', '=', id).execute();
}
