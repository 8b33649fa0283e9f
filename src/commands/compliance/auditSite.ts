/**
 * Audits one site against its rule pack and records the result in the score history. auditSite() is the
 * operation the nightly job runs (no actor); runComplianceAudit() is the on-demand command behind the
 * admin button (compliance.run on the site).
 */
import type { Kysely } from 'kysely';
import { evaluatePack, gapsOf } from '../../core/compliance/evaluate.ts';
import type { AuditResult } from '../../core/compliance/types.ts';
import { NotFoundError } from '../../core/errors.ts';
import type { Clock } from '../../core/types.ts';
import { recordAudit } from '../../db/repositories/auditRepository.ts';
import { insertComplianceRun } from '../../db/repositories/complianceRepository.ts';
import { findSite } from '../../db/repositories/siteRepository.ts';
import { gatherComplianceFacts } from '../../db/queries/complianceFacts.ts';
import type { DB } from '../../db/schema.ts';
import type { CommandContext } from '../context.ts';
import { authorizedSite } from '../records/recordSupport.ts';
import { effectivePack } from './complianceSettings.ts';

export type AuditTrigger = 'nightly' | 'manual' | 'demo';

/** Evaluates a site without recording anything (the API uses it before the first audit has run). */
export async function evaluateSite(db: Kysely<DB>, siteId: number, asOf: string): Promise<AuditResult> {
  const site = await findSite(db, siteId);
  if (!site) throw new NotFoundError();
  const { pack, calendar } = await effectivePack(db, site);
  return evaluatePack(pack, await gatherComplianceFacts(db, site.id, asOf), calendar);
}

/**
 * Audits `siteId` as of `asOf` (default: now) and stores the run with an audit event, in one transaction.
 * @throws NotFoundError for an unknown site
 */
export async function auditSite(
  db: Kysely<DB>,
  clock: Clock,
  input: { siteId: number; trigger: AuditTrigger; actorId: number | null; asOf?: string },
): Promise<{ runId: number; result: AuditResult }> {
  const now = clock.now().toISOString();
  const asOf = input.asOf ?? now;
  // CASE: called inside a transaction (the demo seed), which Kysely cannot nest: run in it.
  const inTransaction = <T>(fn: (trx: Kysely<DB>) => Promise<T>) => (db.isTransaction ? fn(db) : db.transaction().execute(fn));
  return inTransaction(async (trx) => {
    const result = await evaluateSite(trx, input.siteId, asOf);
    const gaps = gapsOf(result);
    const runId = await insertComplianceRun(trx, {
      site_id: input.siteId, pack_id: result.packId, pack_version: result.packVersion, score_centi: Math.round(result.score * 100),
      max_centi: Math.round(result.maxScore * 100), gap_count: gaps.length, trigger: input.trigger, as_of: asOf,
      result: JSON.stringify(result), actor_id: input.actorId, created_at: now,
    });
    await recordAudit(trx, {
      siteId: input.siteId, actorId: input.actorId, action: 'compliance.audited', subjectType: 'compliance_run', subjectId: runId,
      data: { pack: result.packId, score: result.score, max: result.maxScore, gaps: gaps.map((g) => g.ruleId), trigger: input.trigger }, at: now,
    });
    return { runId, result };
  });
}

/** Runs the audit now, on demand. @throws NotFoundError; ForbiddenError without compliance.run on the site */
export async function runComplianceAudit(ctx: CommandContext, input: { siteId: number }): Promise<{ runId: number; result: AuditResult }> {
  const site = await authorizedSite(ctx, input.siteId, 'compliance.run');
  return auditSite(ctx.db, ctx.clock, { siteId: site.id, trigger: 'manual', actorId: ctx.actor.userId });
}
