import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildSite, buildUnit, buildUser } from '../support/factories.ts';
import { Browser, type TestApp, createTestApp } from '../support/testApp.ts';

describe('admin: users and roles', () => {
  let t: TestApp;
  let city: number;
  let wardA: number;
  let wardB: number;
  let unitA: number;
  let unitB: number;
  let admin: { id: number; username: string };
  let chiefA: { id: number; username: string };
  let editorA: { id: number; username: string };
  let both: { id: number; username: string };
  let onlyB: { id: number; username: string };

  const roles = (userId: number) => t.tdb.database.db.selectFrom('user_roles').selectAll().where('user_id', '=', userId).orderBy('id').execute();
  const user = (userId: number) => t.tdb.database.db.selectFrom('users').selectAll().where('id', '=', userId).executeTakeFirstOrThrow();

  before(async () => {
    t = await createTestApp();
    const db = t.tdb.database.db;
    city = await buildSite(db, { level: 'city', slug: 'tp-nguoi-dung' });
    wardA = await buildSite(db, { parent_id: city, slug: 'phuong-a-nd', name: 'Phường An Hòa' });
    wardB = await buildSite(db, { parent_id: city, slug: 'phuong-b-nd', name: 'Phường Bình Minh' });
    unitA = await buildUnit(db, wardA, { name: 'Đoàn Thanh niên phường An Hòa' });
    unitB = await buildUnit(db, wardB, { name: 'Hội Phụ nữ phường Bình Minh' });
    admin = await buildUser(db, { platformAdmin: true, username: 'quantri' });
    chiefA = await buildUser(db, { username: 'truongbana', roles: [{ siteId: wardA, role: 'editor_in_chief' }] });
    editorA = await buildUser(db, { username: 'bientapa', roles: [{ siteId: wardA, role: 'editor' }] });
    both = await buildUser(db, { username: 'haiphuong', roles: [{ siteId: wardA, role: 'editor' }, { siteId: wardB, role: 'editor' }] });
    onlyB = await buildUser(db, { username: 'chiphuongb', roles: [{ siteId: wardB, role: 'contributor', unitId: unitB }] });
    await db.updateTable('users').set({ full_name: 'Trần Văn Bảo' }).where('id', '=', editorA.id).execute();
    await db.updateTable('users').set({ full_name: 'Nguyễn Thị Yến' }).where('id', '=', chiefA.id).execute();
    await db.updateTable('users').set({ full_name: 'Lê Văn An' }).where('id', '=', both.id).execute();
    await t.app.ctx.directory.reload();
  });
  after(async () => t.close());

  it('lists the people holding a role on the ward, by given name, and nobody else', async () => {
    const b = new Browser(t.app);
    await b.login(chiefA.username);
    const res = await b.get(`/quan-tri/cong/${wardA}/nguoi-dung`);
    assert.equal(res.statusCode, 200);
    const table = res.body.slice(res.body.indexOf('<table'));
    const pos = ['Lê Văn An', 'Trần Văn Bảo', 'Nguyễn Thị Yến'].map((n) => table.indexOf(n));
    assert.ok(pos.every((p) => p > 0));
    assert.deepEqual([...pos].sort((x, y) => x - y), pos, 'An < Bảo < Yến (given names)');
    assert.doesNotMatch(table, /chiphuongb/);
    assert.match(res.body, /Trưởng ban biên tập/);
  });

  it('offers only this ward\'s units on the new-account form', async () => {
    const b = new Browser(t.app);
    await b.login(chiefA.username);
    const res = await b.get(`/quan-tri/cong/${wardA}/nguoi-dung/moi`);
    assert.equal(res.statusCode, 200);
    assert.match(res.body, new RegExp(`<option value="${unitA}">Đoàn Thanh niên phường An Hòa</option>`));
    assert.doesNotMatch(res.body, /Hội Phụ nữ phường Bình Minh/);
    assert.match(res.body, /<option value="editor_in_chief">Trưởng ban biên tập<\/option>/);
  });

  it('creates an account with a role on the ward; it can log in, and its password is stored as argon2id', async () => {
    const b = new Browser(t.app);
    await b.login(chiefA.username);
    const res = await b.post(`/quan-tri/cong/${wardA}/nguoi-dung`, {
      username: 'CTV.Minh', fullName: 'Võ Văn Minh', email: 'minh@anhoa.gov.vn', password: 'mat-khau-moi-2026', role: 'contributor', unitId: String(unitA),
    });
    assert.equal(res.statusCode, 303);
    const db = t.tdb.database.db;
    const row = await db.selectFrom('users').selectAll().where('username', '=', 'ctv.minh').executeTakeFirstOrThrow();
    assert.match(row.password_hash, /^\$argon2id\$/);
    assert.equal(row.is_platform_admin, 0);
    const r = await roles(row.id);
    assert.deepEqual(r.map((x) => [x.site_id, x.role, x.unit_id]), [[wardA, 'contributor', unitA]]);
    const audit = await db.selectFrom('audit_events').select(['action', 'site_id', 'actor_id']).where('subject_type', '=', 'user').where('subject_id', '=', row.id).execute();
    assert.deepEqual(audit, [{ action: 'user.created', site_id: wardA, actor_id: chiefA.id }]);
    const minh = new Browser(t.app);
    await minh.login('ctv.minh', 'mat-khau-moi-2026');
    assert.equal((await minh.get(`/quan-tri/cong/${wardA}`)).statusCode, 200);
  });

  it('re-renders the new-account form with 422 and the typed values (never the password)', async () => {
    const b = new Browser(t.app);
    await b.login(chiefA.username);
    const res = await b.post(`/quan-tri/cong/${wardA}/nguoi-dung`, {
      username: 'ctv.lan', fullName: 'Đặng Thị Lan', email: 'lan@anhoa', password: 'ngan', role: 'contributor', unitId: '',
    });
    assert.equal(res.statusCode, 422);
    assert.match(res.body, /class="error-summary" role="alert"/);
    assert.match(res.body, /value="ctv.lan"/);
    assert.match(res.body, /value="Đặng Thị Lan"/);
    assert.match(res.body, /value="lan@anhoa"/);
    assert.doesNotMatch(res.body, /value="ngan"/);
    assert.match(res.body, /<p class="error" id="password-error">Mật khẩu phải có ít nhất 10 ký tự.<\/p>/);
    assert.match(res.body, /<p class="error" id="unitId-error">Cộng tác viên và lãnh đạo đơn vị phải thuộc một đơn vị/);
    assert.match(res.body, /<p class="error" id="email-error">/);
    assert.match(res.body, /<option value="contributor" selected>/);

    const foreignUnit = await b.post(`/quan-tri/cong/${wardA}/nguoi-dung`, {
      username: 'ctv.lan', fullName: 'Đặng Thị Lan', email: 'lan@anhoa.gov.vn', password: 'mat-khau-du-dai', role: 'leader', unitId: String(unitB),
    });
    assert.equal(foreignUnit.statusCode, 422);
    assert.match(foreignUnit.body, /Đơn vị phải là một đơn vị của cổng này./);
    const taken = await b.post(`/quan-tri/cong/${wardA}/nguoi-dung`, {
      username: 'chiphuongb', fullName: 'Người Trùng', email: 'trung@anhoa.gov.vn', password: 'mat-khau-du-dai', role: 'editor', unitId: '',
    });
    assert.equal(taken.statusCode, 422);
    assert.match(taken.body, /Tên đăng nhập (&quot;|")chiphuongb(&quot;|") đã tồn tại/);
    const none = await t.tdb.database.db.selectFrom('users').select('id').where('username', '=', 'ctv.lan').executeTakeFirst();
    assert.equal(none, undefined);
  });

  it('gives an existing account of another ward a role on this ward only', async () => {
    const b = new Browser(t.app);
    await b.login(chiefA.username);
    const res = await b.post(`/quan-tri/cong/${wardA}/nguoi-dung/gan-vai-tro`, { username: 'chiphuongb', role: 'editor', unitId: String(unitB) });
    assert.equal(res.statusCode, 303);
    assert.deepEqual((await roles(onlyB.id)).map((r) => [r.site_id, r.role, r.unit_id]),
      [[wardB, 'contributor', unitB], [wardA, 'editor', null]], 'the unit is dropped for a site-wide role');
    const again = await b.post(`/quan-tri/cong/${wardA}/nguoi-dung/gan-vai-tro`, { username: 'chiphuongb', role: 'editor', unitId: '' });
    assert.equal(again.statusCode, 422);
    assert.match(again.body, /Tài khoản này đã có vai trò này trên cổng./);
    const unknown = await b.post(`/quan-tri/cong/${wardA}/nguoi-dung/gan-vai-tro`, { username: 'khongco', role: 'editor', unitId: '' });
    assert.equal(unknown.statusCode, 422);
    assert.match(unknown.body, /value="khongco"/);
  });

  it('never lets a ward\'s editor-in-chief grant a role on another ward or on the city', async () => {
    const b = new Browser(t.app);
    await b.login(chiefA.username);
    const before = await t.tdb.database.db.selectFrom('user_roles').select('id').execute();
    for (const site of [wardB, city]) {
      assert.equal((await b.post(`/quan-tri/cong/${site}/nguoi-dung/gan-vai-tro`, { username: editorA.username, role: 'editor_in_chief', unitId: '' })).statusCode, 403);
      assert.equal((await b.post(`/quan-tri/cong/${site}/nguoi-dung/${editorA.id}/vai-tro`, { role: 'editor_in_chief', unitId: '' })).statusCode, 403);
      assert.equal((await b.post(`/quan-tri/cong/${site}/nguoi-dung`, {
        username: 'xamnhap', fullName: 'Xâm Nhập', email: 'x@thu.gov.vn', password: 'mat-khau-du-dai', role: 'editor_in_chief', unitId: '',
      })).statusCode, 403);
      assert.equal((await b.get(`/quan-tri/cong/${site}/nguoi-dung`)).statusCode, 403);
    }
    const afterRows = await t.tdb.database.db.selectFrom('user_roles').select('id').execute();
    assert.equal(afterRows.length, before.length);
  });

  it('adds and removes roles on the ward from a person\'s page, leaving their other wards alone', async () => {
    const b = new Browser(t.app);
    await b.login(chiefA.username);
    const page = await b.get(`/quan-tri/cong/${wardA}/nguoi-dung/${both.id}`);
    assert.equal(page.statusCode, 200);
    const add = await b.post(`/quan-tri/cong/${wardA}/nguoi-dung/${both.id}/vai-tro`, { role: 'leader', unitId: String(unitA) });
    assert.equal(add.statusCode, 303);
    const rs = await roles(both.id);
    const onA = rs.filter((r) => r.site_id === wardA);
    const onB = rs.find((r) => r.site_id === wardB)!;
    assert.deepEqual(onA.map((r) => r.role), ['editor', 'leader']);
    // A role held on ward B is not found through ward A's screen.
    const cross = await b.post(`/quan-tri/cong/${wardA}/nguoi-dung/${both.id}/vai-tro/${onB.id}/go`, {});
    assert.equal(cross.statusCode, 404);
    for (const r of onA) {
      assert.equal((await b.post(`/quan-tri/cong/${wardA}/nguoi-dung/${both.id}/vai-tro/${r.id}/go`, {})).statusCode, 303);
    }
    assert.deepEqual((await roles(both.id)).map((r) => [r.site_id, r.role]), [[wardB, 'editor']]);
    assert.equal((await b.get(`/quan-tri/cong/${wardA}/nguoi-dung/${both.id}`)).statusCode, 404, 'no longer works on ward A');
  });

  it('refuses to let an editor-in-chief remove their own last admin right', async () => {
    const b = new Browser(t.app);
    await b.login(chiefA.username);
    const own = (await roles(chiefA.id)).find((r) => r.role === 'editor_in_chief')!;
    const res = await b.post(`/quan-tri/cong/${wardA}/nguoi-dung/${chiefA.id}/vai-tro/${own.id}/go`, {});
    assert.equal(res.statusCode, 409);
    assert.match(res.body, /Bạn không thể tự gỡ quyền quản trị cuối cùng của mình trên cổng này/);
    assert.equal((await roles(chiefA.id)).length, 1);
  });

  it('locks an account of the ward (ending its sessions) and unlocks it', async () => {
    const victim = new Browser(t.app);
    await victim.login(editorA.username);
    const b = new Browser(t.app);
    await b.login(chiefA.username);
    const page = await b.get(`/quan-tri/cong/${wardA}/nguoi-dung/${editorA.id}`);
    assert.match(page.body, /Khóa tài khoản/);
    assert.equal((await b.post(`/quan-tri/cong/${wardA}/nguoi-dung/${editorA.id}/khoa`, {})).statusCode, 303);
    assert.equal((await user(editorA.id)).is_disabled, 1);
    const sessions = await t.tdb.database.db.selectFrom('sessions').select('id').where('user_id', '=', editorA.id).execute();
    assert.equal(sessions.length, 0);
    const after = await victim.get(`/quan-tri/cong/${wardA}`);
    assert.equal(after.statusCode, 302);
    assert.match(String(after.headers.location), /^\/quan-tri\/dang-nhap/);
    assert.equal((await b.post(`/quan-tri/cong/${wardA}/nguoi-dung/${editorA.id}/mo-khoa`, {})).statusCode, 303);
    assert.equal((await user(editorA.id)).is_disabled, 0);
  });

  it('does not let a ward lock an account that also works elsewhere, nor lock oneself', async () => {
    const db = t.tdb.database.db;
    await db.insertInto('user_roles').values({ user_id: both.id, site_id: wardA, unit_id: null, role: 'editor', created_at: '2026-01-05T01:30:00.000Z' }).execute();
    const b = new Browser(t.app);
    await b.login(chiefA.username);
    const page = await b.get(`/quan-tri/cong/${wardA}/nguoi-dung/${both.id}`);
    assert.doesNotMatch(page.body, /Khóa tài khoản/);
    assert.equal((await b.post(`/quan-tri/cong/${wardA}/nguoi-dung/${both.id}/khoa`, {})).statusCode, 403);
    assert.equal((await user(both.id)).is_disabled, 0);
    assert.equal((await b.post(`/quan-tri/cong/${wardA}/nguoi-dung/${chiefA.id}/khoa`, {})).statusCode, 409);
    assert.equal((await user(chiefA.id)).is_disabled, 0);
    // onlyB was given a role on ward A earlier but still works on ward B.
    assert.equal((await b.post(`/quan-tri/cong/${wardA}/nguoi-dung/${onlyB.id}/khoa`, {})).statusCode, 403);
    assert.equal((await user(onlyB.id)).is_disabled, 0);
  });

  it('shows every account to a platform administrator only, who can grant and remove the platform right', async () => {
    const chief = new Browser(t.app);
    await chief.login(chiefA.username);
    assert.equal((await chief.get('/quan-tri/nguoi-dung')).statusCode, 403);
    assert.equal((await chief.post(`/quan-tri/nguoi-dung/${chiefA.id}/quan-tri-he-thong`, { isPlatformAdmin: '1' })).statusCode, 403);
    assert.equal((await user(chiefA.id)).is_platform_admin, 0);

    const b = new Browser(t.app);
    await b.login(admin.username);
    const list = await b.get('/quan-tri/nguoi-dung');
    assert.equal(list.statusCode, 200);
    assert.match(list.body, /chiphuongb/);
    assert.match(list.body, /Cộng tác viên – Hội Phụ nữ phường Bình Minh \(Phường Bình Minh\)/);
    const detail = await b.get(`/quan-tri/nguoi-dung/${onlyB.id}`);
    assert.equal(detail.statusCode, 200);
    assert.match(detail.body, new RegExp(`href="/quan-tri/cong/${wardB}/nguoi-dung/${onlyB.id}">Phường Bình Minh<`));
    assert.equal((await b.get('/quan-tri/nguoi-dung/999999')).statusCode, 404);

    assert.equal((await b.post(`/quan-tri/nguoi-dung/${editorA.id}/quan-tri-he-thong`, { isPlatformAdmin: '1' })).statusCode, 303);
    assert.equal((await user(editorA.id)).is_platform_admin, 1);
    const promoted = new Browser(t.app);
    await promoted.login(editorA.username);
    assert.equal((await promoted.get('/quan-tri/cac-cong')).statusCode, 200);
    assert.equal((await b.post(`/quan-tri/nguoi-dung/${editorA.id}/quan-tri-he-thong`, { isPlatformAdmin: '0' })).statusCode, 303);
    assert.equal((await user(editorA.id)).is_platform_admin, 0);
    assert.equal((await promoted.get('/quan-tri/cac-cong')).statusCode, 403, 'rights are re-read on every request');

    const self = await b.post(`/quan-tri/nguoi-dung/${admin.id}/quan-tri-he-thong`, { isPlatformAdmin: '0' });
    assert.equal(self.statusCode, 409);
    assert.match(self.body, /Bạn không thể tự bỏ quyền quản trị hệ thống của chính mình/);
    assert.equal((await user(admin.id)).is_platform_admin, 1);

    assert.equal((await b.post(`/quan-tri/nguoi-dung/${both.id}/khoa`, {})).statusCode, 303, 'a platform administrator locks any account');
    assert.equal((await user(both.id)).is_disabled, 1);
    assert.equal((await b.post(`/quan-tri/nguoi-dung/${both.id}/mo-khoa`, {})).statusCode, 303);
    assert.equal((await user(both.id)).is_disabled, 0);
  });
});
