/**
 * Helpers the structured-content commands share: load the site and authorize in one step, read dates and
 * times typed in forms (portal time), fold text for search. No I/O beyond the site lookup.
 */
import { NotFoundError } from '../../core/errors.ts';
import { isIsoDate } from '../../core/calendar/workingDays.ts';
import type { Permission } from '../../core/policies/grants.ts';
import { authorize } from '../../core/policies/policy.ts';
import { foldDiacritics } from '../../core/text/vietnamese.ts';
import { findSite } from '../../db/repositories/siteRepository.ts';
import type { SiteRow } from '../../db/schema.ts';
import type { CommandContext } from '../context.ts';

/**
 * The site, once the actor is known to hold `permission` on it.
 * @throws NotFoundError for an unknown site; ForbiddenError without the permission
 */
export async function authorizedSite(ctx: CommandContext, siteId: number, permission: Permission): Promise<SiteRow> {
  const site = Number.isSafeInteger(siteId) ? await findSite(ctx.db, siteId) : undefined;
  if (!site) throw new NotFoundError();
  authorize(ctx.actor, permission, { id: site.id, parentId: site.parent_id });
  return site;
}

/**
 * A date typed in a form (YYYY-MM-DD, as <input type="date"> sends it, or dd/mm/yyyy as people type it):
 * the ISO date, null when blank, or undefined when it is not a real date.
 */
export function readDate(value: string): string | null | undefined {
  const t = value.trim();
  if (!t) return null;
  if (isIsoDate(t)) return t;
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  if (m) {
    const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
    if (isIsoDate(iso)) return iso;
  }
  return undefined;
}

/** "08:30" → minutes after midnight; undefined when malformed. */
export function readTime(value: string): number | undefined {
  const m = /^(\d{1,2})[:hg](\d{2})$/.exec(value.trim());
  if (!m) return undefined;
  const h = Number(m[1]);
  const min = Number(m[2]);
  return h < 24 && min < 60 ? h * 60 + min : undefined;
}

/** A portal-time date and minutes after midnight → UTC ISO instant. */
export function portalInstant(date: string, minutes: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + (minutes - 7 * 60) * 60_000).toISOString();
}

/** Folded, single-spaced search text of the given parts. */
export function searchText(...parts: readonly string[]): string {
  return foldDiacritics(parts.filter(Boolean).join(' ')).replace(/\s+/g, ' ').trim();
}

export const DATE_MESSAGE = 'Ngày không hợp lệ; nhập theo dạng ngày/tháng/năm, ví dụ 05/01/2026.';
