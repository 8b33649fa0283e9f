/**
 * Competition (thi đua) scores, regulations.md CITY-WF-08 (directive 002 §5, 004 §3): a formula set per year
 * that combines each month's quota fulfilment with the compliance score of the unit's site (issue 5's audit).
 * The city's grid ("13 points", EVAL-03) has not been located, so the formula is configuration.
 *
 * For a competitor (a unit, or a ward as a whole on its city's table) over the year's closed periods:
 *   fulfilment of a month = min(cap, counted / quota)             (months without a quota are left out)
 *   quota part            = quota points × average monthly fulfilment
 *   compliance part       = compliance points × average of the site's monthly compliance score
 *                           (the latest audit before each period's end; months without one are left out)
 *   score (out of 100)    = (quota part + compliance part) × 100 / points available
 * A part without data (no quota all year; no audit yet) is "missing": it is left out of the points available
 * and the row is marked, so the score is never silently a zero. Fulfilment and compliance are in basis points
 * (10,000 = 100%), scores in hundredths of a point, each rounded half up once. Pure; ties share a rank and are
 * listed in Vietnamese alphabetical order.
 */
import { roundHalfUp } from '../money/vnd.ts';
import { compareVietnamese } from '../text/vietnamese.ts';

export interface Grade {
  /** Lowest score (hundredths of a point) for this grade. */
  minCenti: number;
  label: string;
}

export interface CompetitionFormula {
  quotaPoints: number;
  compliancePoints: number;
  /** Most a month's fulfilment can count, basis points (10,000 = 100%: exceeding the quota earns nothing more). */
  capBp: number;
  /** Highest first. */
  grades: Grade[];
}

export const DEFAULT_FORMULA: CompetitionFormula = {
  quotaPoints: 70,
  compliancePoints: 30,
  capBp: 10_000,
  grades: [
    { minCenti: 9000, label: 'Hoàn thành xuất sắc nhiệm vụ' },
    { minCenti: 7000, label: 'Hoàn thành tốt nhiệm vụ' },
    { minCenti: 5000, label: 'Hoàn thành nhiệm vụ' },
    { minCenti: 0, label: 'Không hoàn thành nhiệm vụ' },
  ],
};

export interface MonthResult {
  periodKey: string;
  counted: number;
  target: number;
}

export interface CompetitorInput {
  /** "unit:12" or "site:4". */
  key: string;
  name: string;
  /** The table it is ranked in: a unit kind, or 'ward_site'. */
  group: string;
  months: MonthResult[];
  /** Monthly compliance scores of its site, basis points; empty: no audit. */
  complianceBp: (number | null)[];
}

export interface CompetitorScore extends CompetitorInput {
  /** Months with a quota. */
  monthsCounted: number;
  monthsMet: number;
  avgFulfilmentBp: number | null;
  avgComplianceBp: number | null;
  quotaCenti: number | null;
  complianceCenti: number | null;
  totalCenti: number | null;
  complianceMissing: boolean;
  grade: string | null;
  /** 1-based; ties share; null when no score. */
  rank: number | null;
}

function average(values: number[]): number | null {
  if (values.length === 0) return null;
  return roundHalfUp(values.reduce((a, b) => a + b, 0), values.length);
}

export function gradeOf(totalCenti: number, grades: readonly Grade[]): string {
  return [...grades].sort((a, b) => b.minCenti - a.minCenti).find((g) => totalCenti >= g.minCenti)?.label ?? '';
}

export function scoreCompetitor(c: CompetitorInput, f: CompetitionFormula): Omit<CompetitorScore, 'rank'> {
  const withQuota = c.months.filter((m) => m.target > 0);
  const fulfilments = withQuota.map((m) => Math.min(f.capBp, Math.floor((m.counted * 10_000) / m.target)));
  const avgFulfilmentBp = average(fulfilments);
  const avgComplianceBp = average(c.complianceBp.filter((x): x is number => x !== null));
  const quotaCenti = avgFulfilmentBp === null ? null : roundHalfUp(f.quotaPoints * 100 * avgFulfilmentBp, 10_000);
  const complianceCenti = avgComplianceBp === null || f.compliancePoints === 0 ? null : roundHalfUp(f.compliancePoints * 100 * avgComplianceBp, 10_000);
  const available = (quotaCenti === null ? 0 : f.quotaPoints) + (complianceCenti === null ? 0 : f.compliancePoints);
  const totalCenti = quotaCenti === null || available === 0 ? null : roundHalfUp(((quotaCenti ?? 0) + (complianceCenti ?? 0)) * 100, available);
  return {
    ...c, monthsCounted: withQuota.length, monthsMet: withQuota.filter((m) => m.counted >= m.target).length,
    avgFulfilmentBp, avgComplianceBp, quotaCenti, complianceCenti, totalCenti,
    complianceMissing: f.compliancePoints > 0 && avgComplianceBp === null,
    grade: totalCenti === null ? null : gradeOf(totalCenti, f.grades),
  };
}

/** Scores every competitor and ranks them within their group: highest first, ties share a rank (1, 2, 2, 4). */
export function rankCompetitors(inputs: readonly CompetitorInput[], f: CompetitionFormula): Map<string, CompetitorScore[]> {
  const groups = new Map<string, CompetitorScore[]>();
  for (const c of inputs) {
    const list = groups.get(c.group) ?? [];
    list.push({ ...scoreCompetitor(c, f), rank: null });
    groups.set(c.group, list);
  }
  for (const list of groups.values()) {
    list.sort((a, b) => {
      if (a.totalCenti === null || b.totalCenti === null) return a.totalCenti === b.totalCenti ? compareVietnamese(a.name, b.name) : a.totalCenti === null ? 1 : -1;
      return b.totalCenti - a.totalCenti || compareVietnamese(a.name, b.name);
    });
    list.forEach((s, i) => {
      if (s.totalCenti === null) return;
      const prev = list[i - 1];
      s.rank = prev && prev.totalCenti === s.totalCenti ? prev.rank : i + 1;
    });
  }
  return groups;
}

/** Hundredths → "87,50". */
export function formatScore(centi: number): string {
  return `${Math.floor(centi / 100)},${String(centi % 100).padStart(2, '0')}`;
}

/** Basis points → "87,5%". */
export function formatBpPercent(bp: number): string {
  const tenths = roundHalfUp(bp, 10);
  return `${Math.floor(tenths / 10)}${tenths % 10 ? `,${tenths % 10}` : ''}%`;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const intIn = (v: unknown, min: number, max: number, d: number): number => (Number.isInteger(v) && (v as number) >= min && (v as number) <= max ? (v as number) : d);

export function mergeFormula(stored: unknown, d: CompetitionFormula = DEFAULT_FORMULA): CompetitionFormula {
  if (!isObject(stored)) return structuredClone(d);
  const grades = Array.isArray(stored.grades)
    ? stored.grades.filter(isObject).filter((g) => typeof g.label === 'string').map((g) => ({ minCenti: intIn(g.minCenti, 0, 10_000, 0), label: g.label as string }))
    : structuredClone(d.grades);
  return {
    quotaPoints: intIn(stored.quotaPoints, 0, 1000, d.quotaPoints),
    compliancePoints: intIn(stored.compliancePoints, 0, 1000, d.compliancePoints),
    capBp: intIn(stored.capBp, 10_000, 20_000, d.capBp),
    grades: grades.length ? grades.sort((a, b) => b.minCenti - a.minCenti) : structuredClone(d.grades),
  };
}
