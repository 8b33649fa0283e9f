/** GET /api/v1/sites/{site}/compliance: the latest stored audit of a site, or a live evaluation before the first one. */
import { evaluateSite } from '../../commands/compliance/auditSite.ts';
import { gapsOf } from '../../core/compliance/evaluate.ts';
import type { AuditResult } from '../../core/compliance/types.ts';
import { latestComplianceRun } from '../../db/repositories/complianceRepository.ts';
import type { SiteRow } from '../../db/schema.ts';
import type { AppContext } from '../appContext.ts';

export interface ApiComplianceReport {
  site: { id: number; slug: string; name: string };
  pack: { id: string; name: string; version: string };
  auditedAt: string;
  stored: boolean;
  score: number;
  maxScore: number;
  percent: number;
  gaps: { ruleId: string; title: string; legalBasis: string; requirements: string[]; weight: number; missing: string[] }[];
}

export async function complianceReport(ctx: AppContext, site: SiteRow): Promise<ApiComplianceReport> {
  const run = await latestComplianceRun(ctx.db, site.id);
  const result: AuditResult = run ? (JSON.parse(run.result) as AuditResult) : await evaluateSite(ctx.db, site.id, ctx.clock.now().toISOString());
  return {
    site: { id: site.id, slug: site.slug, name: site.name },
    pack: { id: result.packId, name: result.packName, version: result.packVersion },
    auditedAt: run ? run.as_of : result.asOf,
    stored: run !== undefined,
    score: result.score,
    maxScore: result.maxScore,
    percent: result.percent,
    gaps: gapsOf(result).map((g) => ({ ruleId: g.ruleId, title: g.title, legalBasis: g.legalBasis, requirements: [...g.requirements], weight: g.weight, missing: g.missing })),
  };
}
