/**
 * Counts article views and site visits in memory and writes them in batches, so a page view
 * never waits on a database write and a traffic spike does not become a write spike.
 */
import type { Kysely } from 'kysely';
import type { Clock } from '../core/types.ts';
import { addViews } from '../db/repositories/contentRepository.ts';
import { addVisits } from '../db/repositories/visitRepository.ts';
import type { DB } from '../db/schema.ts';

export function portalDay(d: Date): string {
  return new Date(d.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

export class ViewCounter {
  private contentViews = new Map<string, number>(); // "siteId:contentId" → n
  private siteVisits = new Map<number, number>();
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly db: Kysely<DB>, private readonly clock: Clock, private readonly flushEveryMs = 5000) {}

  start(): void {
    this.timer ??= setInterval(() => void this.flush().catch(() => undefined), this.flushEveryMs);
    this.timer.unref();
  }

  visit(siteId: number): void {
    this.siteVisits.set(siteId, (this.siteVisits.get(siteId) ?? 0) + 1);
  }

  view(siteId: number, contentId: number): void {
    const key = `${siteId}:${contentId}`;
    this.contentViews.set(key, (this.contentViews.get(key) ?? 0) + 1);
  }

  /** Pending (not yet written) visits of a site, so the counter a reader sees includes them. */
  pendingVisits(siteId: number): number {
    return this.siteVisits.get(siteId) ?? 0;
  }

  async flush(): Promise<void> {
    const views = this.contentViews;
    const visits = this.siteVisits;
    this.contentViews = new Map();
    this.siteVisits = new Map();
    if (views.size === 0 && visits.size === 0) return;
    const day = portalDay(this.clock.now());
    await this.db.transaction().execute(async (trx) => {
      for (const [key, n] of views) {
        const [siteId, contentId] = key.split(':').map(Number) as [number, number];
        await addViews(trx, siteId, contentId, n);
      }
      for (const [siteId, n] of visits) await addVisits(trx, siteId, day, n);
    });
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.flush();
  }
}
