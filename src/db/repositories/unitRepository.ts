import type { Insertable, Kysely, Updateable } from 'kysely';
import type { DB, UnitRow, UnitsTable } from '../schema.ts';

export function listUnits(db: Kysely<DB>, siteId: number): Promise<UnitRow[]> {
  return db.selectFrom('units').selectAll().where('site_id', '=', siteId).orderBy('sort_order').orderBy('id').execute();
}

export function findUnit(db: Kysely<DB>, siteId: number, id: number): Promise<UnitRow | undefined> {
  return db.selectFrom('units').selectAll().where('site_id', '=', siteId).where('id', '=', id).executeTakeFirst();
}

export async function insertUnit(db: Kysely<DB>, unit: Insertable<UnitsTable>): Promise<number> {
  return (await db.insertInto('units').values(unit).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateUnit(db: Kysely<DB>, siteId: number, id: number, patch: Updateable<UnitsTable>): Promise<void> {
  await db.updateTable('units').set(patch).where('site_id', '=', siteId).where('id', '=', id).execute();
}

/** The sort order for a new unit of a site: after every existing one. */
export async function nextUnitSortOrder(db: Kysely<DB>, siteId: number): Promise<number> {
  const row = await db.selectFrom('units').select((eb) => eb.fn.max('sort_order').as('m')).where('site_id', '=', siteId).executeTakeFirst();
  return Number(row?.m ?? 0) + 10;
}
