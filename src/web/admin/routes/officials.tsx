/** Officials of a portal (leaders, focal points, spokespersons): list, add, edit, remove (records.manage). */
import type { FastifyInstance } from 'fastify';
import { deleteOfficial, saveOfficial } from '../../../commands/officials/saveOfficial.ts';
import { NotFoundError, ValidationError } from '../../../core/errors.ts';
import { findOfficial, listOfficials } from '../../../db/repositories/officialRepository.ts';
import { listSections } from '../../../db/repositories/sectionRepository.ts';
import { listUnits } from '../../../db/repositories/unitRepository.ts';
import { adminFrame, redirectWithFlash } from '../frame.ts';
import { type FormValues, checked, commandContext, idParam, optionalNumber, readForm, sendPage } from '../formSupport.ts';
import { hintFor } from '../recordHints.ts';
import { OFFICIAL_FIELDS, OfficialFormPage, OfficialListPage, emptyOfficialForm, officialForm } from '../views/OfficialViews.tsx';

type SiteParams = { Params: { siteId: string } };
type OfficialParams = { Params: { siteId: string; officialId: string } };

function toInput(form: FormValues<(typeof OFFICIAL_FIELDS)[number]>) {
  return {
    ...form, unitId: optionalNumber(form.unitId), sortOrder: optionalNumber(form.sortOrder),
    isLeader: checked(form.isLeader), isSpokesperson: checked(form.isSpokesperson), isFocalPoint: checked(form.isFocalPoint),
  };
}

export async function officialAdminRoutes(app: FastifyInstance): Promise<void> {
  const ctx = app.ctx;
  const config = { permission: 'records.manage' as const };

  app.get<SiteParams>('/cong/:siteId/can-bo', { config }, async (req, reply) => {
    const frame = await adminFrame(ctx, req, reply, idParam(req.params.siteId));
    const site = frame.site!;
    const hint = hintFor(site, await listSections(ctx.db, site.id), 'directory');
    return sendPage(reply, <OfficialListPage frame={frame} site={site} rows={await listOfficials(ctx.db, site.id)} units={await listUnits(ctx.db, site.id)} hint={hint} />);
  });

  app.get<SiteParams>('/cong/:siteId/can-bo/moi', { config }, async (req, reply) => {
    const frame = await adminFrame(ctx, req, reply, idParam(req.params.siteId));
    return sendPage(reply, <OfficialFormPage frame={frame} site={frame.site!} form={emptyOfficialForm} errors={{}} units={await listUnits(ctx.db, frame.site!.id)} />);
  });

  app.post<SiteParams>('/cong/:siteId/can-bo', { config }, async (req, reply) => {
    const siteId = idParam(req.params.siteId);
    const form = readForm(req.body, OFFICIAL_FIELDS);
    try {
      await saveOfficial(commandContext(ctx, req), { ...toInput(form), siteId });
      return redirectWithFlash(reply, `/quan-tri/cong/${siteId}/can-bo`, `Đã thêm ${form.fullName.trim()} vào danh bạ.`);
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      const frame = await adminFrame(ctx, req, reply, siteId);
      return sendPage(reply, <OfficialFormPage frame={frame} site={frame.site!} form={form} errors={err.fieldErrors} units={await listUnits(ctx.db, siteId)} />, 422);
    }
  });

  app.get<OfficialParams>('/cong/:siteId/can-bo/:officialId', { config }, async (req, reply) => {
    const frame = await adminFrame(ctx, req, reply, idParam(req.params.siteId));
    const site = frame.site!;
    const official = await findOfficial(ctx.db, site.id, idParam(req.params.officialId));
    if (!official) throw new NotFoundError('Không tìm thấy cán bộ này trên cổng.');
    return sendPage(reply, <OfficialFormPage frame={frame} site={site} official={official} form={officialForm(official)} errors={{}} units={await listUnits(ctx.db, site.id)} />);
  });

  app.post<OfficialParams>('/cong/:siteId/can-bo/:officialId', { config }, async (req, reply) => {
    const siteId = idParam(req.params.siteId);
    const officialId = idParam(req.params.officialId);
    const form = readForm(req.body, OFFICIAL_FIELDS);
    try {
      await saveOfficial(commandContext(ctx, req), { ...toInput(form), siteId, officialId });
      return redirectWithFlash(reply, `/quan-tri/cong/${siteId}/can-bo`, `Đã lưu ${form.fullName.trim()}.`);
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      const frame = await adminFrame(ctx, req, reply, siteId);
      const official = await findOfficial(ctx.db, siteId, officialId);
      if (!official) throw new NotFoundError('Không tìm thấy cán bộ này trên cổng.');
      return sendPage(reply, <OfficialFormPage frame={frame} site={frame.site!} official={official} form={form} errors={err.fieldErrors} units={await listUnits(ctx.db, siteId)} />, 422);
    }
  });

  app.post<OfficialParams>('/cong/:siteId/can-bo/:officialId/xoa', { config }, async (req, reply) => {
    const siteId = idParam(req.params.siteId);
    await deleteOfficial(commandContext(ctx, req), { siteId, officialId: idParam(req.params.officialId) });
    return redirectWithFlash(reply, `/quan-tri/cong/${siteId}/can-bo`, 'Đã xóa khỏi danh bạ.');
  });
}
