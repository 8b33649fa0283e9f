/** Legal and administrative documents of a portal: list, add, edit, files, publish (records.manage). */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { addDocumentFile, filesDirOf, removeDocumentFile } from '../../../commands/documents/documentFiles.ts';
import { type SaveDocumentInput, saveDocument, setDocumentPublished } from '../../../commands/documents/saveDocument.ts';
import { NotFoundError, ValidationError } from '../../../core/errors.ts';
import { foldDiacritics } from '../../../core/text/vietnamese.ts';
import { findDocument, listDocumentFiles, listDocumentsForAdmin } from '../../../db/repositories/documentRepository.ts';
import { listSections } from '../../../db/repositories/sectionRepository.ts';
import type { SiteRow } from '../../../db/schema.ts';
import { adminFrame, redirectWithFlash } from '../frame.ts';
import { checked, commandContext, idParam, optionalNumber, readForm, sendPage } from '../formSupport.ts';
import { hintFor } from '../recordHints.ts';
import { DOCUMENT_FORM_FIELDS, type DocumentForm, DocumentFormPage, DocumentListPage, documentForm, emptyDocumentForm } from '../views/DocumentViews.tsx';
import { readPostedForm } from './media.tsx';

type SiteParams = { Params: { siteId: string } };
type DocParams = { Params: { siteId: string; documentId: string } };

function toInput(form: DocumentForm): Omit<SaveDocumentInput, 'siteId' | 'publish'> {
  return {
    ...form, sectionId: optionalNumber(form.sectionId), replacesId: optionalNumber(form.replacesId), amendsId: optionalNumber(form.amendsId),
    isNormative: checked(form.isNormative), isOwn: checked(form.isOwn), showOnParent: checked(form.showOnParent),
  };
}

export async function documentAdminRoutes(app: FastifyInstance): Promise<void> {
  const ctx = app.ctx;
  const config = { permission: 'records.manage' as const };
  const storage = { filesDir: filesDirOf(ctx.config.dataDir), maxBytes: ctx.config.maxUploadBytes };

  async function renderForm(req: FastifyRequest, reply: FastifyReply, site: SiteRow, opts: { documentId?: number; form?: DocumentForm; errors?: Record<string, string>; fileError?: string; status?: number }) {
    const frame = await adminFrame(ctx, req, reply, site.id);
    const doc = opts.documentId !== undefined ? await findDocument(ctx.db, site.id, opts.documentId) : undefined;
    if (opts.documentId !== undefined && !doc) throw new NotFoundError('Không tìm thấy văn bản này trên cổng.');
    const others = (await listDocumentsForAdmin(ctx.db, site.id, { limit: 500, offset: 0 })).filter((d) => d.id !== doc?.id);
    const files = doc ? await listDocumentFiles(ctx.db, site.id, [doc.id]) : [];
    const form = opts.form ?? (doc ? documentForm(doc) : emptyDocumentForm(site));
    return sendPage(reply, <DocumentFormPage frame={frame} site={site} doc={doc} form={form} errors={opts.errors ?? {}} sections={await listSections(ctx.db, site.id)}
      others={others} files={files} fileError={opts.fileError} />, opts.status ?? 200);
  }

  app.get<SiteParams & { Querystring: { q?: string } }>('/cong/:siteId/van-ban', { config }, async (req, reply) => {
    const frame = await adminFrame(ctx, req, reply, idParam(req.params.siteId));
    const site = frame.site!;
    const q = (req.query.q ?? '').slice(0, 100).trim();
    const rows = await listDocumentsForAdmin(ctx.db, site.id, { words: foldDiacritics(q).split(/\s+/).filter(Boolean), limit: 200, offset: 0 });
    const files = await listDocumentFiles(ctx.db, site.id, rows.map((r) => r.id));
    const counts = new Map<number, number>();
    for (const f of files) counts.set(f.document_id, (counts.get(f.document_id) ?? 0) + 1);
    const hint = hintFor(site, await listSections(ctx.db, site.id), 'documents');
    return sendPage(reply, <DocumentListPage frame={frame} site={site} rows={rows} fileCounts={counts} q={q} hint={hint} />);
  });

  app.get<SiteParams>('/cong/:siteId/van-ban/moi', { config }, async (req, reply) => {
    const site = ctx.directory.byId(idParam(req.params.siteId))!;
    return renderForm(req, reply, site, {});
  });

  app.post<SiteParams>('/cong/:siteId/van-ban', { config }, async (req, reply) => {
    const siteId = idParam(req.params.siteId);
    const form = readForm(req.body, DOCUMENT_FORM_FIELDS);
    const action = readForm(req.body, ['action'] as const).action;
    try {
      const { id } = await saveDocument(commandContext(ctx, req), { ...toInput(form), siteId, publish: action === 'publish' });
      return redirectWithFlash(reply, `/quan-tri/cong/${siteId}/van-ban/${id}`,
        action === 'publish' ? `Đã đăng văn bản ${form.numberSymbol.trim()}. Hãy tải tệp văn bản lên.` : `Đã lưu nháp văn bản ${form.numberSymbol.trim()}.`);
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      return renderForm(req, reply, ctx.directory.byId(siteId)!, { form, errors: err.fieldErrors, status: 422 });
    }
  });

  app.get<DocParams>('/cong/:siteId/van-ban/:documentId', { config }, async (req, reply) =>
    renderForm(req, reply, ctx.directory.byId(idParam(req.params.siteId))!, { documentId: idParam(req.params.documentId) }));

  app.post<DocParams>('/cong/:siteId/van-ban/:documentId', { config }, async (req, reply) => {
    const siteId = idParam(req.params.siteId);
    const documentId = idParam(req.params.documentId);
    const form = readForm(req.body, DOCUMENT_FORM_FIELDS);
    const action = readForm(req.body, ['action'] as const).action;
    try {
      await saveDocument(commandContext(ctx, req), { ...toInput(form), siteId, documentId, publish: action === 'publish' });
      return redirectWithFlash(reply, `/quan-tri/cong/${siteId}/van-ban/${documentId}`, `Đã lưu văn bản ${form.numberSymbol.trim()}.`);
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      return renderForm(req, reply, ctx.directory.byId(siteId)!, { documentId, form, errors: err.fieldErrors, status: 422 });
    }
  });

  app.post<DocParams>('/cong/:siteId/van-ban/:documentId/trang-thai', { config }, async (req, reply) => {
    const siteId = idParam(req.params.siteId);
    const documentId = idParam(req.params.documentId);
    const publish = readForm(req.body, ['action'] as const).action === 'publish';
    await setDocumentPublished(commandContext(ctx, req), { siteId, documentId, published: publish });
    return redirectWithFlash(reply, `/quan-tri/cong/${siteId}/van-ban/${documentId}`, publish ? 'Đã đăng văn bản lên cổng.' : 'Đã gỡ văn bản khỏi cổng.');
  });

  app.post<DocParams>('/cong/:siteId/van-ban/:documentId/tep', { config }, async (req, reply) => {
    const siteId = idParam(req.params.siteId);
    const documentId = idParam(req.params.documentId);
    const posted = await readPostedForm(req);
    try {
      await addDocumentFile({ ...commandContext(ctx, req), storage }, {
        siteId, documentId, data: posted.file?.data ?? Buffer.alloc(0), truncated: posted.file?.truncated ?? false, originalName: posted.file?.filename ?? '',
      });
      return redirectWithFlash(reply, `/quan-tri/cong/${siteId}/van-ban/${documentId}`, 'Đã tải tệp văn bản lên.');
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      return renderForm(req, reply, ctx.directory.byId(siteId)!, { documentId, fileError: err.fieldErrors.file, status: 422 });
    }
  });

  app.post<{ Params: { siteId: string; documentId: string; fileId: string } }>('/cong/:siteId/van-ban/:documentId/tep/:fileId/xoa', { config }, async (req, reply) => {
    const siteId = idParam(req.params.siteId);
    const documentId = idParam(req.params.documentId);
    await removeDocumentFile({ ...commandContext(ctx, req), storage }, { siteId, documentId, fileId: idParam(req.params.fileId) });
    return redirectWithFlash(reply, `/quan-tri/cong/${siteId}/van-ban/${documentId}`, 'Đã xóa tệp.');
  });
}
