import type { FastifyReply } from 'fastify';

/**
 * Sends an anonymous public page. Short shared caching with stale-while-revalidate; pages that
 * depend on a person (admin, forms with CSRF tokens) never go through here.
 */
export function sendPublicHtml(reply: FastifyReply, html: string, status = 200): FastifyReply {
  return reply
    .code(status)
    .header('content-type', 'text/html; charset=utf-8')
    .header('cache-control', status === 200 ? 'public, max-age=0, s-maxage=60, stale-while-revalidate=300' : 'no-store')
    .send(html);
}
