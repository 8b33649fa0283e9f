/** Builds the AdminFrame for a request: actor, CSRF token, the sites this actor may open, flash message. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { UnauthenticatedError } from '../../core/errors.ts';
import { can } from '../../core/policies/policy.ts';
import { countUnread } from '../../db/repositories/notificationRepository.ts';
import type { AppContext } from '../appContext.ts';
import type { AdminFrame } from './views/AdminLayout.tsx';

export const FLASH_COOKIE = 'cttdt_flash';

export async function adminFrame(ctx: AppContext, req: FastifyRequest, reply: FastifyReply, siteId?: number): Promise<AdminFrame> {
  if (!req.actor || !req.session) throw new UnauthenticatedError();
  await ctx.directory.fresh();
  const sites = ctx.directory.all().filter((s) => can(req.actor!, 'admin.access', { id: s.id, parentId: s.parent_id }));
  const flash = req.cookies[FLASH_COOKIE];
  if (flash) reply.clearCookie(FLASH_COOKIE, { path: '/quan-tri' });
  return {
    actor: req.actor,
    csrf: req.session.csrfToken,
    sites,
    site: siteId !== undefined ? ctx.directory.byId(siteId) : undefined,
    flash: flash ? decodeURIComponent(flash) : undefined,
    unread: await countUnread(ctx.db, req.actor.userId),
  };
}

/** Redirect after a successful POST with a one-time message (post/redirect/get). */
export function redirectWithFlash(reply: FastifyReply, to: string, message: string): FastifyReply {
  reply.setCookie(FLASH_COOKIE, encodeURIComponent(message), { path: '/quan-tri', httpOnly: true, sameSite: 'lax', maxAge: 60 });
  return reply.redirect(to, 303);
}
