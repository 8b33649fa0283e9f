import type { Kysely } from 'kysely';
import type { DB } from '../schema.ts';

export async function insertSession(db: Kysely<DB>, s: { id: string; userId: number; csrf: string; now: string; expires: string }): Promise<void> {
  await db.insertInto('sessions').values({
    id: s.id, user_id: s.userId, csrf_token: s.csrf, created_at: s.now, expires_at: s.expires, last_seen_at: s.now,
  }).execute();
}

export function findLiveSession(db: Kysely<DB>, id: string, nowIso: string) {
  return db.selectFrom('sessions').innerJoin('users', 'users.id', 'sessions.user_id')
    .select(['sessions.id', 'sessions.csrf_token', 'sessions.last_seen_at', 'users.id as user_id', 'users.username',
      'users.full_name', 'users.is_platform_admin', 'users.is_disabled'])
    .where('sessions.id', '=', id).where('sessions.expires_at', '>', nowIso).executeTakeFirst();
}

export async function touchSession(db: Kysely<DB>, id: string, nowIso: string, expires: string): Promise<void> {
  await db.updateTable('sessions').set({ last_seen_at: nowIso, expires_at: expires }).where('id', '=', id).execute();
}

export async function deleteSession(db: Kysely<DB>, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}

export async function deleteSessionsOfUser(db: Kysely<DB>, userId: number): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

export async function deleteExpiredSessions(db: Kysely<DB>, nowIso: string): Promise<void> {
  await db.deleteFrom('sessions').where('expires_at', '<=', nowIso).execute();
}
