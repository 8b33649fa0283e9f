import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { verifyPassword } from '../../src/commands/auth/passwords.ts';
import { createFirstAdmin } from '../../src/commands/users/createFirstAdmin.ts';
import { ConflictError, ValidationError } from '../../src/core/errors.ts';
import { systemClock } from '../../src/core/types.ts';
import { findUserByUsername } from '../../src/db/repositories/userRepository.ts';
import { type TestDatabase, createTestDatabase } from '../support/testDb.ts';

describe('createFirstAdmin (the production bootstrap)', () => {
  let t: TestDatabase;
  before(async () => { t = await createTestDatabase(); });
  after(() => t.dispose());

  it('should create a platform administrator with an argon2id hash and an audit event', async () => {
    const deps = { db: t.database.db, clock: systemClock };
    const id = await createFirstAdmin(deps, { username: 'QuanTri', fullName: ' Nguyễn  Văn Quản ', email: 'it@tp.gov.vn', password: 'mot-mat-khau-dai' });
    const user = await findUserByUsername(t.database.db, 'quantri');
    assert.equal(user?.id, id);
    assert.equal(user?.is_platform_admin, 1);
    assert.equal(user?.full_name, 'Nguyễn Văn Quản');
    assert.match(user!.password_hash, /^\$argon2id\$/);
    assert.ok(await verifyPassword(user!.password_hash, 'mot-mat-khau-dai'));
    const audit = await t.database.db.selectFrom('audit_events').selectAll().where('subject_id', '=', id).execute();
    assert.equal(audit[0]?.action, 'user.created');
  });

  it('should refuse weak passwords and bad user names in Vietnamese, and duplicates', async () => {
    const deps = { db: t.database.db, clock: systemClock };
    await assert.rejects(createFirstAdmin(deps, { username: 'a b', fullName: '', email: '', password: 'ngan' }), (e: unknown) => {
      assert.ok(e instanceof ValidationError);
      assert.match(e.fieldErrors.password!, /ít nhất 10 ký tự/);
      assert.match(e.fieldErrors.username!, /Tên đăng nhập/);
      assert.match(e.fieldErrors.fullName!, /họ và tên/);
      return true;
    });
    await assert.rejects(createFirstAdmin(deps, { username: 'quantri', fullName: 'X Y', email: '', password: 'mot-mat-khau-dai' }), ConflictError);
  });
});
