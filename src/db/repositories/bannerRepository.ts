import type { Insertable, Kysely, Updateable } from 'kysely';
import type { BannerRow, BannersTable, DB } from '../schema.ts';

/** Banners whose campaign window contains `nowIso` (open-ended when a bound is null). */
export function listActiveBanners(db: Kysely<DB>, siteId: number, nowIso: string): Promise<BannerRow[]> {
  return db.selectFrom('banners').selectAll().where('site_id', '=', siteId)
    .where((eb) => eb.or([eb('starts_at', 'is', null), eb('starts_at', '<=', nowIso)]))
    .where((eb) => eb.or([eb('ends_at', 'is', null), eb('ends_at', '>', nowIso)]))
    .orderBy('sort_order').orderBy('id').execute();
}

/** Every banner of a site (admin), newest window first. */
export function listBanners(db: Kysely<DB>, siteId: number): Promise<BannerRow[]> {
  return db.selectFrom('banners').selectAll().where('site_id', '=', siteId).orderBy('sort_order').orderBy('id').execute();
}

export function findBanner(db: Kysely<DB>, siteId: number, id: number): Promise<BannerRow | undefined> {
  return db.selectFrom('banners').selectAll().where('site_id', '=', siteId).where('id', '=', id).executeTakeFirst();
}

export async function insertBanner(db: Kysely<DB>, row: Insertable<BannersTable>): Promise<number> {
  return (await db.insertInto('banners').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateBanner(db: Kysely<DB>, siteId: number, id: number, patch: Updateable<BannersTable>): Promise<void> {
  await db.updateTable('banners').set(patch).where('site_id', '=', siteId).where('id', '=', id).execute();
}

export async function deleteBanner(db: Kysely<DB>, siteId: number, id: number): Promise<void> {
  await db.deleteFrom('banners').where('site_id', '=', siteId).where('id', '=', id).execute();
}
