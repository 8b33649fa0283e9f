/**
 * The job table: scheduled work (publishing at a time, reminders, nightly audits, the monthly report)
 * stored in the database so that it survives restarts and is safe with several server processes.
 * Frozen in time: Kysely<any>, no application code.
 */
import type { Kysely } from 'kysely';
import { idColumn, isPostgres } from '../migrationSupport.ts';

export async function up(db: Kysely<any>): Promise<void> {
  await idColumn(isPostgres(db))(db.schema.createTable('jobs'))
    .addColumn('kind', 'varchar(100)', (c) => c.notNull())
    .addColumn('site_id', 'integer', (c) => c.references('sites.id'))
    .addColumn('subject_id', 'integer')
    .addColumn('payload', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('run_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('status', 'varchar(20)', (c) => c.notNull().defaultTo('pending')) // pending | running | done | failed | cancelled
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('max_attempts', 'integer', (c) => c.notNull().defaultTo(3))
    .addColumn('claimed_by', 'varchar(100)')
    .addColumn('claimed_at', 'varchar(32)')
    .addColumn('finished_at', 'varchar(32)')
    .addColumn('last_error', 'text')
    .addColumn('result', 'text')
    .addColumn('unique_key', 'varchar(200)', (c) => c.unique())
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('jobs_due_idx').on('jobs').columns(['status', 'run_at']).execute();
  await db.schema.createIndex('jobs_site_idx').on('jobs').columns(['site_id', 'kind']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('jobs').ifExists().execute();
}
