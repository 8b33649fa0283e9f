import type { Insertable, Kysely } from 'kysely';
import type { DB, MediaRow, MediaTable } from '../schema.ts';

export function findMedia(db: Kysely<DB>, siteId: number, id: number): Promise<MediaRow | undefined> {
  return db.selectFrom('media').selectAll().where('site_id', '=', siteId).where('id', '=', id).executeTakeFirst();
}

/** Media by id for rendering; ids come from contents already scoped to the site. */
export async function mediaByIds(db: Kysely<DB>, ids: readonly number[]): Promise<Map<number, MediaRow>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db.selectFrom('media').selectAll().where('id', 'in', unique).execute();
  return new Map(rows.map((r) => [r.id, r]));
}

export function listMedia(db: Kysely<DB>, siteId: number, limit: number): Promise<MediaRow[]> {
  return db.selectFrom('media').selectAll().where('site_id', '=', siteId).orderBy('id', 'desc').limit(limit).execute();
}

export async function insertMedia(db: Kysely<DB>, row: Insertable<MediaTable>): Promise<number> {
  return (await db.insertInto('media').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

/** One page of a site's media library, newest first. */
export function listMediaPage(db: Kysely<DB>, siteId: number, opts: { limit: number; offset: number }): Promise<MediaRow[]> {
  return db.selectFrom('media').selectAll().where('site_id', '=', siteId)
    .orderBy('id', 'desc').limit(opts.limit).offset(opts.offset).execute();
}

export async function countMedia(db: Kysely<DB>, siteId: number): Promise<number> {
  const row = await db.selectFrom('media').select((eb) => eb.fn.countAll<number>().as('n')).where('site_id', '=', siteId).executeTakeFirstOrThrow();
  return Number(row.n);
}
