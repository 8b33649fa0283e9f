/**
 * Purge by tag for an nginx proxy cache, which has no purge of its own (nginx OSS): when this process drops
 * pages from its cache because a change touched their tags, it asks the proxy (PAGE_CACHE_PROXY) to fetch
 * each of those URLs again right away, once per encoding the proxy stores (brotli, gzip, none). The
 * configuration in docs/deploy/nginx-proxy-cache.conf accepts the refresh header from this host only: the
 * request bypasses the stored copy and its answer replaces it. The header also reaches the app, so whichever
 * worker answers renders the page from the database rather than from a copy it may still hold from before the
 * change (each worker follows the audit log on its own).
 * Pages the proxy holds but no worker has cached any more fall back to the short s-maxage (send.ts).
 */
import { request } from 'node:http';
import { request as requestTls } from 'node:https';

export const REFRESH_HEADER = 'x-cttdt-refresh';

/** The Accept-Encoding of each variant the proxy keys separately (map $cttdt_encoding in the nginx config). */
const VARIANTS: readonly (string | null)[] = ['br', 'gzip', null];
const PARALLEL = 4;

export class ProxyRefresher {
  private readonly queue: string[] = [];
  private readonly queued = new Set<string>();
  private running = 0;
  private lastError = 0;
  /** Refresh requests answered, for tests. */
  done = 0;

  constructor(private readonly proxyUrl: string, private readonly log: (message: string) => void) {}

  /** Re-fetches these cache keys (host + URL) through the proxy; returns at once. */
  refresh(keys: readonly string[]): void {
    for (const key of keys) {
      for (const enc of VARIANTS) {
        const job = `${enc ?? ''} ${key}`;
        if (this.queued.has(job)) continue;
        this.queued.add(job);
        this.queue.push(job);
      }
    }
    this.pump();
  }

  /** Resolves when every queued refresh has been answered (tests). */
  async idle(): Promise<void> {
    while (this.running > 0 || this.queue.length > 0) await new Promise((r) => setTimeout(r, 5));
  }

  private pump(): void {
    while (this.running < PARALLEL && this.queue.length > 0) {
      const job = this.queue.shift()!;
      this.queued.delete(job);
      this.running++;
      void this.fetch(job).finally(() => {
        this.running--;
        this.done++;
        this.pump();
      });
    }
  }

  private fetch(job: string): Promise<void> {
    const space = job.indexOf(' ');
    const enc = job.slice(0, space);
    const key = job.slice(space + 1);
    const slash = key.indexOf('/');
    const host = slash < 0 ? key : key.slice(0, slash);
    const path = slash < 0 ? '/' : key.slice(slash);
    const url = new URL(`${this.proxyUrl}${path}`); // concatenated: a path like //host/x stays a path
    const headers: Record<string, string> = { host, [REFRESH_HEADER]: '1' };
    if (enc) headers['accept-encoding'] = enc;
    return new Promise((resolve) => {
      const req = (url.protocol === 'https:' ? requestTls : request)(url, { method: 'GET', headers, timeout: 10_000 }, (res) => {
        res.resume();
        res.on('end', resolve);
        res.on('error', () => resolve());
      });
      req.on('timeout', () => req.destroy(new Error('timeout')));
      req.on('error', (err) => {
        // One line a minute at most: a proxy that is down must not flood the log.
        if (Date.now() - this.lastError > 60_000) {
          this.lastError = Date.now();
          this.log(`Không làm mới được trang trên proxy ${this.proxyUrl}: ${err.message}`);
        }
        resolve();
      });
      req.end();
    });
  }
}
