/**
 * The job table as a queue. Claiming is a conditional UPDATE whose affected-row count says whether
 * this process won the job, so it is safe with several processes on SQLite and PostgreSQL alike
 * (no row locks needed; house style §3.5).
 */
import type { Kysely } from 'kysely';
import type { DB, JobRow } from '../db/schema.ts';

export interface EnqueueInput {
  kind: string;
  runAt: string;
  siteId?: number | null;
  subjectId?: number | null;
  payload?: Record<string, unknown>;
  /** At most one job with this key ever exists; enqueueing it again is a no-op. */
  uniqueKey?: string;
  createdBy?: number | null;
  maxAttempts?: number;
}

/** Adds a job; returns its id, or null when a job with the same unique key already exists. */
export async function enqueueJob(db: Kysely<DB>, input: EnqueueInput, nowIso: string): Promise<number | null> {
  const row = await db.insertInto('jobs').values({
    kind: input.kind, run_at: input.runAt, site_id: input.siteId ?? null, subject_id: input.subjectId ?? null,
    payload: JSON.stringify(input.payload ?? {}), unique_key: input.uniqueKey ?? null, created_by: input.createdBy ?? null,
    max_attempts: input.maxAttempts ?? 3, created_at: nowIso, claimed_by: null, claimed_at: null, finished_at: null,
    last_error: null, result: null,
  }).onConflict((oc) => oc.column('unique_key').doNothing()).returning('id').executeTakeFirst();
  return row?.id ?? null;
}

/** Cancels pending jobs of a kind for a subject (e.g. an item's schedule was changed). */
export async function cancelPendingJobs(db: Kysely<DB>, kind: string, subjectId: number, nowIso: string): Promise<number> {
  const r = await db.updateTable('jobs').set({ status: 'cancelled', finished_at: nowIso })
    .where('kind', '=', kind).where('subject_id', '=', subjectId).where('status', '=', 'pending').executeTakeFirst();
  return Number(r.numUpdatedRows);
}

/** Tries to claim due jobs; returns only those this worker won. */
export async function claimDueJobs(db: Kysely<DB>, worker: string, nowIso: string, limit: number): Promise<JobRow[]> {
  const due = await db.selectFrom('jobs').select('id').where('status', '=', 'pending').where('run_at', '<=', nowIso)
    .orderBy('run_at').orderBy('id').limit(limit).execute();
  const won: JobRow[] = [];
  for (const { id } of due) {
    const r = await db.updateTable('jobs')
      .set((eb) => ({ status: 'running', claimed_by: worker, claimed_at: nowIso, attempts: eb('attempts', '+', 1) }))
      .where('id', '=', id).where('status', '=', 'pending').executeTakeFirst();
    if (Number(r.numUpdatedRows) === 1) {
      won.push(await db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirstOrThrow());
    }
  }
  return won;
}

export async function completeJob(db: Kysely<DB>, id: number, nowIso: string, result: string | null): Promise<void> {
  await db.updateTable('jobs').set({ status: 'done', finished_at: nowIso, result, last_error: null }).where('id', '=', id).execute();
}

/** Records a failure; the job runs again after `retryAt` unless it has used all its attempts. */
export async function failJob(db: Kysely<DB>, job: JobRow, nowIso: string, error: string, retryAt: string): Promise<void> {
  const final = job.attempts >= job.max_attempts;
  await db.updateTable('jobs').set({
    status: final ? 'failed' : 'pending', last_error: error.slice(0, 2000), run_at: final ? job.run_at : retryAt,
    finished_at: final ? nowIso : null, claimed_by: null, claimed_at: null,
  }).where('id', '=', job.id).execute();
}

/** Jobs left 'running' by a process that died are handed back after `staleBefore`. */
export async function releaseStaleJobs(db: Kysely<DB>, staleBeforeIso: string): Promise<number> {
  const r = await db.updateTable('jobs').set({ status: 'pending', claimed_by: null, claimed_at: null })
    .where('status', '=', 'running').where('claimed_at', '<', staleBeforeIso).executeTakeFirst();
  return Number(r.numUpdatedRows);
}

export function listJobs(db: Kysely<DB>, opts: { siteIds: number[] | null; status?: string; limit: number }) {
  let q = db.selectFrom('jobs').selectAll();
  if (opts.siteIds) q = q.where('site_id', 'in', opts.siteIds.length ? opts.siteIds : [-1]);
  if (opts.status) q = q.where('status', '=', opts.status);
  return q.orderBy('run_at', 'desc').orderBy('id', 'desc').limit(opts.limit).execute();
}
