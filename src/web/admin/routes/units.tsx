/** Units that feed a portal: list, add, edit (unit.manage on the portal). */
import type { FastifyInstance } from 'fastify';
import { createUnit } from '../../../commands/units/createUnit.ts';
import { updateUnit } from '../../../commands/units/updateUnit.ts';
import { NotFoundError, ValidationError } from '../../../core/errors.ts';
import { compareVietnamese } from '../../../core/text/vietnamese.ts';
import { findUnit, listUnits } from '../../../db/repositories/unitRepository.ts';
import { adminFrame, redirectWithFlash } from '../frame.ts';
import { commandContext, idParam, optionalNumber, readForm, sendPage } from '../formSupport.ts';
import { UNIT_FIELDS, UnitFormPage, UnitListPage, emptyUnitForm, unitForm } from '../views/UnitViews.tsx';

type SiteParams = { Params: { siteId: string } };
type UnitParams = { Params: { siteId: string; unitId: string } };

export async function unitRoutes(app: FastifyInstance): Promise<void> {
  const ctx = app.ctx;
  const config = { permission: 'unit.manage' as const };

  app.get<SiteParams>('/cong/:siteId/don-vi', { config }, async (req, reply) => {
    const frame = await adminFrame(ctx, req, reply, idParam(req.params.siteId));
    const site = frame.site!;
    const units = (await listUnits(ctx.db, site.id)).sort((a, b) => a.sort_order - b.sort_order || compareVietnamese(a.name, b.name));
    return sendPage(reply, <UnitListPage frame={frame} site={site} units={units} />);
  });

  app.get<SiteParams>('/cong/:siteId/don-vi/moi', { config }, async (req, reply) => {
    const frame = await adminFrame(ctx, req, reply, idParam(req.params.siteId));
    return sendPage(reply, <UnitFormPage frame={frame} site={frame.site!} form={emptyUnitForm} errors={{}} />);
  });

  app.post<SiteParams>('/cong/:siteId/don-vi', { config }, async (req, reply) => {
    const siteId = idParam(req.params.siteId);
    const form = readForm(req.body, UNIT_FIELDS);
    try {
      await createUnit(commandContext(ctx, req), { ...form, siteId, sortOrder: optionalNumber(form.sortOrder) });
      return redirectWithFlash(reply, `/quan-tri/cong/${siteId}/don-vi`, `Đã thêm đơn vị “${form.name.trim()}”.`);
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      const frame = await adminFrame(ctx, req, reply, siteId);
      return sendPage(reply, <UnitFormPage frame={frame} site={frame.site!} form={form} errors={err.fieldErrors} />, 422);
    }
  });

  app.get<UnitParams>('/cong/:siteId/don-vi/:unitId', { config }, async (req, reply) => {
    const frame = await adminFrame(ctx, req, reply, idParam(req.params.siteId));
    const site = frame.site!;
    const unit = await findUnit(ctx.db, site.id, idParam(req.params.unitId));
    if (!unit) throw new NotFoundError('Không tìm thấy đơn vị này trên cổng.');
    return sendPage(reply, <UnitFormPage frame={frame} site={site} unit={unit} form={unitForm(unit)} errors={{}} />);
  });

  app.post<UnitParams>('/cong/:siteId/don-vi/:unitId', { config }, async (req, reply) => {
    const siteId = idParam(req.params.siteId);
    const unitId = idParam(req.params.unitId);
    const form = readForm(req.body, UNIT_FIELDS);
    try {
      await updateUnit(commandContext(ctx, req), { ...form, siteId, unitId, sortOrder: optionalNumber(form.sortOrder) });
      return redirectWithFlash(reply, `/quan-tri/cong/${siteId}/don-vi`, `Đã lưu đơn vị “${form.name.trim()}”.`);
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      const frame = await adminFrame(ctx, req, reply, siteId);
      const unit = await findUnit(ctx.db, siteId, unitId);
      if (!unit) throw new NotFoundError('Không tìm thấy đơn vị này trên cổng.');
      return sendPage(reply, <UnitFormPage frame={frame} site={frame.site!} unit={unit} form={form} errors={err.fieldErrors} />, 422);
    }
  });
}
