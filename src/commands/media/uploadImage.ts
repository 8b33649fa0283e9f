/**
 * Adds a photo to a site's library: the file is checked by its content (not its name), stored as
 * WebP + JPEG variants without EXIF/GPS, and recorded as a media row with an audit event.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { MediaRejectedError, NotFoundError, ValidationError } from '../../core/errors.ts';
import { formatBytes } from '../../core/media/imagePolicy.ts';
import { authorize } from '../../core/policies/policy.ts';
import { cleanLine } from '../../core/text/vietnamese.ts';
import { recordAudit } from '../../db/repositories/auditRepository.ts';
import { insertMedia } from '../../db/repositories/mediaRepository.ts';
import { processImage } from '../../media/imageProcessor.ts';
import { findSite } from '../../db/repositories/siteRepository.ts';
import { type CommandContext, nowIso } from '../context.ts';

/** Where photos go and how large they may be (from the app's config). */
export interface MediaStorage {
  /** DATA_DIR/media */
  mediaDir: string;
  maxBytes: number;
}

export interface UploadImageInput {
  siteId: number;
  /** The file's bytes as received. */
  data: Buffer;
  /** True when the upload was cut off at the size limit (the bytes are incomplete). */
  truncated?: boolean;
  /** The file name the browser sent; kept for the library only. */
  originalName: string;
  /** Text alternative for people who cannot see the photo. */
  alt: string;
  caption: string;
}

/** The message when a file exceeds the size limit. */
export function tooLargeMessage(maxBytes: number): string {
  return `Tệp ảnh quá lớn; dung lượng tối đa là ${formatBytes(maxBytes)}. Vui lòng giảm kích thước ảnh rồi tải lên lại.`;
}

/**
 * @returns the new media id.
 * @throws NotFoundError (no such site); ForbiddenError without 'media.upload' on the site; MediaRejectedError (Vietnamese reason)
 *   for an empty, oversize or non-image file; ValidationError for over-long alt or caption.
 */
export async function uploadImage(ctx: CommandContext & { storage: MediaStorage }, input: UploadImageInput): Promise<{ id: number }> {
  const site = await findSite(ctx.db, input.siteId);
  if (!site) throw new NotFoundError();
  authorize(ctx.actor, 'media.upload', { id: site.id, parentId: site.parent_id });
  const alt = cleanLine(input.alt);
  const caption = cleanLine(input.caption);
  const errors: Record<string, string> = {};
  if (alt.length > 500) errors.alt = 'Mô tả ảnh tối đa 500 ký tự.';
  if (caption.length > 1000) errors.caption = 'Chú thích ảnh tối đa 1000 ký tự.';
  if (Object.keys(errors).length) throw new ValidationError(errors);
  if (input.truncated || input.data.length > ctx.storage.maxBytes) throw new MediaRejectedError(tooLargeMessage(ctx.storage.maxBytes));
  if (input.data.length === 0) throw new MediaRejectedError('Chưa chọn tệp ảnh, hoặc tệp rỗng.');

  const image = await processImage(input.data, ctx.storage.mediaDir, ctx.storage.maxBytes);
  const at = nowIso(ctx);
  const originalName = cleanLine(input.originalName).slice(0, 255) || 'anh';
  try {
    return await ctx.db.transaction().execute(async (trx) => {
      const id = await insertMedia(trx, {
        site_id: site.id, kind: 'image', original_name: originalName, mime: `image/${image.format}`, width: image.width,
        height: image.height, bytes: image.bytes, storage_key: image.storageKey, variants: JSON.stringify(image.variants),
        alt, caption, created_by: ctx.actor.userId, created_at: at, sharpness: image.sharpness,
      });
      await recordAudit(trx, {
        siteId: site.id, actorId: ctx.actor.userId, action: 'media.uploaded', subjectType: 'media', subjectId: id,
        data: { originalName, width: image.width, height: image.height, bytes: image.bytes, sharpness: image.sharpness }, at,
      });
      return { id };
    });
  } catch (err) {
    // CASE: no row points at the files, so they would never be served or cleaned up.
    await rm(join(ctx.storage.mediaDir, image.storageKey), { recursive: true, force: true });
    throw err;
  }
}
