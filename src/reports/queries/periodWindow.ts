/** What every report query takes: the site and the period as instants [startIso, endIso). */
import type { Period } from '../../core/contributions/periods.ts';

export type PeriodWindow = Pick<Period, 'startIso' | 'endIso'>;

/** One item and the first time in the period the metric happened to it. */
export interface ItemEvent {
  contentId: number;
  at: string;
}

/** Splits a long id list for IN (…) clauses (SQLite and PostgreSQL both cap bound parameters). */
export function chunks<T>(list: readonly T[], size = 500): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}
