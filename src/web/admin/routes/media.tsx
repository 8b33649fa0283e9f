/**
 * Photo library and uploads. Also home of readPostedForm(), which the content form uses too: it reads a
 * multipart form (fields and at most one file, buffered up to the upload limit) or a urlencoded one.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { MediaRejectedError, ValidationError } from '../../../core/errors.ts';
import { formatBytes } from '../../../core/media/imagePolicy.ts';
import { uploadImage } from '../../../commands/media/uploadImage.ts';
import { countMedia, listMediaPage } from '../../../db/repositories/mediaRepository.ts';
import { renderDocument } from '../../render.ts';
import type { AppContext } from '../../appContext.ts';
import { adminFrame, redirectWithFlash } from '../frame.ts';
import { MediaLibraryView, type MediaLibraryModel, presentMediaItem } from '../views/MediaLibraryView.tsx';

export interface PostedFile {
  fieldname: string;
  filename: string;
  data: Buffer;
  /** Cut off at the size limit. */
  truncated: boolean;
}

export interface PostedForm {
  fields: Record<string, string>;
  /** The uploaded file, or null when none was chosen. */
  file: PostedFile | null;
}

/**
 * Reads the posted form. For multipart, fields may come before or after the file; a file over the
 * limit is reported as truncated (with @fastify/multipart's FST_REQ_FILE_TOO_LARGE as a fallback),
 * never as a 413 page, so the form can be shown again with what was typed.
 */
export async function readPostedForm(req: FastifyRequest): Promise<PostedForm> {
  const fields: Record<string, string> = {};
  if (!req.isMultipart()) {
    for (const [k, v] of Object.entries((req.body ?? {}) as Record<string, unknown>)) {
      if (typeof v === 'string') fields[k] = v;
      else if (Array.isArray(v) && typeof v[0] === 'string') fields[k] = v[0];
    }
    return { fields, file: null };
  }
  let file: PostedFile | null = null;
  let tooLarge = false;
  try {
    // throwFileSizeLimit: false → busboy truncates and marks the stream instead of failing the whole parse.
    for await (const part of req.parts({ throwFileSizeLimit: false } as Parameters<FastifyRequest['parts']>[0])) {
      if (part.type === 'file') {
        const chunks: Buffer[] = [];
        for await (const chunk of part.file) chunks.push(chunk as Buffer);
        const data = Buffer.concat(chunks);
        // CASE: a file input left empty still sends a part, with no name and no bytes.
        if (part.filename || data.length > 0) {
          file = { fieldname: part.fieldname, filename: part.filename, data, truncated: part.file.truncated };
        }
      } else if (!(part.fieldname in fields)) {
        fields[part.fieldname] = String(part.value ?? '');
      }
    }
  } catch (err) {
    if ((err as { code?: string }).code !== 'FST_REQ_FILE_TOO_LARGE') throw err;
    tooLarge = true;
  }
  if (tooLarge) file = { fieldname: file?.fieldname ?? '', filename: file?.filename ?? '', data: Buffer.alloc(0), truncated: true };
  return { fields, file };
}

export function maxUploadText(ctx: AppContext): string {
  return formatBytes(ctx.config.maxUploadBytes);
}

const PAGE_SIZE = 24;

export async function mediaRoutes(app: FastifyInstance): Promise<void> {
  const ctx = app.ctx;

  async function libraryModel(siteId: number, page: number, form: MediaLibraryModel['form'], errors: MediaLibraryModel['errors']): Promise<MediaLibraryModel> {
    const total = await countMedia(ctx.db, siteId);
    const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
    const current = Math.min(Math.max(1, page), pageCount);
    const rows = await listMediaPage(ctx.db, siteId, { limit: PAGE_SIZE, offset: (current - 1) * PAGE_SIZE });
    return { siteId, items: rows.map(presentMediaItem), total, page: current, pageCount, form, errors, maxUploadText: maxUploadText(ctx) };
  }

  app.get<{ Params: { siteId: string }; Querystring: { trang?: string } }>('/cong/:siteId/anh', { config: { permission: 'media.upload' } }, async (req, reply) => {
    const siteId = Number(req.params.siteId);
    const frame = await adminFrame(ctx, req, reply, siteId);
    const model = await libraryModel(siteId, Number(req.query.trang) || 1, { alt: '', caption: '' }, {});
    return reply.type('text/html; charset=utf-8').send(renderDocument(<MediaLibraryView frame={frame} model={model} />));
  });

  app.post<{ Params: { siteId: string } }>('/cong/:siteId/anh', { config: { permission: 'media.upload' } }, async (req, reply) => {
    const siteId = Number(req.params.siteId);
    const posted = await readPostedForm(req);
    const form = { alt: posted.fields.alt ?? '', caption: posted.fields.caption ?? '' };
    let errors: MediaLibraryModel['errors'] = {};
    try {
      if (!posted.file) throw new MediaRejectedError('Vui lòng chọn một tệp ảnh để tải lên.');
      await uploadImage({ db: ctx.db, actor: req.actor!, clock: ctx.clock, storage: { mediaDir: ctx.mediaDir, maxBytes: ctx.config.maxUploadBytes } }, {
        siteId, data: posted.file.data, truncated: posted.file.truncated, originalName: posted.file.filename, alt: form.alt, caption: form.caption,
      });
      return redirectWithFlash(reply, `/quan-tri/cong/${siteId}/anh`, 'Đã tải ảnh lên thư viện.');
    } catch (err) {
      if (err instanceof MediaRejectedError) errors = { file: err.message };
      else if (err instanceof ValidationError) errors = err.fieldErrors;
      else throw err;
    }
    const frame = await adminFrame(ctx, req, reply, siteId);
    const model = await libraryModel(siteId, 1, form, errors);
    return reply.code(422).type('text/html; charset=utf-8').send(renderDocument(<MediaLibraryView frame={frame} model={model} />));
  });
}
