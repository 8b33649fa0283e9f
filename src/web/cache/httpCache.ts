/**
 * The page cache on the HTTP path. `serveFromCache` answers a request from the cache with raw
 * node objects, so the same code runs in the server's fast path (before Fastify routing, see
 * server.ts) and in an onRequest hook (for inject() and anything that reaches Fastify).
 * Pages are stored by an onSend hook when a route rendered them through sendPublicHtml with tags.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ViewCounter } from '../viewCounter.ts';
import type { ChangeFollower } from './changeFollower.ts';
import { type PageCache, audienceOf, etagOf, negotiate, surrogateKey } from './pageCache.ts';
import { REFRESH_HEADER } from './proxyRefresh.ts';

export const SESSION_COOKIE_NAME = 'cttdt_sid';
const CACHE_INFO = Symbol('cacheInfo');
const SEQUENCE = Symbol('changeSequence');

export interface CacheInfo {
  tags: readonly string[];
  visit: { siteId: number; contentId?: number | undefined } | null;
}

export function cacheKey(host: string | undefined, url: string | undefined): string {
  return `${(host ?? '').toLowerCase()}${url ?? '/'}`;
}

function cacheable(req: IncomingMessage): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const cookie = req.headers.cookie;
  return !(cookie && cookie.includes(SESSION_COOKIE_NAME));
}

/** Answers from the cache when it can (200 or 304); returns false to let the request go on. */
export function serveFromCache(cache: PageCache, views: ViewCounter, req: IncomingMessage, res: ServerResponse): boolean {
  if (!cache.options.enabled || !cacheable(req)) return false;
  // The proxy re-fetching a page after a change (proxyRefresh.ts): render it from the database, then store it.
  if (req.headers[REFRESH_HEADER] !== undefined) return false;
  const entry = cache.lookup(cacheKey(req.headers.host, req.url));
  if (!entry) return false;
  if (entry.visit) {
    views.visit(entry.visit.siteId);
    if (entry.visit.contentId !== undefined) views.view(entry.visit.siteId, entry.visit.contentId);
  }
  const audience = audienceOf(req.headers);
  if (req.headers['if-none-match'] === entry.etag) {
    res.writeHead(304, entry.rawNotModifiedHeaders[audience]);
    res.end();
    return true;
  }
  const { body, headers } = cache.variant(entry, negotiate(req.headers['accept-encoding'] as string | undefined), audience);
  res.writeHead(200, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
  return true;
}

/** Marks a reply as a cacheable public page (called by sendPublicHtml). */
export function markCacheable(reply: FastifyReply, info: CacheInfo): void {
  (reply as unknown as Record<symbol, CacheInfo>)[CACHE_INFO] = info;
}

export function registerHttpCache(app: FastifyInstance, deps: { cache: PageCache; views: ViewCounter; changes: ChangeFollower }): void {
  const { cache, views, changes } = deps;

  app.addHook('onRequest', async (req: FastifyRequest, reply: FastifyReply) => {
    (req as unknown as Record<symbol, number>)[SEQUENCE] = changes.sequence;
    if (serveFromCache(cache, views, req.raw, reply.raw)) reply.hijack();
  });

  app.addHook('onSend', async (req, reply, payload) => {
    const info = (reply as unknown as Record<symbol, CacheInfo | undefined>)[CACHE_INFO];
    if (!info || reply.statusCode !== 200 || typeof payload !== 'string') return payload;
    // Encoded once: hashed for the ETag, kept by the cache, sent as is.
    const raw = Buffer.from(payload, 'utf8');
    const audience = audienceOf(req.headers);
    reply.header('vary', 'Accept-Encoding');
    if (audience === 'proxy') reply.header('surrogate-key', surrogateKey(info.tags));
    // A change applied while this page was rendering may not be in it: serve it, but do not keep it.
    const unchanged = (req as unknown as Record<symbol, number>)[SEQUENCE] === changes.sequence;
    const stored = cacheable(req.raw) && unchanged && cache.options.enabled
      ? cache.store({ key: cacheKey(req.headers.host, req.url), html: raw, headers: headersOf(reply), tags: info.tags, visit: info.visit })
      : null;
    const etag = stored?.etag ?? etagOf(raw);
    reply.header('etag', etag);
    if (req.headers['if-none-match'] === etag) {
      reply.code(304);
      return '';
    }
    if (!stored) return raw;
    // The entry keeps Surrogate-Key (from the tags) whoever asked first; each hit picks its audience's headers.
    reply.header('x-cache', 'MISS');
    const enc = negotiate(req.headers['accept-encoding'] as string | undefined);
    if (enc === 'identity') return raw;
    const { body } = cache.variant(stored, enc, audience);
    reply.header('content-encoding', enc);
    return body;
  });
}

function headersOf(reply: FastifyReply): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(reply.getHeaders())) if (v !== undefined) headers[k] = Array.isArray(v) ? v.join(', ') : String(v);
  return headers;
}
