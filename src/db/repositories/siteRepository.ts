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

export function findSiteBySlug(db: Kysely<DB>, slug: string): Promise<SiteRow | undefined> {
  return db.selectFrom('sites').selectAll().where('slug', '=', slug).executeTakeFirst();
}

export function findSiteByHost(db: Kysely<DB>, host: string): Promise<SiteRow | undefined> {
  return db.selectFrom('sites').selectAll().where('host', '=', host).executeTakeFirst();
}

/** The sort order for a new site: after every existing one. */
export async function nextSiteSortOrder(db: Kysely<DB>): Promise<number> {
  const row = await db.selectFrom('sites').select((eb) => eb.fn.max('sort_order').as('m')).executeTakeFirst();
  return Number(row?.m ?? 0) + 10;
}
