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
    .header('cache-control', status === 200 ? 'public, max-age=0, s-maxage=60, stale-while-revalidate=300' : 'no-store')
    .send(html);
}
