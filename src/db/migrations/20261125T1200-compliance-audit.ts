/**
 * The compliance audit's history (one insert-only row per audit of a site, with the full outcome as JSON)
 * and a city's stored adjustments to a rule pack. Frozen in time: Kysely<any>, portable types; scores are
 * integers in hundredths so both dialects compare and sum them exactly.
 */
import { type Kysely, sql } from 'kysely';
import { idColumn, isPostgres } from '../migrationSupport.ts';

export async function up(db: Kysely<any>): Promise<void> {
  const pg = isPostgres(db);
  const id = idColumn(pg);

  await id(db.schema.createTable('compliance_runs'))
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id'))
    .addColumn('pack_id', 'varchar(40)', (c) => c.notNull())
    .addColumn('pack_version', 'varchar(20)', (c) => c.notNull())
    .addColumn('score_centi', 'integer', (c) => c.notNull())
    .addColumn('max_centi', 'integer', (c) => c.notNull())
    .addColumn('gap_count', 'integer', (c) => c.notNull())
    .addColumn('trigger', 'varchar(20)', (c) => c.notNull()) // nightly | manual | demo
    .addColumn('as_of', 'varchar(32)', (c) => c.notNull())
    .addColumn('result', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('compliance_runs_site_idx').on('compliance_runs').columns(['site_id', 'as_of', 'id']).execute();

  await id(db.schema.createTable('compliance_overrides'))
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id'))
    .addColumn('pack_id', 'varchar(40)', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('updated_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .addUniqueConstraint('compliance_overrides_site_pack_uq', ['site_id', 'pack_id'])
    .execute();

  // Score history is insert-only, like the other history tables.
  if (pg) {
    await sql.raw(`create or replace function forbid_change() returns trigger language plpgsql as $$
      begin raise exception 'history rows are insert-only'; end $$`).execute(db);
    await sql.raw(`create trigger compliance_runs_immutable before update or delete on compliance_runs
      for each row execute function forbid_change()`).execute(db);
  } else {
    await sql.raw(`create trigger compliance_runs_no_update before update on compliance_runs
      begin select raise(abort, 'history rows are insert-only'); end`).execute(db);
    await sql.raw(`create trigger compliance_runs_no_delete before delete on compliance_runs
      begin select raise(abort, 'history rows are insert-only'); end`).execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('compliance_overrides').ifExists().execute();
  await db.schema.dropTable('compliance_runs').ifExists().execute();
}
