import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Kysely } from 'kysely';
import { buildSite, buildUnit, buildUser } from '../../../test/support/factories.ts';
import { type TestDatabase, createTestDatabase } from '../../../test/support/testDb.ts';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../core/errors.ts';
import type { DB } from '../../db/schema.ts';
import { loadActor } from '../auth/loadActor.ts';
import { verifyPassword } from '../auth/passwords.ts';
import { startSession } from '../auth/sessions.ts';
import type { CommandContext } from '../context.ts';
import { createUser } from './createUser.ts';
import { grantRole } from './grantRole.ts';
import { revokeRole } from './revokeRole.ts';
import { setAccountDisabled } from './setAccountDisabled.ts';
import { setPlatformAdmin } from './setPlatformAdmin.ts';

const NOW = new Date('2026-03-02T03:04:05.000Z');
const clock = { now: () => NOW };

describe('user commands', () => {
  let tdb: TestDatabase;
  let db: Kysely<DB>;
  let city: number;
  let wardA: number;
  let wardB: number;
  let unitA: number;
  let unitB: number;
  let adminId: number;
  let chiefAId: number;
  let oversightId: number;

  const ctxFor = async (userId: number): Promise<CommandContext> => {
    const u = await db.selectFrom('users').selectAll().where('id', '=', userId).executeTakeFirstOrThrow();
    return { db, clock, actor: await loadActor(db, u) };
  };
  const rolesOf = (userId: number) => db.selectFrom('user_roles').selectAll().where('user_id', '=', userId).orderBy('id').execute();
  const newUser = { username: 'ctv.hoa', fullName: 'Phan Thị Hoa', email: 'hoa@a.gov.vn', password: 'mat-khau-rat-dai', role: 'contributor', unitId: 0 };

  before(async () => {
    tdb = await createTestDatabase();
    db = tdb.database.db;
    city = await buildSite(db, { level: 'city', slug: 'tp-nd-lenh' });
    wardA = await buildSite(db, { parent_id: city, slug: 'a-nd-lenh' });
    wardB = await buildSite(db, { parent_id: city, slug: 'b-nd-lenh' });
    unitA = await buildUnit(db, wardA);
    unitB = await buildUnit(db, wardB);
    adminId = (await buildUser(db, { platformAdmin: true })).id;
    chiefAId = (await buildUser(db, { roles: [{ siteId: wardA, role: 'editor_in_chief' }] })).id;
    oversightId = (await buildUser(db, { roles: [{ siteId: city, role: 'oversight' }] })).id;
  });
  after(async () => tdb.dispose());

  describe('createUser', () => {
    it('creates the account with an argon2id hash and one role on the site, and audits it', async () => {
      const { id } = await createUser(await ctxFor(chiefAId), { ...newUser, siteId: wardA, username: ' CTV.Hoa ', unitId: unitA });
      const u = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
      assert.equal(u.username, 'ctv.hoa');
      assert.match(u.password_hash, /^\$argon2id\$/);
      assert.equal(await verifyPassword(u.password_hash, 'mat-khau-rat-dai'), true);
      assert.equal(u.is_platform_admin, 0);
      assert.deepEqual((await rolesOf(id)).map((r) => [r.site_id, r.unit_id, r.role]), [[wardA, unitA, 'contributor']]);
      const audit = await db.selectFrom('audit_events').selectAll().where('action', '=', 'user.created').where('subject_id', '=', id).executeTakeFirstOrThrow();
      assert.equal(audit.site_id, wardA);
      assert.equal(audit.created_at, NOW.toISOString());
    });

    it('requires a unit of the same site for contributors and leaders; drops it for site-wide roles', async () => {
      const ctx = await ctxFor(chiefAId);
      for (const unitId of [null, unitB]) {
        await assert.rejects(createUser(ctx, { ...newUser, siteId: wardA, username: 'ld.1', role: 'leader', unitId }),
          (err: unknown) => err instanceof ValidationError && Boolean(err.fieldErrors.unitId));
      }
      const { id } = await createUser(ctx, { ...newUser, siteId: wardA, username: 'btv.1', role: 'editor', unitId: unitA });
      assert.deepEqual((await rolesOf(id)).map((r) => [r.role, r.unit_id]), [['editor', null]]);
    });

    it('rejects a taken user name, a weak password and an unknown role together', async () => {
      await assert.rejects(createUser(await ctxFor(chiefAId), { ...newUser, siteId: wardA, password: 'aaaaaaaaaaaa', role: 'admin', unitId: null }), (err: unknown) => {
        assert.ok(err instanceof ValidationError);
        assert.deepEqual(Object.keys(err.fieldErrors).sort(), ['password', 'role', 'username']);
        return true;
      });
    });

    it('refuses a site the actor does not manage', async () => {
      for (const siteId of [wardB, city]) {
        await assert.rejects(createUser(await ctxFor(chiefAId), { ...newUser, siteId, username: 'xam.nhap', role: 'editor', unitId: null }), ForbiddenError);
      }
      await assert.rejects(createUser(await ctxFor(oversightId), { ...newUser, siteId: wardA, username: 'xam.nhap', role: 'editor', unitId: null }), ForbiddenError);
      assert.equal(await db.selectFrom('users').select('id').where('username', '=', 'xam.nhap').executeTakeFirst(), undefined);
    });
  });

  describe('grantRole', () => {
    it('grants a role on the actor\'s site to an account found by name or id', async () => {
      const other = await buildUser(db, { roles: [{ siteId: wardB, role: 'editor' }] });
      await grantRole(await ctxFor(chiefAId), { siteId: wardA, username: other.username.toUpperCase(), role: 'leader', unitId: unitA });
      await grantRole(await ctxFor(chiefAId), { siteId: wardA, userId: other.id, role: 'oversight', unitId: null });
      assert.deepEqual((await rolesOf(other.id)).map((r) => [r.site_id, r.role]), [[wardB, 'editor'], [wardA, 'leader'], [wardA, 'oversight']]);
      await assert.rejects(grantRole(await ctxFor(chiefAId), { siteId: wardA, userId: other.id, role: 'oversight', unitId: null }),
        (err: unknown) => err instanceof ValidationError && /đã có vai trò này/.test(err.fieldErrors.role ?? ''));
    });

    it('never grants on another ward or the city, for a ward\'s editor-in-chief or the city\'s oversight', async () => {
      const target = await buildUser(db, {});
      for (const siteId of [wardB, city]) {
        await assert.rejects(grantRole(await ctxFor(chiefAId), { siteId, userId: target.id, role: 'editor_in_chief', unitId: null }), ForbiddenError);
      }
      await assert.rejects(grantRole(await ctxFor(oversightId), { siteId: wardA, userId: target.id, role: 'editor', unitId: null }), ForbiddenError);
      assert.deepEqual(await rolesOf(target.id), []);
    });

    it('reports an unknown user name on the username field, and an unknown id as not found', async () => {
      await assert.rejects(grantRole(await ctxFor(chiefAId), { siteId: wardA, username: 'khong.co', role: 'editor', unitId: null }),
        (err: unknown) => err instanceof ValidationError && Boolean(err.fieldErrors.username));
      await assert.rejects(grantRole(await ctxFor(chiefAId), { siteId: wardA, userId: 999999, role: 'editor', unitId: null }), NotFoundError);
    });
  });

  describe('revokeRole', () => {
    it('removes a role held on the site and audits it; a role on another site is not found', async () => {
      const u = await buildUser(db, { roles: [{ siteId: wardA, role: 'editor' }, { siteId: wardB, role: 'editor' }] });
      const [onA, onB] = await rolesOf(u.id);
      await assert.rejects(revokeRole(await ctxFor(chiefAId), { siteId: wardA, roleId: onB!.id }), NotFoundError);
      await assert.rejects(revokeRole(await ctxFor(chiefAId), { siteId: wardB, roleId: onB!.id }), ForbiddenError);
      await assert.rejects(revokeRole(await ctxFor(chiefAId), { siteId: wardA, roleId: onA!.id, userId: chiefAId }), NotFoundError, 'the URL\'s user must hold the role');
      await revokeRole(await ctxFor(chiefAId), { siteId: wardA, roleId: onA!.id, userId: u.id });
      assert.deepEqual((await rolesOf(u.id)).map((r) => r.site_id), [wardB]);
      const audit = await db.selectFrom('audit_events').selectAll().where('action', '=', 'user.roleRevoked').where('subject_id', '=', u.id).execute();
      assert.equal(audit.length, 1);
      assert.equal(audit[0]!.site_id, wardA);
    });

    it('refuses removing one\'s own last admin right, but allows removing a spare one', async () => {
      const chief = await buildUser(db, { roles: [{ siteId: wardA, role: 'editor_in_chief' }, { siteId: wardA, role: 'editor_in_chief' }, { siteId: wardA, role: 'editor' }] });
      const [first, second, editor] = await rolesOf(chief.id);
      await revokeRole(await ctxFor(chief.id), { siteId: wardA, roleId: editor!.id });
      await revokeRole(await ctxFor(chief.id), { siteId: wardA, roleId: first!.id });
      await assert.rejects(revokeRole(await ctxFor(chief.id), { siteId: wardA, roleId: second!.id }), ConflictError);
      assert.deepEqual((await rolesOf(chief.id)).map((r) => r.id), [second!.id]);
      // Someone else may remove it.
      await revokeRole(await ctxFor(chiefAId), { siteId: wardA, roleId: second!.id });
      assert.deepEqual(await rolesOf(chief.id), []);
    });

    it('lets a platform administrator remove their own site role (the platform right remains)', async () => {
      const admin2 = await buildUser(db, { platformAdmin: true, roles: [{ siteId: wardA, role: 'editor_in_chief' }] });
      const [r] = await rolesOf(admin2.id);
      await revokeRole(await ctxFor(admin2.id), { siteId: wardA, roleId: r!.id });
      assert.deepEqual(await rolesOf(admin2.id), []);
    });
  });

  describe('setAccountDisabled', () => {
    it('locks an account of the actor\'s site, deleting its sessions, and unlocks it', async () => {
      const u = await buildUser(db, { roles: [{ siteId: wardA, role: 'editor' }] });
      await startSession(db, clock, u.id);
      await startSession(db, clock, u.id);
      await setAccountDisabled(await ctxFor(chiefAId), { userId: u.id, disabled: true, siteId: wardA });
      const row = await db.selectFrom('users').selectAll().where('id', '=', u.id).executeTakeFirstOrThrow();
      assert.equal(row.is_disabled, 1);
      assert.equal((await db.selectFrom('sessions').select('id').where('user_id', '=', u.id).execute()).length, 0);
      await setAccountDisabled(await ctxFor(chiefAId), { userId: u.id, disabled: false, siteId: wardA });
      assert.equal((await db.selectFrom('users').selectAll().where('id', '=', u.id).executeTakeFirstOrThrow()).is_disabled, 0);
      const actions = await db.selectFrom('audit_events').select('action').where('subject_type', '=', 'user').where('subject_id', '=', u.id).orderBy('id').execute();
      assert.deepEqual(actions.map((a) => a.action), ['user.disabled', 'user.enabled']);
    });

    it('refuses accounts that also work elsewhere, platform administrators, and oneself', async () => {
      const multi = await buildUser(db, { roles: [{ siteId: wardA, role: 'editor' }, { siteId: wardB, role: 'editor' }] });
      const session = await startSession(db, clock, multi.id);
      await assert.rejects(setAccountDisabled(await ctxFor(chiefAId), { userId: multi.id, disabled: true }), ForbiddenError);
      await assert.rejects(setAccountDisabled(await ctxFor(chiefAId), { userId: adminId, disabled: true }), ForbiddenError);
      await assert.rejects(setAccountDisabled(await ctxFor(chiefAId), { userId: chiefAId, disabled: true }), ConflictError);
      await assert.rejects(setAccountDisabled(await ctxFor(adminId), { userId: adminId, disabled: true }), ConflictError);
      assert.equal((await db.selectFrom('users').selectAll().where('id', '=', multi.id).executeTakeFirstOrThrow()).is_disabled, 0);
      assert.ok(session.token);
      assert.equal((await db.selectFrom('sessions').select('id').where('user_id', '=', multi.id).execute()).length, 1);
      await setAccountDisabled(await ctxFor(adminId), { userId: multi.id, disabled: true });
      assert.equal((await db.selectFrom('users').selectAll().where('id', '=', multi.id).executeTakeFirstOrThrow()).is_disabled, 1);
    });
  });

  describe('setPlatformAdmin', () => {
    it('is for platform administrators only, and nobody removes it from themselves', async () => {
      const u = await buildUser(db, {});
      await assert.rejects(setPlatformAdmin(await ctxFor(chiefAId), { userId: u.id, isPlatformAdmin: true }), ForbiddenError);
      await setPlatformAdmin(await ctxFor(adminId), { userId: u.id, isPlatformAdmin: true });
      assert.equal((await db.selectFrom('users').selectAll().where('id', '=', u.id).executeTakeFirstOrThrow()).is_platform_admin, 1);
      await assert.rejects(setPlatformAdmin(await ctxFor(adminId), { userId: adminId, isPlatformAdmin: false }), ConflictError);
      await setPlatformAdmin(await ctxFor(u.id), { userId: adminId, isPlatformAdmin: false });
      assert.equal((await db.selectFrom('users').selectAll().where('id', '=', adminId).executeTakeFirstOrThrow()).is_platform_admin, 0);
      const actions = await db.selectFrom('audit_events').select('action').where('action', 'like', 'user.platformAdmin%').orderBy('id').execute();
      assert.deepEqual(actions.map((a) => a.action), ['user.platformAdminGranted', 'user.platformAdminRevoked']);
    });
  });
});
