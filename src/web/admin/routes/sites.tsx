/** Portals of the installation (platform administrator) and each portal's own settings. */
import type { FastifyInstance } from 'fastify';
import { createSite } from '../../../commands/sites/createSite.ts';
import { updateSiteSettings } from '../../../commands/sites/updateSiteSettings.ts';
import { NotFoundError, ValidationError } from '../../../core/errors.ts';
import { compareVietnamese } from '../../../core/text/vietnamese.ts';
import { flattenTree } from '../../../core/tree/tree.ts';
import { listMedia } from '../../../db/repositories/mediaRepository.ts';
import { findSite, listSites } from '../../../db/repositories/siteRepository.ts';
import { adminFrame, redirectWithFlash } from '../frame.ts';
import { commandContext, idParam, optionalNumber, readForm, sendPage } from '../formSupport.ts';
import {
  SITE_CREATE_FIELDS, SITE_SETTINGS_FIELDS, type SiteCreateForm, SiteCreatePage, SiteListPage, SiteSettingsPage, siteSettingsForm,
} from '../views/SiteViews.tsx';

type SiteParams = { Params: { siteId: string } };

export async function siteRoutes(app: FastifyInstance): Promise<void> {
  const ctx = app.ctx;

  app.get('/cac-cong', { config: { permission: 'platform.manage' } }, async (req, reply) => {
    const frame = await adminFrame(ctx, req, reply);
    const sites = await listSites(ctx.db);
    const counts = await ctx.db.selectFrom('sections').select(['site_id', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('site_id').execute();
    const tree = flattenTree(sites, (s) => ({ id: s.id, parentId: s.parent_id }),
      (a, b) => a.sort_order - b.sort_order || compareVietnamese(a.name, b.name));
    const items = tree.map(({ item, depth }) => ({
      site: item, depth, publicUrl: ctx.directory.siteUrl(item),
      sectionCount: Number(counts.find((c) => c.site_id === item.id)?.n ?? 0),
    }));
    return sendPage(reply, <SiteListPage frame={frame} items={items} />);
  });

  const cities = async () => (await listSites(ctx.db)).filter((s) => s.level === 'city')
    .sort((a, b) => compareVietnamese(a.name, b.name));

  app.get('/cac-cong/moi', { config: { permission: 'platform.manage' } }, async (req, reply) => {
    const frame = await adminFrame(ctx, req, reply);
    const parents = await cities();
    const form: SiteCreateForm = { name: '', fullName: '', level: 'ward', parentId: parents.length === 1 ? String(parents[0]!.id) : '', slug: '', host: '' };
    return sendPage(reply, <SiteCreatePage frame={frame} form={form} errors={{}} parents={parents} />);
  });

  app.post('/cac-cong', { config: { permission: 'platform.manage' } }, async (req, reply) => {
    const form = readForm(req.body, SITE_CREATE_FIELDS);
    try {
      const { id } = await createSite(commandContext(ctx, req), { ...form, parentId: optionalNumber(form.parentId) });
      await ctx.directory.reload();
      return redirectWithFlash(reply, `/quan-tri/cac-cong`, `Đã tạo cổng “${ctx.directory.byId(id)?.name ?? form.name}” cùng các chuyên mục mặc định.`);
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      const frame = await adminFrame(ctx, req, reply);
      return sendPage(reply, <SiteCreatePage frame={frame} form={form} errors={err.fieldErrors} parents={await cities()} />, 422);
    }
  });

  app.get<SiteParams>('/cong/:siteId/cai-dat', { config: { permission: 'site.settings' } }, async (req, reply) => {
    const siteId = idParam(req.params.siteId);
    const site = await findSite(ctx.db, siteId);
    if (!site) throw new NotFoundError();
    const frame = await adminFrame(ctx, req, reply, site.id);
    return sendPage(reply, <SiteSettingsPage frame={frame} site={site} form={siteSettingsForm(site)} errors={{}} media={await listMedia(ctx.db, site.id, 200)} />);
  });

  app.post<SiteParams>('/cong/:siteId/cai-dat', { config: { permission: 'site.settings' } }, async (req, reply) => {
    const siteId = idParam(req.params.siteId);
    const form = readForm(req.body, SITE_SETTINGS_FIELDS);
    try {
      await updateSiteSettings(commandContext(ctx, req), { ...form, siteId, logoMediaId: optionalNumber(form.logoMediaId) });
      await ctx.directory.reload();
      return redirectWithFlash(reply, `/quan-tri/cong/${siteId}/cai-dat`, 'Đã lưu thông tin cổng.');
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      const site = await findSite(ctx.db, siteId);
      if (!site) throw new NotFoundError();
      const frame = await adminFrame(ctx, req, reply, site.id);
      return sendPage(reply, <SiteSettingsPage frame={frame} site={site} form={form} errors={err.fieldErrors} media={await listMedia(ctx.db, site.id, 200)} />, 422);
    }
  });
}
