/**
 * Who sees and does what with one content, built on core/policies (can, canEditContent) so that the
 * admin listing, the commands and the buttons on a form answer the same way. Pure.
 */
import type { Permission } from '../policies/grants.ts';
import { type Actor, type SiteFacts, can, canEditContent } from '../policies/policy.ts';
import type { Id } from '../types.ts';
import { type ContentEvent, type ContentState, availableEvents } from '../workflow/contentWorkflow.ts';

/** The facts about a content the rules read. */
export interface ContentFacts {
  unitId: Id | null;
  createdBy: Id | null;
  state: ContentState;
}

/**
 * The grant each workflow event needs. The editorial-workflow issue adds events (submit, approve …)
 * with their own grants here; the UI and commands only ever ask canFireContentEvent().
 */
export const CONTENT_EVENT_PERMISSIONS: Record<ContentEvent, Permission> = {
  publish: 'content.publish',
  unpublish: 'content.publish',
  archive: 'content.publish',
  restore: 'content.publish',
};

/** Audit action per event: `content.<pastTense>`. */
export const CONTENT_EVENT_AUDIT: Record<ContentEvent, string> = {
  publish: 'content.published',
  unpublish: 'content.unpublished',
  archive: 'content.archived',
  restore: 'content.restored',
};

/** Past-tense Vietnamese for the flash after an event. */
export const CONTENT_EVENT_DONE: Record<ContentEvent, string> = {
  publish: 'Đã xuất bản.',
  unpublish: 'Đã gỡ xuống khỏi cổng.',
  archive: 'Đã chuyển vào lưu trữ.',
  restore: 'Đã khôi phục thành bản nháp.',
};

/**
 * Which items of a site an actor sees in the admin listing: null = all of them (editors, oversight,
 * platform administrators); otherwise the items of the actor's own units plus the ones they created.
 */
export function contentListScope(actor: Actor, site: SiteFacts): { unitIds: Id[]; userId: Id } | null {
  if (can(actor, 'content.publish', site) || can(actor, 'oversight.read', site)) return null;
  return { unitIds: ownUnitIds(actor, site), userId: actor.userId };
}

/** Ids of the units the actor holds a role in on this site. */
export function ownUnitIds(actor: Actor, site: SiteFacts): Id[] {
  return [...new Set(actor.roles.filter((r) => r.siteId === site.id && r.unitId !== null).map((r) => r.unitId!))];
}

/**
 * Units the actor may file an item under: null = any unit of the site (editors); otherwise their own
 * units (a contributor's unit is enforced), or null when they belong to no unit.
 */
export function assignableUnitIds(actor: Actor, site: SiteFacts): Id[] | null {
  if (can(actor, 'content.publish', site)) return null;
  const own = ownUnitIds(actor, site);
  return own.length ? own : null;
}

export function canFireContentEvent(actor: Actor, site: SiteFacts, content: ContentFacts, event: ContentEvent): boolean {
  return can(actor, CONTENT_EVENT_PERMISSIONS[event], site) && canEditContent(actor, site, content);
}

/** What the admin may offer this actor on one content (serialized for views, which never re-check roles). */
export interface ContentAbilities {
  canEdit: boolean;
  /** Events legal from the current state that this actor may fire, in table order. */
  events: ContentEvent[];
  /** "Save and publish" on the form. */
  canSaveAndPublish: boolean;
  canUpload: boolean;
}

export function contentAbilities(actor: Actor, site: SiteFacts, content: ContentFacts): ContentAbilities {
  const canEdit = can(actor, 'content.edit', site) && canEditContent(actor, site, content);
  const events = availableEvents(content.state).filter((e) => canFireContentEvent(actor, site, content, e));
  return {
    canEdit,
    events,
    canSaveAndPublish: canEdit && events.includes('publish'),
    canUpload: can(actor, 'media.upload', site),
  };
}
