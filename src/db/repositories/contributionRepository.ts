/**
 * Contribution settings (JSON per site and scope), quota rules and the monthly report history. Every read
 * takes the site id.
 */
import type { Insertable, Kysely } from 'kysely';
import type { ContributionReportRow, ContributionReportsTable, DB, QuotaRuleRow, QuotaRulesTable } from '../schema.ts';

export async function findSettingsData(db: Kysely<DB>, siteId: number, scope: string): Promise<unknown> {
  const row = await db.selectFrom('contribution_settings').select('data').where('site_id', '=', siteId).where('scope', '=', scope).executeTakeFirst();
  if (!row) return undefined;
  try {
    return JSON.parse(row.data) as unknown;
  } catch {
    return undefined;
  }
}

/** Inserts or replaces the settings of one scope; returns the row id (the audit subject). */
export async function saveSettingsData(db: Kysely<DB>, input: { siteId: number; scope: string; data: unknown; actorId: number | null; at: string }): Promise<number> {
  const json = JSON.stringify(input.data);
  const existing = await db.selectFrom('contribution_settings').select('id').where('site_id', '=', input.siteId).where('scope', '=', input.scope).executeTakeFirst();
  if (existing) {
    await db.updateTable('contribution_settings').set({ data: json, updated_by: input.actorId, updated_at: input.at }).where('id', '=', existing.id).execute();
    return existing.id;
  }
  return (await db.insertInto('contribution_settings').values({
    site_id: input.siteId, scope: input.scope, data: json, updated_by: input.actorId, created_at: input.at, updated_at: input.at,
  }).returning('id').executeTakeFirstOrThrow()).id;
}

export function listQuotaRules(db: Kysely<DB>, siteId: number): Promise<QuotaRuleRow[]> {
  return db.selectFrom('quota_rules').selectAll().where('site_id', '=', siteId).orderBy('from_period', 'desc').orderBy('id', 'desc').execute();
}

export function findQuotaRule(db: Kysely<DB>, siteId: number, id: number): Promise<QuotaRuleRow | undefined> {
  return db.selectFrom('quota_rules').selectAll().where('site_id', '=', siteId).where('id', '=', id).executeTakeFirst();
}

export async function insertQuotaRule(db: Kysely<DB>, row: Insertable<QuotaRulesTable>): Promise<number> {
  return (await db.insertInto('quota_rules').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export async function deleteQuotaRule(db: Kysely<DB>, siteId: number, id: number): Promise<void> {
  await db.deleteFrom('quota_rules').where('site_id', '=', siteId).where('id', '=', id).execute();
}

/** A site's reports, newest period first, newest version first. */
export function listReports(db: Kysely<DB>, siteId: number, limit = 200): Promise<ContributionReportRow[]> {
  return db.selectFrom('contribution_reports').selectAll().where('site_id', '=', siteId)
    .orderBy('period_key', 'desc').orderBy('version', 'desc').limit(limit).execute();
}

export function findReport(db: Kysely<DB>, siteId: number, id: number): Promise<ContributionReportRow | undefined> {
  return db.selectFrom('contribution_reports').selectAll().where('site_id', '=', siteId).where('id', '=', id).executeTakeFirst();
}

/** The newest version of a period's report, if any. */
export function latestReportOf(db: Kysely<DB>, siteId: number, periodKey: string): Promise<ContributionReportRow | undefined> {
  return db.selectFrom('contribution_reports').selectAll().where('site_id', '=', siteId).where('period_key', '=', periodKey)
    .orderBy('version', 'desc').limit(1).executeTakeFirst();
}

/** The highest number given to a report of this site dated in `year`, or 0. */
export async function maxReportNumber(db: Kysely<DB>, siteId: number, year: number): Promise<number> {
  const row = await db.selectFrom('contribution_reports').select((eb) => eb.fn.max('number').as('n'))
    .where('site_id', '=', siteId).where('document_date', '>=', `${year}-01-01`).where('document_date', '<=', `${year}-12-31`).executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function insertReport(db: Kysely<DB>, row: Insertable<ContributionReportsTable>): Promise<number> {
  return (await db.insertInto('contribution_reports').values(row).returning('id').executeTakeFirstOrThrow()).id;
}
