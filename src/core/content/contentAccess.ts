/**
 * Who sees and does what with one content, built on core/policies (can, canEditContent and the
 * workflow predicates) so that the admin listing, the commands and the buttons on a form answer the
 * same way. Pure. The legal moves are in core/workflow/contentWorkflow.ts; this file only says who.
 */
import type { Permission } from '../policies/grants.ts';
import { type Actor, type SiteFacts, can, canEditContent } from '../policies/policy.ts';
import { fourEyes, isAuthor, isBoardMember, leadsUnit, needsLeaderApproval } from '../policies/workflowPolicy.ts';
import type { ContentKind, Id } from '../types.ts';
import { type ContentEvent, type ContentState, availableEvents } from '../workflow/contentWorkflow.ts';

/** The facts about a content the rules read. */
export interface ContentFacts {
  unitId: Id | null;
  createdBy: Id | null;
  state: ContentState;
  /** Defaults to 'news'. */
  kind?: ContentKind | undefined;
  /** Force-published and not yet reviewed. */
  needsReview?: boolean | undefined;
}

/** The coarse grant each workflow event needs (checked with can() on the item's site). */
export const CONTENT_EVENT_PERMISSIONS: Record<ContentEvent, Permission> = {
  submit: 'content.submit',
  sendToBoard: 'content.submit',
  approve: 'content.approve',
  returnToAuthor: 'content.approve', // the board's return needs content.publish; see EVENT_RULES
  returnToLeader: 'content.publish',
  startEditing: 'content.publish',
  schedule: 'content.publish',
  unschedule: 'content.publish',
  publish: 'content.publish',
  forcePublish: 'content.forcePublish',
  confirmReview: 'content.publish',
  unpublish: 'content.publish',
  archive: 'content.publish',
  restore: 'content.publish',
};

/** Audit action per event: `content.<pastTense>`. */
export const CONTENT_EVENT_AUDIT: Record<ContentEvent, string> = {
  submit: 'content.submitted',
  sendToBoard: 'content.sentToBoard',
  approve: 'content.approved',
  returnToAuthor: 'content.returnedToAuthor',
  returnToLeader: 'content.returnedToLeader',
  startEditing: 'content.editingStarted',
  schedule: 'content.scheduled',
  unschedule: 'content.unscheduled',
  publish: 'content.published',
  forcePublish: 'content.forcePublished',
  confirmReview: 'content.reviewConfirmed',
  unpublish: 'content.unpublished',
  archive: 'content.archived',
  restore: 'content.restored',
};

/** Past-tense Vietnamese for the flash after an event. */
export const CONTENT_EVENT_DONE: Record<ContentEvent, string> = {
  submit: 'Đã gửi lãnh đạo đơn vị duyệt.',
  sendToBoard: 'Đã gửi Ban Biên tập.',
  approve: 'Đã duyệt và gửi Ban Biên tập.',
  returnToAuthor: 'Đã trả lại người viết kèm lý do.',
  returnToLeader: 'Đã trả lại lãnh đạo đơn vị kèm lý do.',
  startEditing: 'Đã nhận biên tập.',
  schedule: 'Đã hẹn giờ xuất bản.',
  unschedule: 'Đã hủy hẹn giờ; tin, bài trở lại bước biên tập.',
  publish: 'Đã xuất bản.',
  forcePublish: 'Đã xuất bản khẩn; tin, bài được đánh dấu "chưa qua duyệt" và đưa vào danh sách cần rà soát.',
  confirmReview: 'Đã xác nhận rà soát tin, bài xuất bản khẩn.',
  unpublish: 'Đã gỡ xuống khỏi cổng.',
  archive: 'Đã chuyển vào lưu trữ.',
  restore: 'Đã khôi phục thành bản nháp.',
};

type EventRule = (actor: Actor, site: SiteFacts, item: ContentFacts) => boolean;

/**
 * Who may fire each event on a news item, beyond the coarse grant: the named predicates of the
 * workflow (own unit, own site, four-eyes). Legal-from-state is checked separately.
 */
export const EVENT_RULES: Record<ContentEvent, EventRule> = {
  // The unit's members send their items to the leader; the leader and the board wait for it rather than push it.
  submit: (a, s, i) => canEditContent(a, s, i) && needsLeaderApproval(a, s, i) && !leadsUnit(a, s, i.unitId) && !isBoardMember(a, s),
  sendToBoard: (a, s, i) => canEditContent(a, s, i) && !needsLeaderApproval(a, s, i),
  approve: (a, s, i) => leadsUnit(a, s, i.unitId) && fourEyes(a, i),
  // The leader returns what waits for them; the board returns what has reached it.
  returnToAuthor: (a, s, i) => (i.state === 'submitted' ? leadsUnit(a, s, i.unitId) : isBoardMember(a, s)),
  returnToLeader: (a, s, i) => isBoardMember(a, s) && i.unitId !== null,
  startEditing: (a, s) => isBoardMember(a, s),
  schedule: (a, s, i) => isBoardMember(a, s) && fourEyes(a, i),
  unschedule: (a, s) => isBoardMember(a, s),
  publish: (a, s, i) => isBoardMember(a, s) && fourEyes(a, i),
  forcePublish: () => true,
  confirmReview: (a, s, i) => isBoardMember(a, s) && i.needsReview === true,
  unpublish: (a, s) => isBoardMember(a, s),
  archive: (a, s) => isBoardMember(a, s),
  restore: (a, s) => isBoardMember(a, s),
};

/** The fine rule of each event in words (docs/workflow.md is generated from this and the tables). */
export const EVENT_RULE_TEXT: Record<ContentEvent, string> = {
  submit: 'a member of the item\'s unit (or its writer) who is neither its leader nor on the board; the item needs its unit leader\'s approval',
  sendToBoard: 'can edit the item, and it needs no leader approval: no unit, or written by the unit\'s leader or a board member',
  approve: 'leads the item\'s unit; four-eyes: not the writer',
  returnToAuthor: 'from "submitted": leads the item\'s unit; later: a board member',
  returnToLeader: 'a board member; the item has a unit',
  startEditing: 'a board member',
  schedule: 'a board member; four-eyes: not the writer',
  unschedule: 'a board member',
  publish: 'a board member; four-eyes: not the writer',
  forcePublish: 'editor-in-chief only; the item is flagged "not reviewed" and listed for review',
  confirmReview: 'a board member; only while the item is flagged "not reviewed"',
  unpublish: 'a board member',
  archive: 'a board member',
  restore: 'a board member',
};

/** The grant an event needs on this item (the board's returns need the board's grant). */
export function eventPermission(event: ContentEvent, item: ContentFacts): Permission {
  if ((item.kind ?? 'news') === 'page') return 'content.publish';
  if (event === 'returnToAuthor' && item.state !== 'submitted') return 'content.publish';
  return CONTENT_EVENT_PERMISSIONS[event];
}

/** Which items of a site an actor sees in the admin: null = all (board, oversight); else own units' and own. */
export function contentListScope(actor: Actor, site: SiteFacts): { unitIds: Id[]; userId: Id } | null {
  if (can(actor, 'content.publish', site) || can(actor, 'oversight.read', site)) return null;
  return { unitIds: ownUnitIds(actor, site), userId: actor.userId };
}

/** Ids of the units the actor holds a role in on this site. */
export function ownUnitIds(actor: Actor, site: SiteFacts): Id[] {
  return [...new Set(actor.roles.filter((r) => r.siteId === site.id && r.unitId !== null).map((r) => r.unitId!))];
}

/** Ids of the units the actor leads on this site. */
export function ledUnitIds(actor: Actor, site: SiteFacts): Id[] {
  return [...new Set(actor.roles.filter((r) => r.siteId === site.id && r.role === 'leader' && r.unitId !== null).map((r) => r.unitId!))];
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

/** May the actor open this item at all (read-only for oversight)? */
export function canViewContent(actor: Actor, site: SiteFacts, item: ContentFacts): boolean {
  if (!can(actor, 'content.read', site)) return false;
  const scope = contentListScope(actor, site);
  if (scope === null) return true;
  return item.createdBy === actor.userId || (item.unitId !== null && scope.unitIds.includes(item.unitId));
}

/**
 * May the actor change the item's text in its current state? News items pass from hand to hand:
 * the writer's unit while a draft or returned, the unit leader while it waits for approval, the
 * board from then on (a change to a published item is a correction, kept as a new revision).
 */
export function canEditInState(actor: Actor, site: SiteFacts, item: ContentFacts): boolean {
  if (!can(actor, 'content.edit', site) || !canEditContent(actor, site, item)) return false;
  if ((item.kind ?? 'news') === 'page') return true;
  switch (item.state) {
    case 'draft':
    case 'returned':
      return true;
    case 'submitted':
      return leadsUnit(actor, site, item.unitId);
    default:
      return isBoardMember(actor, site);
  }
}

/**
 * Is the actor the one expected to work on the item now (so that opening it takes its edit lock)?
 * Others who may edit it (a leader looking at a returned item, the board at a contributor's draft)
 * read it without locking it, and take the lock only when they save.
 */
export function handlesNow(actor: Actor, site: SiteFacts, item: ContentFacts): boolean {
  if (!canEditInState(actor, site, item)) return false;
  if ((item.kind ?? 'news') === 'page') return true;
  const writer = isAuthor(actor, item);
  switch (item.state) {
    case 'draft':
    case 'returned':
      return writer || item.unitId === null || (!leadsUnit(actor, site, item.unitId) && !isBoardMember(actor, site));
    case 'submitted':
      return leadsUnit(actor, site, item.unitId);
    default:
      return isBoardMember(actor, site);
  }
}

export function canFireContentEvent(actor: Actor, site: SiteFacts, content: ContentFacts, event: ContentEvent): boolean {
  if (!can(actor, eventPermission(event, content), site)) return false;
  if ((content.kind ?? 'news') === 'page') return canEditContent(actor, site, content);
  return EVENT_RULES[event](actor, site, content);
}

/** What the admin may offer this actor on one content (serialized for views, which never re-check roles). */
export interface ContentAbilities {
  canView: boolean;
  canEdit: boolean;
  /** Opening the item takes its edit lock (the actor is the one expected to work on it now). */
  locksOnOpen: boolean;
  /** Events legal from the current state that this actor may fire, in table order. */
  events: ContentEvent[];
  /** "Save and publish" on the form. */
  canSaveAndPublish: boolean;
  canUpload: boolean;
  /** Schedule an unpublication of a published item (board). */
  canScheduleUnpublish: boolean;
  /** Propose a published ward item to the parent portal (board of a site that has a parent). */
  canPropose: boolean;
}

export function contentAbilities(actor: Actor, site: SiteFacts, content: ContentFacts): ContentAbilities {
  const kind = content.kind ?? 'news';
  const canEdit = canEditInState(actor, site, content);
  const events = availableEvents(content.state, kind).filter((e) => canFireContentEvent(actor, site, content, e));
  const board = isBoardMember(actor, site);
  return {
    canView: canViewContent(actor, site, content),
    canEdit,
    locksOnOpen: canEdit && handlesNow(actor, site, content),
    events,
    canSaveAndPublish: canEdit && events.includes('publish'),
    canUpload: can(actor, 'media.upload', site),
    canScheduleUnpublish: board && content.state === 'published',
    canPropose: board && kind === 'news' && content.state === 'published' && site.parentId !== null,
  };
}
