/**
 * Themed sections (chuyên đề) run for a campaign: a section may carry a display window; outside it the section
 * leaves the menu and the home page but its page stays reachable. Frozen in time.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('sections').addColumn('starts_at', 'varchar(32)').execute();
  await db.schema.alterTable('sections').addColumn('ends_at', 'varchar(32)').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('sections').dropColumn('ends_at').execute();
  await db.schema.alterTable('sections').dropColumn('starts_at').execute();
}
