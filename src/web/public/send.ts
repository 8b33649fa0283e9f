import type { FastifyReply } from 'fastify';
import { type CacheInfo, markCacheable } from '../cache/httpCache.ts';

export interface PublicPageOptions {
  /** What the page shows (see src/web/cache/tags.ts). A page with tags is cached and invalidated by them. */
  tags?: readonly string[];
  /** Counts a visit to the site (and a view of the content) now and on every cached hit. */
  visit?: CacheInfo['visit'];
}

/**
 * Sends an anonymous public page: shared caching with stale-while-revalidate for proxies, and the
 * in-process page cache when the page declares its tags. Pages that depend on a person (admin,
 * forms with CSRF tokens) never go through here.
 */
/**
 * Shared caches (the nginx proxy cache of docs/deploy/nginx-proxy-cache.conf, a CDN) may keep a page one second,
 * then serve it stale while they revalidate it with its ETag. The app refreshes that nginx itself when it drops
 * a page (PAGE_CACHE_PROXY, src/web/cache/proxyRefresh.ts); for anything else the short s-maxage is the purge.
 * Browsers always revalidate (max-age=0).
 */
export const PUBLIC_CACHE_CONTROL = 'public, max-age=0, s-maxage=1, stale-while-revalidate=300';

export function sendPublicHtml(reply: FastifyReply, html: string, status = 200, options: PublicPageOptions = {}): FastifyReply {
  const visit = options.visit ?? null;
  if (visit && status === 200) {
    const views = reply.server.ctx.views;
    views.visit(visit.siteId);
    if (visit.contentId !== undefined) views.view(visit.siteId, visit.contentId);
  }
  if (options.tags && status === 200) markCacheable(reply, { tags: options.tags, visit });
  return reply
    .code(status)
    .header('content-type', 'text/html; charset=utf-8')
    .header('cache-control', status === 200 ? PUBLIC_CACHE_CONTROL : 'no-store')
    .send(html);
}
