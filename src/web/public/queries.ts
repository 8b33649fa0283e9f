/** Read helpers shared by the public routes: section trees, card building with one media query. */
import { type Kysely, sql } from 'kysely';
import { mediaByIds } from '../../db/repositories/mediaRepository.ts';
import type { ContentRow, DB, SectionRow } from '../../db/schema.ts';
import { type ContentCard, presentCard } from '../presenters/content.ts';
import type { PublicPageContext } from './loadChrome.ts';
import { SITE_PREFIX, type SiteDirectory } from '../siteDirectory.ts';

/** A section and all its descendants' ids (a parent news section lists its children's items too). */
export function sectionAndDescendants(sections: readonly SectionRow[], rootId: number): number[] {
  const ids = [rootId];
  for (let i = 0; i < ids.length; i++) {
    for (const s of sections) if (s.parent_id === ids[i]) ids.push(s.id);
  }
  return ids;
}

export async function toCards(db: Kysely<DB>, page: Pick<PublicPageContext, 'sections' | 'path'>, rows: ContentRow[]): Promise<ContentCard[]> {
  const media = await mediaByIds(db, rows.flatMap((r) => (r.cover_media_id !== null ? [r.cover_media_id] : [])));
  const sections = new Map(page.sections.map((s) => [s.id, s]));
  return rows.map((r) => presentCard(r, { sections, media, path: page.path }));
}

/**
 * Cards for items of other sites (the parent portal's ward block). Each links to its own portal:
 * by path prefix when the ward has no host of its own (works on any host), else absolutely.
 */
export async function toForeignCards(db: Kysely<DB>, directory: SiteDirectory, rows: ContentRow[]): Promise<ContentCard[]> {
  const sectionIds = [...new Set(rows.flatMap((r) => (r.section_id !== null ? [r.section_id] : [])))];
  const sections = sectionIds.length
    ? await db.selectFrom('sections').selectAll().where('id', 'in', sectionIds).execute()
    : [];
  const media = await mediaByIds(db, rows.flatMap((r) => (r.cover_media_id !== null ? [r.cover_media_id] : [])));
  const sectionMap = new Map(sections.map((s) => [s.id, s]));
  return rows.map((r) => {
    const site = directory.byId(r.site_id)!;
    const base = site.host ? directory.siteUrl(site) : `${SITE_PREFIX}/${site.slug}`;
    return presentCard(r, { sections: sectionMap, media, path: (p) => `${base}${p}`, siteName: site.name });
  });
}

/**
 * The newest published news of several sites (the parent portal's block of its wards' news).
 * `site_id IN (…every ward…) ORDER BY published_at LIMIT n` makes SQLite and PostgreSQL sort every published
 * item of every ward (4 s per request at a province's million items, docs/benchmarks.md). Instead: one ordered
 * index scan per site that stops after `limit` ids (a UNION ALL of per-site LIMIT queries reading only the
 * index and the start of each row), merged here, then the full rows of the winners only.
 */
export async function latestNewsOfSites(db: Kysely<DB>, siteIds: readonly number[], limit: number): Promise<ContentRow[]> {
  const newest: { id: number; published_at: string | null }[] = [];
  // SQLite allows at most 500 terms in a compound SELECT.
  for (let i = 0; i < siteIds.length; i += 200) {
    const arms = siteIds.slice(i, i + 200).map((siteId, k) => sql`select * from (select id, published_at from contents
      where site_id = ${siteId} and kind = 'news' and status = 'published' order by published_at desc, id desc limit ${limit}) as ${sql.raw(`s${k}`)}`);
    newest.push(...(await sql<{ id: number; published_at: string | null }>`${sql.join(arms, sql` union all `)}`.execute(db)).rows);
  }
  const newestFirst = (a: { id: number; published_at: string | null }, b: { id: number; published_at: string | null }) =>
    (a.published_at ?? '') < (b.published_at ?? '') ? 1 : (a.published_at ?? '') > (b.published_at ?? '') ? -1 : b.id - a.id;
  const ids = newest.sort(newestFirst).slice(0, limit).map((r) => Number(r.id));
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('contents').selectAll().where('id', 'in', ids).execute();
  return rows.sort(newestFirst);
}

/** "2026-01-05T01:30:00.000Z_123" ↔ cursor; anything malformed is treated as no cursor. */
export function parseCursor(value: unknown): { publishedAt: string; id: number } | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^(\d{4}-\d{2}-\d{2}T[\d:.]+Z)_(\d+)$/.exec(value);
  return m ? { publishedAt: m[1]!, id: Number(m[2]) } : undefined;
}

export function formatCursor(row: Pick<ContentRow, 'published_at' | 'id'>): string {
  return `${row.published_at}_${row.id}`;
}
