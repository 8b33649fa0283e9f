/** The home page of a portal: featured items, campaign banners, latest per section, and (parent portal) the wards' news. */
import type { FastifyInstance } from 'fastify';
import { listActiveBanners } from '../../../db/repositories/bannerRepository.ts';
import { listPublishedCardGroups, listPublishedCards } from '../../../db/repositories/contentRepository.ts';
import { mediaByIds } from '../../../db/repositories/mediaRepository.ts';
import { CardList } from '../../components/ContentCards.tsx';
import { Picture } from '../../components/Picture.tsx';
import { PublicLayout } from '../../components/PublicLayout.tsx';
import { sectionHref } from '../../presenters/chrome.ts';
import { presentPicture } from '../../presenters/media.ts';
import { renderDocument } from '../../render.ts';
import { loadPublicContext, resolveSite } from '../loadChrome.ts';
import { coverIds, presentCards, sectionAndDescendants, toForeignCards } from '../queries.ts';
import { sendPublicHtml } from '../send.ts';
import { tag } from '../../cache/tags.ts';

export async function homeRoutes(app: FastifyInstance): Promise<void> {
  app.get('/', { config: { permission: 'public' } }, async (req, reply) => {
    const ctx = app.ctx;
    const page = await loadPublicContext(ctx, await resolveSite(ctx, req));
    const { site } = page;
    const now = ctx.clock.now();

    // Every block of the page in as few statements as it takes: one for the site's own listings, one for its wards'
    // news, one for banners, one for every photo on the page (docs/benchmarks.md: the cache-off home).
    const newsSections = page.sections.filter((s) => s.kind === 'news' && s.on_home === 1);
    const [featuredRows = [], ...groupRows] = await listPublishedCardGroups(ctx.db, site.id, [
      { featured: true, limit: 5 },
      ...newsSections.map((s) => ({ sectionIds: sectionAndDescendants(page.sections, s.id), limit: 4 })),
      ...(newsSections.length === 0 ? [{ limit: 8 }] : []),
    ]);
    const children = ctx.directory.children(site.id);
    const wardRows = children.length > 0 ? await listPublishedCards(ctx.db, children.map((c) => c.id), { limit: 6 }) : [];
    const banners = await listActiveBanners(ctx.db, site.id, now.toISOString());
    const media = await mediaByIds(ctx.db, [
      ...coverIds([...featuredRows, ...groupRows.flat(), ...wardRows]),
      ...banners.flatMap((b) => (b.media_id !== null ? [b.media_id] : [])),
    ]);
    const featured = presentCards(page, featuredRows, media);
    const blocks = newsSections.map((section, i) => ({ section, cards: presentCards(page, groupRows[i] ?? [], media) }));
    const latest = newsSections.length === 0 ? presentCards(page, groupRows[0] ?? [], media) : [];
    const wardCards = wardRows.length > 0 ? await toForeignCards(ctx.db, ctx.directory, wardRows, media) : [];
    const [lead, ...rest] = featured;

    const html = renderDocument(
      <PublicLayout chrome={page.chrome} today={now} bodyClass="home" meta={{
        title: site.name, description: site.description || `Cổng thông tin điện tử ${site.full_name}`,
        url: page.absolute('/'), type: 'website', publisher: site.full_name, modified: featuredRows[0]?.published_at,
        image: lead?.picture ? page.assetUrl(lead.picture.fallbackSrc) : null, rssHref: page.path('/rss.xml'),
      }}>
        <h1 class="visually-hidden">{site.full_name}</h1>
        {lead && (
          <section class="featured" aria-labelledby="tin-noi-bat">
            <h2 id="tin-noi-bat" class="block-title">Tin nổi bật</h2>
            <article class="lead">
              {lead.picture && <a href={lead.href} tabIndex={-1} aria-hidden="true"><Picture model={lead.picture} sizes="(max-width: 800px) 100vw, 640px" eager /></a>}
              <h3 class="lead-title"><a href={lead.href}>{lead.title}</a></h3>
              <p class="meta"><time dateTime={lead.publishedAt}>{lead.dateText}</time></p>
              <p class="summary">{lead.summary}</p>
            </article>
            <CardList cards={rest} />
          </section>
        )}
        {banners.length > 0 && (
          <section class="banners" aria-label="Chuyên đề, chiến dịch tuyên truyền">
            {banners.map((b) => {
              const pic = b.media_id !== null ? presentPicture(media.get(b.media_id), b.alt || b.title) : null;
              return (
                <a class="banner" href={b.link_url || '#'} key={b.id}>
                  {pic ? <Picture model={pic} sizes="(max-width: 800px) 100vw, 400px" /> : <span>{b.title}</span>}
                </a>
              );
            })}
          </section>
        )}
        <div class="home-grid">
          <div class="home-main">
            {blocks.filter((b) => b.cards.length > 0).map((b) => (
              <section class="block" key={b.section.id} aria-labelledby={`khoi-${b.section.id}`}>
                <h2 class="block-title" id={`khoi-${b.section.id}`}><a href={sectionHref(page.basePath, b.section)}>{b.section.name}</a></h2>
                <CardList cards={b.cards} />
              </section>
            ))}
            {latest.length > 0 && (
              <section class="block" aria-labelledby="tin-moi">
                <h2 class="block-title" id="tin-moi">Tin mới</h2>
                <CardList cards={latest} />
              </section>
            )}
          </div>
          {wardCards.length > 0 && (
            <aside class="home-side ward-news" aria-labelledby="tin-phuong-xa">
              <h2 class="block-title" id="tin-phuong-xa">Tin từ phường, xã</h2>
              <CardList cards={wardCards} sizes="120px" />
              <p><a href={page.path('/so-do-cong')}>Các cổng thông tin phường, xã »</a></p>
            </aside>
          )}
        </div>
      </PublicLayout>,
    );
    const tags = [
      tag.site(site.id), tag.featured(site.id), tag.banners(site.id),
      ...newsSections.flatMap((s) => sectionAndDescendants(page.sections, s.id).map(tag.section)),
      ...[...featured, ...blocks.flatMap((b) => b.cards), ...latest, ...wardCards].map((c) => tag.content(c.id)),
      ...(newsSections.length === 0 ? [tag.feed(site.id)] : []),
      ...(children.length > 0 ? [tag.wardNews(site.id), tag.directory()] : []),
    ];
    return sendPublicHtml(reply, html, 200, { tags, visit: { siteId: site.id } });
  });
}
