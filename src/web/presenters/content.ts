/** Content rows → view models for cards, listings and the article page. */
import { formatLongDate } from '../../core/text/dates.ts';
import type { ContentRow, MediaRow, SectionRow } from '../../db/schema.ts';
import { type PictureModel, presentPicture } from './media.ts';

export interface ContentCard {
  id: number;
  title: string;
  href: string;
  summary: string;
  dateText: string;
  publishedAt: string;
  sectionName: string;
  picture: PictureModel | null;
  siteName?: string;
}

/** Site-relative path of a content: `/<section>/<slug>` for news, `/trang/<slug>` for unsectioned pages. */
export function contentPath(row: Pick<ContentRow, 'slug' | 'kind'>, section: Pick<SectionRow, 'slug'> | undefined): string {
  return section ? `/${section.slug}/${row.slug}` : `/${row.kind === 'page' ? 'trang' : 'tin'}/${row.slug}`;
}

export function presentCard(
  row: Pick<ContentRow, 'id' | 'title' | 'slug' | 'kind' | 'section_id' | 'summary' | 'published_at' | 'updated_at' | 'cover_media_id' | 'cover_alt'>,
  opts: { sections: ReadonlyMap<number, SectionRow>; media: ReadonlyMap<number, MediaRow>; path: (p: string) => string; siteName?: string },
): ContentCard {
  const section = row.section_id !== null ? opts.sections.get(row.section_id) : undefined;
  return {
    id: row.id,
    title: row.title,
    href: opts.path(contentPath(row, section)),
    summary: row.summary,
    dateText: row.published_at ? formatLongDate(row.published_at) : '',
    publishedAt: row.published_at ?? row.updated_at,
    sectionName: section?.name ?? '',
    picture: row.cover_media_id !== null ? presentPicture(opts.media.get(row.cover_media_id), row.cover_alt || row.title) : null,
    ...(opts.siteName ? { siteName: opts.siteName } : {}),
  };
}
