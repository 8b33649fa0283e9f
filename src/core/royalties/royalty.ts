/**
 * Royalties (nhuận bút) for items published on the portal, per regulations.md §3 (ND 18/2014/NĐ-CP, applied to
 * state portals by reference: ND42-FUND-01, ND42-FUND-03):
 *   royalty = coefficient × value of one coefficient unit (ND18-FORMULA, Art. 7.2–7.3; Art. 10.2 for radio),
 *   one unit = a configurable percentage (default 10%) of the base salary (default 2,340,000 đồng, ND18-BASE).
 * Coefficient ranges per genre (Art. 7.1 for print/online, Art. 10 for radio: ND18-TABLE-*), per-photo
 * coefficients, and the extra percentages of Art. 7.4 (ND18-BONUS) are configuration. STATUS-02: ND 18/2014
 * may be replaced by ND 287/2026 from 01/9/2026, which has no coefficient table for state portals and lets the
 * province set rates, so every number here is a setting, not a constant.
 *
 * Money is integer đồng; coefficients are integer tenths (2.5 → 25); percentages are integer basis points
 * (10% → 1000). Rounding, applied once per part of an item: the exact product coefficient × unit value ×
 * (100% + bonuses) is rounded half up to the đồng, then half up to the configured rounding unit; the part is
 * then split among its authors by their shares with the largest-remainder method, so the lines always add up
 * to the part. Pure.
 */
import { addDays, portalDateOf } from '../calendar/workingDays.ts';
import { roundHalfUp, roundToUnit } from '../money/vnd.ts';
import { GENRES, type Genre } from '../types.ts';

export interface CoefficientRange {
  /** Tenths: 10 = coefficient 1. */
  min: number;
  max: number;
  /** Proposed on the form (within min–max). */
  suggested: number;
}

/** Which table an item is paid from: the portal's (print/online press, Art. 7) or the radio station's (Art. 10). */
export type RateTable = 'online' | 'radio';
export const RATE_TABLE_LABELS: Record<RateTable, string> = {
  online: 'Bảng hệ số báo in, báo điện tử (Điều 7 Nghị định 18/2014/NĐ-CP)',
  radio: 'Bảng hệ số phát thanh (Điều 10 Nghị định 18/2014/NĐ-CP)',
};

export interface RoyaltyBonus {
  code: string;
  label: string;
  /** Basis points: 1000 = 10%. */
  minBp: number;
  maxBp: number;
}

export interface RoyaltySettings {
  /** Mức lương cơ sở, đồng per month. */
  baseSalary: number;
  /** One coefficient unit as a share of the base salary, basis points (1000 = 10%). */
  unitValueBp: number;
  /** Parts are rounded to a multiple of this many đồng (1: to the đồng). */
  roundingUnit: number;
  /** Days after publication within which royalties must be paid (ND18-PAY-DEADLINE, Art. 4.10). */
  payWithinDays: number;
  online: Record<Genre, CoefficientRange>;
  radio: Record<Genre, CoefficientRange>;
  /** Each photo of an item (ND18-TABLE-PRINT/ONLINE: Ảnh, at most 10). */
  photo: CoefficientRange;
  bonuses: RoyaltyBonus[];
}

const r = (min: number, max: number, suggested: number): CoefficientRange => ({ min: min * 10, max: max * 10, suggested: suggested * 10 });

/**
 * The maxima are those of ND 18/2014 (FOUND in regulations.md §3): news 10, photo 10, commentary 30,
 * report/feature/interview 30. The catalogue does not record lower bounds, so every range starts at 1
 * (0 for the text of a photo story, whose photos carry the royalty); the city sets its own (ND18-LOCAL-01).
 */
export const DEFAULT_ROYALTY_SETTINGS: RoyaltySettings = {
  baseSalary: 2_340_000,
  unitValueBp: 1000,
  roundingUnit: 1,
  payWithinDays: 60,
  online: {
    news: r(1, 10, 6),
    article: r(1, 30, 15),
    photo: r(0, 10, 0),
    interview: r(1, 30, 15),
    commentary: r(1, 30, 15),
    report: r(1, 30, 20),
  },
  radio: {
    news: r(1, 10, 5),
    article: r(1, 30, 12),
    photo: r(0, 10, 0),
    interview: r(1, 30, 12),
    commentary: r(1, 30, 12),
    report: r(1, 30, 15),
  },
  photo: r(1, 10, 3),
  bonuses: [
    { code: 'thieu-nhi-dan-toc', label: 'Tác phẩm dành cho thiếu nhi, đồng bào dân tộc thiểu số', minBp: 1000, maxBp: 2000 },
    { code: 'ngoai-ngu', label: 'Viết trực tiếp bằng tiếng nước ngoài, tiếng dân tộc thiểu số', minBp: 3000, maxBp: 5000 },
    { code: 'kho-khan', label: 'Thực hiện trong điều kiện khó khăn, nguy hiểm', minBp: 0, maxBp: 10000 },
  ],
};

/** Value of one coefficient unit, đồng: base salary × percentage, rounded half up. 2,340,000 × 10% = 234,000. */
export function unitValue(s: Pick<RoyaltySettings, 'baseSalary' | 'unitValueBp'>): number {
  return roundHalfUp(s.baseSalary * s.unitValueBp, 10_000);
}

/** The royalty of one part: coefficient (tenths) × unit value × (100% + bonuses), rounded as the file header says. */
export function partAmount(input: { coefficient: number; unitValue: number; bonusBp: number; roundingUnit: number }): number {
  const exact = roundHalfUp(input.coefficient * input.unitValue * (10_000 + input.bonusBp), 10 * 10_000);
  return roundToUnit(exact, input.roundingUnit);
}

/**
 * Splits `amount` by shares (basis points adding up to 10,000) with the largest-remainder method: each gets
 * the floor of its exact share, and the đồng left over go one each to the largest remainders (earlier first on ties).
 */
export function splitByShares(amount: number, sharesBp: readonly number[]): number[] {
  const total = sharesBp.reduce((a, b) => a + b, 0);
  if (total !== 10_000) throw new RangeError(`Shares must add up to 100%: ${total / 100}%`);
  const base = sharesBp.map((s) => Math.floor((amount * s) / 10_000));
  const remainders = sharesBp.map((s, i) => ({ i, rem: amount * s - base[i]! * 10_000 }));
  let left = amount - base.reduce((a, b) => a + b, 0);
  for (const { i } of [...remainders].sort((a, b) => b.rem - a.rem || a.i - b.i)) {
    if (left <= 0) break;
    base[i]!++;
    left--;
  }
  return base;
}

/** The range of a genre in a table; unknown genres fall back to "news". */
export function rangeFor(s: RoyaltySettings, table: RateTable, genre: string): CoefficientRange {
  const t = s[table];
  return (GENRES as readonly string[]).includes(genre) ? t[genre as Genre] : t.news;
}

export function withinRange(coefficient: number, range: CoefficientRange): boolean {
  return Number.isInteger(coefficient) && coefficient >= range.min && coefficient <= range.max;
}

/** "2,5" / "2.5" / "12" → tenths (25 / 120); null when not a number with at most one decimal. */
export function parseCoefficient(text: string): number | null {
  const t = text.trim().replace(',', '.');
  if (!/^\d{1,3}(\.\d)?$/.test(t)) return null;
  return Math.round(Number(t) * 10);
}

/** Tenths → "2,5" / "12". */
export function formatCoefficient(tenths: number): string {
  return tenths % 10 === 0 ? String(tenths / 10) : `${Math.floor(tenths / 10)},${tenths % 10}`;
}

/** "50" / "33,34" % → basis points; null when not a percentage with at most two decimals in 0–100. */
export function parsePercent(text: string): number | null {
  const t = text.trim().replace(',', '.').replace(/%$/, '').trim();
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(t)) return null;
  const bp = Math.round(Number(t) * 100);
  return bp <= 10_000 ? bp : null;
}

/** Basis points → "33,34" (no trailing zeros). */
export function formatPercent(bp: number): string {
  const whole = Math.floor(bp / 100);
  const frac = bp % 100;
  if (frac === 0) return String(whole);
  return `${whole},${String(frac).padStart(2, '0').replace(/0$/, '')}`;
}

/** The last day to pay an item published at `publishedAt` (portal date + payWithinDays). */
export function payDeadline(publishedAt: string, payWithinDays: number): string {
  return addDays(portalDateOf(publishedAt), payWithinDays);
}

/** Unpaid after the deadline (ND18-PAY-DEADLINE): flagged on the payout list. */
export function isOverdue(line: { paid: boolean; publishedAt: string }, today: string, payWithinDays: number): boolean {
  return !line.paid && today > payDeadline(line.publishedAt, payWithinDays);
}

/** One author's part of one part of an item, as entered. */
export interface ShareInput {
  authorName: string;
  shareBp: number;
}

export interface PartInput {
  kind: 'text' | 'photo';
  label: string;
  mediaId: number | null;
  coefficient: number;
  shares: ShareInput[];
}

export interface ComputedLine {
  partIndex: number;
  kind: 'text' | 'photo';
  label: string;
  mediaId: number | null;
  coefficient: number;
  partAmount: number;
  authorName: string;
  shareBp: number;
  amount: number;
}

/** Every payout line of an item: each part's amount, split among its authors. */
export function computeLines(parts: readonly PartInput[], input: { unitValue: number; bonusBp: number; roundingUnit: number }): ComputedLine[] {
  return parts.flatMap((p, partIndex) => {
    const amount = partAmount({ coefficient: p.coefficient, unitValue: input.unitValue, bonusBp: input.bonusBp, roundingUnit: input.roundingUnit });
    const split = splitByShares(amount, p.shares.map((s) => s.shareBp));
    return p.shares.map((s, i) => ({
      partIndex, kind: p.kind, label: p.label, mediaId: p.mediaId, coefficient: p.coefficient, partAmount: amount,
      authorName: s.authorName, shareBp: s.shareBp, amount: split[i]!,
    }));
  });
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const intIn = (v: unknown, min: number, max: number, d: number): number => (Number.isInteger(v) && (v as number) >= min && (v as number) <= max ? (v as number) : d);

function mergeRange(v: unknown, d: CoefficientRange): CoefficientRange {
  if (!isObject(v)) return d;
  const min = intIn(v.min, 0, 1000, d.min);
  const max = intIn(v.max, min, 1000, Math.max(min, d.max));
  return { min, max, suggested: intIn(v.suggested, min, max, Math.min(max, Math.max(min, d.suggested))) };
}

function mergeTable(v: unknown, d: Record<Genre, CoefficientRange>): Record<Genre, CoefficientRange> {
  const t = isObject(v) ? v : {};
  return Object.fromEntries(GENRES.map((g) => [g, mergeRange(t[g], d[g])])) as Record<Genre, CoefficientRange>;
}

/** Stored royalty settings (JSON) over the defaults; malformed keys keep their default. */
export function mergeRoyaltySettings(stored: unknown, d: RoyaltySettings = DEFAULT_ROYALTY_SETTINGS): RoyaltySettings {
  if (!isObject(stored)) return structuredClone(d);
  const bonuses = Array.isArray(stored.bonuses)
    ? stored.bonuses.filter(isObject).filter((b) => typeof b.code === 'string' && typeof b.label === 'string').map((b) => {
      const minBp = intIn(b.minBp, 0, 100_000, 0);
      return { code: b.code as string, label: b.label as string, minBp, maxBp: intIn(b.maxBp, minBp, 100_000, minBp) };
    })
    : structuredClone(d.bonuses);
  return {
    baseSalary: intIn(stored.baseSalary, 1, 1_000_000_000, d.baseSalary),
    unitValueBp: intIn(stored.unitValueBp, 1, 10_000, d.unitValueBp),
    roundingUnit: [1, 10, 100, 500, 1000].includes(stored.roundingUnit as number) ? (stored.roundingUnit as number) : d.roundingUnit,
    payWithinDays: intIn(stored.payWithinDays, 1, 365, d.payWithinDays),
    online: mergeTable(stored.online, d.online),
    radio: mergeTable(stored.radio, d.radio),
    photo: mergeRange(stored.photo, d.photo),
    bonuses,
  };
}
