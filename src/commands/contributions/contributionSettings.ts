/**
 * A site's effective contribution settings. A city's choices (report day, reminders, what counts, default
 * quotas, royalty rates, the competition formula) also apply to its wards unless a ward stores its own; the
 * report heading is always the site's own (its defaults name the site). Stored JSON is merged over the
 * defaults key by key (core/contributions/settings.ts, core/royalties/royalty.ts, core/competition/score.ts).
 */
import type { Kysely } from 'kysely';
import { type CompetitionFormula, mergeFormula } from '../../core/competition/score.ts';
import { type ContributionSettings, defaultContributionSettings, mergeContributionSettings } from '../../core/contributions/settings.ts';
import { type QuotaRule } from '../../core/contributions/quotas.ts';
import { type RoyaltySettings, mergeRoyaltySettings } from '../../core/royalties/royalty.ts';
import { findSettingsData, listQuotaRules } from '../../db/repositories/contributionRepository.ts';
import { findSite } from '../../db/repositories/siteRepository.ts';
import type { DB, QuotaRuleRow, SiteRow } from '../../db/schema.ts';

export const QUOTA_SCOPE = 'quota';
export const ROYALTY_SCOPE = 'royalty';
export const competitionScope = (year: number) => `competition-${year}`;

async function parentOf(db: Kysely<DB>, site: Pick<SiteRow, 'parent_id'>): Promise<SiteRow | undefined> {
  return site.parent_id === null ? undefined : findSite(db, site.parent_id);
}

export async function loadContributionSettings(db: Kysely<DB>, site: SiteRow): Promise<ContributionSettings> {
  const parent = await parentOf(db, site);
  let settings = defaultContributionSettings({ level: site.level, fullName: site.full_name, parentFullName: parent?.full_name ?? null });
  if (parent) {
    const inherited = await findSettingsData(db, parent.id, QUOTA_SCOPE);
    if (inherited && typeof inherited === 'object') settings = mergeContributionSettings(settings, { ...(inherited as object), document: undefined });
  }
  return mergeContributionSettings(settings, await findSettingsData(db, site.id, QUOTA_SCOPE));
}

/** Where the stored settings of a scope come from: the site itself, its city, or nowhere (defaults). */
async function ownOrParent(db: Kysely<DB>, site: SiteRow, scope: string): Promise<unknown> {
  const own = await findSettingsData(db, site.id, scope);
  if (own !== undefined) return own;
  const parent = await parentOf(db, site);
  return parent ? findSettingsData(db, parent.id, scope) : undefined;
}

export async function loadRoyaltySettings(db: Kysely<DB>, site: SiteRow): Promise<RoyaltySettings> {
  return mergeRoyaltySettings(await ownOrParent(db, site, ROYALTY_SCOPE));
}

export async function loadCompetitionFormula(db: Kysely<DB>, site: SiteRow, year: number): Promise<CompetitionFormula> {
  return mergeFormula(await ownOrParent(db, site, competitionScope(year)));
}

export function toQuotaRule(r: QuotaRuleRow): QuotaRule {
  return { id: r.id, unitId: r.unit_id, unitKind: r.unit_kind, fromPeriod: r.from_period, toPeriod: r.to_period, target: r.target, requirePhoto: r.require_photo === 1 };
}

export async function loadQuotaRules(db: Kysely<DB>, siteId: number): Promise<QuotaRule[]> {
  return (await listQuotaRules(db, siteId)).map(toQuotaRule);
}
