/**
 * The content lifecycle as an explicit transition table. Who may fire an event is decided in
 * core/policies, not here. This is the foundation's short table (an editor publishes directly);
 * the editorial-workflow issue adds leader approval and the board's stages as new states and
 * events in this same table, without changing callers: they only ever call applyEvent().
 */
import { InvalidTransitionError } from '../errors.ts';

export const CONTENT_STATES = ['draft', 'published', 'unpublished', 'archived'] as const;
export type ContentState = (typeof CONTENT_STATES)[number];

export const CONTENT_STATE_LABELS: Record<ContentState, string> = {
  draft: 'Bản nháp',
  published: 'Đã xuất bản',
  unpublished: 'Đã gỡ xuống',
  archived: 'Lưu trữ',
};

interface Transition {
  readonly from: readonly ContentState[];
  readonly to: ContentState;
  readonly label: string;
}

export const TRANSITIONS = {
  publish: { from: ['draft', 'unpublished'], to: 'published', label: 'Xuất bản' },
  unpublish: { from: ['published'], to: 'unpublished', label: 'Gỡ xuống' },
  archive: { from: ['draft', 'unpublished'], to: 'archived', label: 'Lưu trữ' },
  restore: { from: ['archived'], to: 'draft', label: 'Khôi phục thành bản nháp' },
} as const satisfies Record<string, Transition>;

export type ContentEvent = keyof typeof TRANSITIONS;

export function isContentEvent(value: string): value is ContentEvent {
  return Object.hasOwn(TRANSITIONS, value);
}

/** The state after `event`, or InvalidTransitionError when the move is not legal from `state`. */
export function applyEvent(state: ContentState, event: ContentEvent): ContentState {
  const t: Transition = TRANSITIONS[event];
  if (!t.from.includes(state)) throw new InvalidTransitionError(CONTENT_STATE_LABELS[state], t.label);
  return t.to;
}

/** Events that are legal from `state`, for the buttons an editor sees. */
export function availableEvents(state: ContentState): ContentEvent[] {
  return (Object.keys(TRANSITIONS) as ContentEvent[]).filter((e) =>
    (TRANSITIONS[e].from as readonly ContentState[]).includes(state),
  );
}
