/**
 * Deny by default (house style §3.3): a route without `config.permission` makes the app refuse to
 * start. The coarse check runs before the handler; site-scoped routes (with a `:siteId` param) are
 * checked against that site, so no handler can act on a site its actor may not see.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ForbiddenError, NotFoundError, UnauthenticatedError } from '../../core/errors.ts';
import { can } from '../../core/policies/policy.ts';
import type { SiteDirectory } from '../siteDirectory.ts';
import type { RoutePermission } from '../types.ts';

/** A route as declared: what the authorization matrix test walks. */
export interface DeclaredRoute {
  method: string;
  url: string;
  permission: RoutePermission;
}

const declared = new WeakMap<FastifyInstance, DeclaredRoute[]>();

/** Every route the app declared, with its permission (HEAD routes Fastify adds for GETs left out). */
export function declaredRoutes(app: FastifyInstance): readonly DeclaredRoute[] {
  return declared.get(app) ?? [];
}

export function enforceRoutePermissions(app: FastifyInstance): void {
  const list: DeclaredRoute[] = [];
  declared.set(app, list);
  app.addHook('onRoute', (route) => {
    const permission = (route.config as { permission?: RoutePermission } | undefined)?.permission;
    if (!permission) {
      throw new Error(`Route ${route.method} ${route.url} has no config.permission; every route must declare who may use it.`);
    }
    for (const method of [route.method].flat()) if (method !== 'HEAD') list.push({ method, url: route.url, permission });
  });
}

/** preHandler for authenticated routes. */
export function checkPermission(directory: SiteDirectory) {
  return async (req: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const permission = req.routeOptions.config.permission;
    if (permission === 'public') return;
    if (!req.actor) {
      if (req.method === 'GET') {
        const next = encodeURIComponent(req.url);
        return reply.redirect(`/quan-tri/dang-nhap?tiep=${next}`);
      }
      throw new UnauthenticatedError();
    }
    if (permission === 'authenticated' || permission === undefined) return;
    const siteIdParam = (req.params as Record<string, string> | undefined)?.siteId;
    if (siteIdParam !== undefined) {
      await directory.fresh();
      const site = directory.byId(Number(siteIdParam));
      if (!site) throw new NotFoundError();
      if (!can(req.actor, permission, { id: site.id, parentId: site.parent_id })) throw new ForbiddenError();
      return;
    }
    if (!can(req.actor, permission)) throw new ForbiddenError();
  };
}
