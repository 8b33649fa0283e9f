import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { canManageAccount, losesOwnUserManage, roleNeedsUnit } from './accounts.ts';
import type { Actor, RoleAssignment, SiteFacts } from './policy.ts';

const CITY: SiteFacts = { id: 1, parentId: null };
const WARD_A: SiteFacts = { id: 2, parentId: 1 };
const WARD_B: SiteFacts = { id: 3, parentId: 1 };
const SITES = [CITY, WARD_A, WARD_B];
const actor = (roles: RoleAssignment[], isPlatformAdmin = false): Actor => ({ userId: 1, username: 'a', fullName: 'A', isPlatformAdmin, roles });
const role = (site: SiteFacts, r: RoleAssignment['role']): RoleAssignment => ({ siteId: site.id, unitId: null, role: r });

describe('canManageAccount()', () => {
  const chiefA = actor([role(WARD_A, 'editor_in_chief')]);

  it('allows a site manager when every role of the account is on a site they manage', () => {
    assert.equal(canManageAccount(chiefA, { userId: 2, isPlatformAdmin: false, roles: [role(WARD_A, 'editor'), role(WARD_A, 'oversight')] }, SITES), true);
  });

  it('refuses when the account also works on another site, or has no role, or is a platform administrator', () => {
    assert.equal(canManageAccount(chiefA, { userId: 2, isPlatformAdmin: false, roles: [role(WARD_A, 'editor'), role(WARD_B, 'editor')] }, SITES), false);
    assert.equal(canManageAccount(chiefA, { userId: 2, isPlatformAdmin: false, roles: [role(CITY, 'editor')] }, SITES), false);
    assert.equal(canManageAccount(chiefA, { userId: 2, isPlatformAdmin: false, roles: [] }, SITES), false);
    assert.equal(canManageAccount(chiefA, { userId: 2, isPlatformAdmin: true, roles: [role(WARD_A, 'editor')] }, SITES), false);
  });

  it('refuses a city editor-in-chief on an account working on a ward (user.manage does not reach wards)', () => {
    const chiefCity = actor([role(CITY, 'editor_in_chief')]);
    assert.equal(canManageAccount(chiefCity, { userId: 2, isPlatformAdmin: false, roles: [role(WARD_A, 'editor')] }, SITES), false);
  });

  it('always allows a platform administrator', () => {
    assert.equal(canManageAccount(actor([], true), { userId: 2, isPlatformAdmin: true, roles: [] }, SITES), true);
  });
});

describe('losesOwnUserManage()', () => {
  it('is true when the remaining roles no longer give user.manage on the site', () => {
    const a = actor([role(WARD_A, 'editor_in_chief'), role(WARD_A, 'editor')]);
    assert.equal(losesOwnUserManage(a, [role(WARD_A, 'editor')], WARD_A), true);
    assert.equal(losesOwnUserManage(a, [role(WARD_A, 'editor_in_chief')], WARD_A), false);
  });

  it('is false for a platform administrator and for someone who never had the right there', () => {
    assert.equal(losesOwnUserManage(actor([role(WARD_A, 'editor_in_chief')], true), [], WARD_A), false);
    assert.equal(losesOwnUserManage(actor([role(WARD_A, 'editor')]), [], WARD_A), false);
  });
});

describe('roleNeedsUnit()', () => {
  it('is true only for contributors and unit leaders', () => {
    assert.deepEqual((['contributor', 'leader', 'editor', 'editor_in_chief', 'oversight'] as const).map(roleNeedsUnit), [true, true, false, false, false]);
  });
});
