/**
 * Each person's inbox and the e-mail outbox. The inbox is read by its owner only (the user id is
 * the scope); the outbox is read per site.
 */
import type { Insertable, Kysely } from 'kysely';
import type { DB, EmailOutboxRow, EmailOutboxTable, NotificationRow, NotificationsTable } from '../schema.ts';

export async function insertNotification(db: Kysely<DB>, row: Insertable<NotificationsTable>): Promise<void> {
  await db.insertInto('notifications').values(row).execute();
}

export async function insertEmail(db: Kysely<DB>, row: Insertable<EmailOutboxTable>): Promise<number> {
  return (await db.insertInto('email_outbox').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

/** A person's notifications, unread first, newest first. */
export function listNotifications(db: Kysely<DB>, userId: number, limit: number): Promise<(NotificationRow & { site_name: string | null })[]> {
  return db.selectFrom('notifications').leftJoin('sites', 'sites.id', 'notifications.site_id')
    .selectAll('notifications').select('sites.name as site_name')
    .where('notifications.user_id', '=', userId)
    .orderBy((eb) => eb.case().when('notifications.read_at', 'is', null).then(0).else(1).end())
    .orderBy('notifications.id', 'desc').limit(limit).execute();
}

/** Where one of a person's notifications points, or undefined when it is not theirs. */
export async function findNotificationLink(db: Kysely<DB>, userId: number, id: number): Promise<string | undefined> {
  const row = await db.selectFrom('notifications').select('link').where('id', '=', id).where('user_id', '=', userId).executeTakeFirst();
  return row?.link;
}

export async function countUnread(db: Kysely<DB>, userId: number): Promise<number> {
  const row = await db.selectFrom('notifications').select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId).where('read_at', 'is', null).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Marks one (or, without `id`, every) unread notification of a person read; returns how many. */
export async function markRead(db: Kysely<DB>, userId: number, at: string, id?: number): Promise<number> {
  let q = db.updateTable('notifications').set({ read_at: at }).where('user_id', '=', userId).where('read_at', 'is', null);
  if (id !== undefined) q = q.where('id', '=', id);
  return Number((await q.executeTakeFirst()).numUpdatedRows);
}

export function listOutbox(db: Kysely<DB>, siteId: number, limit: number): Promise<EmailOutboxRow[]> {
  return db.selectFrom('email_outbox').selectAll().where('site_id', '=', siteId).orderBy('id', 'desc').limit(limit).execute();
}

export function findEmail(db: Kysely<DB>, id: number): Promise<EmailOutboxRow | undefined> {
  return db.selectFrom('email_outbox').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function setEmailStatus(db: Kysely<DB>, id: number, patch: { status: string; error?: string | null; sent_at?: string | null }): Promise<void> {
  await db.updateTable('email_outbox').set({ status: patch.status, error: patch.error ?? null, sent_at: patch.sent_at ?? null })
    .where('id', '=', id).execute();
}
