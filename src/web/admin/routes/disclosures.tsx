/** Disclosures of a portal by category (/cong-khai/<category>): list, add, edit, publish (records.manage). */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { saveDisclosure, setDisclosurePublished } from '../../../commands/disclosures/saveDisclosure.ts';
import { portalDateOf } from '../../../core/calendar/workingDays.ts';
import { NotFoundError, ValidationError } from '../../../core/errors.ts';
import { type CategorySpec, categoryByAdminSlug } from '../../../core/records/disclosures.ts';
import { findDisclosure, listDisclosuresForAdmin } from '../../../db/repositories/disclosureRepository.ts';
import { listDocumentsForAdmin } from '../../../db/repositories/documentRepository.ts';
import type { SiteRow } from '../../../db/schema.ts';
import { adminFrame, redirectWithFlash } from '../frame.ts';
import { commandContext, idParam, optionalNumber, readForm, sendPage } from '../formSupport.ts';
import { type DisclosureForm, DisclosureFormPage, DisclosureListPage, disclosureForm, disclosureFormKeys, emptyDisclosureForm } from '../views/DisclosureViews.tsx';

type CatParams = { Params: { siteId: string; category: string } };
type ItemParams = { Params: { siteId: string; category: string; disclosureId: string } };

function specOf(slug: string): CategorySpec {
  const spec = categoryByAdminSlug(slug);
  if (!spec) throw new NotFoundError();
  return spec;
}

function toInput(spec: CategorySpec, form: DisclosureForm) {
  const details: Record<string, string> = {};
  for (const f of spec.extraFields) details[f.key] = form[`d_${f.key}`] ?? '';
  return {
    subtype: form.subtype ?? '', title: form.title ?? '', summary: form.summary ?? '', bodyHtml: form.bodyHtml ?? '', url: form.url ?? '',
    periodKind: form.periodKind ?? '', periodYear: form.periodYear ?? '', periodNumber: form.periodNumber ?? '', decidedOn: form.decidedOn ?? '',
    details, documentId: optionalNumber(form.documentId ?? ''),
  };
}

export async function disclosureAdminRoutes(app: FastifyInstance): Promise<void> {
  const ctx = app.ctx;
  const config = { permission: 'records.manage' as const };

  async function renderForm(req: FastifyRequest, reply: FastifyReply, site: SiteRow, spec: CategorySpec, opts: { id?: number; form?: DisclosureForm; errors?: Record<string, string>; status?: number }) {
    const frame = await adminFrame(ctx, req, reply, site.id);
    const item = opts.id !== undefined ? await findDisclosure(ctx.db, site.id, opts.id) : undefined;
    if (opts.id !== undefined && (!item || item.category !== spec.code)) throw new NotFoundError('Không tìm thấy mục công khai này trên cổng.');
    const form = opts.form ?? (item ? disclosureForm(spec, item) : emptyDisclosureForm(spec, Number(portalDateOf(ctx.clock.now()).slice(0, 4))));
    const documents = await listDocumentsForAdmin(ctx.db, site.id, { limit: 300, offset: 0 });
    return sendPage(reply, <DisclosureFormPage frame={frame} site={site} spec={spec} item={item} form={form} errors={opts.errors ?? {}} documents={documents} />, opts.status ?? 200);
  }

  app.get<CatParams>('/cong/:siteId/cong-khai/:category', { config }, async (req, reply) => {
    const spec = specOf(req.params.category);
    const frame = await adminFrame(ctx, req, reply, idParam(req.params.siteId));
    const rows = await listDisclosuresForAdmin(ctx.db, frame.site!.id, spec.code, { limit: 300, offset: 0 });
    return sendPage(reply, <DisclosureListPage frame={frame} site={frame.site!} spec={spec} rows={rows} />);
  });

  app.get<CatParams>('/cong/:siteId/cong-khai/:category/moi', { config }, async (req, reply) =>
    renderForm(req, reply, ctx.directory.byId(idParam(req.params.siteId))!, specOf(req.params.category), {}));

  app.post<CatParams>('/cong/:siteId/cong-khai/:category', { config }, async (req, reply) => {
    const spec = specOf(req.params.category);
    const siteId = idParam(req.params.siteId);
    const form = readForm(req.body, disclosureFormKeys(spec)) as DisclosureForm;
    const action = readForm(req.body, ['action'] as const).action;
    try {
      const { id } = await saveDisclosure(commandContext(ctx, req), { ...toInput(spec, form), siteId, category: spec.code, publish: action === 'publish' });
      return redirectWithFlash(reply, `/quan-tri/cong/${siteId}/cong-khai/${spec.adminSlug}/${id}`, action === 'publish' ? 'Đã đăng lên cổng.' : 'Đã lưu nháp.');
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      return renderForm(req, reply, ctx.directory.byId(siteId)!, spec, { form, errors: err.fieldErrors, status: 422 });
    }
  });

  app.get<ItemParams>('/cong/:siteId/cong-khai/:category/:disclosureId', { config }, async (req, reply) =>
    renderForm(req, reply, ctx.directory.byId(idParam(req.params.siteId))!, specOf(req.params.category), { id: idParam(req.params.disclosureId) }));

  app.post<ItemParams>('/cong/:siteId/cong-khai/:category/:disclosureId', { config }, async (req, reply) => {
    const spec = specOf(req.params.category);
    const siteId = idParam(req.params.siteId);
    const id = idParam(req.params.disclosureId);
    const form = readForm(req.body, disclosureFormKeys(spec)) as DisclosureForm;
    const action = readForm(req.body, ['action'] as const).action;
    try {
      await saveDisclosure(commandContext(ctx, req), { ...toInput(spec, form), siteId, category: spec.code, disclosureId: id, publish: action === 'publish' });
      return redirectWithFlash(reply, `/quan-tri/cong/${siteId}/cong-khai/${spec.adminSlug}/${id}`, 'Đã lưu.');
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      return renderForm(req, reply, ctx.directory.byId(siteId)!, spec, { id, form, errors: err.fieldErrors, status: 422 });
    }
  });

  app.post<ItemParams>('/cong/:siteId/cong-khai/:category/:disclosureId/trang-thai', { config }, async (req, reply) => {
    const spec = specOf(req.params.category);
    const siteId = idParam(req.params.siteId);
    const id = idParam(req.params.disclosureId);
    const item = await findDisclosure(ctx.db, siteId, id);
    if (!item || item.category !== spec.code) throw new NotFoundError('Không tìm thấy mục công khai này trên cổng.');
    const publish = readForm(req.body, ['action'] as const).action === 'publish';
    await setDisclosurePublished(commandContext(ctx, req), { siteId, disclosureId: id, published: publish });
    return redirectWithFlash(reply, `/quan-tri/cong/${siteId}/cong-khai/${spec.adminSlug}/${id}`, publish ? 'Đã đăng lên cổng.' : 'Đã gỡ khỏi cổng.');
  });
}
