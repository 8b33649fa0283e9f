/**
 * Runs due jobs. Every server process may run one; a job is claimed by exactly one of them.
 * Handlers are registered per kind and must re-check the state they act on (it may have changed
 * since the job was scheduled) and act as the user who scheduled the job (job.created_by).
 */
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Clock } from '../core/types.ts';
import type { DB, JobRow } from '../db/schema.ts';
import { claimDueJobs, completeJob, failJob, releaseStaleJobs } from './jobQueue.ts';

export interface JobContext {
  db: Kysely<DB>;
  clock: Clock;
  log: (message: string) => void;
}

/** Returns a short result description stored on the job, or nothing. Throw to fail (it will be retried). */
export type JobHandler = (job: JobRow, ctx: JobContext) => Promise<string | void>;

const RETRY_DELAY_MS = 60_000;
const STALE_AFTER_MS = 10 * 60_000;

export class JobRunner {
  private readonly handlers = new Map<string, JobHandler>();
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;
  readonly worker = `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;

  constructor(private readonly ctx: JobContext, private readonly pollMs = 1000) {}

  register(kind: string, handler: JobHandler): this {
    if (this.handlers.has(kind)) throw new Error(`Job kind "${kind}" is registered twice`);
    this.handlers.set(kind, handler);
    return this;
  }

  kinds(): string[] {
    return [...this.handlers.keys()];
  }

  start(): void {
    this.timer ??= setInterval(() => void this.tick().catch((e: unknown) => this.ctx.log(`Lỗi khi chạy công việc: ${String(e)}`)), this.pollMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  /** Runs every job due now (one pass); returns how many ran. Tests call this directly. */
  tick(): Promise<number> {
    this.running ??= this.runOnce().finally(() => { this.running = null; });
    return this.running;
  }

  private async runOnce(): Promise<number> {
    const { db, clock } = this.ctx;
    const now = clock.now();
    await releaseStaleJobs(db, new Date(now.getTime() - STALE_AFTER_MS).toISOString());
    const jobs = await claimDueJobs(db, this.worker, now.toISOString(), 20);
    for (const job of jobs) {
      const handler = this.handlers.get(job.kind);
      try {
        if (!handler) throw new Error(`Không có bộ xử lý cho loại công việc "${job.kind}"`);
        const result = await handler(job, this.ctx);
        await completeJob(db, job.id, clock.now().toISOString(), result ?? null);
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        this.ctx.log(`Công việc #${job.id} (${job.kind}) lỗi: ${message}`);
        await failJob(db, job, clock.now().toISOString(), message, new Date(clock.now().getTime() + RETRY_DELAY_MS).toISOString());
      }
    }
    return jobs.length;
  }
}
