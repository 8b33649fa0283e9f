/** Section listings, articles, static pages, print view and search. */
import type { FastifyInstance, FastifyReply } from 'fastify';
import { NotFoundError } from '../../../core/errors.ts';
import { GENRE_LABELS, type Genre } from '../../../core/types.ts';
import { formatDateTime, formatLongDate } from '../../../core/text/dates.ts';
import { foldDiacritics } from '../../../core/text/vietnamese.ts';
import { findPublishedBySlug, listPublishedCards, listPublishedPages, searchPublished } from '../../../db/repositories/contentRepository.ts';
import { findMedia } from '../../../db/repositories/mediaRepository.ts';
import { findOriginOfCopy } from '../../../db/repositories/syndicationRepository.ts';
import type { ContentRow, SectionRow } from '../../../db/schema.ts';
import { CardList, Pager } from '../../components/ContentCards.tsx';
import { Picture } from '../../components/Picture.tsx';
import { type Crumb, PublicLayout } from '../../components/PublicLayout.tsx';
import { SanitizedHtml } from '../../components/SanitizedHtml.tsx';
import { contentPath } from '../../presenters/content.ts';
import { presentPicture } from '../../presenters/media.ts';
import { renderDocument } from '../../render.ts';
import { type PublicPageContext, loadPublicContext, resolveSite } from '../loadChrome.ts';
import { formatCursor, parseCursor, sectionAndDescendants, toCards } from '../queries.ts';
import { sendPublicHtml } from '../send.ts';
import { tag } from '../../cache/tags.ts';
import { isRecordSectionKind, renderRecordItem, renderRecordSection } from './records.tsx';

const PAGE_SIZE = 12;

function sectionCrumbs(page: PublicPageContext, section: SectionRow): Crumb[] {
  const chain: SectionRow[] = [];
  for (let s: SectionRow | undefined = section; s; s = page.sections.find((x) => x.id === s!.parent_id)) chain.unshift(s);
  return [{ label: 'Trang chủ', href: page.path('/') }, ...chain.map((s) => ({ label: s.name, href: page.path(`/${s.slug}`) }))];
}

function shareLinks(url: string) {
  const u = encodeURIComponent(url);
  return {
    facebook: `https://www.facebook.com/sharer/sharer.php?u=${u}`,
    zalo: `https://sp.zalo.me/share_inline?d=${Buffer.from(JSON.stringify({ url })).toString('base64')}`,
  };
}

export async function sectionRoutes(app: FastifyInstance): Promise<void> {
  const ctx = app.ctx;

  app.get<{ Params: { section: string }; Querystring: { truoc?: string } }>('/:section', { config: { permission: 'public' } }, async (req, reply) => {
    const page = await loadPublicContext(ctx, await resolveSite(ctx, req));
    const section = page.sections.find((s) => s.slug === req.params.section);
    if (!section) throw new NotFoundError();
    if (section.kind === 'link' && section.external_url) return reply.redirect(section.external_url);
    if (isRecordSectionKind(section.kind)) return renderRecordSection(ctx, req, reply, page, section);
    const crumbs = sectionCrumbs(page, section);
    const children = page.sections.filter((s) => s.parent_id === section.id);
    const meta = {
      title: section.name, description: section.description || `${section.name} – ${page.site.full_name}`,
      url: page.absolute(`/${section.slug}`), type: 'website' as const, publisher: page.site.full_name,
      rssHref: page.path(`/${section.slug}/rss.xml`),
    };

    if (section.kind === 'page') {
      const pages = await listPublishedPages(ctx.db, page.site.id, section.id);
      return sendPublicHtml(reply, renderDocument(
        <PublicLayout chrome={page.chrome} meta={meta} crumbs={crumbs} today={ctx.clock.now()}>
          <h1>{section.name}</h1>
          {section.description && <p class="lede">{section.description}</p>}
          <ul class="page-list">
            {pages.map((p) => <li key={p.id}><a href={page.path(contentPath(p, section))}>{p.title}</a>{p.summary && <p>{p.summary}</p>}</li>)}
            {children.map((c) => <li key={`s${c.id}`}><a href={page.path(`/${c.slug}`)}>{c.name}</a></li>)}
          </ul>
          {pages.length === 0 && children.length === 0 && <p class="empty">Chuyên mục đang được cập nhật.</p>}
        </PublicLayout>,
      ), 200, { tags: [tag.site(page.site.id), tag.section(section.id), ...pages.map((p) => tag.content(p.id))], visit: { siteId: page.site.id } });
    }

    const cursor = parseCursor(req.query.truoc);
    const rows = await listPublishedCards(ctx.db, page.site.id, {
      sectionIds: sectionAndDescendants(page.sections, section.id), limit: PAGE_SIZE + 1, after: cursor,
    });
    const hasMore = rows.length > PAGE_SIZE;
    const shown = rows.slice(0, PAGE_SIZE);
    const cards = await toCards(ctx.db, page, shown);
    const base = page.path(`/${section.slug}`);
    const last = shown[shown.length - 1];
    return sendPublicHtml(reply, renderDocument(
      <PublicLayout chrome={page.chrome} meta={{ ...meta, noindex: cursor !== undefined }} crumbs={crumbs} today={ctx.clock.now()}>
        <h1>{section.name}</h1>
        {children.length > 0 && (
          <nav class="subsections" aria-label="Chuyên mục con">
            <ul>{children.map((c) => <li key={c.id}><a href={page.path(`/${c.slug}`)}>{c.name}</a></li>)}</ul>
          </nav>
        )}
        {cards.length > 0 ? <CardList cards={cards} headingLevel={2} /> : <p class="empty">Chuyên mục đang được cập nhật.</p>}
        <Pager prevHref={cursor ? base : null} nextHref={hasMore && last ? `${base}?truoc=${encodeURIComponent(formatCursor(last))}` : null}
          label={cursor ? 'Các tin cũ hơn' : undefined} />
      </PublicLayout>,
    ), 200, { tags: [tag.site(page.site.id), ...sectionAndDescendants(page.sections, section.id).map(tag.section), ...shown.map((r) => tag.content(r.id))], visit: { siteId: page.site.id } });
  });

  async function loadContent(req: { params: { section: string; slug: string } }, page: PublicPageContext) {
    const section = page.sections.find((s) => s.slug === req.params.section);
    if (!section) throw new NotFoundError();
    const row = (await findPublishedBySlug(ctx.db, page.site.id, 'news', req.params.slug))
      ?? (await findPublishedBySlug(ctx.db, page.site.id, 'page', req.params.slug));
    if (!row) throw new NotFoundError();
    const own = row.section_id !== null ? page.sections.find((s) => s.id === row.section_id) : undefined;
    return { section, row, own };
  }

  function canonicalRedirect(reply: FastifyReply, page: PublicPageContext, row: ContentRow, own: SectionRow | undefined, requested: SectionRow, suffix = '') {
    if (own && own.id !== requested.id) return reply.redirect(page.path(contentPath(row, own)) + suffix, 301);
    return null;
  }

  app.get<{ Params: { section: string; slug: string } }>('/:section/:slug', { config: { permission: 'public' } }, async (req, reply) => {
    const page = await loadPublicContext(ctx, await resolveSite(ctx, req));
    const recordSection = page.sections.find((s) => s.slug === req.params.section && isRecordSectionKind(s.kind));
    const record = recordSection ? await renderRecordItem(ctx, req, reply, page, recordSection, req.params.slug) : null;
    if (record) return record;
    const { section, row, own } = await loadContent(req, page);
    const redirect = canonicalRedirect(reply, page, row, own, section);
    if (redirect) return redirect;
    const shownSection = own ?? section;
    const path = contentPath(row, shownSection);
    const cover = row.cover_media_id !== null ? await findMedia(ctx.db, page.site.id, row.cover_media_id) : undefined;
    const picture = presentPicture(cover, row.cover_alt || row.title);
    const related = row.kind === 'news'
      ? await toCards(ctx.db, page, await listPublishedCards(ctx.db, page.site.id, { sectionIds: [shownSection.id], limit: 5, excludeId: row.id }))
      : [];
    const url = page.absolute(path);
    const share = shareLinks(url);
    const isNews = row.kind === 'news';
    // A copy taken from a ward credits it (source line) and names the ward's original as canonical while it is published.
    const origin = row.origin_content_id !== null ? await findOriginOfCopy(ctx.db, page.site.id, row.id) : undefined;
    const originSite = origin?.status === 'published' ? ctx.directory.byId(origin.site_id) : undefined;
    const canonical = origin && originSite
      ? `${ctx.directory.siteUrl(originSite).replace(/\/+$/, '')}${contentPath(origin, origin.section_slug ? { slug: origin.section_slug } : undefined)}`
      : url;
    return sendPublicHtml(reply, renderDocument(
      <PublicLayout chrome={page.chrome} today={ctx.clock.now()} crumbs={[...sectionCrumbs(page, shownSection), { label: row.title }]}
        meta={{
          title: row.title, description: row.summary || row.title, url: canonical, type: 'article', publisher: page.site.full_name,
          creator: row.author_name || undefined, published: row.published_at, modified: row.updated_at, subject: shownSection.name,
          image: picture ? page.assetUrl(picture.fallbackSrc) : null, rssHref: page.path(`/${shownSection.slug}/rss.xml`),
        }}>
        <article class="article">
          <h1>{row.title}</h1>
          {isNews && (
            <p class="meta">
              {row.published_at && <time dateTime={row.published_at}>{formatLongDate(row.published_at)}</time>}
              {' · '}<span>{GENRE_LABELS[row.genre as Genre] ?? 'Tin'}</span>
              {' · '}<span>Lượt xem: {(row.view_count + 1).toLocaleString('vi-VN')}</span>
            </p>
          )}
          {row.summary && <p class="lede">{row.summary}</p>}
          {picture && (
            <figure class="cover">
              <Picture model={picture} sizes="(max-width: 800px) 100vw, 760px" eager />
              {row.cover_caption && <figcaption>{row.cover_caption}</figcaption>}
            </figure>
          )}
          <SanitizedHtml className="prose" html={row.body_html} />
          {row.author_name && <p class="author">{row.author_name}</p>}
          {row.source_name && (
            <p class="source">Nguồn: {row.source_url
              ? <a href={row.source_url} rel="noopener noreferrer external">{row.source_name}</a>
              : row.source_name}</p>
          )}
          <div class="article-tools">
            <a class="share share-facebook" href={share.facebook} rel="noopener noreferrer">Chia sẻ Facebook</a>
            <a class="share share-zalo" href={share.zalo} rel="noopener noreferrer">Chia sẻ Zalo</a>
            <a class="print" href={page.path(`${path}/ban-in`)}>Bản in</a>
          </div>
        </article>
        {related.length > 0 && (
          <section class="related" aria-labelledby="tin-lien-quan">
            <h2 id="tin-lien-quan" class="block-title">Tin liên quan</h2>
            <CardList cards={related} />
          </section>
        )}
      </PublicLayout>,
    ), 200, { tags: [tag.site(page.site.id), tag.content(row.id), tag.section(shownSection.id), ...related.map((c) => tag.content(c.id)), ...(origin ? [tag.content(origin.id)] : [])], visit: { siteId: page.site.id, contentId: row.id } });
  });

  app.get<{ Params: { section: string; slug: string } }>('/:section/:slug/ban-in', { config: { permission: 'public' } }, async (req, reply) => {
    const page = await loadPublicContext(ctx, await resolveSite(ctx, req));
    const { section, row, own } = await loadContent(req, page);
    const redirect = canonicalRedirect(reply, page, row, own, section, '/ban-in');
    if (redirect) return redirect;
    const cover = row.cover_media_id !== null ? await findMedia(ctx.db, page.site.id, row.cover_media_id) : undefined;
    const picture = presentPicture(cover, row.cover_alt || row.title);
    const url = page.absolute(contentPath(row, own ?? section));
    return sendPublicHtml(reply, renderDocument(
      <html lang="vi">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <meta name="robots" content="noindex" />
          <title>{`${row.title} – Bản in`}</title>
          <link rel="canonical" href={url} />
          <link rel="stylesheet" href="/assets/print.css" />
        </head>
        <body class="print-view">
          <header><p class="print-site">{page.site.full_name}</p></header>
          <main>
            <h1>{row.title}</h1>
            {row.published_at && <p class="meta">{formatDateTime(row.published_at)}</p>}
            {row.summary && <p class="lede">{row.summary}</p>}
            {picture && <figure><Picture model={picture} sizes="600px" eager />{row.cover_caption && <figcaption>{row.cover_caption}</figcaption>}</figure>}
            <SanitizedHtml html={row.body_html} />
            {row.author_name && <p class="author">{row.author_name}</p>}
            {row.source_name && <p>Nguồn: {row.source_name}{row.source_url && ` (${row.source_url})`}</p>}
            <p class="print-url">Địa chỉ bài viết: {url}</p>
          </main>
        </body>
      </html>,
    ), 200, { tags: [tag.site(page.site.id), tag.content(row.id)] });
  });

  // Contents without a section live at /tin/<slug> (news) and /trang/<slug> (pages); with one, they redirect to it.
  app.get<{ Params: { slug: string } }>('/tin/:slug', { config: { permission: 'public' } }, async (req, reply) => {
    const page = await loadPublicContext(ctx, await resolveSite(ctx, req));
    const row = await findPublishedBySlug(ctx.db, page.site.id, 'news', req.params.slug);
    if (!row) throw new NotFoundError();
    const own = row.section_id !== null ? page.sections.find((s) => s.id === row.section_id) : undefined;
    if (own) return reply.redirect(page.path(contentPath(row, own)), 301);
    return sendPublicHtml(reply, renderDocument(
      <PublicLayout chrome={page.chrome} today={ctx.clock.now()} crumbs={[{ label: 'Trang chủ', href: page.path('/') }, { label: row.title }]}
        meta={{ title: row.title, description: row.summary || row.title, url: page.absolute(`/tin/${row.slug}`), type: 'article', publisher: page.site.full_name, published: row.published_at, modified: row.updated_at }}>
        <article class="article">
          <h1>{row.title}</h1>
          {row.published_at && <p class="meta"><time dateTime={row.published_at}>{formatLongDate(row.published_at)}</time></p>}
          <SanitizedHtml className="prose" html={row.body_html} />
          {row.author_name && <p class="author">{row.author_name}</p>}
        </article>
      </PublicLayout>,
    ), 200, { tags: [tag.site(page.site.id), tag.content(row.id)], visit: { siteId: page.site.id, contentId: row.id } });
  });

  app.get<{ Params: { slug: string } }>('/trang/:slug', { config: { permission: 'public' } }, async (req, reply) => {
    const page = await loadPublicContext(ctx, await resolveSite(ctx, req));
    const row = await findPublishedBySlug(ctx.db, page.site.id, 'page', req.params.slug);
    if (!row) throw new NotFoundError();
    const own = row.section_id !== null ? page.sections.find((s) => s.id === row.section_id) : undefined;
    if (own) return reply.redirect(page.path(contentPath(row, own)), 301);
    return sendPublicHtml(reply, renderDocument(
      <PublicLayout chrome={page.chrome} today={ctx.clock.now()} crumbs={[{ label: 'Trang chủ', href: page.path('/') }, { label: row.title }]}
        meta={{ title: row.title, description: row.summary || row.title, url: page.absolute(`/trang/${row.slug}`), type: 'article', publisher: page.site.full_name, modified: row.updated_at }}>
        <article class="article"><h1>{row.title}</h1><SanitizedHtml className="prose" html={row.body_html} /></article>
      </PublicLayout>,
    ), 200, { tags: [tag.site(page.site.id), tag.content(row.id)], visit: { siteId: page.site.id, contentId: row.id } });
  });

  app.get<{ Querystring: { q?: string } }>('/tim-kiem', { config: { permission: 'public' } }, async (req, reply) => {
    const page = await loadPublicContext(ctx, await resolveSite(ctx, req));
    const q = (req.query.q ?? '').slice(0, 200).trim();
    const words = foldDiacritics(q).split(/\s+/).filter((w) => w.length > 0).slice(0, 8);
    const cards = words.length ? await toCards(ctx.db, page, await searchPublished(ctx.db, page.site.id, words, 30)) : [];
    return sendPublicHtml(reply, renderDocument(
      <PublicLayout chrome={page.chrome} today={ctx.clock.now()} crumbs={[{ label: 'Trang chủ', href: page.path('/') }, { label: 'Tìm kiếm' }]}
        meta={{ title: 'Tìm kiếm', description: `Tìm kiếm trên ${page.site.full_name}`, url: page.absolute('/tim-kiem'), type: 'website', publisher: page.site.full_name, noindex: true }}>
        <h1>Tìm kiếm</h1>
        <form class="search-page" action={page.path('/tim-kiem')} method="get" role="search">
          <label for="q-page">Từ khóa (có dấu hoặc không dấu)</label>
          <input id="q-page" name="q" type="search" value={q} />
          <button type="submit">Tìm</button>
        </form>
        {words.length > 0 && <p>{cards.length === 0 ? `Không tìm thấy kết quả cho “${q}”.` : `Tìm thấy ${cards.length} kết quả cho “${q}”.`}</p>}
        <CardList cards={cards} headingLevel={2} />
      </PublicLayout>,
    ), 200, { visit: { siteId: page.site.id } });
  });
}
