import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildSite, buildUnit, buildUser } from '../support/factories.ts';
import { Browser, type TestApp, createTestApp } from '../support/testApp.ts';

const unitForm = (over: Record<string, string> = {}) => ({
  name: 'Văn phòng HĐND và UBND', kind: 'ward_office', leaderName: 'Phạm Văn Cường', leaderTitle: 'Chánh Văn phòng',
  phone: '0276 3822 333', email: 'vanphong@anhoa.gov.vn', address: '12 Đường 30/4', sortOrder: '', ...over,
});

describe('admin: units', () => {
  let t: TestApp;
  let wardA: number;
  let wardB: number;
  let unitB: number;
  let chiefA: { username: string };
  let editorA: { username: string };

  before(async () => {
    t = await createTestApp();
    const db = t.tdb.database.db;
    const city = await buildSite(db, { level: 'city', slug: 'tp-don-vi' });
    wardA = await buildSite(db, { parent_id: city, slug: 'phuong-a-don-vi' });
    wardB = await buildSite(db, { parent_id: city, slug: 'phuong-b-don-vi' });
    await buildUnit(db, wardA, { name: 'Hội Cựu chiến binh', sort_order: 20 });
    await buildUnit(db, wardA, { name: 'Đoàn Thanh niên', sort_order: 20 });
    await buildUnit(db, wardA, { name: 'Ban Chỉ huy Quân sự', sort_order: 20 });
    await buildUnit(db, wardA, { name: 'Trạm Truyền thanh', sort_order: 5, kind: 'radio' });
    unitB = await buildUnit(db, wardB, { name: 'Đơn vị của phường B' });
    chiefA = await buildUser(db, { roles: [{ siteId: wardA, role: 'editor_in_chief' }] });
    editorA = await buildUser(db, { roles: [{ siteId: wardA, role: 'editor' }] });
    await t.app.ctx.directory.reload();
  });
  after(async () => t.close());

  it('lists a ward\'s units by order, then in Vietnamese alphabetical order', async () => {
    const b = new Browser(t.app);
    await b.login(chiefA.username);
    const res = await b.get(`/quan-tri/cong/${wardA}/don-vi`);
    assert.equal(res.statusCode, 200);
    const pos = ['Trạm Truyền thanh', 'Ban Chỉ huy Quân sự', 'Đoàn Thanh niên', 'Hội Cựu chiến binh'].map((n) => res.body.indexOf(n));
    assert.ok(pos.every((p) => p > 0), 'every unit listed');
    assert.deepEqual([...pos].sort((x, y) => x - y), pos, 'radio (order 5) first; then B < Đ < H');
    assert.doesNotMatch(res.body, /Đơn vị của phường B/);
  });

  it('shows the new-unit form with every unit kind', async () => {
    const b = new Browser(t.app);
    await b.login(chiefA.username);
    const res = await b.get(`/quan-tri/cong/${wardA}/don-vi/moi`);
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /<option value="radio">Đài \/ Trạm Truyền thanh<\/option>/);
    assert.match(res.body, new RegExp(`action="/quan-tri/cong/${wardA}/don-vi"`));
  });

  it('adds a unit and records it', async () => {
    const b = new Browser(t.app);
    await b.login(chiefA.username);
    const res = await b.post(`/quan-tri/cong/${wardA}/don-vi`, unitForm());
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, `/quan-tri/cong/${wardA}/don-vi`);
    const db = t.tdb.database.db;
    const row = await db.selectFrom('units').selectAll().where('site_id', '=', wardA).where('name', '=', 'Văn phòng HĐND và UBND').executeTakeFirstOrThrow();
    assert.equal(row.kind, 'ward_office');
    assert.equal(row.leader_title, 'Chánh Văn phòng');
    assert.ok(row.sort_order > 20, 'a blank order puts the unit last');
    const audit = await db.selectFrom('audit_events').select('action').where('subject_type', '=', 'unit').where('subject_id', '=', row.id).execute();
    assert.deepEqual(audit.map((a) => a.action), ['unit.created']);
    const list = await b.get(`/quan-tri/cong/${wardA}/don-vi`);
    assert.match(list.body, /Đã thêm đơn vị “Văn phòng HĐND và UBND”/);
  });

  it('keeps typed values and shows each error beside its field on 422', async () => {
    const b = new Browser(t.app);
    await b.login(chiefA.username);
    const res = await b.post(`/quan-tri/cong/${wardA}/don-vi`, unitForm({ name: '', kind: 'khong-co', email: 'thu@', leaderName: 'Ngô Thị Dung', sortOrder: 'ba' }));
    assert.equal(res.statusCode, 422);
    assert.match(res.body, /class="error-summary" role="alert"/);
    assert.match(res.body, /value="Ngô Thị Dung"/);
    assert.match(res.body, /value="thu@"/);
    assert.match(res.body, /value="ba"/);
    assert.match(res.body, /<p class="error" id="name-error">Vui lòng nhập tên đơn vị.<\/p>/);
    assert.match(res.body, /<p class="error" id="kind-error">Vui lòng chọn loại đơn vị.<\/p>/);
    assert.match(res.body, /<p class="error" id="email-error">/);
    assert.match(res.body, /<p class="error" id="sortOrder-error">Thứ tự phải là một số nguyên.<\/p>/);
    const dup = await b.post(`/quan-tri/cong/${wardA}/don-vi`, unitForm({ name: 'đoàn thanh niên' }));
    assert.equal(dup.statusCode, 422);
    assert.match(dup.body, /Cổng này đã có đơn vị/);
  });

  it('edits a unit of the site, and not a unit of another site', async () => {
    const db = t.tdb.database.db;
    const unit = await db.selectFrom('units').selectAll().where('site_id', '=', wardA).where('name', '=', 'Đoàn Thanh niên').executeTakeFirstOrThrow();
    const b = new Browser(t.app);
    await b.login(chiefA.username);
    const form = await b.get(`/quan-tri/cong/${wardA}/don-vi/${unit.id}`);
    assert.equal(form.statusCode, 200);
    assert.match(form.body, /value="Đoàn Thanh niên"/);
    const res = await b.post(`/quan-tri/cong/${wardA}/don-vi/${unit.id}`, unitForm({ name: 'Đoàn Thanh niên Cộng sản Hồ Chí Minh', kind: 'mass_org', sortOrder: '1' }));
    assert.equal(res.statusCode, 303);
    const saved = await db.selectFrom('units').selectAll().where('id', '=', unit.id).executeTakeFirstOrThrow();
    assert.equal(saved.name, 'Đoàn Thanh niên Cộng sản Hồ Chí Minh');
    assert.equal(saved.sort_order, 1);

    assert.equal((await b.get(`/quan-tri/cong/${wardA}/don-vi/${unitB}`)).statusCode, 404);
    const other = await b.post(`/quan-tri/cong/${wardA}/don-vi/${unitB}`, unitForm({ name: 'Chiếm đơn vị' }));
    assert.equal(other.statusCode, 404);
    const untouched = await db.selectFrom('units').selectAll().where('id', '=', unitB).executeTakeFirstOrThrow();
    assert.equal(untouched.name, 'Đơn vị của phường B');
  });

  it('gives 403 to an editor-in-chief of one ward on another ward\'s units', async () => {
    const b = new Browser(t.app);
    await b.login(chiefA.username);
    assert.equal((await b.get(`/quan-tri/cong/${wardB}/don-vi`)).statusCode, 403);
    assert.equal((await b.get(`/quan-tri/cong/${wardB}/don-vi/moi`)).statusCode, 403);
    assert.equal((await b.post(`/quan-tri/cong/${wardB}/don-vi`, unitForm({ name: 'Đơn vị lạ' }))).statusCode, 403);
    assert.equal((await b.post(`/quan-tri/cong/${wardB}/don-vi/${unitB}`, unitForm({ name: 'Đơn vị lạ' }))).statusCode, 403);
    const count = await t.tdb.database.db.selectFrom('units').select('id').where('name', '=', 'Đơn vị lạ').execute();
    assert.equal(count.length, 0);
  });

  it('gives 403 to an editor (not editor-in-chief) on their own ward\'s units', async () => {
    const b = new Browser(t.app);
    await b.login(editorA.username);
    assert.equal((await b.get(`/quan-tri/cong/${wardA}/don-vi`)).statusCode, 403);
  });
});
