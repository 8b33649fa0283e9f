import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { InvalidTransitionError } from '../errors.ts';
import {
  CONTENT_STATES, CONTENT_STATE_LABELS, PAGE_TRANSITIONS, TRANSITIONS, applyEvent, availableEvents, eventLabel, isContentEvent, isContentState,
  needsQualityGate, requiresReason, transitionOf,
} from './contentWorkflow.ts';

describe('content workflow', () => {
  it('should publish a draft page, an edited news item, and unpublish a published item', () => {
    assert.equal(applyEvent('draft', 'publish', 'page'), 'published');
    assert.equal(applyEvent('in_editing', 'publish'), 'published');
    assert.equal(applyEvent('published', 'unpublish'), 'unpublished');
    assert.equal(applyEvent('unpublished', 'publish'), 'published');
    assert.equal(applyEvent('archived', 'restore'), 'draft');
  });
  it('should refuse illegal moves with a Vietnamese message', () => {
    assert.throws(() => applyEvent('published', 'archive'), (e: unknown) =>
      e instanceof InvalidTransitionError && e.status === 409 && /Đã xuất bản/.test(e.message));
    assert.throws(() => applyEvent('draft', 'unpublish'), InvalidTransitionError);
  });
  it('should offer exactly the legal events from each state', () => {
    for (const state of CONTENT_STATES) {
      for (const event of Object.keys(TRANSITIONS)) {
        assert.ok(isContentEvent(event));
        const legal = (TRANSITIONS[event].from as readonly string[]).includes(state);
        assert.equal(availableEvents(state).includes(event), legal, `${state} × ${event}`);
      }
    }
    assert.equal(isContentEvent('toString'), false);
  });
  it('should only ever lead to known states', () => {
    for (const t of Object.values(TRANSITIONS)) assert.ok((CONTENT_STATES as readonly string[]).includes(t.to));
  });
});

describe('editorial workflow table (news items)', () => {
  it('should carry an item from draft through the leader and the board to publication', () => {
    let s = applyEvent('draft', 'submit');
    assert.equal(s, 'submitted');
    s = applyEvent(s, 'approve');
    assert.equal(s, 'leader_approved');
    s = applyEvent(s, 'startEditing');
    assert.equal(s, 'in_editing');
    assert.equal(applyEvent(s, 'schedule'), 'scheduled');
    assert.equal(applyEvent('scheduled', 'publish'), 'published');
    assert.equal(applyEvent('scheduled', 'unschedule'), 'in_editing');
    assert.equal(applyEvent(s, 'publish'), 'published');
    assert.equal(applyEvent('published', 'unpublish'), 'unpublished');
    assert.equal(applyEvent('unpublished', 'archive'), 'archived');
  });

  it('should return at every stage: to the writer from the leader and the board, to the leader from the board', () => {
    for (const from of ['submitted', 'leader_approved', 'in_editing'] as const) assert.equal(applyEvent(from, 'returnToAuthor'), 'returned');
    for (const from of ['leader_approved', 'in_editing'] as const) assert.equal(applyEvent(from, 'returnToLeader'), 'submitted');
    assert.equal(applyEvent('returned', 'submit'), 'submitted', 'a returned item is resubmitted');
    assert.equal(applyEvent('returned', 'sendToBoard'), 'leader_approved');
    assert.throws(() => applyEvent('draft', 'returnToAuthor'), InvalidTransitionError);
    assert.throws(() => applyEvent('submitted', 'returnToLeader'), InvalidTransitionError);
  });

  it('should require a reason for every return and for force-publishing, and the quality gate for every move up', () => {
    const withReason = Object.keys(TRANSITIONS).filter((e) => isContentEvent(e) && requiresReason(e)).sort();
    assert.deepEqual(withReason, ['forcePublish', 'returnToAuthor', 'returnToLeader']);
    const gated = Object.keys(TRANSITIONS).filter((e) => isContentEvent(e) && needsQualityGate(e)).sort();
    assert.deepEqual(gated, ['approve', 'sendToBoard', 'submit']);
  });

  it('should not let a news item skip the leader and the board, except by force-publishing', () => {
    for (const state of ['draft', 'submitted', 'returned', 'leader_approved'] as const) {
      assert.throws(() => applyEvent(state, 'publish'), InvalidTransitionError, state);
      assert.equal(applyEvent(state, 'forcePublish'), 'published');
    }
    assert.throws(() => applyEvent('draft', 'approve'), InvalidTransitionError);
    assert.throws(() => applyEvent('draft', 'startEditing'), InvalidTransitionError);
    assert.throws(() => applyEvent('published', 'forcePublish'), InvalidTransitionError);
  });

  it('should keep the short lifecycle for static pages and refuse news-only events on them', () => {
    assert.deepEqual(availableEvents('draft', 'page'), ['publish', 'archive']);
    assert.deepEqual(availableEvents('published', 'page'), ['unpublish']);
    assert.throws(() => applyEvent('draft', 'submit', 'page'), InvalidTransitionError);
    assert.equal(transitionOf('submit', 'page'), undefined);
    for (const t of Object.values(PAGE_TRANSITIONS)) assert.ok((CONTENT_STATES as readonly string[]).includes(t.to));
  });

  it('should label every state and every recorded event in Vietnamese', () => {
    for (const s of CONTENT_STATES) assert.match(CONTENT_STATE_LABELS[s], /\p{L}/u);
    assert.equal(eventLabel('create'), 'Tạo mới');
    assert.equal(eventLabel('syndicate'), 'Nhận từ cổng phường, xã');
    assert.equal(eventLabel('approve'), 'Duyệt, gửi Ban Biên tập');
    assert.ok(isContentState('in_editing'));
    assert.ok(!isContentState('approved'));
  });
});
