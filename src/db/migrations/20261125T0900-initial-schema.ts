/**
 * Initial schema. Frozen in time: uses Kysely<any> and no application code (docs/migrations.md).
 * Portable types only: integer ids, text timestamps (UTC ISO-8601), integer booleans, JSON as text.
 */
import { type Kysely, sql } from 'kysely';
import { idColumn, isPostgres } from '../migrationSupport.ts';

export async function up(db: Kysely<any>): Promise<void> {
  const pg = isPostgres(db);
  const id = idColumn(pg);

  await id(db.schema.createTable('sites'))
    .addColumn('slug', 'varchar(100)', (c) => c.notNull().unique())
    .addColumn('name', 'varchar(255)', (c) => c.notNull())
    .addColumn('full_name', 'varchar(255)', (c) => c.notNull())
    .addColumn('level', 'varchar(20)', (c) => c.notNull())
    .addColumn('parent_id', 'integer', (c) => c.references('sites.id'))
    .addColumn('host', 'varchar(255)', (c) => c.unique())
    .addColumn('logo_media_id', 'integer')
    .addColumn('owner_agency', 'varchar(255)', (c) => c.notNull().defaultTo(''))
    .addColumn('responsible_person', 'varchar(255)', (c) => c.notNull().defaultTo(''))
    .addColumn('address', 'varchar(500)', (c) => c.notNull().defaultTo(''))
    .addColumn('phone', 'varchar(100)', (c) => c.notNull().defaultTo(''))
    .addColumn('email', 'varchar(255)', (c) => c.notNull().defaultTo(''))
    .addColumn('license_info', 'varchar(500)', (c) => c.notNull().defaultTo(''))
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('settings', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sites_parent_idx').on('sites').column('parent_id').execute();

  await id(db.schema.createTable('units'))
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id'))
    .addColumn('name', 'varchar(255)', (c) => c.notNull())
    .addColumn('kind', 'varchar(30)', (c) => c.notNull())
    .addColumn('leader_name', 'varchar(255)', (c) => c.notNull().defaultTo(''))
    .addColumn('leader_title', 'varchar(255)', (c) => c.notNull().defaultTo(''))
    .addColumn('phone', 'varchar(100)', (c) => c.notNull().defaultTo(''))
    .addColumn('email', 'varchar(255)', (c) => c.notNull().defaultTo(''))
    .addColumn('address', 'varchar(500)', (c) => c.notNull().defaultTo(''))
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('units_site_idx').on('units').column('site_id').execute();

  await id(db.schema.createTable('sections'))
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id'))
    .addColumn('parent_id', 'integer', (c) => c.references('sections.id'))
    .addColumn('slug', 'varchar(150)', (c) => c.notNull())
    .addColumn('name', 'varchar(255)', (c) => c.notNull())
    .addColumn('kind', 'varchar(20)', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('legal_basis', 'varchar(500)', (c) => c.notNull().defaultTo(''))
    .addColumn('external_url', 'varchar(1000)')
    .addColumn('in_menu', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('on_home', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .addUniqueConstraint('sections_site_slug_uq', ['site_id', 'slug'])
    .execute();

  await id(db.schema.createTable('media'))
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id'))
    .addColumn('kind', 'varchar(20)', (c) => c.notNull())
    .addColumn('original_name', 'varchar(255)', (c) => c.notNull())
    .addColumn('mime', 'varchar(100)', (c) => c.notNull())
    .addColumn('width', 'integer', (c) => c.notNull())
    .addColumn('height', 'integer', (c) => c.notNull())
    .addColumn('bytes', 'integer', (c) => c.notNull())
    .addColumn('storage_key', 'varchar(255)', (c) => c.notNull())
    .addColumn('variants', 'text', (c) => c.notNull())
    .addColumn('alt', 'varchar(500)', (c) => c.notNull().defaultTo(''))
    .addColumn('caption', 'varchar(1000)', (c) => c.notNull().defaultTo(''))
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('media_site_idx').on('media').columns(['site_id', 'id']).execute();

  await id(db.schema.createTable('users'))
    .addColumn('username', 'varchar(100)', (c) => c.notNull().unique())
    .addColumn('email', 'varchar(255)', (c) => c.notNull().defaultTo(''))
    .addColumn('full_name', 'varchar(255)', (c) => c.notNull())
    .addColumn('password_hash', 'varchar(255)', (c) => c.notNull())
    .addColumn('is_platform_admin', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('is_disabled', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();

  await id(db.schema.createTable('contents'))
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id'))
    .addColumn('kind', 'varchar(20)', (c) => c.notNull())
    .addColumn('section_id', 'integer', (c) => c.references('sections.id'))
    .addColumn('unit_id', 'integer', (c) => c.references('units.id'))
    .addColumn('slug', 'varchar(200)', (c) => c.notNull())
    .addColumn('title', 'varchar(500)', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('body_html', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('search_text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('genre', 'varchar(30)', (c) => c.notNull().defaultTo('news'))
    .addColumn('author_name', 'varchar(255)', (c) => c.notNull().defaultTo(''))
    .addColumn('source_name', 'varchar(255)', (c) => c.notNull().defaultTo(''))
    .addColumn('source_url', 'varchar(1000)', (c) => c.notNull().defaultTo(''))
    .addColumn('cover_media_id', 'integer', (c) => c.references('media.id'))
    .addColumn('cover_caption', 'varchar(1000)', (c) => c.notNull().defaultTo(''))
    .addColumn('cover_alt', 'varchar(500)', (c) => c.notNull().defaultTo(''))
    .addColumn('is_featured', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('status', 'varchar(30)', (c) => c.notNull())
    .addColumn('published_at', 'varchar(32)')
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('view_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('origin_content_id', 'integer', (c) => c.references('contents.id'))
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('updated_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .addUniqueConstraint('contents_site_slug_uq', ['site_id', 'kind', 'slug'])
    .execute();
  // Listings: newest published first, per site and per section (keyset on published_at, id).
  await db.schema.createIndex('contents_site_pub_idx').on('contents').columns(['site_id', 'status', 'published_at', 'id']).execute();
  await db.schema.createIndex('contents_section_pub_idx').on('contents').columns(['section_id', 'status', 'published_at', 'id']).execute();
  await db.schema.createIndex('contents_unit_idx').on('contents').columns(['unit_id', 'created_at']).execute();

  await id(db.schema.createTable('content_revisions'))
    .addColumn('content_id', 'integer', (c) => c.notNull().references('contents.id'))
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('title', 'varchar(500)', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('body_html', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addUniqueConstraint('content_revisions_uq', ['content_id', 'revision'])
    .execute();

  await id(db.schema.createTable('content_statuses'))
    .addColumn('content_id', 'integer', (c) => c.notNull().references('contents.id'))
    .addColumn('from_status', 'varchar(30)')
    .addColumn('to_status', 'varchar(30)', (c) => c.notNull())
    .addColumn('event', 'varchar(50)', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('actor_id', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('content_statuses_content_idx').on('content_statuses').columns(['content_id', 'id']).execute();

  await id(db.schema.createTable('banners'))
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id'))
    .addColumn('title', 'varchar(255)', (c) => c.notNull())
    .addColumn('alt', 'varchar(500)', (c) => c.notNull().defaultTo(''))
    .addColumn('link_url', 'varchar(1000)', (c) => c.notNull().defaultTo(''))
    .addColumn('media_id', 'integer', (c) => c.references('media.id'))
    .addColumn('starts_at', 'varchar(32)')
    .addColumn('ends_at', 'varchar(32)')
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();

  await id(db.schema.createTable('user_roles'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id'))
    .addColumn('unit_id', 'integer', (c) => c.references('units.id'))
    .addColumn('role', 'varchar(30)', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('user_roles_user_idx').on('user_roles').column('user_id').execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('csrf_token', 'varchar(64)', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('expires_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('last_seen_at', 'varchar(32)', (c) => c.notNull())
    .execute();

  await id(db.schema.createTable('audit_events'))
    .addColumn('site_id', 'integer')
    .addColumn('actor_id', 'integer')
    .addColumn('action', 'varchar(100)', (c) => c.notNull())
    .addColumn('subject_type', 'varchar(50)', (c) => c.notNull())
    .addColumn('subject_id', 'integer')
    .addColumn('data', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('audit_events_site_idx').on('audit_events').columns(['site_id', 'id']).execute();

  await db.schema
    .createTable('site_visits')
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id'))
    .addColumn('day', 'varchar(10)', (c) => c.notNull())
    .addColumn('visits', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('site_visits_pk', ['site_id', 'day'])
    .execute();

  // History is insert-only (house style §3.7): the database refuses to rewrite it.
  for (const table of ['content_statuses', 'audit_events']) {
    if (pg) {
      await sql.raw(`create or replace function forbid_change() returns trigger language plpgsql as $$
        begin raise exception 'history rows are insert-only'; end $$`).execute(db);
      await sql.raw(`create trigger ${table}_immutable before update or delete on ${table}
        for each row execute function forbid_change()`).execute(db);
    } else {
      await sql.raw(`create trigger ${table}_no_update before update on ${table}
        begin select raise(abort, 'history rows are insert-only'); end`).execute(db);
      await sql.raw(`create trigger ${table}_no_delete before delete on ${table}
        begin select raise(abort, 'history rows are insert-only'); end`).execute(db);
    }
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['site_visits', 'audit_events', 'sessions', 'user_roles', 'banners', 'content_statuses',
    'content_revisions', 'contents', 'users', 'media', 'sections', 'units', 'sites']) {
    await db.schema.dropTable(t).ifExists().execute();
  }
  if (isPostgres(db)) await sql`drop function if exists forbid_change()`.execute(db);
}
