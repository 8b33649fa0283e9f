/** Leaders' weekly schedule entries of a site. */
import type { Insertable, Kysely, Updateable } from 'kysely';
import type { DB, ScheduleEntriesTable, ScheduleEntryRow } from '../schema.ts';

/** Entries starting in [fromIso, toIso), by start time. */
export function listScheduleEntries(db: Kysely<DB>, siteId: number, fromIso: string, toIso: string): Promise<ScheduleEntryRow[]> {
  return db.selectFrom('schedule_entries').selectAll().where('site_id', '=', siteId)
    .where('starts_at', '>=', fromIso).where('starts_at', '<', toIso).orderBy('starts_at').orderBy('id').execute();
}

export function findScheduleEntry(db: Kysely<DB>, siteId: number, id: number): Promise<ScheduleEntryRow | undefined> {
  return db.selectFrom('schedule_entries').selectAll().where('site_id', '=', siteId).where('id', '=', id).executeTakeFirst();
}

export async function insertScheduleEntry(db: Kysely<DB>, row: Insertable<ScheduleEntriesTable>): Promise<number> {
  return (await db.insertInto('schedule_entries').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateScheduleEntry(db: Kysely<DB>, siteId: number, id: number, patch: Updateable<ScheduleEntriesTable>): Promise<void> {
  await db.updateTable('schedule_entries').set(patch).where('site_id', '=', siteId).where('id', '=', id).execute();
}

export async function countScheduleEntries(db: Kysely<DB>, siteId: number): Promise<number> {
  const row = await db.selectFrom('schedule_entries').select((eb) => eb.fn.countAll<number>().as('n')).where('site_id', '=', siteId).executeTakeFirstOrThrow();
  return Number(row.n);
}
