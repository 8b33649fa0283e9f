import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { InvalidTransitionError } from '../errors.ts';
import { CONTENT_STATES, TRANSITIONS, applyEvent, availableEvents, isContentEvent } from './contentWorkflow.ts';

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
