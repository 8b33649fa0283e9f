/** Compliance audit history (insert-only) and a city's stored pack adjustments. */
import type { Insertable, Kysely } from 'kysely';
import type { ComplianceRunRow, ComplianceRunsTable, DB } from '../schema.ts';

export async function insertComplianceRun(db: Kysely<DB>, row: Insertable<ComplianceRunsTable>): Promise<number> {
  return (await db.insertInto('compliance_runs').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

/** The newest runs of a site, newest first. */
export function listComplianceRuns(db: Kysely<DB>, siteId: number, limit: number): Promise<ComplianceRunRow[]> {
  return db.selectFrom('compliance_runs').selectAll().where('site_id', '=', siteId)
    .orderBy('as_of', 'desc').orderBy('id', 'desc').limit(limit).execute();
}

export function latestComplianceRun(db: Kysely<DB>, siteId: number): Promise<ComplianceRunRow | undefined> {
  return db.selectFrom('compliance_runs').selectAll().where('site_id', '=', siteId)
    .orderBy('as_of', 'desc').orderBy('id', 'desc').limit(1).executeTakeFirst();
}

export type RunSummary = Pick<ComplianceRunRow, 'id' | 'site_id' | 'pack_id' | 'score_centi' | 'max_centi' | 'gap_count' | 'as_of'>;

/** Score history (without the outcome JSON) of several sites since `sinceIso`, newest first per site. */
export function listRunSummaries(db: Kysely<DB>, siteIds: number[], sinceIso: string): Promise<RunSummary[]> {
  if (siteIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('compliance_runs').select(['id', 'site_id', 'pack_id', 'score_centi', 'max_centi', 'gap_count', 'as_of'])
    .where('site_id', 'in', siteIds).where('as_of', '>=', sinceIso)
    .orderBy('site_id').orderBy('as_of', 'desc').orderBy('id', 'desc').execute();
}

/** The latest full run of each of several sites. */
export async function latestRunsOf(db: Kysely<DB>, siteIds: number[]): Promise<Map<number, ComplianceRunRow>> {
  const out = new Map<number, ComplianceRunRow>();
  for (const id of siteIds) {
    const run = await latestComplianceRun(db, id);
    if (run) out.set(id, run);
  }
  return out;
}

export function findOverrides(db: Kysely<DB>, siteId: number, packId: string) {
  return db.selectFrom('compliance_overrides').selectAll().where('site_id', '=', siteId).where('pack_id', '=', packId).executeTakeFirst();
}

/** Writes a city's adjustments of a pack (insert or replace). */
export async function saveOverrides(db: Kysely<DB>, input: { siteId: number; packId: string; data: string; actorId: number | null; at: string }): Promise<number> {
  const existing = await findOverrides(db, input.siteId, input.packId);
  if (existing) {
    await db.updateTable('compliance_overrides').set({ data: input.data, updated_by: input.actorId, updated_at: input.at })
      .where('id', '=', existing.id).execute();
    return existing.id;
  }
  return (await db.insertInto('compliance_overrides').values({
    site_id: input.siteId, pack_id: input.packId, data: input.data, updated_by: input.actorId, created_at: input.at, updated_at: input.at,
  }).returning('id').executeTakeFirstOrThrow()).id;
}
