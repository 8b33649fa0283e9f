import type { Insertable, Kysely, Updateable } from 'kysely';
import type { DB, SectionRow, SectionsTable } from '../schema.ts';

export function listSections(db: Kysely<DB>, siteId: number): Promise<SectionRow[]> {
  return db.selectFrom('sections').selectAll().where('site_id', '=', siteId)
    .orderBy('sort_order').orderBy('id').execute();
}

export function findSection(db: Kysely<DB>, siteId: number, id: number): Promise<SectionRow | undefined> {
  return db.selectFrom('sections').selectAll().where('site_id', '=', siteId).where('id', '=', id).executeTakeFirst();
}

export function findSectionBySlug(db: Kysely<DB>, siteId: number, slug: string): Promise<SectionRow | undefined> {
  return db.selectFrom('sections').selectAll().where('site_id', '=', siteId).where('slug', '=', slug).executeTakeFirst();
}

export async function insertSection(db: Kysely<DB>, section: Insertable<SectionsTable>): Promise<number> {
  return (await db.insertInto('sections').values(section).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateSection(db: Kysely<DB>, siteId: number, id: number, patch: Updateable<SectionsTable>): Promise<void> {
  await db.updateTable('sections').set(patch).where('site_id', '=', siteId).where('id', '=', id).execute();
}

/** The sort order for a new section among its siblings on a site: after every existing one. */
export async function nextSectionSortOrder(db: Kysely<DB>, siteId: number, parentId: number | null): Promise<number> {
  let q = db.selectFrom('sections').select((eb) => eb.fn.max('sort_order').as('m')).where('site_id', '=', siteId);
  q = parentId === null ? q.where('parent_id', 'is', null) : q.where('parent_id', '=', parentId);
  const row = await q.executeTakeFirst();
  return Number(row?.m ?? 0) + 10;
}
