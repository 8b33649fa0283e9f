/**
 * Rendered public pages, kept in memory per process from their second request on: the body, its gzip and brotli
 * copies once asked for, and their headers, keyed by host + URL, each entry carrying the tags of what it shows. A
 * change removes exactly the entries tagged with what it touched (invalidate). Bounded by bytes (least recently used
 * goes first) and by age (visit counters and dated banners are allowed to be this stale).
 */
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export type Encoding = 'br' | 'gzip' | 'identity';
/** Who asked: a shared cache in front (gets Surrogate-Key), or a browser talking to the app directly. */
export type Audience = 'proxy' | 'direct';

/**
 * Surrogate-Key is for caches that purge by tag (nginx in front, Varnish, a CDN); they strip it before browsers.
 * A request reached us through one when it carries X-Forwarded-For or Via (every proxy and CDN adds one); a browser
 * talking to the app directly never needs the tags (up to 1 KB on a home page, on every response).
 */
export function audienceOf(headers: { 'x-forwarded-for'?: string | string[] | undefined; via?: string | string[] | undefined }): Audience {
  return headers['x-forwarded-for'] !== undefined || headers.via !== undefined ? 'proxy' : 'direct';
}

export interface CachedPage {
  key: string;
  etag: string;
  tags: readonly string[];
  /** Counted on every hit, as a rendered view would be. */
  visit: { siteId: number; contentId?: number | undefined } | null;
  storedAt: number;
  /**
   * The page as rendered, and its compressed copies once a client has asked for them (variant()): a crawl of
   * thousands of pages by clients that take no compression compresses nothing (docs/benchmarks.md, memory).
   */
  bodies: { identity: Buffer; gzip?: Buffer; br?: Buffer };
  /** The stored response headers every variant shares (no length, no encoding). */
  common: readonly [string, string][];
  /**
   * Ready-made header lists, flattened as res.writeHead takes them (Array.prototype.flat on every hit costs 15 % of a
   * hit): for a request through a proxy or CDN (with Surrogate-Key) and for one straight from a browser (without),
   * per encoding once that encoding's body exists.
   */
  rawHeaders: Record<Audience, Partial<Record<Encoding, string[]>>>;
  rawNotModifiedHeaders: Record<Audience, string[]>;
  bytes: number;
  /** Recency for eviction (a counter, not a clock): last hit, and when it was last placed at the young end. */
  usedAt: number;
  placedAt: number;
}

export interface StoreInput {
  key: string;
  /** The page; a Buffer when the caller already encoded it (its ETag is then computed once, here). */
  html: string | Buffer;
  headers: Record<string, string>;
  tags: readonly string[];
  visit: CachedPage['visit'];
}

const PASSED_HEADERS = new Set([
  'content-type', 'cache-control', 'content-security-policy', 'x-content-type-options', 'referrer-policy',
  'x-frame-options', 'permissions-policy', 'cross-origin-opener-policy', 'strict-transport-security', 'content-language',
]);

/**
 * zlib's sync output is a slice of a 16 KB (or larger) chunk: kept as is, a 5 KB brotli body holds on to 16 KB.
 * A copy of exactly its length keeps the cache's real footprint at the bytes it counts (docs/benchmarks.md).
 */
function exact(buf: Buffer): Buffer {
  if (buf.byteLength === buf.buffer.byteLength) return buf;
  const copy = Buffer.allocUnsafeSlow(buf.byteLength);
  buf.copy(copy);
  return copy;
}

/** What an entry costs beyond its bodies: header lists, tags, index entries (measured about 3.2 KB of heap). */
const ENTRY_OVERHEAD = 4096;
/** Keys the admission doorkeeper remembers before it starts over (about 2 MB). */
const SEEN_LIMIT = 20_000;

function flatHeaders(list: readonly [string, string][], audience: Audience): string[] {
  return (audience === 'proxy' ? list : list.filter(([k]) => k !== 'surrogate-key')).flat();
}

export function etagOf(body: Buffer): string {
  return `"${createHash('sha1').update(body).digest('base64url').slice(0, 22)}"`;
}

/** The Surrogate-Key header value: space-separated tags (Fastly/Varnish convention). */
export function surrogateKey(tags: readonly string[]): string {
  return [...new Set(tags)].join(' ');
}

/** Picks the best encoding the client accepts (a q=0 token is a refusal). */
export function negotiate(acceptEncoding: string | undefined): Encoding {
  if (!acceptEncoding) return 'identity';
  const accepted = new Set<string>();
  for (const part of acceptEncoding.toLowerCase().split(',')) {
    const [token, ...params] = part.trim().split(';');
    if (params.some((p) => /^\s*q=0(\.0*)?\s*$/.test(p))) continue;
    if (token) accepted.add(token.trim());
  }
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip') || accepted.has('*')) return 'gzip';
  return 'identity';
}

export class PageCache {
  private readonly entries = new Map<string, CachedPage>();
  private readonly byTag = new Map<string, Set<string>>();
  /** Requests so far of pages not (yet) kept, and pages a change dropped (see admit()). */
  private readonly seen = new Map<string, number>();
  private readonly readmit = new Set<string>();
  private bytes = 0;
  private tick = 0;
  hits = 0;
  misses = 0;

  constructor(readonly options: { maxBytes: number; maxAgeMs: number; enabled: boolean; minUses?: number; proxyRefreshUrl?: string | null }) {}

  get size(): number {
    return this.entries.size;
  }

  get totalBytes(): number {
    return this.bytes;
  }

  /**
   * A fresh entry, marked as used; undefined when absent or too old. A hit only writes a counter: moving the
   * entry to the young end of the map (exact LRU) on every hit cost more than the rest of the hit, so eviction
   * gives used entries a second chance instead (CLOCK, see store()).
   */
  lookup(key: string, now = Date.now()): CachedPage | undefined {
    const entry = this.entries.get(key);
    if (!entry) {
      this.misses++;
      return undefined;
    }
    if (now - entry.storedAt > this.options.maxAgeMs) {
      this.remove(key);
      this.misses++;
      return undefined;
    }
    entry.usedAt = ++this.tick;
    this.hits++;
    return entry;
  }

  has(key: string): boolean {
    return this.entries.has(key);
  }

  /**
   * Whether a page rendered now should be kept. From its `minUses`-th request on (nginx's proxy_cache_min_uses): a
   * crawler's one-off visits to thousands of articles neither push out the pages readers keep asking for nor fill
   * the process with buffers waiting for the garbage collector (docs/benchmarks.md, memory). A page held now (being
   * re-rendered for a proxy's refresh) or dropped by a change was in demand: it is kept again at once.
   */
  admit(key: string): boolean {
    const minUses = this.options.minUses ?? 1;
    if (minUses <= 1 || this.entries.has(key) || this.readmit.delete(key)) return true;
    const n = (this.seen.get(key) ?? 0) + 1;
    if (n >= minUses) {
      this.seen.delete(key);
      return true;
    }
    // A doorkeeper, not a history: forgetting every count at once now and then bounds it at no cost per request.
    if (this.seen.size >= SEEN_LIMIT) this.seen.clear();
    this.seen.set(key, n);
    return false;
  }

  store(input: StoreInput, now = Date.now()): CachedPage | null {
    if (!this.options.enabled || !this.admit(input.key)) return null;
    const raw = typeof input.html === 'string' ? Buffer.from(input.html, 'utf8') : input.html;
    const etag = etagOf(raw);
    const common: [string, string][] = Object.entries(input.headers)
      .filter(([k]) => PASSED_HEADERS.has(k.toLowerCase()))
      .map(([k, v]) => [k.toLowerCase(), v]);
    common.push(['etag', etag], ['vary', 'Accept-Encoding'], ['surrogate-key', surrogateKey(input.tags)], ['x-cache', 'HIT']);
    const notModified = common.filter(([k]) => k === 'etag' || k === 'cache-control' || k === 'vary' || k === 'surrogate-key');
    const placedAt = ++this.tick;
    const entry: CachedPage = {
      key: input.key, etag, tags: [...new Set(input.tags)], visit: input.visit, storedAt: now, bodies: { identity: raw }, common,
      rawHeaders: { proxy: {}, direct: {} },
      rawNotModifiedHeaders: { proxy: flatHeaders(notModified, 'proxy'), direct: flatHeaders(notModified, 'direct') },
      bytes: raw.length + ENTRY_OVERHEAD, usedAt: placedAt, placedAt,
    };
    this.remove(input.key);
    this.entries.set(input.key, entry);
    this.bytes += entry.bytes;
    for (const t of entry.tags) {
      let keys = this.byTag.get(t);
      if (!keys) this.byTag.set(t, (keys = new Set()));
      keys.add(input.key);
    }
    this.shrink(input.key);
    return entry;
  }

  /** Drops every entry older than the age limit: a lookup would refuse them anyway, and their memory is better free. */
  sweep(now = Date.now()): number {
    let n = 0;
    for (const [key, entry] of this.entries) if (now - entry.storedAt > this.options.maxAgeMs && this.remove(key)) n++;
    return n;
  }

  /**
   * The body and headers to send for an encoding. A compressed body is made the first time a client asks for it and
   * kept with the entry (brotli at quality 5: about gzip's speed, a fifth smaller).
   */
  variant(entry: CachedPage, enc: Encoding, audience: Audience): { body: Buffer; headers: string[] } {
    let body = entry.bodies[enc];
    if (!body) {
      const raw = entry.bodies.identity;
      body = enc === 'br'
        ? exact(brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } }))
        : exact(gzipSync(raw, { level: 6 }));
      entry.bodies[enc] = body;
      if (this.entries.get(entry.key) === entry) {
        entry.bytes += body.length;
        this.bytes += body.length;
        this.shrink(entry.key);
      }
    }
    let headers = entry.rawHeaders[audience][enc];
    if (!headers) {
      const list: [string, string][] = [...entry.common];
      if (enc !== 'identity') list.push(['content-encoding', enc]);
      list.push(['content-length', String(body.length)]);
      headers = entry.rawHeaders[audience][enc] = flatHeaders(list, audience);
    }
    return { body, headers };
  }

  /** Evicts from the old end down to the byte budget; an entry used since it was placed there moves to the young end instead, once. */
  private shrink(keep: string): void {
    while (this.bytes > this.options.maxBytes && this.entries.size > 1) {
      const [oldestKey, oldest] = this.entries.entries().next().value as [string, CachedPage];
      if (oldestKey !== keep && oldest.usedAt <= oldest.placedAt) {
        this.remove(oldestKey);
        continue;
      }
      this.entries.delete(oldestKey);
      this.entries.set(oldestKey, oldest);
      oldest.placedAt = oldestKey === keep ? ++this.tick : oldest.usedAt;
    }
  }

  /** Removes every entry carrying any of `tags`; returns how many went. */
  invalidate(tags: Iterable<string>): number {
    return this.invalidateKeys(tags).length;
  }

  /** Removes every entry carrying any of `tags`; returns their keys (host + URL). */
  invalidateKeys(tags: Iterable<string>): string[] {
    const removed: string[] = [];
    for (const t of tags) {
      const keys = this.byTag.get(t);
      if (!keys) continue;
      for (const key of [...keys]) if (this.remove(key)) removed.push(key);
    }
    if (this.readmit.size + removed.length > SEEN_LIMIT) this.readmit.clear();
    for (const key of removed) this.readmit.add(key);
    return removed;
  }

  clear(): void {
    this.entries.clear();
    this.byTag.clear();
    this.bytes = 0;
  }

  private remove(key: string): boolean {
    const entry = this.entries.get(key);
    if (!entry) return false;
    this.entries.delete(key);
    this.bytes -= entry.bytes;
    for (const t of entry.tags) {
      const keys = this.byTag.get(t);
      keys?.delete(key);
      if (keys && keys.size === 0) this.byTag.delete(t);
    }
    return true;
  }
}
