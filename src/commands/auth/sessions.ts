/**
 * Sessions live in the database; the cookie holds a random token and only its SHA-256 is stored,
 * so a leaked database does not leak live sessions.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Clock } from '../../core/types.ts';
import { deleteSession, findLiveSession, insertSession, touchSession } from '../../db/repositories/sessionRepository.ts';
import type { DB } from '../../db/schema.ts';

export const SESSION_TTL_MS = 8 * 60 * 60 * 1000; // one working day, sliding
const TOUCH_EVERY_MS = 5 * 60 * 1000;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

export async function startSession(db: Kysely<DB>, clock: Clock, userId: number): Promise<{ token: string; csrf: string }> {
  const token = randomToken();
  const csrf = randomToken();
  const now = clock.now();
  await insertSession(db, {
    id: hashToken(token), userId, csrf, now: now.toISOString(),
    expires: new Date(now.getTime() + SESSION_TTL_MS).toISOString(),
  });
  return { token, csrf };
}

export async function resumeSession(db: Kysely<DB>, clock: Clock, token: string) {
  const now = clock.now();
  const row = await findLiveSession(db, hashToken(token), now.toISOString());
  if (!row || row.is_disabled === 1) return null;
  if (now.getTime() - new Date(row.last_seen_at).getTime() > TOUCH_EVERY_MS) {
    await touchSession(db, row.id, now.toISOString(), new Date(now.getTime() + SESSION_TTL_MS).toISOString());
  }
  return row;
}

export async function endSession(db: Kysely<DB>, token: string): Promise<void> {
  await deleteSession(db, hashToken(token));
}
