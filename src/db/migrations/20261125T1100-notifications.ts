/**
 * In-app notifications (each person's inbox) and the e-mail outbox: every e-mail is written here
 * first and sent by a job when SMTP is configured; without SMTP it stays here, readable in the admin.
 * Frozen in time: Kysely<any>, no application code.
 */
import type { Kysely } from 'kysely';
import { idColumn, isPostgres } from '../migrationSupport.ts';

export async function up(db: Kysely<any>): Promise<void> {
  const id = idColumn(isPostgres(db));
  await id(db.schema.createTable('notifications'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('site_id', 'integer', (c) => c.references('sites.id'))
    .addColumn('content_id', 'integer', (c) => c.references('contents.id'))
    .addColumn('kind', 'varchar(50)', (c) => c.notNull())
    .addColumn('message', 'text', (c) => c.notNull())
    .addColumn('link', 'varchar(500)', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('read_at', 'varchar(32)')
    .execute();
  await db.schema.createIndex('notifications_user_idx').on('notifications').columns(['user_id', 'read_at', 'id']).execute();

  await id(db.schema.createTable('email_outbox'))
    .addColumn('site_id', 'integer', (c) => c.references('sites.id'))
    .addColumn('user_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('to_address', 'varchar(255)', (c) => c.notNull())
    .addColumn('subject', 'varchar(500)', (c) => c.notNull())
    .addColumn('body_text', 'text', (c) => c.notNull())
    .addColumn('link', 'varchar(500)', (c) => c.notNull().defaultTo(''))
    .addColumn('status', 'varchar(20)', (c) => c.notNull().defaultTo('queued')) // queued | sent | held | failed
    .addColumn('error', 'text')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('sent_at', 'varchar(32)')
    .execute();
  await db.schema.createIndex('email_outbox_site_idx').on('email_outbox').columns(['site_id', 'id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('email_outbox').ifExists().execute();
  await db.schema.dropTable('notifications').ifExists().execute();
}
