/**
 * Distribution of a portal's content: RSS 2.0 per site and per news section, the sitemap page
 * "Sơ đồ cổng" (required in the menu by TT 32/2017 Art. 16; regulations.md §9.2) and sitemap.xml.
 * Only published contents of the site being viewed ever appear here.
 */
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { NotFoundError } from '../../../core/errors.ts';
import {
  latestNewsBySection, listPublishedForSitemap, listPublishedNews, listPublishedPages,
} from '../../../db/repositories/contentRepository.ts';
import { mediaByIds } from '../../../db/repositories/mediaRepository.ts';
import type { ContentRow, MediaRow, SectionRow, SiteRow } from '../../../db/schema.ts';
import type { AppContext } from '../../appContext.ts';
import { PublicLayout } from '../../components/PublicLayout.tsx';
import { sectionHref } from '../../presenters/chrome.ts';
import { contentPath } from '../../presenters/content.ts';
import { shareImagePath } from '../../presenters/media.ts';
import { type RssItem, SITEMAP_MAX_URLS, type SitemapUrl, renderRss, renderUrlset } from '../../presenters/xml.ts';
import { renderDocument } from '../../render.ts';
import { SITE_PREFIX, type SiteDirectory } from '../../siteDirectory.ts';
import { type PublicPageContext, loadPublicContext, resolveSite } from '../loadChrome.ts';
import { sectionAndDescendants } from '../queries.ts';
import { sendPublicHtml } from '../send.ts';
import { markCacheable } from '../../cache/httpCache.ts';
import { tag } from '../../cache/tags.ts';

/** Items per feed. */
export const FEED_SIZE = 30;
const XML_CACHE = 'public, max-age=300';

/** Feeds and sitemaps are cached like pages, under the tags of what they list. */
function sendXml(reply: FastifyReply, type: string, body: string, tags: readonly string[]): FastifyReply {
  markCacheable(reply, { tags, visit: null });
  return reply.code(200).header('content-type', `${type}; charset=utf-8`).header('cache-control', XML_CACHE).send(body);
}

/** Media live at the host root (/media/…) whichever way the site is reached, so resolve against the site's origin. */
function mediaUrl(page: PublicPageContext, path: string): string {
  return new URL(path, page.absolute('/')).href;
}

/** Home page URL of a ward for links from its parent: by path prefix when it has no host of its own. */
export function wardHref(directory: SiteDirectory, ward: SiteRow): string {
  return ward.host ? `${directory.siteUrl(ward).replace(/\/+$/, '')}/` : `${SITE_PREFIX}/${ward.slug}/`;
}

async function enclosureOf(ctx: AppContext, page: PublicPageContext, media: MediaRow | undefined): Promise<RssItem['enclosure']> {
  const path = shareImagePath(media);
  if (!path) return null;
  // RSS requires a length; 0 is the conventional "unknown" when the file is missing from this node.
  const length = await stat(join(ctx.mediaDir, path.replace(/^\/media\//, ''))).then((s) => s.size, () => 0);
  return { url: mediaUrl(page, path), length, type: 'image/jpeg' };
}

async function rssItems(ctx: AppContext, page: PublicPageContext, rows: ContentRow[]): Promise<RssItem[]> {
  const sections = new Map(page.sections.map((s) => [s.id, s]));
  const media = await mediaByIds(ctx.db, rows.flatMap((r) => (r.cover_media_id !== null ? [r.cover_media_id] : [])));
  return Promise.all(rows.map(async (r) => {
    const section = r.section_id !== null ? sections.get(r.section_id) : undefined;
    return {
      title: r.title,
      link: page.absolute(contentPath(r, section)),
      description: r.summary,
      pubDate: r.published_at ?? r.updated_at,
      category: section?.name,
      creator: r.author_name || undefined,
      enclosure: r.cover_media_id !== null ? await enclosureOf(ctx, page, media.get(r.cover_media_id)) : null,
    };
  }));
}

function lastBuildDate(ctx: AppContext, rows: readonly ContentRow[]): string | Date {
  const latest = rows.map((r) => r.updated_at > (r.published_at ?? '') ? r.updated_at : r.published_at ?? r.updated_at).sort().at(-1);
  return latest ?? ctx.clock.now();
}

function maxDate(...dates: (string | null | undefined)[]): string | undefined {
  return dates.filter((d): d is string => !!d).sort().at(-1);
}

interface TreeProps {
  page: PublicPageContext;
  parentId: number | null;
  pagesBySection: ReadonlyMap<number, ContentRow[]>;
  depth?: number;
}

/** The section tree as list items, each page-kind section with its published pages under it. */
function sectionNodes({ page, parentId, pagesBySection, depth = 0 }: TreeProps) {
  const nodes = page.sections.filter((s) => s.parent_id === parentId);
  if (depth > 8) return [];
  return nodes.map((s) => {
    const pages = pagesBySection.get(s.id) ?? [];
    const children = sectionNodes({ page, parentId: s.id, pagesBySection, depth: depth + 1 });
    return (
      <li key={s.id}>
        <a href={sectionHref(page.basePath, s)} rel={s.kind === 'link' ? 'noopener external' : undefined}>{s.name}</a>
        {(pages.length > 0 || children.length > 0) && (
          <ul>
            {pages.map((p) => <li key={`p${p.id}`}><a href={page.path(contentPath(p, s))}>{p.title}</a></li>)}
            {children}
          </ul>
        )}
      </li>
    );
  });
}

export async function feedRoutes(app: FastifyInstance): Promise<void> {
  const ctx = app.ctx;

  app.get('/rss.xml', { config: { permission: 'public' } }, async (req, reply) => {
    const page = await loadPublicContext(ctx, await resolveSite(ctx, req));
    const { site } = page;
    const rows = await listPublishedNews(ctx.db, site.id, { limit: FEED_SIZE });
    return sendXml(reply, 'application/rss+xml', renderRss({
      title: site.name,
      link: page.absolute('/'),
      description: site.description || `Tin, bài mới nhất trên Cổng thông tin điện tử ${site.full_name}`,
      selfUrl: page.absolute('/rss.xml'),
      lastBuildDate: lastBuildDate(ctx, rows),
      copyright: site.license_info || undefined,
    }, await rssItems(ctx, page, rows)), [tag.site(site.id), tag.feed(site.id)]);
  });

  app.get<{ Params: { section: string } }>('/:section/rss.xml', { config: { permission: 'public' } }, async (req, reply) => {
    const page = await loadPublicContext(ctx, await resolveSite(ctx, req));
    const { site } = page;
    const section = page.sections.find((s) => s.slug === req.params.section);
    if (!section || section.kind !== 'news') throw new NotFoundError('Không tìm thấy chuyên mục tin tức này.');
    const rows = await listPublishedNews(ctx.db, site.id, { sectionIds: sectionAndDescendants(page.sections, section.id), limit: FEED_SIZE });
    return sendXml(reply, 'application/rss+xml', renderRss({
      title: `${section.name} – ${site.name}`,
      link: page.absolute(`/${section.slug}`),
      description: section.description || `Tin, bài mới nhất chuyên mục ${section.name} – ${site.full_name}`,
      selfUrl: page.absolute(`/${section.slug}/rss.xml`),
      lastBuildDate: lastBuildDate(ctx, rows),
      copyright: site.license_info || undefined,
    }, await rssItems(ctx, page, rows)), [tag.site(site.id), ...sectionAndDescendants(page.sections, section.id).map(tag.section), ...rows.map((r) => tag.content(r.id))]);
  });

  app.get('/so-do-cong', { config: { permission: 'public' } }, async (req, reply) => {
    const page = await loadPublicContext(ctx, await resolveSite(ctx, req));
    const { site } = page;
    const pages = await listPublishedPages(ctx.db, site.id);
    const sectionIds = new Set(page.sections.map((s) => s.id));
    const pagesBySection = new Map<number, ContentRow[]>();
    const loosePages: ContentRow[] = [];
    for (const p of pages) {
      if (p.section_id !== null && sectionIds.has(p.section_id)) pagesBySection.set(p.section_id, [...pagesBySection.get(p.section_id) ?? [], p]);
      else loosePages.push(p);
    }
    // Menu entries that are not sections (the TT 32/2017 defaults such as Dịch vụ công trực tuyến).
    const known = new Set([page.path('/'), page.path('/so-do-cong'), ...page.sections.map((s) => sectionHref(page.basePath, s))]);
    const extras = page.chrome.menu.filter((m) => !known.has(m.href));
    const wards = ctx.directory.children(site.id);
    const parent = page.chrome.parent;
    const description = `Sơ đồ Cổng thông tin điện tử ${site.full_name}: các chuyên mục, trang thông tin`
      + (wards.length > 0 ? ' và cổng thông tin điện tử các phường, xã trực thuộc.' : '.');

    return sendPublicHtml(reply, renderDocument(
      <PublicLayout chrome={page.chrome} today={ctx.clock.now()}
        crumbs={[{ label: 'Trang chủ', href: page.path('/') }, { label: 'Sơ đồ cổng' }]}
        meta={{ title: 'Sơ đồ cổng', description, url: page.absolute('/so-do-cong'), type: 'website', publisher: site.full_name, rssHref: page.path('/rss.xml') }}>
        <h1>Sơ đồ cổng</h1>
        <p class="lede">{description}</p>
        <section class="sitemap" aria-labelledby="so-do-chuyen-muc">
          <h2 id="so-do-chuyen-muc">Chuyên mục</h2>
          <ul>
            <li><a href={page.path('/')}>Trang chủ</a></li>
            {sectionNodes({ page, parentId: null, pagesBySection })}
            {extras.map((m) => <li key={m.href}><a href={m.href} rel={m.external ? 'noopener external' : undefined}>{m.label}</a></li>)}
          </ul>
        </section>
        {loosePages.length > 0 && (
          <section class="sitemap" aria-labelledby="so-do-trang">
            <h2 id="so-do-trang">Trang thông tin</h2>
            <ul>{loosePages.map((p) => <li key={p.id}><a href={page.path(contentPath(p, undefined))}>{p.title}</a></li>)}</ul>
          </section>
        )}
        {wards.length > 0 && (
          <section class="sitemap" aria-labelledby="so-do-phuong-xa">
            <h2 id="so-do-phuong-xa">Cổng thông tin điện tử các phường, xã</h2>
            <ul class="ward-portals">{wards.map((w) => <li key={w.id}><a href={wardHref(ctx.directory, w)}>{w.name}</a></li>)}</ul>
          </section>
        )}
        {parent && (
          <section class="sitemap" aria-labelledby="so-do-cap-tren">
            <h2 id="so-do-cap-tren">Cổng thông tin điện tử cấp trên</h2>
            <ul><li><a href={parent.href}>{parent.name}</a></li></ul>
          </section>
        )}
        <section class="sitemap" aria-labelledby="so-do-tien-ich">
          <h2 id="so-do-tien-ich">Tiện ích</h2>
          <ul>
            <li><a href={page.path('/tim-kiem')}>Tìm kiếm</a></li>
            <li><a href={page.path('/rss.xml')}>Tin mới (RSS)</a></li>
            <li><a href={page.path('/sitemap.xml')}>Sơ đồ cổng dạng XML (sitemap.xml)</a></li>
            <li><a href="/api/v1/openapi.json">Dữ liệu mở (API)</a></li>
          </ul>
        </section>
      </PublicLayout>,
    ), 200, { tags: [tag.site(site.id), tag.feed(site.id), tag.directory()], visit: { siteId: site.id } });
  });

  app.get('/sitemap.xml', { config: { permission: 'public' } }, async (req, reply) => {
    const page = await loadPublicContext(ctx, await resolveSite(ctx, req));
    const { site } = page;
    const latestBySection = await latestNewsBySection(ctx.db, site.id);
    const wards = ctx.directory.children(site.id);
    const listed = page.sections.filter((s) => s.kind !== 'link');
    const fixed = 1 + listed.length + wards.length;
    const contents = await listPublishedForSitemap(ctx.db, site.id, SITEMAP_MAX_URLS - fixed);
    const byId = new Map(page.sections.map((s) => [s.id, s]));
    const pageUpdates = new Map<number, string>();
    for (const c of contents) {
      if (c.kind === 'page' && c.section_id !== null) pageUpdates.set(c.section_id, maxDate(pageUpdates.get(c.section_id), c.updated_at)!);
    }
    const sectionLastmod = (s: SectionRow) => s.kind === 'news'
      ? maxDate(...sectionAndDescendants(page.sections, s.id).map((id) => latestBySection.get(id))) ?? s.updated_at
      : pageUpdates.get(s.id) ?? s.updated_at;

    const urls: SitemapUrl[] = [{ loc: page.absolute('/'), lastmod: maxDate(...latestBySection.values()) ?? site.updated_at }];
    for (const s of listed) urls.push({ loc: page.absolute(`/${s.slug}`), lastmod: sectionLastmod(s) });
    for (const w of wards) urls.push({ loc: `${ctx.directory.siteUrl(w).replace(/\/+$/, '')}/` });
    for (const c of contents) {
      const section = c.section_id !== null ? byId.get(c.section_id) : undefined;
      // A news item is only reachable under its section; without one it has no public URL to list.
      if (c.kind === 'news' && !section) continue;
      urls.push({ loc: page.absolute(contentPath(c, section)), lastmod: maxDate(c.updated_at, c.published_at) });
    }
    return sendXml(reply, 'application/xml', renderUrlset(urls), [tag.site(site.id), tag.feed(site.id), ...(wards.length ? [tag.directory()] : [])]);
  });
}
