/** The admin home: the portals this person works on, and a site switcher. */
import type { FastifyInstance } from 'fastify';
import { ROLE_LABELS } from '../../../core/policies/grants.ts';
import { can } from '../../../core/policies/policy.ts';
import { SITE_LEVEL_LABELS, type SiteLevel } from '../../../core/types.ts';
import { renderDocument } from '../../render.ts';
import { adminFrame } from '../frame.ts';
import { quotaPanel } from './contributions.tsx';
import { AdminLayout } from '../views/AdminLayout.tsx';

export async function dashboardRoutes(app: FastifyInstance): Promise<void> {
  const ctx = app.ctx;

  app.get('/', { config: { permission: 'admin.access' } }, async (req, reply) => {
    const frame = await adminFrame(ctx, req, reply);
    if (frame.sites.length === 1) return reply.redirect(`/quan-tri/cong/${frame.sites[0]!.id}`);
    const roles = frame.actor.roles;
    return reply.type('text/html; charset=utf-8').send(renderDocument(
      <AdminLayout frame={frame} title="Bảng điều khiển">
        <p>Xin chào {frame.actor.fullName}. Chọn cổng thông tin để làm việc:</p>
        <ul class="site-list">
          {frame.sites.map((s) => (
            <li key={s.id}>
              <a href={`/quan-tri/cong/${s.id}`}>{s.name}</a> <span class="muted">({SITE_LEVEL_LABELS[s.level as SiteLevel] ?? s.level})</span>
              {roles.filter((r) => r.siteId === s.id).map((r, i) => <span class="tag" key={i}>{ROLE_LABELS[r.role]}</span>)}
            </li>
          ))}
        </ul>
        {frame.sites.filter((s) => s.parent_id === null && can(frame.actor, 'compliance.read', { id: s.id, parentId: null })).map((s) => (
          <p key={`xh${s.id}`}><a class="button" href={`/quan-tri/cong/${s.id}/tuan-thu/bang-xep-hang`}>Bảng xếp hạng tuân thủ các phường, xã – {s.name}</a></p>
        ))}
      </AdminLayout>,
    ));
  });

  app.get<{ Querystring: { cong?: string } }>('/chon-cong', { config: { permission: 'admin.access' } }, async (req, reply) =>
    reply.redirect(`/quan-tri/cong/${Number(req.query.cong) || ''}`));

  app.get<{ Params: { siteId: string } }>('/cong/:siteId', { config: { permission: 'admin.access' } }, async (req, reply) => {
    const frame = await adminFrame(ctx, req, reply, Number(req.params.siteId));
    const site = frame.site!;
    const quota = await quotaPanel(ctx, frame.actor, site);
    return reply.type('text/html; charset=utf-8').send(renderDocument(
      <AdminLayout frame={frame} title={site.name}>
        <p>{site.full_name}</p>
        <ul class="quick-links">
          <li><a href={`/quan-tri/cong/${site.id}/viec-can-lam`}>Việc cần làm</a></li>
          <li><a href={`/quan-tri/cong/${site.id}/tin-bai/moi`}>Viết tin, bài mới</a></li>
          <li><a href={`/quan-tri/cong/${site.id}/tin-bai`}>Danh sách tin, bài</a></li>
          <li><a href={`/quan-tri/cong/${site.id}/xem-cong`}>Xem cổng thông tin</a></li>
        </ul>
        {quota}
      </AdminLayout>,
    ));
  });

  app.get<{ Params: { siteId: string } }>('/cong/:siteId/xem-cong', { config: { permission: 'admin.access' } }, async (req, reply) => {
    await ctx.directory.fresh();
    const site = ctx.directory.byId(Number(req.params.siteId))!;
    return reply.redirect(site.parent_id === null ? '/' : `/site/${site.slug}/`);
  });
}
