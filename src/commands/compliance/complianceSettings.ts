/**
 * Which rule pack a site is audited against, and the city adjustments that apply to it. A site's choice is
 * `compliancePack` in its settings JSON; a ward without one follows its city; the default is the first pack.
 * Adjustments are stored per city and pack and apply to the city and all its wards.
 */
import type { Kysely } from 'kysely';
import { buildWorkingCalendar, type WorkingCalendar } from '../../core/calendar/workingDays.ts';
import { applyOverrides, parseOverrides } from '../../core/compliance/overrides.ts';
import { DEFAULT_PACK_ID, findPack } from '../../core/compliance/packs/index.ts';
import type { PackOverrides, RulePack } from '../../core/compliance/types.ts';
import { findOverrides } from '../../db/repositories/complianceRepository.ts';
import { findSite } from '../../db/repositories/siteRepository.ts';
import type { DB, SiteRow } from '../../db/schema.ts';

export function readSettings(site: Pick<SiteRow, 'settings'>): Record<string, unknown> {
  try {
    const v: unknown = JSON.parse(site.settings);
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** The pack id chosen on the site itself, if any. */
export function ownPackChoice(site: Pick<SiteRow, 'settings'>): string | null {
  const v = readSettings(site).compliancePack;
  return typeof v === 'string' && findPack(v) ? v : null;
}

/** The site whose adjustments apply: the city itself, or a ward's city. */
export function overridesOwnerId(site: Pick<SiteRow, 'id' | 'parent_id'>): number {
  return site.parent_id ?? site.id;
}

export interface EffectivePack {
  pack: RulePack;
  /** Where the choice came from. */
  source: 'site' | 'parent' | 'default';
  overrides: PackOverrides;
  calendar: WorkingCalendar;
}

/** The pack (with the city's adjustments applied) and the working-day calendar a site is audited with. */
export async function effectivePack(db: Kysely<DB>, site: SiteRow): Promise<EffectivePack> {
  let id = ownPackChoice(site);
  let source: EffectivePack['source'] = 'site';
  if (!id && site.parent_id !== null) {
    const parent = await findSite(db, site.parent_id);
    id = parent ? ownPackChoice(parent) : null;
    source = 'parent';
  }
  if (!id) {
    id = DEFAULT_PACK_ID;
    source = 'default';
  }
  const base = findPack(id)!;
  const stored = await findOverrides(db, overridesOwnerId(site), base.id);
  const overrides = parseOverrides(stored?.data);
  return { pack: applyOverrides(base, overrides), source, overrides, calendar: buildWorkingCalendar(undefined, overrides.calendar) };
}
