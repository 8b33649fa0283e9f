/**
 * The editorial workflow (issue 4): when an item entered its state (the board's queue sorts by
 * waiting time), whether it was force-published unreviewed, the edit lock, and the sharpness of
 * photos for the quality gate. Frozen in time: Kysely<any>, no application code.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('contents').addColumn('needs_review', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('contents').addColumn('status_changed_at', 'varchar(32)').execute();
  await db.schema.createIndex('contents_site_state_idx').on('contents').columns(['site_id', 'status', 'status_changed_at']).execute();

  // One lock per item; the holder keeps it while editing, a second editor may take it over.
  await db.schema.createTable('content_locks')
    .addColumn('content_id', 'integer', (c) => c.primaryKey().references('contents.id'))
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('acquired_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('expires_at', 'varchar(32)', (c) => c.notNull())
    .execute();

  // Variance of the Laplacian of the greyscale photo (null: not measured).
  await db.schema.alterTable('media').addColumn('sharpness', 'real').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('media').dropColumn('sharpness').execute();
  await db.schema.dropTable('content_locks').ifExists().execute();
  await db.schema.dropIndex('contents_site_state_idx').ifExists().execute();
  await db.schema.alterTable('contents').dropColumn('status_changed_at').execute();
  await db.schema.alterTable('contents').dropColumn('needs_review').execute();
}
