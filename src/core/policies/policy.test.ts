import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ForbiddenError } from '../errors.ts';
import { GRANTS, PERMISSIONS, type Permission, ROLES, type Role } from './grants.ts';
import { type Actor, type RoleAssignment, type SiteFacts, authorize, can, canEditContent, sitesWhere } from './policy.ts';

const CITY: SiteFacts = { id: 1, parentId: null };
const WARD_A: SiteFacts = { id: 2, parentId: 1 };
const WARD_B: SiteFacts = { id: 3, parentId: 1 };
const OTHER_CITY: SiteFacts = { id: 4, parentId: null };
const OTHER_WARD: SiteFacts = { id: 5, parentId: 4 };
const ALL = [CITY, WARD_A, WARD_B, OTHER_CITY, OTHER_WARD];

function actor(roles: RoleAssignment[], over: Partial<Actor> = {}): Actor {
  return { userId: 10, username: 'thu', fullName: 'Người Thử', isPlatformAdmin: false, roles, ...over };
}
const on = (site: SiteFacts, role: Role, unitId: number | null = null): RoleAssignment => ({ siteId: site.id, unitId, role });

describe('can()', () => {
  it('gives each role exactly its granted permissions on its own site', () => {
    for (const role of ROLES) {
      const a = actor([on(WARD_A, role, role === 'contributor' || role === 'leader' ? 7 : null)]);
      for (const p of PERMISSIONS) {
        const expected = p !== 'platform.manage' && (GRANTS[role] as readonly Permission[]).includes(p);
        assert.equal(can(a, p, WARD_A), expected, `${role} / ${p}`);
      }
    }
  });

  it('never reaches another ward, the parent city or another city for site-bound roles', () => {
    for (const role of ROLES.filter((r) => r !== 'oversight')) {
      const a = actor([on(WARD_A, role, 7)]);
      for (const site of [WARD_B, CITY, OTHER_CITY, OTHER_WARD]) {
        for (const p of PERMISSIONS) assert.equal(can(a, p, site), false, `${role} on ward A must not give ${p} on site ${site.id}`);
      }
    }
  });

  it('lets a city editor-in-chief manage the city but not its wards', () => {
    const a = actor([on(CITY, 'editor_in_chief')]);
    assert.equal(can(a, 'user.manage', CITY), true);
    for (const p of PERMISSIONS) assert.equal(can(a, p, WARD_A), false, p);
  });

  it('lets city oversight read every ward of that city, and nothing more, and not other cities\' wards', () => {
    const a = actor([on(CITY, 'oversight')]);
    for (const site of [CITY, WARD_A, WARD_B]) {
      assert.equal(can(a, 'oversight.read', site), true);
      assert.equal(can(a, 'content.read', site), true);
      assert.equal(can(a, 'admin.access', site), true);
      assert.equal(can(a, 'content.edit', site), false);
      assert.equal(can(a, 'user.manage', site), false);
    }
    assert.equal(can(a, 'oversight.read', OTHER_WARD), false);
    assert.equal(can(a, 'oversight.read', OTHER_CITY), false);
  });

  it('does not let ward oversight reach up to the city or across to a sibling ward', () => {
    const a = actor([on(WARD_A, 'oversight')]);
    assert.equal(can(a, 'oversight.read', WARD_A), true);
    assert.equal(can(a, 'oversight.read', CITY), false);
    assert.equal(can(a, 'oversight.read', WARD_B), false);
  });

  it('without a site, answers whether any role grants the permission; platform.manage only for platform administrators', () => {
    assert.equal(can(actor([on(WARD_A, 'editor')]), 'content.publish'), true);
    assert.equal(can(actor([on(WARD_A, 'editor')]), 'user.manage'), false);
    assert.equal(can(actor([]), 'admin.access'), false);
    assert.equal(can(actor([on(CITY, 'editor_in_chief')]), 'platform.manage'), false);
    assert.equal(can(actor([on(CITY, 'editor_in_chief')]), 'platform.manage', CITY), false);
    const admin = actor([], { isPlatformAdmin: true });
    assert.equal(can(admin, 'platform.manage'), true);
    for (const p of PERMISSIONS) assert.equal(can(admin, p, OTHER_WARD), true);
  });
});

describe('authorize()', () => {
  it('throws ForbiddenError with a Vietnamese message when can() is false, and returns otherwise', () => {
    const a = actor([on(WARD_A, 'editor_in_chief')]);
    assert.doesNotThrow(() => authorize(a, 'unit.manage', WARD_A));
    assert.throws(() => authorize(a, 'unit.manage', WARD_B), (err: unknown) => err instanceof ForbiddenError && err.status === 403 && /không có quyền/.test(err.message));
    assert.throws(() => authorize(a, 'platform.manage'), ForbiddenError);
  });
});

describe('sitesWhere()', () => {
  it('returns null (every site) for a platform administrator', () => {
    assert.equal(sitesWhere(actor([], { isPlatformAdmin: true }), 'content.read', ALL), null);
  });

  it('returns only the sites where the permission is held, with oversight reaching the wards', () => {
    const a = actor([on(WARD_A, 'editor'), on(CITY, 'oversight')]);
    assert.deepEqual(sitesWhere(a, 'content.publish', ALL), [WARD_A.id]);
    assert.deepEqual(sitesWhere(a, 'oversight.read', ALL), [CITY.id, WARD_A.id, WARD_B.id]);
    assert.deepEqual(sitesWhere(a, 'content.read', ALL), [CITY.id, WARD_A.id, WARD_B.id]);
    assert.deepEqual(sitesWhere(a, 'user.manage', ALL), []);
    assert.deepEqual(sitesWhere(actor([]), 'content.read', ALL), []);
  });
});

describe('canEditContent()', () => {
  const item = (unitId: number | null, createdBy: number | null) => ({ unitId, createdBy });

  it('lets editors and editors-in-chief edit any content of their own site only', () => {
    for (const role of ['editor', 'editor_in_chief'] as const) {
      const a = actor([on(WARD_A, role)]);
      assert.equal(canEditContent(a, WARD_A, item(99, 42)), true, role);
      assert.equal(canEditContent(a, WARD_B, item(99, 42)), false, role);
      assert.equal(canEditContent(a, CITY, item(null, null)), false, role);
    }
  });

  it('lets a contributor edit their own unit\'s items and their own drafts, nothing else', () => {
    const a = actor([on(WARD_A, 'contributor', 7)]);
    assert.equal(canEditContent(a, WARD_A, item(7, 42)), true, 'own unit');
    assert.equal(canEditContent(a, WARD_A, item(8, a.userId)), true, 'own draft');
    assert.equal(canEditContent(a, WARD_A, item(8, 42)), false, 'another unit');
    assert.equal(canEditContent(a, WARD_A, item(null, 42)), false, 'no unit');
    assert.equal(canEditContent(a, WARD_B, item(7, a.userId)), false, 'another site, even with the same unit id and author');
  });

  it('does not let a unit role on one ward edit items of that unit id on another ward', () => {
    const a = actor([on(WARD_A, 'leader', 7), on(WARD_B, 'contributor', 9)]);
    assert.equal(canEditContent(a, WARD_B, item(7, 42)), false);
    assert.equal(canEditContent(a, WARD_B, item(9, 42)), true);
  });

  it('gives oversight no editing right anywhere', () => {
    const a = actor([on(CITY, 'oversight')]);
    for (const site of [CITY, WARD_A]) assert.equal(canEditContent(a, site, item(null, a.userId)), false);
  });

  it('lets a platform administrator edit everything', () => {
    assert.equal(canEditContent(actor([], { isPlatformAdmin: true }), OTHER_WARD, item(null, null)), true);
  });
});
