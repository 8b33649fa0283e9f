/**
 * The edit lock of one item: whoever opens an item to edit holds it for a while; a second editor
 * sees who holds it and since when, and may take it over (recorded). The lock is advisory for
 * reading and binding for saving. Pure rules; the row lives in content_locks (one per item).
 */
import type { Id } from '../types.ts';

/** A lock lasts this long after the holder last opened or saved the item. */
export const LOCK_TTL_MS = 30 * 60_000;

export interface LockFacts {
  userId: Id;
  userName: string;
  acquiredAt: string;
  expiresAt: string;
}

/** The lock still binds at `now`. */
export function lockActive(lock: LockFacts | null | undefined, now: Date): lock is LockFacts {
  return lock != null && Date.parse(lock.expiresAt) > now.getTime();
}

/** Someone other than `userId` holds an active lock. */
export function lockedByOther(lock: LockFacts | null | undefined, userId: Id, now: Date): lock is LockFacts {
  return lockActive(lock, now) && lock.userId !== userId;
}

export function lockExpiry(now: Date): string {
  return new Date(now.getTime() + LOCK_TTL_MS).toISOString();
}
