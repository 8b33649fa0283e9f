/** Officials of a site: leaders, focal points, spokespersons (ND42-CONTENT-06, PRESS-01). */
import type { Insertable, Kysely, Updateable } from 'kysely';
import type { DB, OfficialRow, OfficialsTable } from '../schema.ts';

export function listOfficials(db: Kysely<DB>, siteId: number): Promise<OfficialRow[]> {
  return db.selectFrom('officials').selectAll().where('site_id', '=', siteId).orderBy('sort_order').orderBy('id').execute();
}

export function findOfficial(db: Kysely<DB>, siteId: number, id: number): Promise<OfficialRow | undefined> {
  return db.selectFrom('officials').selectAll().where('site_id', '=', siteId).where('id', '=', id).executeTakeFirst();
}

/** Spokespersons of several sites (the city publishes the list for itself and its communes, PRESS-02). */
export function listSpokespersons(db: Kysely<DB>, siteIds: number[]): Promise<OfficialRow[]> {
  if (siteIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('officials').selectAll().where('site_id', 'in', siteIds).where('is_spokesperson', '=', 1)
    .orderBy('site_id').orderBy('sort_order').execute();
}

export async function insertOfficial(db: Kysely<DB>, row: Insertable<OfficialsTable>): Promise<number> {
  return (await db.insertInto('officials').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateOfficial(db: Kysely<DB>, siteId: number, id: number, patch: Updateable<OfficialsTable>): Promise<void> {
  await db.updateTable('officials').set(patch).where('site_id', '=', siteId).where('id', '=', id).execute();
}

/** Removes an official; their schedule entries keep the entry but lose the link. */
export async function deleteOfficial(db: Kysely<DB>, siteId: number, id: number): Promise<void> {
  await db.updateTable('schedule_entries').set({ official_id: null }).where('site_id', '=', siteId).where('official_id', '=', id).execute();
  await db.deleteFrom('officials').where('site_id', '=', siteId).where('id', '=', id).execute();
}

export async function nextOfficialSortOrder(db: Kysely<DB>, siteId: number): Promise<number> {
  const row = await db.selectFrom('officials').select((eb) => eb.fn.max('sort_order').as('m')).where('site_id', '=', siteId).executeTakeFirst();
  return Number(row?.m ?? 0) + 10;
}
