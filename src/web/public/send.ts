import type { FastifyReply } from 'fastify';

export interface PublicPageOptions {
  /** What the page shows (see src/web/cache/tags.ts); a page with tags may be cached and is invalidated by them. */
  tags?: readonly string[];
}

/**
 * Sends an anonymous public page. Short shared caching with stale-while-revalidate; pages that
 * depend on a person (admin, forms with CSRF tokens) never go through here.
 */
export function sendPublicHtml(reply: FastifyReply, html: string, status = 200, _options: PublicPageOptions = {}): FastifyReply {
  return reply
    .code(status)
    .header('content-type', 'text/html; charset=utf-8')
    .header('cache-control', status === 200 ? 'public, max-age=0, s-maxage=60, stale-while-revalidate=300' : 'no-store')
    .send(html);
}
