/**
 * Each person's inbox of notifications (across the sites they work on). A person only ever reads
 * their own: the user id is the scope of every query here.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { markNotificationsRead } from '../../../commands/notifications/markNotificationsRead.ts';
import type { CommandContext } from '../../../commands/context.ts';
import { NotFoundError } from '../../../core/errors.ts';
import { countUnread, findNotificationLink, listNotifications } from '../../../db/repositories/notificationRepository.ts';
import { renderDocument } from '../../render.ts';
import { adminFrame, redirectWithFlash } from '../frame.ts';
import { InboxView } from '../views/WorkflowViews.tsx';

export async function inboxRoutes(app: FastifyInstance): Promise<void> {
  const ctx = app.ctx;
  const commandContext = (req: FastifyRequest): CommandContext => ({ db: ctx.db, actor: req.actor!, clock: ctx.clock });

  app.get('/thong-bao', { config: { permission: 'authenticated' } }, async (req, reply) => {
    const frame = await adminFrame(ctx, req, reply);
    const [rows, unread] = await Promise.all([listNotifications(ctx.db, req.actor!.userId, 200), countUnread(ctx.db, req.actor!.userId)]);
    return reply.type('text/html; charset=utf-8').send(renderDocument(<InboxView frame={frame} model={{
      unread,
      items: rows.map((n) => ({
        id: n.id, kind: n.kind, message: n.message, link: n.link, siteName: n.site_name ?? '', createdAt: n.created_at, read: n.read_at !== null,
      })),
    }} />));
  });

  // Opening a notification marks it read and goes where it points (only the owner's own notifications).
  app.get<{ Params: { id: string } }>('/thong-bao/:id', { config: { permission: 'authenticated' } }, async (req, reply) => {
    if (!/^\d{1,10}$/.test(req.params.id)) throw new NotFoundError();
    const id = Number(req.params.id);
    const link = await findNotificationLink(ctx.db, req.actor!.userId, id);
    if (link === undefined) throw new NotFoundError();
    await markNotificationsRead(commandContext(req), { id });
    return reply.redirect(link.startsWith('/quan-tri') ? link : '/quan-tri/thong-bao', 303);
  });

  app.post('/thong-bao/da-doc', { config: { permission: 'authenticated' } }, async (req, reply) => {
    const n = await markNotificationsRead(commandContext(req), {});
    return redirectWithFlash(reply, '/quan-tri/thong-bao', `Đã đánh dấu ${n} thông báo là đã đọc.`);
  });
}
