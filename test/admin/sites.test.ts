import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { defaultSectionsFor } from '../../src/core/sites/defaultSections.ts';
import { buildSite, buildUnit, buildUser } from '../support/factories.ts';
import { Browser, type TestApp, createTestApp } from '../support/testApp.ts';

describe('admin: portals and portal settings', () => {
  let t: TestApp;
  let cityId: number;
  let wardA: number;
  let wardB: number;
  let admin: { username: string };
  let chiefA: { username: string };
  let contributor: { username: string };

  before(async () => {
    t = await createTestApp();
    const db = t.tdb.database.db;
    cityId = await buildSite(db, { slug: 'thanh-pho-thu', name: 'Thành phố Thử', full_name: 'Ủy ban nhân dân thành phố Thử', level: 'city' });
    wardA = await buildSite(db, { slug: 'phuong-an-hoa', name: 'Phường An Hòa', level: 'ward', parent_id: cityId });
    wardB = await buildSite(db, { slug: 'phuong-binh-minh', name: 'Phường Bình Minh', level: 'ward', parent_id: cityId });
    admin = await buildUser(db, { platformAdmin: true });
    chiefA = await buildUser(db, { roles: [{ siteId: wardA, role: 'editor_in_chief' }] });
    const unitA = await buildUnit(db, wardA);
    contributor = await buildUser(db, { roles: [{ siteId: wardA, role: 'contributor', unitId: unitA }] });
    await t.app.ctx.directory.reload();
  });
  after(async () => t.close());

  it('lists every portal as a tree: the city, then its wards', async () => {
    const b = new Browser(t.app);
    await b.login(admin.username);
    const res = await b.get('/quan-tri/cac-cong');
    assert.equal(res.statusCode, 200);
    const city = res.body.indexOf('Thành phố Thử');
    const a = res.body.indexOf('Phường An Hòa');
    const bm = res.body.indexOf('Phường Bình Minh');
    assert.ok(city > 0 && a > city && bm > a, 'city first, wards below in order');
    assert.match(res.body, /http:\/\/localhost\/site\/phuong-an-hoa/);
  });

  it('offers the city-level portals as parents on the new-portal form', async () => {
    const b = new Browser(t.app);
    await b.login(admin.username);
    const res = await b.get('/quan-tri/cac-cong/moi');
    assert.equal(res.statusCode, 200);
    const parents = /<select id="parentId"[\s\S]*?<\/select>/.exec(res.body)?.[0] ?? '';
    assert.match(parents, new RegExp(`<option value="${cityId}"[^>]*>Thành phố Thử</option>`));
    assert.doesNotMatch(parents, /Phường An Hòa/, 'a ward cannot be a parent');
  });

  it('refuses the portal list to a contributor and portal creation to a ward editor-in-chief', async () => {
    const b = new Browser(t.app);
    await b.login(contributor.username);
    assert.equal((await b.get('/quan-tri/cac-cong')).statusCode, 403);
    assert.equal((await b.get('/quan-tri/cac-cong/moi')).statusCode, 403);
    const c = new Browser(t.app);
    await c.login(chiefA.username);
    const res = await c.post('/quan-tri/cac-cong', { name: 'Phường Lạ', fullName: 'UBND phường Lạ', level: 'ward', parentId: String(cityId), slug: 'phuong-la', host: '' });
    assert.equal(res.statusCode, 403);
    const row = await t.tdb.database.db.selectFrom('sites').select('id').where('slug', '=', 'phuong-la').executeTakeFirst();
    assert.equal(row, undefined);
  });

  it('creates a ward with its default sections, and its public home page shows the menu at once', async () => {
    const b = new Browser(t.app);
    await b.login(admin.username);
    const res = await b.post('/quan-tri/cac-cong', {
      name: 'Phường Tân Ninh', fullName: 'Ủy ban nhân dân phường Tân Ninh', level: 'ward', parentId: String(cityId),
      slug: 'phuong-tan-ninh', host: '',
    });
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, '/quan-tri/cac-cong');
    const list = await b.get('/quan-tri/cac-cong');
    assert.match(list.body, /Đã tạo cổng “Phường Tân Ninh”/);

    const db = t.tdb.database.db;
    const site = await db.selectFrom('sites').selectAll().where('slug', '=', 'phuong-tan-ninh').executeTakeFirstOrThrow();
    assert.equal(site.parent_id, cityId);
    assert.equal(site.level, 'ward');
    const sections = await db.selectFrom('sections').selectAll().where('site_id', '=', site.id).execute();
    const expected = defaultSectionsFor('ward');
    assert.equal(sections.length, expected.length);
    const bySlug = new Map(sections.map((s) => [s.slug, s]));
    for (const e of expected) {
      const row = bySlug.get(e.slug);
      assert.ok(row, `section ${e.slug} exists`);
      assert.equal(row.parent_id, e.parentSlug === null ? null : bySlug.get(e.parentSlug)!.id, `parent of ${e.slug}`);
      assert.equal(row.in_menu, e.inMenu ? 1 : 0);
    }
    assert.ok(!bySlug.has('english'), 'city-only sections are not given to a ward');
    const audit = await db.selectFrom('audit_events').selectAll().where('action', '=', 'site.created').where('subject_id', '=', site.id).execute();
    assert.equal(audit.length, 1);

    const home = await t.app.inject({ method: 'GET', url: '/site/phuong-tan-ninh/', headers: { host: 'localhost' } });
    assert.equal(home.statusCode, 200);
    assert.match(home.body, /Ủy ban nhân dân phường Tân Ninh/);
    const menu = /<ul class="menu">([\s\S]*?)<\/nav>/.exec(home.body)?.[1] ?? '';
    assert.match(menu, /href="\/site\/phuong-tan-ninh\/gioi-thieu">Giới thiệu</);
    assert.match(menu, />Sơ đồ cổng</);
    assert.match(menu, />Công khai theo Luật Dân chủ ở cơ sở</);
  });

  it('re-renders the new-portal form with 422, every typed value and each error beside its field', async () => {
    const b = new Browser(t.app);
    await b.login(admin.username);
    const res = await b.post('/quan-tri/cac-cong', {
      name: 'Phường Mới Thử', fullName: '', level: 'ward', parentId: String(cityId), slug: 'Phuong Moi!', host: 'https://moi.gov.vn/',
    });
    assert.equal(res.statusCode, 422);
    assert.match(res.body, /class="error-summary" role="alert"/);
    assert.match(res.body, /value="Phường Mới Thử"/);
    assert.match(res.body, /value="Phuong Moi!"/);
    assert.match(res.body, /value="https:\/\/moi.gov.vn\/"/);
    assert.match(res.body, new RegExp(`<option value="${cityId}" selected`));
    assert.match(res.body, /<div class="field has-error"><label for="fullName">[\s\S]*?<p class="error" id="fullName-error">Vui lòng nhập tên đầy đủ/);
    assert.match(res.body, /<p class="error" id="slug-error">Đường dẫn chỉ gồm chữ thường không dấu/);
    assert.match(res.body, /<p class="error" id="host-error">Tên miền không hợp lệ/);
    const row = await t.tdb.database.db.selectFrom('sites').select('id').where('name', '=', 'Phường Mới Thử').executeTakeFirst();
    assert.equal(row, undefined);
  });

  it('refuses a slug or host already used by another portal', async () => {
    const db = t.tdb.database.db;
    await db.updateTable('sites').set({ host: 'binhminh.thu.gov.vn' }).where('id', '=', wardB).execute();
    const b = new Browser(t.app);
    await b.login(admin.username);
    const res = await b.post('/quan-tri/cac-cong', {
      name: 'Phường Trùng', fullName: 'UBND phường Trùng', level: 'ward', parentId: String(cityId), slug: 'phuong-an-hoa', host: 'BinhMinh.thu.gov.vn',
    });
    assert.equal(res.statusCode, 422);
    assert.match(res.body, /Đường dẫn &quot;phuong-an-hoa&quot; đã được cổng khác sử dụng|Đường dẫn "phuong-an-hoa" đã được cổng khác sử dụng/);
    assert.match(res.body, /Tên miền (&quot;|")binhminh.thu.gov.vn(&quot;|") đã được cổng khác sử dụng/);
  });

  it('saves a portal\'s settings and the public footer shows the new phone at once', async () => {
    const b = new Browser(t.app);
    await b.login(chiefA.username);
    const page = await b.get(`/quan-tri/cong/${wardA}/cai-dat`);
    assert.equal(page.statusCode, 200);
    const res = await b.post(`/quan-tri/cong/${wardA}/cai-dat`, {
      name: 'Phường An Hòa', fullName: 'Ủy ban nhân dân phường An Hòa', host: '', ownerAgency: 'Ủy ban nhân dân thành phố Thử',
      responsiblePerson: 'Lê Thị Hoa – Chủ tịch UBND phường', address: '12 Đường 30/4, phường An Hòa', phone: '0276 3999 888',
      email: 'ubnd.anhoa@thu.gov.vn', licenseInfo: 'Giấy phép số 01/GP-TTĐT', description: 'Cổng thông tin phường An Hòa', logoMediaId: '',
    });
    assert.equal(res.statusCode, 303);
    const home = await t.app.inject({ method: 'GET', url: '/site/phuong-an-hoa/', headers: { host: 'localhost' } });
    const footer = /<footer[\s\S]*<\/footer>/.exec(home.body)?.[0] ?? '';
    assert.match(footer, /0276 3999 888/);
    assert.match(footer, /Lê Thị Hoa – Chủ tịch UBND phường/);
    assert.match(footer, /Giấy phép số 01\/GP-TTĐT/);
  });

  it('keeps typed settings on a validation error and changes nothing', async () => {
    const b = new Browser(t.app);
    await b.login(chiefA.username);
    const res = await b.post(`/quan-tri/cong/${wardA}/cai-dat`, {
      name: 'Phường An Hòa mới', fullName: 'Ủy ban nhân dân phường An Hòa', host: '', ownerAgency: '', responsiblePerson: '',
      address: 'Số 5 đường mới', phone: 'gọi tổng đài', email: 'khong-phai-email', licenseInfo: '', description: '', logoMediaId: '',
    });
    assert.equal(res.statusCode, 422);
    assert.match(res.body, /value="Phường An Hòa mới"/);
    assert.match(res.body, /value="Số 5 đường mới"/);
    assert.match(res.body, /value="khong-phai-email"/);
    assert.match(res.body, /<p class="error" id="email-error">Địa chỉ thư điện tử không hợp lệ/);
    assert.match(res.body, /<p class="error" id="phone-error">/);
    const site = await t.tdb.database.db.selectFrom('sites').selectAll().where('id', '=', wardA).executeTakeFirstOrThrow();
    assert.equal(site.name, 'Phường An Hòa');
  });

  it('refuses another portal\'s settings to a ward\'s editor-in-chief', async () => {
    const b = new Browser(t.app);
    await b.login(chiefA.username);
    assert.equal((await b.get(`/quan-tri/cong/${wardB}/cai-dat`)).statusCode, 403);
    assert.equal((await b.get(`/quan-tri/cong/${cityId}/cai-dat`)).statusCode, 403);
    const res = await b.post(`/quan-tri/cong/${wardB}/cai-dat`, {
      name: 'Chiếm quyền', fullName: 'Chiếm quyền', host: '', ownerAgency: '', responsiblePerson: '', address: '', phone: '',
      email: '', licenseInfo: '', description: '', logoMediaId: '',
    });
    assert.equal(res.statusCode, 403);
    const site = await t.tdb.database.db.selectFrom('sites').selectAll().where('id', '=', wardB).executeTakeFirstOrThrow();
    assert.equal(site.name, 'Phường Bình Minh');
  });
});
