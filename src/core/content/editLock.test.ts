import assert from 'node:assert/strict';
import { it } from 'node:test';
import { LOCK_TTL_MS, lockActive, lockExpiry, lockedByOther } from './editLock.ts';

it('should bind a lock until it expires, and only against other people', () => {
  const now = new Date('2026-03-01T02:00:00.000Z');
  const lock = { userId: 5, userName: 'Biên tập viên A', acquiredAt: now.toISOString(), expiresAt: lockExpiry(now) };
  assert.equal(Date.parse(lock.expiresAt) - now.getTime(), LOCK_TTL_MS);
  assert.ok(lockActive(lock, now));
  assert.ok(lockedByOther(lock, 6, now));
  assert.ok(!lockedByOther(lock, 5, now));
  const later = new Date(now.getTime() + LOCK_TTL_MS + 1);
  assert.ok(!lockActive(lock, later));
  assert.ok(!lockedByOther(lock, 6, later));
  assert.ok(!lockedByOther(undefined, 6, now));
});
