/**
 * PostgreSQL only: announce every new audit event on the channel `cttdt_changes`, so every server
 * process invalidates its page cache as soon as the change commits (NOTIFY is delivered at commit).
 * SQLite processes on one host follow the audit log by polling instead. Frozen in time.
 */
import { type Kysely, sql } from 'kysely';
import { isPostgres } from '../migrationSupport.ts';

export async function up(db: Kysely<any>): Promise<void> {
  if (!isPostgres(db)) return;
  await sql.raw(`create or replace function cttdt_notify_change() returns trigger language plpgsql as $$
    begin perform pg_notify('cttdt_changes', NEW.id::text); return NEW; end $$`).execute(db);
  await sql.raw(`create trigger audit_events_notify after insert on audit_events
    for each row execute function cttdt_notify_change()`).execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  if (!isPostgres(db)) return;
  await sql.raw('drop trigger if exists audit_events_notify on audit_events').execute(db);
  await sql.raw('drop function if exists cttdt_notify_change()').execute(db);
}
