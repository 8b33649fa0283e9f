/**
 * Rules about accounts, which span sites: a role is granted on one site, but an account (its
 * password, whether it may log in) belongs to the whole installation. So a site's editor-in-chief
 * may change an account only when every site the account works on is one they manage; otherwise
 * a ward could lock out (or take over) a city official who also happens to hold a role on the ward.
 */
import type { Role } from './grants.ts';
import { type Actor, type RoleAssignment, type SiteFacts, can } from './policy.ts';

/** Roles that only make sense inside one unit of the site (the unit's drafts and approvals). */
export const UNIT_ROLES: readonly Role[] = ['contributor', 'leader'];

export function roleNeedsUnit(role: Role): boolean {
  return UNIT_ROLES.includes(role);
}

export interface AccountFacts {
  userId: number;
  isPlatformAdmin: boolean;
  roles: readonly RoleAssignment[];
}

/**
 * May `actor` change account-wide things (disable, enable) of `target`?
 * Platform administrators may; nobody else may touch a platform administrator; a site manager may
 * when the target holds at least one role and every role is on a site where the actor holds user.manage.
 */
export function canManageAccount(actor: Actor, target: AccountFacts, sites: readonly SiteFacts[]): boolean {
  if (actor.isPlatformAdmin) return true;
  if (target.isPlatformAdmin) return false;
  if (target.roles.length === 0) return false;
  return target.roles.every((r) => {
    const site = sites.find((s) => s.id === r.siteId);
    return site !== undefined && can(actor, 'user.manage', site);
  });
}

/**
 * True when taking `remaining` away from the actor's current roles would leave them without the right
 * to manage users on `site` that they hold now — i.e. they would be removing their own last admin right.
 * Platform administrators keep every right through their flag, so removing a role never locks them out.
 */
export function losesOwnUserManage(actor: Actor, remaining: readonly RoleAssignment[], site: SiteFacts): boolean {
  if (actor.isPlatformAdmin) return false;
  if (!can(actor, 'user.manage', site)) return false;
  return !can({ ...actor, roles: remaining }, 'user.manage', site);
}
