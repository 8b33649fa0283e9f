/** Rows → the JSON shapes documented in endpoints.ts (API_SCHEMAS). Only published rows reach here. */
import { sanitizeRichText } from '../../core/content/sanitize.ts';
import type { ContentRow, MediaRow, SectionRow, SiteRow } from '../../db/schema.ts';
import type { ImageVariant } from '../../media/imageProcessor.ts';
import { contentPath } from '../presenters/content.ts';
import { shareImagePath } from '../presenters/media.ts';
import type { SiteDirectory } from '../siteDirectory.ts';

export interface ApiSite {
  id: number;
  slug: string;
  name: string;
  fullName: string;
  level: string;
  parentId: number | null;
  publicUrl: string;
}

export interface ApiSection {
  id: number;
  slug: string;
  name: string;
  kind: string;
  parentId: number | null;
  url: string;
}

export interface ApiSectionRef {
  id: number;
  slug: string;
  name: string;
}

export interface ApiImage {
  url: string;
  alt: string;
  caption: string | null;
  width: number;
  height: number;
}

export interface ApiItem {
  id: number;
  slug: string;
  title: string;
  summary: string;
  publishedAt: string;
  updatedAt: string;
  section: ApiSectionRef | null;
  author: string | null;
  source: { name: string; url: string | null } | null;
  image: ApiImage | null;
  url: string;
}

export interface ApiPage {
  id: number;
  slug: string;
  title: string;
  summary: string;
  publishedAt: string | null;
  updatedAt: string;
  section: ApiSectionRef | null;
  url: string;
}

/** Everything needed to present one site's rows: its address, sections and the media rows used. */
export interface SiteView {
  siteUrl: string;
  sections: ReadonlyMap<number, SectionRow>;
  media: ReadonlyMap<number, MediaRow>;
}

export function absoluteUrl(siteUrl: string, path: string): string {
  return `${siteUrl.replace(/\/+$/, '')}${path.startsWith('/') ? path : `/${path}`}`;
}

export function presentSite(directory: SiteDirectory, site: SiteRow): ApiSite {
  return {
    id: site.id, slug: site.slug, name: site.name, fullName: site.full_name, level: site.level,
    parentId: site.parent_id, publicUrl: absoluteUrl(directory.siteUrl(site), '/'),
  };
}

export function presentSection(siteUrl: string, s: SectionRow): ApiSection {
  return {
    id: s.id, slug: s.slug, name: s.name, kind: s.kind, parentId: s.parent_id,
    url: s.kind === 'link' && s.external_url ? s.external_url : absoluteUrl(siteUrl, `/${s.slug}`),
  };
}

function sectionRef(view: SiteView, row: ContentRow): ApiSectionRef | null {
  const s = row.section_id !== null ? view.sections.get(row.section_id) : undefined;
  return s ? { id: s.id, slug: s.slug, name: s.name } : null;
}

function presentImage(view: SiteView, row: ContentRow): ApiImage | null {
  const media = row.cover_media_id !== null ? view.media.get(row.cover_media_id) : undefined;
  const path = shareImagePath(media);
  if (!media || !path) return null;
  const variant = (JSON.parse(media.variants) as ImageVariant[]).find((v) => path.endsWith(`/${v.jpeg}`));
  return {
    // Media are served from the host root whichever way the site is reached.
    url: new URL(path, `${view.siteUrl.replace(/\/+$/, '')}/`).href,
    alt: row.cover_alt || media.alt || row.title,
    caption: row.cover_caption || media.caption || null,
    width: variant?.width ?? media.width,
    height: variant?.height ?? media.height,
  };
}

function urlOf(view: SiteView, row: ContentRow): string {
  const s = row.section_id !== null ? view.sections.get(row.section_id) : undefined;
  return absoluteUrl(view.siteUrl, contentPath(row, s));
}

/**
 * Stored bodies are sanitized on write; they are sanitized again here (defence in depth), and
 * root-relative links and images are made absolute the way a browser on the portal would resolve them.
 */
export function publicBodyHtml(siteUrl: string, html: string): string {
  const origin = new URL(siteUrl).origin;
  return sanitizeRichText(html).replace(/(\s(?:src|href)=")\/(?!\/)/g, `$1${origin}/`);
}

export function presentItem(view: SiteView, row: ContentRow): ApiItem {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    publishedAt: row.published_at ?? row.updated_at,
    updatedAt: row.updated_at,
    section: sectionRef(view, row),
    author: row.author_name || null,
    source: row.source_name ? { name: row.source_name, url: /^https?:\/\//i.test(row.source_url) ? row.source_url : null } : null,
    image: presentImage(view, row),
    url: urlOf(view, row),
  };
}

export function presentItemDetail(view: SiteView, row: ContentRow): ApiItem & { bodyHtml: string } {
  return { ...presentItem(view, row), bodyHtml: publicBodyHtml(view.siteUrl, row.body_html) };
}

export function presentPage(view: SiteView, row: ContentRow): ApiPage {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    publishedAt: row.published_at,
    updatedAt: row.updated_at,
    section: sectionRef(view, row),
    url: urlOf(view, row),
  };
}

export function presentPageDetail(view: SiteView, row: ContentRow): ApiPage & { bodyHtml: string } {
  return { ...presentPage(view, row), bodyHtml: publicBodyHtml(view.siteUrl, row.body_html) };
}
