/**
 * Ward → parent syndication ("02 cấp"): a ward's published item proposed to the parent portal, the
 * parent board's decision (its own copy, or a refusal with a reason), and corrections of the ward
 * item offered to the parent afterwards. Frozen in time: Kysely<any>, no application code.
 */
import type { Kysely } from 'kysely';
import { idColumn, isPostgres } from '../migrationSupport.ts';

export async function up(db: Kysely<any>): Promise<void> {
  await idColumn(isPostgres(db))(db.schema.createTable('syndications'))
    .addColumn('source_site_id', 'integer', (c) => c.notNull().references('sites.id'))
    .addColumn('source_content_id', 'integer', (c) => c.notNull().references('contents.id'))
    .addColumn('target_site_id', 'integer', (c) => c.notNull().references('sites.id'))
    .addColumn('status', 'varchar(20)', (c) => c.notNull()) // proposed | accepted | refused
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('reason', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('source_revision', 'integer', (c) => c.notNull())
    .addColumn('proposed_by', 'integer', (c) => c.references('users.id'))
    .addColumn('proposed_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('decided_by', 'integer', (c) => c.references('users.id'))
    .addColumn('decided_at', 'varchar(32)')
    .addColumn('target_content_id', 'integer', (c) => c.references('contents.id'))
    .addColumn('offered_revision', 'integer') // a correction of the ward item waiting for the parent board
    .addColumn('offered_at', 'varchar(32)')
    .execute();
  await db.schema.createIndex('syndications_target_idx').on('syndications').columns(['target_site_id', 'status', 'id']).execute();
  await db.schema.createIndex('syndications_source_idx').on('syndications').columns(['source_site_id', 'source_content_id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('syndications').ifExists().execute();
}
