/**
 * The monthly royalty payout list (nhuận bút) of a site: every line, the totals per author and per unit, the
 * grand total in figures and in words, what is paid and what is not, and the lines still unpaid after the
 * deadline of ND 18/2014 Art. 4.10 (60 days after publication, configurable).
 */
import type { Kysely } from 'kysely';
import { portalDateOf } from '../core/calendar/workingDays.ts';
import type { Period } from '../core/contributions/periods.ts';
import { amountInWords } from '../core/money/numberToWords.ts';
import { isOverdue, payDeadline } from '../core/royalties/royalty.ts';
import { comparePersonNames, compareVietnamese } from '../core/text/vietnamese.ts';
import type { DB } from '../db/schema.ts';
import { type RoyaltyLineDetail, getRoyaltyLines } from './queries/getRoyaltyLines.ts';

export interface PayoutLine extends RoyaltyLineDetail {
  deadline: string;
  overdue: boolean;
}

export interface PayoutGroup {
  name: string;
  lines: number;
  total: number;
  paid: number;
  unpaid: number;
  overdue: number;
}

export interface PayoutList {
  period: Period;
  lines: PayoutLine[];
  byAuthor: PayoutGroup[];
  byUnit: PayoutGroup[];
  total: number;
  paid: number;
  unpaid: number;
  totalInWords: string;
  overdueLines: number;
  /** YYYY-MM-DD the overdue flags were computed for. */
  asOf: string;
}

/** Authors are grouped by name, ignoring case and spacing (names differing in diacritics are different people). */
function authorKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');
}

function group(lines: PayoutLine[], keyOf: (l: PayoutLine) => string, nameOf: (l: PayoutLine) => string): PayoutGroup[] {
  const out = new Map<string, PayoutGroup>();
  for (const l of lines) {
    const key = keyOf(l);
    const g = out.get(key) ?? { name: nameOf(l), lines: 0, total: 0, paid: 0, unpaid: 0, overdue: 0 };
    g.lines++;
    g.total += l.amount;
    if (l.status === 'paid') g.paid += l.amount;
    else g.unpaid += l.amount;
    if (l.overdue) g.overdue++;
    out.set(key, g);
  }
  return [...out.values()];
}

export const NO_UNIT = 'Ban Biên tập (không thuộc đơn vị)';

export async function buildPayoutList(db: Kysely<DB>, input: { siteId: number; period: Period; payWithinDays: number; now: Date }): Promise<PayoutList> {
  const today = portalDateOf(input.now);
  const lines = (await getRoyaltyLines(db, input.siteId, input.period.key)).map((l) => ({
    ...l, deadline: payDeadline(l.publishedAt, input.payWithinDays), overdue: isOverdue({ paid: l.status === 'paid', publishedAt: l.publishedAt }, today, input.payWithinDays),
  }));
  const total = lines.reduce((a, l) => a + l.amount, 0);
  const paid = lines.filter((l) => l.status === 'paid').reduce((a, l) => a + l.amount, 0);
  return {
    period: input.period, lines,
    byAuthor: group(lines, (l) => authorKey(l.authorName), (l) => l.authorName.trim()).sort((a, b) => comparePersonNames(a.name, b.name)),
    byUnit: group(lines, (l) => String(l.unitId ?? 0), (l) => l.unitName ?? NO_UNIT).sort((a, b) => compareVietnamese(a.name, b.name)),
    total, paid, unpaid: total - paid, totalInWords: amountInWords(total), overdueLines: lines.filter((l) => l.overdue).length, asOf: today,
  };
}
