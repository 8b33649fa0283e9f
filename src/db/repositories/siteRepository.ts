import type { Kysely } from 'kysely';
import type { DB, NewSite, SiteRow, SiteUpdate } from '../schema.ts';

/** Sites are few (one city and its wards), so the whole directory is read at once and cached by the web layer. */
export function listSites(db: Kysely<DB>): Promise<SiteRow[]> {
  return db.selectFrom('sites').selectAll().orderBy('sort_order').orderBy('id').execute();
}

export function findSite(db: Kysely<DB>, id: number): Promise<SiteRow | undefined> {
  return db.selectFrom('sites').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertSite(db: Kysely<DB>, site: NewSite): Promise<number> {
  const row = await db.insertInto('sites').values(site).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function updateSite(db: Kysely<DB>, id: number, patch: SiteUpdate): Promise<void> {
  await db.updateTable('sites').set(patch).where('id', '=', id).execute();
}
