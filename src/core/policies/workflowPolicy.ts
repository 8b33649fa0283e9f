/**
 * Named predicates of the editorial workflow (house style §3.4: data for the coarse layer, small
 * named rules for the fine one). Each takes the actor, the site and the minimal facts about one item.
 * Pure; the tables of who may fire which event live in core/content/contentAccess.ts.
 */
import type { Id } from '../types.ts';
import { type Actor, type SiteFacts, can } from './policy.ts';

/** The facts about one item these rules read. */
export interface ItemFacts {
  unitId: Id | null;
  createdBy: Id | null;
}

/** A member of the site's editorial board (editor or editor-in-chief), or a platform administrator. */
export function isBoardMember(actor: Actor, site: SiteFacts): boolean {
  return can(actor, 'content.publish', site);
}

/** The actor leads the item's unit on this site (platform administrators count as every unit's leader). */
export function leadsUnit(actor: Actor, site: SiteFacts, unitId: Id | null): boolean {
  if (unitId === null) return false;
  if (actor.isPlatformAdmin) return true;
  return actor.roles.some((r) => r.siteId === site.id && r.role === 'leader' && r.unitId === unitId);
}

/** The actor wrote the item (created it). */
export function isAuthor(actor: Actor, item: ItemFacts): boolean {
  return item.createdBy !== null && item.createdBy === actor.userId;
}

/**
 * Four-eyes: the person who approves or publishes is not the one who wrote the item.
 * (The editor-in-chief's force-publish is the one exception, flagged "not reviewed".)
 */
export function fourEyes(actor: Actor, item: ItemFacts): boolean {
  return !isAuthor(actor, item);
}

/**
 * Does this item need its unit leader's approval when this actor sends it on? Items filed under a
 * unit do, except when the actor wrote it and is the unit's leader or a board member: then the
 * board is the second pair of eyes and the item goes to it directly.
 */
export function needsLeaderApproval(actor: Actor, site: SiteFacts, item: ItemFacts): boolean {
  if (item.unitId === null) return false;
  return !(isAuthor(actor, item) && (leadsUnit(actor, site, item.unitId) || isBoardMember(actor, site)));
}
