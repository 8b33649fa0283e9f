import { ValidationError } from '../../core/errors.ts';
import { authorize } from '../../core/policies/policy.ts';
import { SITE_LEVELS, type SiteLevel } from '../../core/types.ts';
import { cleanLine, slugify } from '../../core/text/vietnamese.ts';
import { isHostname, isSlug } from '../../core/validation/fields.ts';
import { recordAudit } from '../../db/repositories/auditRepository.ts';
import { findSite, findSiteByHost, findSiteBySlug, insertSite, nextSiteSortOrder } from '../../db/repositories/siteRepository.ts';
import { type CommandContext, nowIso } from '../context.ts';
import { scaffoldSections } from './scaffoldSections.ts';

export interface CreateSiteInput {
  /** Short name, e.g. "Phường Tân Ninh". */
  name: string;
  /** Full agency name shown in the header, e.g. "Ủy ban nhân dân phường Tân Ninh". */
  fullName: string;
  /** 'city' | 'ward' | 'commune'. */
  level: string;
  /** The city site a ward or commune belongs to; null for a city. */
  parentId: number | null;
  /** Path segment under /site/; derived from the name when blank. */
  slug: string;
  /** Own host name, optional (blank = none). */
  host: string;
}

export const SLUG_MESSAGE = 'Đường dẫn chỉ gồm chữ thường không dấu, số và dấu gạch ngang (ví dụ: phuong-tan-ninh).';
export const HOST_MESSAGE = 'Tên miền không hợp lệ: chỉ ghi tên miền viết thường, không kèm http:// hay dấu / (ví dụ: tanninh.tayninh.gov.vn).';

/**
 * Creates a portal and scaffolds its default sections in one transaction (platform administrators only).
 * @throws ForbiddenError unless the actor manages the platform
 * @throws ValidationError with field-keyed Vietnamese messages
 */
export async function createSite(ctx: CommandContext, input: CreateSiteInput): Promise<{ id: number }> {
  authorize(ctx.actor, 'platform.manage');
  const name = cleanLine(input.name);
  const fullName = cleanLine(input.fullName);
  const slug = input.slug.trim() || slugify(name, 100);
  const host = input.host.trim().toLowerCase();
  const errors: Record<string, string> = {};

  if (!name) errors.name = 'Vui lòng nhập tên cổng.';
  else if (name.length > 255) errors.name = 'Tên cổng tối đa 255 ký tự.';
  if (!fullName) errors.fullName = 'Vui lòng nhập tên đầy đủ của cơ quan.';
  else if (fullName.length > 255) errors.fullName = 'Tên đầy đủ tối đa 255 ký tự.';

  const level = (SITE_LEVELS as readonly string[]).includes(input.level) ? (input.level as SiteLevel) : null;
  if (!level) errors.level = 'Vui lòng chọn cấp của cổng.';
  if (level === 'city' && input.parentId !== null) {
    errors.parentId = 'Cổng cấp thành phố, tỉnh không có cổng cấp trên; hãy để trống mục này.';
  } else if (level !== null && level !== 'city') {
    if (input.parentId === null) errors.parentId = 'Vui lòng chọn cổng cấp trên (thành phố, tỉnh).';
    else {
      const parent = Number.isInteger(input.parentId) ? await findSite(ctx.db, input.parentId) : undefined;
      if (!parent || parent.level !== 'city') errors.parentId = 'Cổng cấp trên phải là một cổng cấp thành phố, tỉnh.';
    }
  }

  if (!isSlug(slug)) errors.slug = SLUG_MESSAGE;
  else if (await findSiteBySlug(ctx.db, slug)) errors.slug = `Đường dẫn "${slug}" đã được cổng khác sử dụng.`;
  if (host) {
    if (!isHostname(host)) errors.host = HOST_MESSAGE;
    else if (await findSiteByHost(ctx.db, host)) errors.host = `Tên miền "${host}" đã được cổng khác sử dụng.`;
  }
  if (Object.keys(errors).length > 0 || !level) throw new ValidationError(errors);

  const now = nowIso(ctx);
  return ctx.db.transaction().execute(async (trx) => {
    const id = await insertSite(trx, {
      slug, name, full_name: fullName, level, parent_id: level === 'city' ? null : input.parentId, host: host || null,
      logo_media_id: null, owner_agency: fullName, settings: '{}', sort_order: await nextSiteSortOrder(trx),
      created_at: now, updated_at: now,
    });
    const sections = await scaffoldSections(trx, id, level, now);
    await recordAudit(trx, {
      siteId: id, actorId: ctx.actor.userId, action: 'site.created', subjectType: 'site', subjectId: id,
      data: { slug, level, parentId: input.parentId, host: host || null, sections: sections.size }, at: now,
    });
    return { id };
  });
}
