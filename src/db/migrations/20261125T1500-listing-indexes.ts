/**
 * Public listings at provincial scale (issue 7, docs/benchmarks.md). The parent portal's block of its wards' news asks
 * for the newest published news of ~150 sites at once; without an index led by (status, kind) and ordered by
 * published_at, SQLite and PostgreSQL sort every published item of every ward (seconds per request at a million
 * items). With it the query walks the newest items backwards and stops after a handful.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('contents_kind_pub_idx').on('contents').columns(['status', 'kind', 'published_at', 'id']).execute();
  // SQLite's planner knows nothing of a new index until ANALYZE: without statistics it took this one for single-site
  // listings too and walked every site's items (0.7 ms instead of 0.05 ms per block). About 1 s at a million items.
  await sql`analyze contents`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('contents_kind_pub_idx').execute();
}
