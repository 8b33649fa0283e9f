/**
 * The content lifecycle as an explicit transition table. Who may fire an event is decided in
 * core/policies and core/content/contentAccess.ts, not here. News items follow the editorial
 * workflow of the org chart (regulations.md CITY-WF-01/02): the unit leader approves, the editorial
 * board edits, then schedules or publishes. Static pages are the board's own reference texts and
 * keep the short lifecycle (PAGE_TRANSITIONS). Callers only ever call applyEvent()/availableEvents();
 * docs/workflow.md is generated from these tables by a test.
 */
import { InvalidTransitionError } from '../errors.ts';
import type { ContentKind } from '../types.ts';

export const CONTENT_STATES = [
  'draft', 'submitted', 'returned', 'leader_approved', 'in_editing', 'scheduled', 'published', 'unpublished', 'archived',
] as const;
export type ContentState = (typeof CONTENT_STATES)[number];

export const CONTENT_STATE_LABELS: Record<ContentState, string> = {
  draft: 'Bản nháp',
  submitted: 'Chờ lãnh đạo đơn vị duyệt',
  returned: 'Bị trả lại để sửa',
  leader_approved: 'Chờ Ban Biên tập',
  in_editing: 'Ban Biên tập đang biên tập',
  scheduled: 'Đã hẹn giờ xuất bản',
  published: 'Đã xuất bản',
  unpublished: 'Đã gỡ xuống',
  archived: 'Lưu trữ',
};

/** States in which an item is "in the workflow" (someone has to act on it). */
export const PENDING_STATES: readonly ContentState[] = ['submitted', 'returned', 'leader_approved', 'in_editing', 'scheduled'];

export interface Transition {
  readonly from: readonly ContentState[];
  readonly to: ContentState;
  /** Button text. */
  readonly label: string;
  /** The move must carry a reason (returns, force-publishing); it is kept on the status row. */
  readonly requiresReason?: boolean;
  /** The quality gate (core/content/qualityGate.ts) must pass before the move. */
  readonly qualityGate?: boolean;
  /** The move needs a time in the future (scheduling). */
  readonly needsFutureTime?: boolean;
}

/** News items (kind 'news'): the editorial workflow. */
export const TRANSITIONS = {
  submit: { from: ['draft', 'returned'], to: 'submitted', label: 'Gửi lãnh đạo đơn vị duyệt', qualityGate: true },
  sendToBoard: { from: ['draft', 'returned'], to: 'leader_approved', label: 'Gửi Ban Biên tập', qualityGate: true },
  approve: { from: ['submitted'], to: 'leader_approved', label: 'Duyệt, gửi Ban Biên tập', qualityGate: true },
  returnToAuthor: { from: ['submitted', 'leader_approved', 'in_editing'], to: 'returned', label: 'Trả lại người viết', requiresReason: true },
  returnToLeader: { from: ['leader_approved', 'in_editing'], to: 'submitted', label: 'Trả lại lãnh đạo đơn vị', requiresReason: true },
  startEditing: { from: ['leader_approved'], to: 'in_editing', label: 'Nhận biên tập' },
  schedule: { from: ['in_editing'], to: 'scheduled', label: 'Hẹn giờ xuất bản', needsFutureTime: true },
  unschedule: { from: ['scheduled'], to: 'in_editing', label: 'Hủy hẹn giờ' },
  publish: { from: ['in_editing', 'scheduled', 'unpublished'], to: 'published', label: 'Xuất bản' },
  forcePublish: {
    from: ['draft', 'submitted', 'returned', 'leader_approved', 'in_editing', 'scheduled'], to: 'published',
    label: 'Xuất bản khẩn (chưa qua duyệt)', requiresReason: true,
  },
  confirmReview: { from: ['published'], to: 'published', label: 'Xác nhận đã rà soát' },
  unpublish: { from: ['published'], to: 'unpublished', label: 'Gỡ xuống' },
  archive: { from: ['draft', 'returned', 'unpublished'], to: 'archived', label: 'Lưu trữ' },
  restore: { from: ['archived'], to: 'draft', label: 'Khôi phục thành bản nháp' },
} as const satisfies Record<string, Transition>;

export type ContentEvent = keyof typeof TRANSITIONS;

/** Static pages (kind 'page'): the board writes and publishes them directly. */
export const PAGE_TRANSITIONS = {
  publish: { from: ['draft', 'unpublished'], to: 'published', label: 'Xuất bản' },
  unpublish: { from: ['published'], to: 'unpublished', label: 'Gỡ xuống' },
  archive: { from: ['draft', 'unpublished'], to: 'archived', label: 'Lưu trữ' },
  restore: { from: ['archived'], to: 'draft', label: 'Khôi phục thành bản nháp' },
} as const satisfies Partial<Record<ContentEvent, Transition>>;

export function transitionsFor(kind: ContentKind): Partial<Record<ContentEvent, Transition>> {
  return kind === 'page' ? PAGE_TRANSITIONS : TRANSITIONS;
}

export function isContentEvent(value: string): value is ContentEvent {
  return Object.hasOwn(TRANSITIONS, value);
}

export function isContentState(value: string): value is ContentState {
  return (CONTENT_STATES as readonly string[]).includes(value);
}

/** The transition of `event` for `kind`, or undefined when that kind has no such event. */
export function transitionOf(event: ContentEvent, kind: ContentKind = 'news'): Transition | undefined {
  return transitionsFor(kind)[event];
}

/** The state after `event`, or InvalidTransitionError when the move is not legal from `state`. */
export function applyEvent(state: ContentState, event: ContentEvent, kind: ContentKind = 'news'): ContentState {
  const t = transitionOf(event, kind);
  const label = t?.label ?? TRANSITIONS[event].label;
  if (!t || !t.from.includes(state)) throw new InvalidTransitionError(CONTENT_STATE_LABELS[state], label);
  return t.to;
}

/** Events that are legal from `state`, in table order, for the buttons an actor may be offered. */
export function availableEvents(state: ContentState, kind: ContentKind = 'news'): ContentEvent[] {
  const table = transitionsFor(kind);
  return (Object.keys(table) as ContentEvent[]).filter((e) => table[e]!.from.includes(state));
}

/** True when firing `event` needs a written reason. */
export function requiresReason(event: ContentEvent, kind: ContentKind = 'news'): boolean {
  return transitionOf(event, kind)?.requiresReason === true;
}

/** True when the quality gate must pass before `event`. */
export function needsQualityGate(event: ContentEvent, kind: ContentKind = 'news'): boolean {
  return transitionOf(event, kind)?.qualityGate === true;
}

/** Label of an event as recorded on status rows (including the non-table 'create' and 'syndicate'). */
export function eventLabel(event: string): string {
  if (event === 'create') return 'Tạo mới';
  if (event === 'syndicate') return 'Nhận từ cổng phường, xã';
  return isContentEvent(event) ? TRANSITIONS[event].label : event;
}
