/**
 * Contribution oversight and royalties (issue 6): per-site settings (JSON per scope), quota rules, the monthly
 * reports (insert-only history; the files live under DATA_DIR/reports), royalty assessments of published items
 * and their payout lines. Frozen in time: Kysely<any>, portable types; money in integer đồng, coefficients in
 * tenths, percentages in basis points.
 */
import { type Kysely, sql } from 'kysely';
import { idColumn, isPostgres } from '../migrationSupport.ts';

export async function up(db: Kysely<any>): Promise<void> {
  const pg = isPostgres(db);
  const id = idColumn(pg);

  await id(db.schema.createTable('contribution_settings'))
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id'))
    .addColumn('scope', 'varchar(40)', (c) => c.notNull()) // quota | royalty | competition-<year>
    .addColumn('data', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('updated_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .addUniqueConstraint('contribution_settings_site_scope_uq', ['site_id', 'scope'])
    .execute();

  await id(db.schema.createTable('quota_rules'))
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id'))
    .addColumn('unit_id', 'integer', (c) => c.references('units.id'))
    .addColumn('unit_kind', 'varchar(20)')
    .addColumn('from_period', 'varchar(7)', (c) => c.notNull())
    .addColumn('to_period', 'varchar(7)')
    .addColumn('target', 'integer', (c) => c.notNull())
    .addColumn('require_photo', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('quota_rules_site_idx').on('quota_rules').columns(['site_id', 'unit_id']).execute();

  await id(db.schema.createTable('contribution_reports'))
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id'))
    .addColumn('period_key', 'varchar(7)', (c) => c.notNull())
    .addColumn('period_start', 'varchar(10)', (c) => c.notNull())
    .addColumn('period_end', 'varchar(10)', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('number', 'integer')
    .addColumn('symbol', 'varchar(40)', (c) => c.notNull())
    .addColumn('document_date', 'varchar(10)', (c) => c.notNull())
    .addColumn('trigger', 'varchar(20)', (c) => c.notNull()) // scheduled | manual | demo
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('docx_key', 'varchar(200)', (c) => c.notNull())
    .addColumn('xlsx_key', 'varchar(200)', (c) => c.notNull())
    .addColumn('docx_bytes', 'integer', (c) => c.notNull())
    .addColumn('xlsx_bytes', 'integer', (c) => c.notNull())
    .addColumn('generated_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addUniqueConstraint('contribution_reports_version_uq', ['site_id', 'period_key', 'version'])
    .execute();

  await id(db.schema.createTable('royalty_assessments'))
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id'))
    .addColumn('content_id', 'integer', (c) => c.notNull().unique().references('contents.id'))
    .addColumn('rate_table', 'varchar(10)', (c) => c.notNull()) // online | radio
    .addColumn('genre', 'varchar(20)', (c) => c.notNull())
    .addColumn('bonuses', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('bonus_bp', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('unit_value', 'integer', (c) => c.notNull())
    .addColumn('amount', 'integer', (c) => c.notNull())
    .addColumn('period_key', 'varchar(7)', (c) => c.notNull())
    .addColumn('published_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('assessed_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('royalty_assessments_period_idx').on('royalty_assessments').columns(['site_id', 'period_key']).execute();

  await id(db.schema.createTable('royalty_lines'))
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id'))
    .addColumn('assessment_id', 'integer', (c) => c.notNull().references('royalty_assessments.id'))
    .addColumn('part_index', 'integer', (c) => c.notNull())
    .addColumn('part_kind', 'varchar(10)', (c) => c.notNull()) // text | photo
    .addColumn('part_label', 'varchar(200)', (c) => c.notNull())
    .addColumn('media_id', 'integer', (c) => c.references('media.id'))
    .addColumn('coefficient', 'integer', (c) => c.notNull())
    .addColumn('part_amount', 'integer', (c) => c.notNull())
    .addColumn('author_name', 'varchar(200)', (c) => c.notNull())
    .addColumn('share_bp', 'integer', (c) => c.notNull())
    .addColumn('amount', 'integer', (c) => c.notNull())
    .addColumn('status', 'varchar(10)', (c) => c.notNull().defaultTo('unpaid')) // unpaid | paid
    .addColumn('paid_at', 'varchar(32)')
    .addColumn('paid_by', 'integer', (c) => c.references('users.id'))
    .addColumn('payment_note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('royalty_lines_assessment_idx').on('royalty_lines').columns(['site_id', 'assessment_id']).execute();

  // The report history is insert-only, like the other history tables (a regeneration is a new version).
  if (pg) {
    await sql.raw(`create or replace function forbid_change() returns trigger language plpgsql as $$
      begin raise exception 'history rows are insert-only'; end $$`).execute(db);
    await sql.raw(`create trigger contribution_reports_immutable before update or delete on contribution_reports
      for each row execute function forbid_change()`).execute(db);
  } else {
    await sql.raw(`create trigger contribution_reports_no_update before update on contribution_reports
      begin select raise(abort, 'history rows are insert-only'); end`).execute(db);
    await sql.raw(`create trigger contribution_reports_no_delete before delete on contribution_reports
      begin select raise(abort, 'history rows are insert-only'); end`).execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('royalty_lines').ifExists().execute();
  await db.schema.dropTable('royalty_assessments').ifExists().execute();
  await db.schema.dropTable('contribution_reports').ifExists().execute();
  await db.schema.dropTable('quota_rules').ifExists().execute();
  await db.schema.dropTable('contribution_settings').ifExists().execute();
}
