/**
 * Runs the migrations listed below. The list is explicit (not a folder scan)
 * so that it works the same under tsx, a bundler or a compiled build.
 */
import { type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely';
import * as initial from './migrations/20261125T0900-initial-schema.ts';
import * as jobs from './migrations/20261125T1000-jobs.ts';
import * as editorialWorkflow from './migrations/20261125T1100-editorial-workflow.ts';
import * as notifications from './migrations/20261125T1100-notifications.ts';
import * as syndications from './migrations/20261125T1100-syndications.ts';
import * as complianceAudit from './migrations/20261125T1200-compliance-audit.ts';
import * as recordSectionKinds from './migrations/20261125T1200-record-section-kinds.ts';
import * as structuredContent from './migrations/20261125T1200-structured-content.ts';
import * as themedSections from './migrations/20261125T1200-themed-sections.ts';
import * as notifyChanges from './migrations/20261125T1300-notify-changes.ts';
import * as contributions from './migrations/20261125T1400-contributions.ts';
import * as listingIndexes from './migrations/20261125T1500-listing-indexes.ts';
import * as featuredIndex from './migrations/20261125T1600-featured-index.ts';

const MIGRATIONS: Record<string, Migration> = {
  '20261125T0900-initial-schema': initial,
  '20261125T1000-jobs': jobs,
  '20261125T1100-editorial-workflow': editorialWorkflow,
  '20261125T1100-notifications': notifications,
  '20261125T1100-syndications': syndications,
  '20261125T1200-compliance-audit': complianceAudit,
  '20261125T1200-record-section-kinds': recordSectionKinds,
  '20261125T1200-structured-content': structuredContent,
  '20261125T1200-themed-sections': themedSections,
  '20261125T1300-notify-changes': notifyChanges,
  '20261125T1400-contributions': contributions,
  '20261125T1500-listing-indexes': listingIndexes,
  '20261125T1600-featured-index': featuredIndex,
};

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

export async function migrateToLatest(db: Kysely<any>): Promise<void> {
  // Features are developed side by side, so a database may have run a later-named migration before an
  // earlier-named one existed; run whatever is missing instead of refusing (each migration is idempotent in effect).
  const { error, results } = await new Migrator({ db, provider, allowUnorderedMigrations: true }).migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error');
    throw new Error(`Migration failed${failed ? ` at ${failed.migrationName}` : ''}`, { cause: error });
  }
}

/** Rolls every migration back; used by the migration round-trip test. */
export async function migrateDownAll(db: Kysely<any>): Promise<void> {
  const migrator = new Migrator({ db, provider, allowUnorderedMigrations: true });
  for (;;) {
    const { error, results } = await migrator.migrateDown();
    if (error) throw new Error('Rollback failed', { cause: error });
    if (!results || results.length === 0) return;
  }
}
