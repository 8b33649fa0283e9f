/**
 * May this actor do it? The Actor carries the roles loaded for this request (re-read every
 * request, never cached across requests). Site scoping lives here once; callers never
 * compare site ids themselves.
 */
import { ForbiddenError } from '../errors.ts';
import type { Id } from '../types.ts';
import { INHERITED_BY_CHILD_SITES, type Permission, type Role, roleGrants } from './grants.ts';

export interface RoleAssignment {
  siteId: Id;
  unitId: Id | null;
  role: Role;
}

export interface Actor {
  userId: Id;
  username: string;
  fullName: string;
  isPlatformAdmin: boolean;
  roles: readonly RoleAssignment[];
}

/** The site facts a policy needs: its id and its parent (for roles that reach the wards). */
export interface SiteFacts {
  id: Id;
  parentId: Id | null;
}

function assignmentReaches(a: RoleAssignment, site: SiteFacts): boolean {
  if (a.siteId === site.id) return true;
  return site.parentId !== null && a.siteId === site.parentId && INHERITED_BY_CHILD_SITES.includes(a.role);
}

/** True when the actor holds `permission` on `site`. Platform administrators hold every permission. */
export function can(actor: Actor, permission: Permission, site?: SiteFacts): boolean {
  if (actor.isPlatformAdmin) return true;
  if (permission === 'platform.manage') return false;
  if (!site) return actor.roles.some((a) => roleGrants(a.role, permission));
  return actor.roles.some((a) => assignmentReaches(a, site) && roleGrants(a.role, permission));
}

/** Throws ForbiddenError unless `can()`. */
export function authorize(actor: Actor, permission: Permission, site?: SiteFacts): void {
  if (!can(actor, permission, site)) throw new ForbiddenError();
}

/**
 * Ids of sites where the actor holds `permission`, given every site's facts; null means all sites
 * (platform administrator). Repositories turn this into a WHERE clause.
 */
export function sitesWhere(actor: Actor, permission: Permission, allSites: readonly SiteFacts[]): Id[] | null {
  if (actor.isPlatformAdmin) return null;
  return allSites.filter((s) => can(actor, permission, s)).map((s) => s.id);
}

/**
 * A contributor edits only their own unit's contents (and drafts they wrote); editors edit the whole site.
 * `content` is the minimal facts a rule needs.
 */
export function canEditContent(
  actor: Actor,
  site: SiteFacts,
  content: { unitId: Id | null; createdBy: Id | null },
): boolean {
  if (can(actor, 'content.publish', site)) return true;
  if (!can(actor, 'content.edit', site)) return false;
  if (content.createdBy === actor.userId) return true;
  return actor.roles.some((a) => a.siteId === site.id && a.unitId !== null && a.unitId === content.unitId);
}
