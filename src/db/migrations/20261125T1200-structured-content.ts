/**
 * Structured content the law requires (issue 5, ADR 0010): legal and administrative documents with their
 * files, leaders' weekly schedule, officials (leaders, focal points, spokespersons) and one `disclosures`
 * table for the period-based and list-type disclosures, told apart by `category`.
 * Frozen in time: Kysely<any>, portable types only (ADR 0003).
 */
import type { Kysely } from 'kysely';
import { idColumn, isPostgres } from '../migrationSupport.ts';

export async function up(db: Kysely<any>): Promise<void> {
  const id = idColumn(isPostgres(db));

  await id(db.schema.createTable('documents'))
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id'))
    .addColumn('section_id', 'integer', (c) => c.references('sections.id'))
    .addColumn('number_symbol', 'varchar(100)', (c) => c.notNull().defaultTo(''))
    .addColumn('doc_type', 'varchar(40)', (c) => c.notNull().defaultTo(''))
    .addColumn('issuing_body', 'varchar(255)', (c) => c.notNull().defaultTo(''))
    .addColumn('signer', 'varchar(255)', (c) => c.notNull().defaultTo(''))
    .addColumn('issued_on', 'varchar(10)')
    .addColumn('effective_on', 'varchar(10)')
    .addColumn('abstract', 'text', (c) => c.notNull())
    .addColumn('field', 'varchar(40)', (c) => c.notNull().defaultTo(''))
    .addColumn('validity', 'varchar(20)', (c) => c.notNull().defaultTo('in_force'))
    .addColumn('is_normative', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('is_own', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('replaces_id', 'integer', (c) => c.references('documents.id'))
    .addColumn('amends_id', 'integer', (c) => c.references('documents.id'))
    .addColumn('show_on_parent', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('search_text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('status', 'varchar(20)', (c) => c.notNull())
    .addColumn('published_at', 'varchar(32)')
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('updated_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('documents_site_idx').on('documents').columns(['site_id', 'status', 'issued_on', 'id']).execute();
  await db.schema.createIndex('documents_section_idx').on('documents').columns(['section_id']).execute();

  await id(db.schema.createTable('document_files'))
    .addColumn('document_id', 'integer', (c) => c.notNull().references('documents.id'))
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id'))
    .addColumn('kind', 'varchar(10)', (c) => c.notNull())
    .addColumn('mime', 'varchar(100)', (c) => c.notNull())
    .addColumn('original_name', 'varchar(255)', (c) => c.notNull())
    .addColumn('bytes', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'varchar(64)', (c) => c.notNull())
    .addColumn('storage_key', 'varchar(255)', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('document_files_document_idx').on('document_files').columns(['document_id', 'id']).execute();

  await id(db.schema.createTable('officials'))
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id'))
    .addColumn('unit_id', 'integer', (c) => c.references('units.id'))
    .addColumn('full_name', 'varchar(255)', (c) => c.notNull())
    .addColumn('position', 'varchar(255)', (c) => c.notNull().defaultTo(''))
    .addColumn('position_en', 'varchar(255)', (c) => c.notNull().defaultTo(''))
    .addColumn('phone', 'varchar(100)', (c) => c.notNull().defaultTo(''))
    .addColumn('email', 'varchar(255)', (c) => c.notNull().defaultTo(''))
    .addColumn('duties', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('is_leader', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('is_spokesperson', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('is_focal_point', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('focal_topic', 'varchar(255)', (c) => c.notNull().defaultTo(''))
    .addColumn('appointed_on', 'varchar(10)')
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('updated_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('officials_site_idx').on('officials').columns(['site_id', 'sort_order']).execute();

  await id(db.schema.createTable('schedule_entries'))
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id'))
    .addColumn('official_id', 'integer', (c) => c.references('officials.id'))
    .addColumn('starts_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('ends_at', 'varchar(32)')
    .addColumn('location', 'varchar(500)', (c) => c.notNull().defaultTo(''))
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('chair', 'varchar(255)', (c) => c.notNull().defaultTo(''))
    .addColumn('participants', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('is_cancelled', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('change_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('change_note', 'varchar(500)', (c) => c.notNull().defaultTo(''))
    .addColumn('changed_at', 'varchar(32)')
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('updated_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('schedule_entries_site_idx').on('schedule_entries').columns(['site_id', 'starts_at']).execute();

  await id(db.schema.createTable('disclosures'))
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id'))
    .addColumn('category', 'varchar(30)', (c) => c.notNull())
    .addColumn('subtype', 'varchar(40)', (c) => c.notNull().defaultTo(''))
    .addColumn('title', 'varchar(500)', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('body_html', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('url', 'varchar(1000)', (c) => c.notNull().defaultTo(''))
    .addColumn('period_kind', 'varchar(10)', (c) => c.notNull().defaultTo('none'))
    .addColumn('period_year', 'integer')
    .addColumn('period_number', 'integer')
    .addColumn('decided_on', 'varchar(10)')
    .addColumn('details', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('document_id', 'integer', (c) => c.references('documents.id'))
    .addColumn('search_text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('status', 'varchar(20)', (c) => c.notNull())
    .addColumn('published_at', 'varchar(32)')
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('updated_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('disclosures_site_idx').on('disclosures').columns(['site_id', 'category', 'status', 'published_at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['disclosures', 'schedule_entries', 'officials', 'document_files', 'documents']) {
    await db.schema.dropTable(t).ifExists().execute();
  }
}
