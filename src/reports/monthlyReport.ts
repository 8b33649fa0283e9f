/**
 * The figures of the monthly contribution report (regulations.md CITY-WF-05) for one site and one period,
 * with the previous period for comparison: per unit — items submitted, approved by the leader (reaching the
 * board), published, published with a photo, refused by the board, what counts against the quota, quota met
 * or not; totals; the radio station's items; the units that missed their quota. Also the live progress of the
 * open period (the same computation up to now). Every figure comes from the status history, so a closed
 * period always gives the same figures.
 */
import type { Kysely } from 'kysely';
import { type Period, shiftPeriod } from '../core/contributions/periods.ts';
import {
  type ItemFacts, type Quota, type QuotaRule, type UnitCounts, ZERO_COUNTS, addCounts, countItems, countsTowardQuota, quotaFor, quotaMet,
} from '../core/contributions/quotas.ts';
import type { ContributionSettings } from '../core/contributions/settings.ts';
import { compareVietnamese } from '../core/text/vietnamese.ts';
import { UNIT_KIND_LABELS, type UnitKind } from '../core/types.ts';
import { listUnits } from '../db/repositories/unitRepository.ts';
import type { DB, SiteRow, UnitRow } from '../db/schema.ts';
import { getBoardRefusals } from './queries/getBoardRefusals.ts';
import { type ItemDetail, getItemFacts } from './queries/getItemFacts.ts';
import { getLeaderApprovals } from './queries/getLeaderApprovals.ts';
import { getPublications } from './queries/getPublications.ts';
import { getSubmissions } from './queries/getSubmissions.ts';
import type { PeriodWindow } from './queries/periodWindow.ts';

export interface ReportItem extends ItemFacts {
  title: string;
  genre: string;
  authorName: string;
  submittedAt: string | null;
  approvedAt: string | null;
  publishedAt: string | null;
  refusedAt: string | null;
  /** Counts against its unit's quota. */
  counted: boolean;
}

export interface UnitLine {
  unitId: number;
  name: string;
  kind: string;
  kindLabel: string;
  quota: Quota;
  counts: UnitCounts;
  met: boolean | null;
  previous: UnitCounts;
  previousMet: boolean | null;
  previousTarget: number;
}

export interface PeriodFigures {
  units: UnitLine[];
  /** Items filed under no unit (the board's own). */
  unassigned: UnitCounts;
  previousUnassigned: UnitCounts;
  totals: UnitCounts;
  previousTotals: UnitCounts;
  items: ReportItem[];
}

export interface MonthlyReportModel extends PeriodFigures {
  site: { id: number; name: string; fullName: string; level: string };
  period: Period;
  previousPeriod: Period;
  countRefused: boolean;
  radio: UnitLine[];
  radioItems: ReportItem[];
  missed: UnitLine[];
  /** Units with a quota. */
  unitsWithQuota: number;
  unitsMet: number;
}

interface Collected {
  items: ReportItem[];
}

/** Every item of the site touched in the window, with its facts (the four metric queries combined). */
async function collect(db: Kysely<DB>, siteId: number, window: PeriodWindow): Promise<Collected> {
  const [submitted, approved, published, refused] = await Promise.all([
    getSubmissions(db, siteId, window), getLeaderApprovals(db, siteId, window), getPublications(db, siteId, window), getBoardRefusals(db, siteId, window),
  ]);
  const at = (list: { contentId: number; at: string }[]) => new Map(list.map((e) => [e.contentId, e.at]));
  const s = at(submitted);
  const a = at(approved);
  const p = at(published);
  const r = at(refused);
  const ids = [...new Set([...s.keys(), ...a.keys(), ...p.keys(), ...r.keys()])].sort((x, y) => x - y);
  const details = await getItemFacts(db, siteId, ids);
  const items = ids.flatMap((id): ReportItem[] => {
    const d: ItemDetail | undefined = details.get(id);
    if (!d) return [];
    return [{
      contentId: id, unitId: d.unitId, title: d.title, genre: d.genre, authorName: d.authorName, hasPhoto: d.hasPhoto,
      submitted: s.has(id), leaderApproved: a.has(id), published: p.has(id), refused: r.has(id),
      submittedAt: s.get(id) ?? null, approvedAt: a.get(id) ?? null, publishedAt: p.get(id) ?? null, refusedAt: r.get(id) ?? null,
      counted: false,
    }];
  });
  return { items };
}

function sortUnits(units: UnitRow[]): UnitRow[] {
  return [...units].sort((a, b) => a.sort_order - b.sort_order || compareVietnamese(a.name, b.name));
}

/** Figures of one window (a whole period, or the open period up to now) with the previous period beside them. */
export async function figuresFor(
  db: Kysely<DB>,
  input: { siteId: number; periodKey: string; window: PeriodWindow; previous: Period | null; settings: ContributionSettings; rules: readonly QuotaRule[]; units?: UnitRow[] },
): Promise<PeriodFigures> {
  const siteUnits = await listUnits(db, input.siteId);
  const units = sortUnits(input.units ?? siteUnits);
  const [now, before] = await Promise.all([
    collect(db, input.siteId, input.window), input.previous ? collect(db, input.siteId, input.previous) : Promise.resolve({ items: [] }),
  ]);
  const lines: UnitLine[] = units.map((u) => {
    const quota = quotaFor(u, input.periodKey, input.rules, input.settings.quotaDefaults);
    const prevQuota = quotaFor(u, input.previous?.key ?? input.periodKey, input.rules, input.settings.quotaDefaults);
    const mine = now.items.filter((i) => i.unitId === u.id);
    for (const i of mine) i.counted = countsTowardQuota(i, quota, input.settings.countRefused);
    const counts = countItems(mine, quota, input.settings.countRefused);
    const previous = countItems(before.items.filter((i) => i.unitId === u.id), prevQuota, input.settings.countRefused);
    return {
      unitId: u.id, name: u.name, kind: u.kind, kindLabel: UNIT_KIND_LABELS[u.kind as UnitKind] ?? u.kind, quota, counts,
      met: quotaMet(counts.counted, quota.target), previous, previousMet: quotaMet(previous.counted, prevQuota.target), previousTarget: prevQuota.target,
    };
  });
  // The board's own items: no unit, or a unit that is not the site's (never the units left out of a scoped view).
  const unitIds = new Set(siteUnits.map((u) => u.id));
  const noUnit = (list: ReportItem[]) => ({ ...countItems(list.filter((i) => i.unitId === null || !unitIds.has(i.unitId)), { requirePhoto: true }, false), counted: 0 });
  const unassigned = noUnit(now.items);
  const previousUnassigned = noUnit(before.items);
  return {
    units: lines, unassigned, previousUnassigned,
    totals: lines.reduce((t, l) => addCounts(t, l.counts), unassigned),
    previousTotals: lines.reduce((t, l) => addCounts(t, l.previous), previousUnassigned),
    items: now.items,
  };
}

/** The report of a closed (or any) period. */
export async function buildMonthlyReport(
  db: Kysely<DB>,
  input: { site: SiteRow; period: Period; settings: ContributionSettings; rules: readonly QuotaRule[] },
): Promise<MonthlyReportModel> {
  const { site, period, settings } = input;
  const previousPeriod = shiftPeriod(period, -1, settings.reportDay);
  const figures = await figuresFor(db, { siteId: site.id, periodKey: period.key, window: period, previous: previousPeriod, settings, rules: input.rules });
  const radio = figures.units.filter((u) => u.kind === 'radio');
  const radioIds = new Set(radio.map((u) => u.unitId));
  const withQuota = figures.units.filter((u) => u.met !== null);
  return {
    site: { id: site.id, name: site.name, fullName: site.full_name, level: site.level },
    period, previousPeriod, countRefused: settings.countRefused, ...figures,
    radio, radioItems: figures.items.filter((i) => i.unitId !== null && radioIds.has(i.unitId) && i.published),
    missed: withQuota.filter((u) => u.met === false),
    unitsWithQuota: withQuota.length, unitsMet: withQuota.filter((u) => u.met === true).length,
  };
}

export { ZERO_COUNTS };
