/**
 * Campaign banners (CITY-WF-12): a picture from the site's photo library, a required text alternative and an
 * optional campaign window. Pictures are served as the still WebP/JPEG variants made at upload, so a banner
 * never blinks or moves (TT 32/2017 Art. 18, regulations.md ACC-04); animated GIF uploads are refused here.
 */
import { NotFoundError, ValidationError } from '../../core/errors.ts';
import { fromLocalInputValue } from '../../core/text/dates.ts';
import { cleanLine } from '../../core/text/vietnamese.ts';
import { isHttpUrl, isSortOrder } from '../../core/validation/fields.ts';
import { recordAudit } from '../../db/repositories/auditRepository.ts';
import { deleteBanner as deleteBannerRow, findBanner, insertBanner, updateBanner } from '../../db/repositories/bannerRepository.ts';
import { findMedia } from '../../db/repositories/mediaRepository.ts';
import { type CommandContext, nowIso } from '../context.ts';
import { authorizedSite } from '../records/recordSupport.ts';

export interface BannerFields {
  title: string;
  /** Text alternative, read out by screen readers: what the banner says. */
  alt: string;
  /** http(s) address, or a path on the portal such as /chuyen-de-chuyen-doi-so. */
  linkUrl: string;
  /** A photo of this site's library. */
  mediaId: number | null;
  /** datetime-local values in portal time, '' for open-ended. */
  startsAt: string;
  endsAt: string;
  sortOrder: number | null;
}

export const MIN_ALT_LENGTH = 10;

/** @throws NotFoundError; ForbiddenError without section.manage; ValidationError with field-keyed Vietnamese messages */
export async function saveBanner(ctx: CommandContext, input: BannerFields & { siteId: number; bannerId?: number }): Promise<{ id: number }> {
  const site = await authorizedSite(ctx, input.siteId, 'section.manage');
  const existing = input.bannerId !== undefined ? await findBanner(ctx.db, site.id, input.bannerId) : undefined;
  if (input.bannerId !== undefined && !existing) throw new NotFoundError('Không tìm thấy biểu ngữ này.');
  const errors: Record<string, string> = {};
  const title = cleanLine(input.title);
  const alt = cleanLine(input.alt);
  const link = input.linkUrl.trim();
  if (!title) errors.title = 'Vui lòng nhập tên chiến dịch, chuyên đề.';
  else if (title.length > 255) errors.title = 'Tối đa 255 ký tự.';
  if (!alt) errors.alt = 'Vui lòng nhập văn bản thay thế: nội dung chữ trên biểu ngữ, cho người không xem được ảnh.';
  else if (alt.length < MIN_ALT_LENGTH) errors.alt = `Văn bản thay thế cần mô tả đủ nội dung biểu ngữ (ít nhất ${MIN_ALT_LENGTH} ký tự).`;
  else if (alt.length > 500) errors.alt = 'Tối đa 500 ký tự.';
  if (link && !isHttpUrl(link) && !/^\/(?!\/)[\w\-./?=&%]*$/.test(link)) errors.linkUrl = 'Liên kết bắt đầu bằng https:// hoặc là đường dẫn trên cổng bắt đầu bằng / .';
  if (input.mediaId === null) errors.mediaId = 'Vui lòng chọn ảnh biểu ngữ trong thư viện ảnh.';
  else {
    const media = Number.isSafeInteger(input.mediaId) ? await findMedia(ctx.db, site.id, input.mediaId) : undefined;
    if (!media || media.kind !== 'image') errors.mediaId = 'Vui lòng chọn một ảnh trong thư viện ảnh của cổng này.';
    else if (media.mime === 'image/gif') errors.mediaId = 'Không dùng ảnh GIF làm biểu ngữ: nội dung nhấp nháy, chuyển động gây khó khăn cho người đọc. Hãy dùng ảnh tĩnh (JPEG, PNG, WebP).';
  }
  const startsAt = input.startsAt.trim() ? fromLocalInputValue(input.startsAt) : null;
  const endsAt = input.endsAt.trim() ? fromLocalInputValue(input.endsAt) : null;
  if (input.startsAt.trim() && !startsAt) errors.startsAt = 'Thời điểm không hợp lệ.';
  if (input.endsAt.trim() && !endsAt) errors.endsAt = 'Thời điểm không hợp lệ.';
  else if (startsAt && endsAt && endsAt <= startsAt) errors.endsAt = 'Thời điểm kết thúc phải sau thời điểm bắt đầu.';
  if (input.sortOrder !== null && !isSortOrder(input.sortOrder)) errors.sortOrder = 'Thứ tự phải là một số nguyên.';
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);

  const now = nowIso(ctx);
  const row = { title, alt, link_url: link, media_id: input.mediaId, starts_at: startsAt, ends_at: endsAt, updated_at: now };
  return ctx.db.transaction().execute(async (trx) => {
    if (existing) {
      await updateBanner(trx, site.id, existing.id, { ...row, sort_order: input.sortOrder ?? existing.sort_order });
      await recordAudit(trx, { siteId: site.id, actorId: ctx.actor.userId, action: 'banner.updated', subjectType: 'banner', subjectId: existing.id, data: { title }, at: now });
      return { id: existing.id };
    }
    const id = await insertBanner(trx, { site_id: site.id, ...row, sort_order: input.sortOrder ?? 100, created_at: now });
    await recordAudit(trx, { siteId: site.id, actorId: ctx.actor.userId, action: 'banner.created', subjectType: 'banner', subjectId: id, data: { title }, at: now });
    return { id };
  });
}

/** @throws NotFoundError; ForbiddenError */
export async function deleteBanner(ctx: CommandContext, input: { siteId: number; bannerId: number }): Promise<void> {
  const site = await authorizedSite(ctx, input.siteId, 'section.manage');
  const banner = await findBanner(ctx.db, site.id, input.bannerId);
  if (!banner) throw new NotFoundError('Không tìm thấy biểu ngữ này.');
  const now = nowIso(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    await deleteBannerRow(trx, site.id, banner.id);
    await recordAudit(trx, { siteId: site.id, actorId: ctx.actor.userId, action: 'banner.deleted', subjectType: 'banner', subjectId: banner.id, data: { title: banner.title }, at: now });
  });
}
