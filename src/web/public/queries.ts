/** Read helpers shared by the public routes: section trees, card building with one media query. */
import type { Kysely } from 'kysely';
import { mediaByIds } from '../../db/repositories/mediaRepository.ts';
import type { CardRow } from '../../db/repositories/contentRepository.ts';
import type { ContentRow, DB, MediaRow, SectionRow } from '../../db/schema.ts';
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

export async function toCards(db: Kysely<DB>, page: Pick<PublicPageContext, 'sections' | 'path'>, rows: readonly CardRow[]): Promise<ContentCard[]> {
  return presentCards(page, rows, await mediaByIds(db, coverIds(rows)));
}

export function coverIds(rows: readonly CardRow[]): number[] {
  return rows.flatMap((r) => (r.cover_media_id !== null ? [r.cover_media_id] : []));
}

/** Cards of this site's items, with their cover photos already read (one media query for a whole page). */
export function presentCards(page: Pick<PublicPageContext, 'sections' | 'path'>, rows: readonly CardRow[], media: ReadonlyMap<number, MediaRow>): ContentCard[] {
  const sections = new Map(page.sections.map((s) => [s.id, s]));
  return rows.map((r) => presentCard(r, { sections, media, path: page.path }));
}

/**
 * Cards for items of other sites (the parent portal's ward block). Each links to its own portal:
 * by path prefix when the ward has no host of its own (works on any host), else absolutely.
 */
export async function toForeignCards(db: Kysely<DB>, directory: SiteDirectory, rows: readonly CardRow[], media?: ReadonlyMap<number, MediaRow>): Promise<ContentCard[]> {
  // Each ward's sections are held by the directory (most parents' homes show the same few wards).
  const siteIds = [...new Set(rows.map((r) => r.site_id))];
  const sectionMap = new Map((await Promise.all(siteIds.map((id) => directory.sectionsOf(id)))).flat().map((s) => [s.id, s]));
  const covers = media ?? await mediaByIds(db, coverIds(rows));
  return rows.map((r) => {
    const site = directory.byId(r.site_id)!;
    const base = site.host ? directory.siteUrl(site) : `${SITE_PREFIX}/${site.slug}`;
    return presentCard(r, { sections: sectionMap, media: covers, path: (p) => `${base}${p}`, siteName: site.name });
  });
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
