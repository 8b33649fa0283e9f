/**
 * The whole ability map of the editorial workflow: every state × every persona (roles on the item's
 * ward, the item's writer, another unit, the city's oversight, another ward's board, the platform
 * administrator) for one news item of unit 7 written by user 10. Written out by hand as the spec.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Actor, RoleAssignment, SiteFacts } from '../policies/policy.ts';
import { CONTENT_STATES, type ContentEvent, type ContentState } from '../workflow/contentWorkflow.ts';
import { assignableUnitIds, canEditInState, canFireContentEvent, canViewContent, contentAbilities, contentListScope, ledUnitIds } from './contentAccess.ts';

const CITY: SiteFacts = { id: 1, parentId: null };
const WARD: SiteFacts = { id: 2, parentId: 1 };
const a = (userId: number, roles: RoleAssignment[], admin = false): Actor => ({ userId, username: `u${userId}`, fullName: `Người ${userId}`, isPlatformAdmin: admin, roles });
const P = {
  writer: a(10, [{ siteId: 2, unitId: 7, role: 'contributor' }]),
  colleague: a(11, [{ siteId: 2, unitId: 7, role: 'contributor' }]),
  otherUnit: a(12, [{ siteId: 2, unitId: 8, role: 'contributor' }]),
  leader: a(13, [{ siteId: 2, unitId: 7, role: 'leader' }]),
  otherLeader: a(14, [{ siteId: 2, unitId: 8, role: 'leader' }]),
  editor: a(15, [{ siteId: 2, unitId: null, role: 'editor' }]),
  chief: a(16, [{ siteId: 2, unitId: null, role: 'editor_in_chief' }]),
  oversight: a(17, [{ siteId: 1, unitId: null, role: 'oversight' }]),
  outsider: a(18, [{ siteId: 3, unitId: null, role: 'editor_in_chief' }]),
  admin: a(19, [], true),
} as const;
type Persona = keyof typeof P;

const none: ContentEvent[] = [];
/** Events offered per state and persona (the item: unit 7, written by `writer`). */
const EXPECTED: Record<ContentState, Record<Persona, ContentEvent[]>> = {
  draft: {
    writer: ['submit'], colleague: ['submit'], otherUnit: none, leader: none, otherLeader: none,
    editor: ['archive'], chief: ['forcePublish', 'archive'], oversight: none, outsider: none, admin: ['forcePublish', 'archive'],
  },
  submitted: {
    writer: none, colleague: none, otherUnit: none, leader: ['approve', 'returnToAuthor'], otherLeader: none,
    editor: none, chief: ['forcePublish'], oversight: none, outsider: none, admin: ['approve', 'returnToAuthor', 'forcePublish'],
  },
  returned: {
    writer: ['submit'], colleague: ['submit'], otherUnit: none, leader: none, otherLeader: none,
    editor: ['archive'], chief: ['forcePublish', 'archive'], oversight: none, outsider: none, admin: ['forcePublish', 'archive'],
  },
  leader_approved: {
    writer: none, colleague: none, otherUnit: none, leader: none, otherLeader: none,
    editor: ['returnToAuthor', 'returnToLeader', 'startEditing'], chief: ['returnToAuthor', 'returnToLeader', 'startEditing', 'forcePublish'],
    oversight: none, outsider: none, admin: ['returnToAuthor', 'returnToLeader', 'startEditing', 'forcePublish'],
  },
  in_editing: {
    writer: none, colleague: none, otherUnit: none, leader: none, otherLeader: none,
    editor: ['returnToAuthor', 'returnToLeader', 'schedule', 'publish'], chief: ['returnToAuthor', 'returnToLeader', 'schedule', 'publish', 'forcePublish'],
    oversight: none, outsider: none, admin: ['returnToAuthor', 'returnToLeader', 'schedule', 'publish', 'forcePublish'],
  },
  scheduled: {
    writer: none, colleague: none, otherUnit: none, leader: none, otherLeader: none,
    editor: ['unschedule', 'publish'], chief: ['unschedule', 'publish', 'forcePublish'], oversight: none, outsider: none, admin: ['unschedule', 'publish', 'forcePublish'],
  },
  published: {
    writer: none, colleague: none, otherUnit: none, leader: none, otherLeader: none,
    editor: ['unpublish'], chief: ['unpublish'], oversight: none, outsider: none, admin: ['unpublish'],
  },
  unpublished: {
    writer: none, colleague: none, otherUnit: none, leader: none, otherLeader: none,
    editor: ['publish', 'archive'], chief: ['publish', 'archive'], oversight: none, outsider: none, admin: ['publish', 'archive'],
  },
  archived: {
    writer: none, colleague: none, otherUnit: none, leader: none, otherLeader: none,
    editor: ['restore'], chief: ['restore'], oversight: none, outsider: none, admin: ['restore'],
  },
};

/** Who may change the text in each state. */
const EDITORS: Record<ContentState, Persona[]> = {
  draft: ['writer', 'colleague', 'leader', 'editor', 'chief', 'admin'],
  returned: ['writer', 'colleague', 'leader', 'editor', 'chief', 'admin'],
  submitted: ['leader', 'admin'],
  leader_approved: ['editor', 'chief', 'admin'],
  in_editing: ['editor', 'chief', 'admin'],
  scheduled: ['editor', 'chief', 'admin'],
  published: ['editor', 'chief', 'admin'],
  unpublished: ['editor', 'chief', 'admin'],
  archived: ['editor', 'chief', 'admin'],
};

const item = (state: ContentState, over: Partial<{ createdBy: number | null; unitId: number | null; needsReview: boolean }> = {}) =>
  ({ unitId: 7, createdBy: 10, state, kind: 'news' as const, needsReview: false, ...over });

describe('content abilities: the whole map (state × persona)', () => {
  const personas = Object.keys(P) as Persona[];
  it(`should offer exactly the expected events (${CONTENT_STATES.length} states × ${personas.length} personas)`, () => {
    for (const state of CONTENT_STATES) {
      for (const persona of personas) {
        assert.deepEqual(contentAbilities(P[persona], WARD, item(state)).events, EXPECTED[state][persona], `${state} × ${persona}`);
      }
    }
  });

  it('should let exactly the expected people change the text in each state', () => {
    for (const state of CONTENT_STATES) {
      const got = personas.filter((p) => canEditInState(P[p], WARD, item(state)));
      assert.deepEqual(got, EDITORS[state], state);
    }
  });

  it('should let the unit, the board, oversight and the administrator see the item; nobody else', () => {
    const seeing = personas.filter((p) => canViewContent(P[p], WARD, item('draft')));
    assert.deepEqual(seeing, ['writer', 'colleague', 'leader', 'editor', 'chief', 'oversight', 'admin']);
  });
});

describe('four-eyes and the named predicates', () => {
  it('should never let the writer approve, schedule or publish their own item, whatever their role', () => {
    const boardWriter = a(30, [{ siteId: 2, unitId: null, role: 'editor' }]);
    const leaderWriter = a(31, [{ siteId: 2, unitId: 7, role: 'leader' }]);
    for (const w of [boardWriter, leaderWriter, P.admin]) {
      for (const [state, event] of [['submitted', 'approve'], ['in_editing', 'publish'], ['in_editing', 'schedule'], ['scheduled', 'publish'], ['unpublished', 'publish']] as const) {
        assert.equal(canFireContentEvent(w, WARD, item(state, { createdBy: w.userId }), event), false, `${w.username} ${state} ${event}`);
      }
    }
  });

  it('should send a leader\'s or a board member\'s own item straight to the board, and a contributor\'s to the leader', () => {
    const leaderWriter = a(31, [{ siteId: 2, unitId: 7, role: 'leader' }]);
    assert.deepEqual(contentAbilities(leaderWriter, WARD, item('draft', { createdBy: 31 })).events, ['sendToBoard']);
    assert.deepEqual(contentAbilities(P.editor, WARD, item('draft', { createdBy: 15 })).events, ['sendToBoard', 'archive']);
    assert.deepEqual(contentAbilities(P.editor, WARD, item('draft', { createdBy: 15, unitId: null })).events, ['sendToBoard', 'archive']);
    assert.deepEqual(contentAbilities(P.writer, WARD, item('draft')).events, ['submit']);
  });

  it('should let the editor-in-chief force-publish even their own item, and any board member confirm the review', () => {
    assert.ok(canFireContentEvent(P.chief, WARD, item('draft', { createdBy: 16 }), 'forcePublish'));
    assert.ok(!canFireContentEvent(P.editor, WARD, item('draft'), 'forcePublish'));
    assert.deepEqual(contentAbilities(P.editor, WARD, item('published', { needsReview: true })).events, ['confirmReview', 'unpublish']);
    assert.ok(!canFireContentEvent(P.writer, WARD, item('published', { needsReview: true }), 'confirmReview'));
  });

  it('should not let a unit role reach another unit or another ward, nor a ward role reach up to the city', () => {
    assert.deepEqual(contentAbilities(P.otherLeader, WARD, item('submitted')).events, []);
    assert.deepEqual(contentAbilities(P.leader, { id: 3, parentId: 1 }, item('submitted')).events, []);
    assert.deepEqual(contentAbilities(P.editor, CITY, item('in_editing', { createdBy: 99 })).events, []);
    assert.equal(canViewContent(P.oversight, { id: 5, parentId: 4 }, item('draft')), false, 'oversight of another city');
    assert.equal(returnRule(P.leader, 'leader_approved'), false, 'the leader does not return what the board has');
    assert.equal(returnRule(P.editor, 'submitted'), false, 'the board does not return what waits for the leader');
  });

  it('should scope lists and choices to the actor\'s units', () => {
    assert.deepEqual(contentListScope(P.writer, WARD), { unitIds: [7], userId: 10 });
    assert.equal(contentListScope(P.editor, WARD), null);
    assert.equal(contentListScope(P.oversight, WARD), null);
    assert.deepEqual(assignableUnitIds(P.leader, WARD), [7]);
    assert.equal(assignableUnitIds(P.chief, WARD), null);
    assert.deepEqual(ledUnitIds(P.leader, WARD), [7]);
    assert.deepEqual(ledUnitIds(P.writer, WARD), []);
  });
});

function returnRule(actor: Actor, state: ContentState): boolean {
  return canFireContentEvent(actor, WARD, item(state), 'returnToAuthor');
}

describe('who takes the edit lock when opening an item', () => {
  it('should lock for the person expected to work on it now, not for others who merely may edit it', () => {
    const lockers = (state: ContentState) => (Object.keys(P) as Persona[]).filter((p) => contentAbilities(P[p], WARD, item(state)).locksOnOpen);
    assert.deepEqual(lockers('draft'), ['writer', 'colleague']);
    assert.deepEqual(lockers('returned'), ['writer', 'colleague']);
    assert.deepEqual(lockers('submitted'), ['leader', 'admin']);
    assert.deepEqual(lockers('in_editing'), ['editor', 'chief', 'admin']);
    assert.deepEqual(lockers('published'), ['editor', 'chief', 'admin']);
    assert.ok(contentAbilities(P.editor, WARD, item('draft', { createdBy: 15 })).locksOnOpen, 'a board member\'s own draft');
  });
});
