/**
 * Follows the audit log (the change feed) and invalidates this process's page cache and site
 * directory. Every process runs one, so invalidation is shared without a broker: on PostgreSQL a
 * NOTIFY from the audit trigger wakes it at once (with a slow poll as a safety net); on SQLite it
 * polls the log every 150 ms (several processes on one host share the database file). With a proxy cache in
 * front (PAGE_CACHE_PROXY), the pages it drops are re-fetched through the proxy at once (proxyRefresh.ts).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { DB } from '../../db/schema.ts';
import type { SiteDirectory } from '../siteDirectory.ts';
import { type ChangeEvent, tagsForChange } from './changeTags.ts';
import type { PageCache } from './pageCache.ts';
import { ProxyRefresher } from './proxyRefresh.ts';

export class ChangeFollower {
  private lastId = 0;
  private timer: NodeJS.Timeout | null = null;
  private unlisten: (() => Promise<void>) | null = null;
  private chain: Promise<number> = Promise.resolve(0);
  /** Invalidations applied, for tests and the admin. */
  applied = 0;
  /** The proxy cache in front, told to re-fetch what this process invalidated (PAGE_CACHE_PROXY). */
  readonly proxy: ProxyRefresher | null;

  /** Advances whenever changes are applied; a render that saw it move must not be cached. */
  get sequence(): number {
    return this.lastId;
  }

  constructor(
    private readonly database: Database,
    private readonly cache: PageCache,
    private readonly directory: SiteDirectory,
    private readonly log: (message: string) => void,
  ) {
    this.proxy = cache.options.proxyRefreshUrl ? new ProxyRefresher(cache.options.proxyRefreshUrl, log) : null;
  }

  private get db(): Kysely<DB> {
    return this.database.db;
  }

  /** Starts from the current end of the log: pages cached from now on reflect everything before it. */
  async init(): Promise<void> {
    const row = await this.db.selectFrom('audit_events').select((eb) => eb.fn.max('id').as('id')).executeTakeFirst();
    this.lastId = Number(row?.id ?? 0);
  }

  async start(): Promise<void> {
    const pollMs = this.database.listen ? 2000 : 150;
    if (this.database.listen) {
      this.unlisten = await this.database.listen('cttdt_changes', () => void this.catchUp().catch(() => undefined));
    }
    this.timer = setInterval(() => void this.catchUp().catch((e: unknown) => this.log(`Lỗi theo dõi thay đổi: ${String(e)}`)), pollMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.unlisten?.();
    await this.chain;
  }

  /** Applies every change logged since the last call; serialised so events apply in order once. */
  catchUp(): Promise<number> {
    this.chain = this.chain.then(() => this.applyNew(), () => this.applyNew());
    return this.chain;
  }

  private async applyNew(): Promise<number> {
    let total = 0;
    for (;;) {
      const events = await this.db.selectFrom('audit_events')
        .select(['id', 'site_id', 'subject_type', 'subject_id', 'action'])
        .where('id', '>', this.lastId).orderBy('id').limit(500).execute();
      if (events.length === 0) return total;
      if (events.some((e) => e.subject_type === 'site')) await this.directory.reload();
      for (const e of events) if (e.subject_type === 'section' && e.site_id !== null) this.directory.forgetSections(e.site_id);
      const tags = new Set<string>();
      for (const e of events) for (const t of await this.tagsOf(e)) tags.add(t);
      const removed = this.cache.invalidateKeys(tags);
      this.applied += removed.length;
      this.proxy?.refresh(removed);
      this.lastId = events[events.length - 1]!.id;
      total += events.length;
    }
  }

  private async tagsOf(e: ChangeEvent): Promise<string[]> {
    if (e.site_id === null) return [];
    const site = this.directory.byId(e.site_id);
    if (e.subject_type !== 'content' || e.subject_id === null) return tagsForChange(e, { site, sections: [] });
    const [content, sections] = await Promise.all([
      this.db.selectFrom('contents').select(['section_id', 'is_featured', 'kind']).where('id', '=', e.subject_id).executeTakeFirst(),
      this.db.selectFrom('sections').select(['id', 'parent_id']).where('site_id', '=', e.site_id).execute(),
    ]);
    return tagsForChange(e, { site, content, sections });
  }
}
