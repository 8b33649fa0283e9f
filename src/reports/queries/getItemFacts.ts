/**
 * The facts the report shows about its items: title, unit, genre, author and whether the item has a photo
 * (a cover photo, or a picture in its text) in its current version.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { chunks } from './periodWindow.ts';

export interface ItemDetail {
  id: number;
  title: string;
  unitId: number | null;
  genre: string;
  authorName: string;
  hasPhoto: boolean;
  status: string;
}

export async function getItemFacts(db: Kysely<DB>, siteId: number, ids: readonly number[]): Promise<Map<number, ItemDetail>> {
  const out = new Map<number, ItemDetail>();
  for (const part of chunks([...new Set(ids)])) {
    const rows = await db.selectFrom('contents')
      .select(['id', 'title', 'unit_id', 'genre', 'author_name', 'status', (eb) => eb.case()
        .when(eb.or([eb('cover_media_id', 'is not', null), eb('body_html', 'like', '%<img%')])).then(1).else(0).end().as('has_photo')])
      .where('site_id', '=', siteId).where('id', 'in', part).execute();
    for (const r of rows) {
      out.set(r.id, { id: r.id, title: r.title, unitId: r.unit_id, genre: r.genre, authorName: r.author_name, hasPhoto: Number(r.has_photo) === 1, status: r.status });
    }
  }
  return out;
}
