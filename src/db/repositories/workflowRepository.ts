/**
 * Data access for the editorial workflow: edit locks, who is to be told about an item, the queues and
 * dashboards. Every function takes the site id (house style §3.7).
 */
import type { Kysely } from 'kysely';
import type { LockFacts } from '../../core/content/editLock.ts';
import type { DB } from '../schema.ts';

/** The lock of one item, with the holder's name, or undefined. */
export async function findLock(db: Kysely<DB>, siteId: number, contentId: number): Promise<LockFacts | undefined> {
  const row = await db.selectFrom('content_locks').innerJoin('users', 'users.id', 'content_locks.user_id')
    .select(['content_locks.user_id', 'users.full_name', 'content_locks.acquired_at', 'content_locks.expires_at'])
    .where('content_locks.site_id', '=', siteId).where('content_locks.content_id', '=', contentId).executeTakeFirst();
  return row ? { userId: row.user_id, userName: row.full_name, acquiredAt: row.acquired_at, expiresAt: row.expires_at } : undefined;
}

/**
 * Takes the lock for `userId` when it is free, expired or already theirs (portable: an insert that
 * does nothing on conflict, then a conditional update whose row count says who won).
 * Returns true when `userId` holds the lock afterwards.
 */
export async function tryLock(db: Kysely<DB>, l: { siteId: number; contentId: number; userId: number; now: string; expiresAt: string }): Promise<boolean> {
  const ins = await db.insertInto('content_locks').values({
    content_id: l.contentId, site_id: l.siteId, user_id: l.userId, acquired_at: l.now, expires_at: l.expiresAt,
  }).onConflict((oc) => oc.column('content_id').doNothing()).executeTakeFirst();
  if (Number(ins.numInsertedOrUpdatedRows ?? 0) === 1) return true;
  // Renew our own lock (keeping when we took it), or take an expired one.
  const own = await db.updateTable('content_locks').set({ expires_at: l.expiresAt })
    .where('content_id', '=', l.contentId).where('site_id', '=', l.siteId).where('user_id', '=', l.userId).executeTakeFirst();
  if (Number(own.numUpdatedRows) === 1) return true;
  const expired = await db.updateTable('content_locks').set({ user_id: l.userId, acquired_at: l.now, expires_at: l.expiresAt })
    .where('content_id', '=', l.contentId).where('site_id', '=', l.siteId).where('expires_at', '<=', l.now).executeTakeFirst();
  return Number(expired.numUpdatedRows) === 1;
}

/** Gives the lock to `userId` whoever holds it (take-over). */
export async function forceLock(db: Kysely<DB>, l: { siteId: number; contentId: number; userId: number; now: string; expiresAt: string }): Promise<void> {
  const r = await db.updateTable('content_locks').set({ user_id: l.userId, acquired_at: l.now, expires_at: l.expiresAt })
    .where('content_id', '=', l.contentId).where('site_id', '=', l.siteId).executeTakeFirst();
  if (Number(r.numUpdatedRows) === 0) await tryLock(db, l);
}

/** Releases the lock of an item (any holder, or only `userId`'s). */
export async function releaseLock(db: Kysely<DB>, siteId: number, contentId: number, userId?: number): Promise<void> {
  let q = db.deleteFrom('content_locks').where('site_id', '=', siteId).where('content_id', '=', contentId);
  if (userId !== undefined) q = q.where('user_id', '=', userId);
  await q.execute();
}

/** Active (not disabled) users holding one of `roles` on a site, optionally in one unit. */
export async function usersWithRole(db: Kysely<DB>, siteId: number, roles: string[], unitId?: number | null): Promise<{ id: number; email: string; full_name: string }[]> {
  let q = db.selectFrom('user_roles').innerJoin('users', 'users.id', 'user_roles.user_id')
    .select(['users.id', 'users.email', 'users.full_name'])
    .where('user_roles.site_id', '=', siteId).where('user_roles.role', 'in', roles).where('users.is_disabled', '=', 0);
  if (unitId !== undefined) q = unitId === null ? q.where('user_roles.unit_id', 'is', null) : q.where('user_roles.unit_id', '=', unitId);
  const rows = await q.execute();
  return [...new Map(rows.map((r) => [r.id, r])).values()];
}

/** One row of a workflow queue or dashboard list. */
export interface QueueRow {
  id: number;
  kind: string;
  title: string;
  status: string;
  unit_id: number | null;
  unit_name: string | null;
  created_by: number | null;
  creator_name: string | null;
  author_name: string;
  needs_review: number;
  /** When the item entered its state (falls back to its last change). */
  since: string;
  lock_user_name: string | null;
  lock_expires_at: string | null;
}

/**
 * News items of a site in some states, oldest waiting first. `unitIds` limits to those units'
 * items (plus `alsoCreatedBy`'s own); `excludeCreatedBy` leaves out an actor's own items.
 */
export async function listQueue(db: Kysely<DB>, siteId: number, f: {
  states: string[]; unitIds?: number[] | undefined; alsoCreatedBy?: number | undefined; excludeCreatedBy?: number | undefined;
  needsReview?: boolean | undefined; limit: number;
}): Promise<QueueRow[]> {
  let q = db.selectFrom('contents')
    .leftJoin('units', 'units.id', 'contents.unit_id')
    .leftJoin('users', 'users.id', 'contents.created_by')
    .leftJoin('content_locks', 'content_locks.content_id', 'contents.id')
    .leftJoin('users as lockers', 'lockers.id', 'content_locks.user_id')
    .select((eb) => [
      'contents.id', 'contents.kind', 'contents.title', 'contents.status', 'contents.unit_id', 'units.name as unit_name',
      'contents.created_by', 'users.full_name as creator_name', 'contents.author_name', 'contents.needs_review',
      eb.fn.coalesce('contents.status_changed_at', 'contents.updated_at').as('since'),
      'lockers.full_name as lock_user_name', 'content_locks.expires_at as lock_expires_at',
    ])
    .where('contents.site_id', '=', siteId).where('contents.kind', '=', 'news')
    .where('contents.status', 'in', f.states.length ? f.states : ['-']);
  if (f.unitIds !== undefined) {
    const units = f.unitIds;
    const also = f.alsoCreatedBy;
    q = q.where((eb) => eb.or([
      eb('contents.unit_id', 'in', units.length ? units : [-1]),
      ...(also !== undefined ? [eb('contents.created_by', '=', also)] : []),
    ]));
  }
  if (f.excludeCreatedBy !== undefined) {
    const ex = f.excludeCreatedBy;
    q = q.where((eb) => eb.or([eb('contents.created_by', 'is', null), eb('contents.created_by', '!=', ex)]));
  }
  if (f.needsReview) q = q.where('contents.needs_review', '=', 1);
  const rows = await q.orderBy('since').orderBy('contents.id').limit(f.limit).execute();
  return rows.map((r) => ({ ...r, since: String(r.since) }));
}

/** Items of a site per state (dashboards, oversight). */
export async function countByState(db: Kysely<DB>, siteId: number): Promise<Map<string, number>> {
  const rows = await db.selectFrom('contents').select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('site_id', '=', siteId).where('kind', '=', 'news').groupBy('status').execute();
  return new Map(rows.map((r) => [r.status, Number(r.n)]));
}

/** Scheduled publish/unpublish jobs of a site (pending first, then the latest done), with item titles and who scheduled them. */
export function listContentJobs(db: Kysely<DB>, siteId: number, opts: { contentId?: number; limit: number }) {
  let q = db.selectFrom('jobs')
    .leftJoin('contents', 'contents.id', 'jobs.subject_id')
    .leftJoin('users', 'users.id', 'jobs.created_by')
    .select(['jobs.id', 'jobs.kind', 'jobs.subject_id', 'jobs.run_at', 'jobs.status', 'jobs.attempts', 'jobs.result', 'jobs.last_error',
      'jobs.finished_at', 'jobs.created_at', 'contents.title', 'contents.kind as content_kind', 'users.full_name as scheduler_name'])
    .where('jobs.site_id', '=', siteId).where('jobs.kind', 'in', ['content.publish', 'content.unpublish']);
  if (opts.contentId !== undefined) q = q.where('jobs.subject_id', '=', opts.contentId);
  return q.orderBy('jobs.run_at', 'desc').orderBy('jobs.id', 'desc').limit(opts.limit).execute();
}

/** One revision of a content with its body (for the diff page). */
export function findRevision(db: Kysely<DB>, siteId: number, contentId: number, revision: number) {
  return db.selectFrom('content_revisions').innerJoin('contents', 'contents.id', 'content_revisions.content_id')
    .leftJoin('users', 'users.id', 'content_revisions.created_by')
    .select(['content_revisions.revision', 'content_revisions.title', 'content_revisions.summary', 'content_revisions.body_html',
      'content_revisions.data', 'content_revisions.created_at', 'users.full_name as author_name'])
    .where('contents.site_id', '=', siteId).where('content_revisions.content_id', '=', contentId)
    .where('content_revisions.revision', '=', revision).executeTakeFirst();
}

/** Revisions recorded as corrections of a published item (audit action content.corrected). */
export async function correctedRevisions(db: Kysely<DB>, siteId: number, contentId: number): Promise<Set<number>> {
  const rows = await db.selectFrom('audit_events').select('data')
    .where('site_id', '=', siteId).where('subject_type', '=', 'content').where('subject_id', '=', contentId)
    .where('action', '=', 'content.corrected').execute();
  const out = new Set<number>();
  for (const r of rows) {
    try {
      const rev = (JSON.parse(r.data) as { revision?: unknown }).revision;
      if (typeof rev === 'number') out.add(rev);
    } catch { /* a malformed row is not a correction */ }
  }
  return out;
}
