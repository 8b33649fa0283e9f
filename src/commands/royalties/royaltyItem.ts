/**
 * Loading one published item for its royalty: the item of the site, its first publication (from the status
 * history), its unit's kind (the radio station's items use the radio table), its photos.
 */
import type { Kysely } from 'kysely';
import { type PhotoFact, photosOf } from '../../core/royalties/assessmentForm.ts';
import type { RateTable } from '../../core/royalties/royalty.ts';
import type { ContentRow, DB } from '../../db/schema.ts';

export interface RoyaltyItem {
  content: ContentRow;
  firstPublishedAt: string;
  unitName: string | null;
  unitKind: string | null;
  defaultTable: RateTable;
  photos: PhotoFact[];
}

/** The published news item `contentId` of the site, or undefined (not found, another site's, or never published). */
export async function loadRoyaltyItem(db: Kysely<DB>, siteId: number, contentId: number): Promise<RoyaltyItem | undefined> {
  const content = await db.selectFrom('contents').selectAll().where('site_id', '=', siteId).where('id', '=', contentId).where('kind', '=', 'news').executeTakeFirst();
  if (!content) return undefined;
  const first = await db.selectFrom('content_statuses').select((eb) => eb.fn.min('created_at').as('at'))
    .where('content_id', '=', content.id).where('to_status', '=', 'published').executeTakeFirst();
  if (!first?.at) return undefined;
  const unit = content.unit_id === null ? undefined
    : await db.selectFrom('units').select(['name', 'kind']).where('site_id', '=', siteId).where('id', '=', content.unit_id).executeTakeFirst();
  return {
    content, firstPublishedAt: String(first.at), unitName: unit?.name ?? null, unitKind: unit?.kind ?? null,
    defaultTable: unit?.kind === 'radio' ? 'radio' : 'online', photos: photosOf({ coverMediaId: content.cover_media_id, bodyHtml: content.body_html }),
  };
}
