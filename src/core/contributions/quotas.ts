/**
 * Contribution quotas (regulations.md CITY-WF-03: each unit at least 2 news items or articles with photos a
 * month; CITY-WF-04: the radio station at least 15) and how a unit's items count against them. Pure: the
 * per-item facts come from the report queries (src/reports/queries/*).
 *
 * What counts (docs/contributions.md): the unit's items first published in the period and still published at
 * its end, with at least one photo when the quota requires photos; with `countRefused`, also the items the
 * editorial board refused (returned) in the period and had not published by its end, which are then counted as
 * "submitted but not accepted".
 */
import { UNIT_KINDS, type UnitKind } from '../types.ts';

export interface QuotaDefault {
  /** Items per period; 0 = no quota for this kind. */
  target: number;
  requirePhoto: boolean;
}

/**
 * Defaults per unit kind. Directive 002 §2 sets 2 items with photos for the agencies and wards under the
 * People's Committee (offices, ward offices, mass organisations feed the same portal) and §3 sets 15 for the
 * radio station (no photo required: its items are broadcast texts). Party bodies and the council are not under
 * the People's Committee's directive: no quota unless the city sets one.
 */
export const DEFAULT_QUOTAS: Record<UnitKind, QuotaDefault> = {
  office: { target: 2, requirePhoto: true },
  ward_office: { target: 2, requirePhoto: true },
  mass_org: { target: 2, requirePhoto: true },
  radio: { target: 15, requirePhoto: false },
  party: { target: 0, requirePhoto: true },
  council: { target: 0, requirePhoto: true },
};

/** A stored quota for one unit, or for every unit of a kind, over a range of periods. */
export interface QuotaRule {
  id: number;
  unitId: number | null;
  unitKind: string | null;
  /** First period it applies to ("YYYY-MM"). */
  fromPeriod: string;
  /** Last period, or null: open-ended. */
  toPeriod: string | null;
  target: number;
  requirePhoto: boolean;
}

export interface Quota extends QuotaDefault {
  source: 'default' | 'kind' | 'unit';
  ruleId: number | null;
}

function applies(rule: QuotaRule, periodKey: string): boolean {
  return rule.fromPeriod <= periodKey && (rule.toPeriod === null || periodKey <= rule.toPeriod);
}

function newest(rules: QuotaRule[]): QuotaRule | undefined {
  return [...rules].sort((a, b) => (b.fromPeriod > a.fromPeriod ? 1 : b.fromPeriod < a.fromPeriod ? -1 : b.id - a.id))[0];
}

/**
 * The quota of a unit in a period: a rule for the unit beats a rule for its kind, which beats the default of
 * its kind; among rules of the same scope, the one starting latest (then the newest) wins.
 */
export function quotaFor(unit: { id: number; kind: string }, periodKey: string, rules: readonly QuotaRule[], defaults: Record<UnitKind, QuotaDefault>): Quota {
  const live = rules.filter((r) => applies(r, periodKey));
  const own = newest(live.filter((r) => r.unitId === unit.id));
  if (own) return { target: own.target, requirePhoto: own.requirePhoto, source: 'unit', ruleId: own.id };
  const kind = newest(live.filter((r) => r.unitId === null && r.unitKind === unit.kind));
  if (kind) return { target: kind.target, requirePhoto: kind.requirePhoto, source: 'kind', ruleId: kind.id };
  const d = (UNIT_KINDS as readonly string[]).includes(unit.kind) ? defaults[unit.kind as UnitKind] : { target: 0, requirePhoto: true };
  return { ...d, source: 'default', ruleId: null };
}

/** What the report knows about one item of a site in one period. */
export interface ItemFacts {
  contentId: number;
  unitId: number | null;
  /** Sent up by the unit (to its leader, or straight to the board) in the period. */
  submitted: boolean;
  /** Reached the board (approved by the unit leader, or sent by the leader) in the period. */
  leaderApproved: boolean;
  /** First published in the period and still published at its end. */
  published: boolean;
  /** Has a cover photo or a photo in its text (current version). */
  hasPhoto: boolean;
  /** Returned by the board in the period and not published by its end. */
  refused: boolean;
}

export interface UnitCounts {
  submitted: number;
  leaderApproved: number;
  published: number;
  withPhoto: number;
  refused: number;
  /** What counts against the quota. */
  counted: number;
}

export const ZERO_COUNTS: UnitCounts = { submitted: 0, leaderApproved: 0, published: 0, withPhoto: 0, refused: 0, counted: 0 };

/** True when this item counts against a quota. */
export function countsTowardQuota(item: ItemFacts, quota: Pick<QuotaDefault, 'requirePhoto'>, countRefused: boolean): boolean {
  const photoOk = item.hasPhoto || !quota.requirePhoto;
  return photoOk && (item.published || (countRefused && item.refused));
}

/** The counts of a set of items (one unit's, or all). */
export function countItems(items: readonly ItemFacts[], quota: Pick<QuotaDefault, 'requirePhoto'>, countRefused: boolean): UnitCounts {
  const c = { ...ZERO_COUNTS };
  for (const i of items) {
    if (i.submitted) c.submitted++;
    if (i.leaderApproved) c.leaderApproved++;
    if (i.published) c.published++;
    if (i.published && i.hasPhoto) c.withPhoto++;
    if (i.refused) c.refused++;
    if (countsTowardQuota(i, quota, countRefused)) c.counted++;
  }
  return c;
}

export function addCounts(a: UnitCounts, b: UnitCounts): UnitCounts {
  return {
    submitted: a.submitted + b.submitted, leaderApproved: a.leaderApproved + b.leaderApproved, published: a.published + b.published,
    withPhoto: a.withPhoto + b.withPhoto, refused: a.refused + b.refused, counted: a.counted + b.counted,
  };
}

/** Met, not met, or null when the unit has no quota. */
export function quotaMet(counted: number, target: number): boolean | null {
  return target > 0 ? counted >= target : null;
}

/** Fulfilment in basis points (10,000 = 100%), capped at `capBp`; null when the unit has no quota. */
export function fulfilmentBp(counted: number, target: number, capBp = 10_000): number | null {
  if (target <= 0) return null;
  return Math.min(capBp, Math.floor((counted * 10_000) / target));
}
