/** Campaign banners of a portal: list, add, edit, remove (section.manage). */
import type { FastifyInstance } from 'fastify';
import { deleteBanner, saveBanner } from '../../../commands/banners/saveBanner.ts';
import { NotFoundError, ValidationError } from '../../../core/errors.ts';
import { findBanner, listBanners } from '../../../db/repositories/bannerRepository.ts';
import { listMedia } from '../../../db/repositories/mediaRepository.ts';
import { adminFrame, redirectWithFlash } from '../frame.ts';
import { type FormValues, commandContext, idParam, optionalNumber, readForm, sendPage } from '../formSupport.ts';
import { BANNER_FIELDS, BannerFormPage, BannerListPage, bannerForm, emptyBannerForm } from '../views/BannerViews.tsx';

type SiteParams = { Params: { siteId: string } };
type BannerParams = { Params: { siteId: string; bannerId: string } };

const toInput = (form: FormValues<(typeof BANNER_FIELDS)[number]>) => ({ ...form, mediaId: optionalNumber(form.mediaId), sortOrder: optionalNumber(form.sortOrder) });

export async function bannerAdminRoutes(app: FastifyInstance): Promise<void> {
  const ctx = app.ctx;
  const config = { permission: 'section.manage' as const };

  app.get<SiteParams>('/cong/:siteId/bieu-ngu', { config }, async (req, reply) => {
    const frame = await adminFrame(ctx, req, reply, idParam(req.params.siteId));
    return sendPage(reply, <BannerListPage frame={frame} site={frame.site!} rows={await listBanners(ctx.db, frame.site!.id)} nowIso={ctx.clock.now().toISOString()} />);
  });

  app.get<SiteParams>('/cong/:siteId/bieu-ngu/moi', { config }, async (req, reply) => {
    const frame = await adminFrame(ctx, req, reply, idParam(req.params.siteId));
    return sendPage(reply, <BannerFormPage frame={frame} site={frame.site!} form={emptyBannerForm} errors={{}} media={await listMedia(ctx.db, frame.site!.id, 200)} />);
  });

  app.post<SiteParams>('/cong/:siteId/bieu-ngu', { config }, async (req, reply) => {
    const siteId = idParam(req.params.siteId);
    const form = readForm(req.body, BANNER_FIELDS);
    try {
      await saveBanner(commandContext(ctx, req), { ...toInput(form), siteId });
      return redirectWithFlash(reply, `/quan-tri/cong/${siteId}/bieu-ngu`, `Đã thêm biểu ngữ “${form.title.trim()}”.`);
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      const frame = await adminFrame(ctx, req, reply, siteId);
      return sendPage(reply, <BannerFormPage frame={frame} site={frame.site!} form={form} errors={err.fieldErrors} media={await listMedia(ctx.db, siteId, 200)} />, 422);
    }
  });

  app.get<BannerParams>('/cong/:siteId/bieu-ngu/:bannerId', { config }, async (req, reply) => {
    const frame = await adminFrame(ctx, req, reply, idParam(req.params.siteId));
    const banner = await findBanner(ctx.db, frame.site!.id, idParam(req.params.bannerId));
    if (!banner) throw new NotFoundError('Không tìm thấy biểu ngữ này.');
    return sendPage(reply, <BannerFormPage frame={frame} site={frame.site!} banner={banner} form={bannerForm(banner)} errors={{}} media={await listMedia(ctx.db, frame.site!.id, 200)} />);
  });

  app.post<BannerParams>('/cong/:siteId/bieu-ngu/:bannerId', { config }, async (req, reply) => {
    const siteId = idParam(req.params.siteId);
    const bannerId = idParam(req.params.bannerId);
    const form = readForm(req.body, BANNER_FIELDS);
    try {
      await saveBanner(commandContext(ctx, req), { ...toInput(form), siteId, bannerId });
      return redirectWithFlash(reply, `/quan-tri/cong/${siteId}/bieu-ngu`, `Đã lưu biểu ngữ “${form.title.trim()}”.`);
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      const frame = await adminFrame(ctx, req, reply, siteId);
      const banner = await findBanner(ctx.db, siteId, bannerId);
      if (!banner) throw new NotFoundError('Không tìm thấy biểu ngữ này.');
      return sendPage(reply, <BannerFormPage frame={frame} site={frame.site!} banner={banner} form={form} errors={err.fieldErrors} media={await listMedia(ctx.db, siteId, 200)} />, 422);
    }
  });

  app.post<BannerParams>('/cong/:siteId/bieu-ngu/:bannerId/xoa', { config }, async (req, reply) => {
    const siteId = idParam(req.params.siteId);
    await deleteBanner(commandContext(ctx, req), { siteId, bannerId: idParam(req.params.bannerId) });
    return redirectWithFlash(reply, `/quan-tri/cong/${siteId}/bieu-ngu`, 'Đã xóa biểu ngữ.');
  });
}
