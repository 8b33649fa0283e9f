/** Request decorations and route config shared by the web plugins. */
import type { Actor } from '../core/policies/policy.ts';
import type { Permission } from '../core/policies/grants.ts';
import type { ResolvedSite } from './siteDirectory.ts';

/** What every route must declare (deny by default): who may use it. */
export type RoutePermission = 'public' | 'authenticated' | Permission;

export interface SessionInfo {
  id: string;
  csrfToken: string;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    permission?: RoutePermission;
  }
  interface FastifyRequest {
    /** Public requests: the site being viewed. */
    resolved: ResolvedSite | null;
    /** Admin requests: the logged-in person, with roles re-read this request. */
    actor: Actor | null;
    session: SessionInfo | null;
  }
}
