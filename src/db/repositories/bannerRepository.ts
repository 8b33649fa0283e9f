import type { Kysely } from 'kysely';
import type { BannerRow, DB } from '../schema.ts';

/** Banners whose campaign window contains `nowIso` (open-ended when a bound is null). */
export function listActiveBanners(db: Kysely<DB>, siteId: number, nowIso: string): Promise<BannerRow[]> {
  return db.selectFrom('banners').selectAll().where('site_id', '=', siteId)
    .where((eb) => eb.or([eb('starts_at', 'is', null), eb('starts_at', '<=', nowIso)]))
    .where((eb) => eb.or([eb('ends_at', 'is', null), eb('ends_at', '>', nowIso)]))
    .orderBy('sort_order').orderBy('id').execute();
}
