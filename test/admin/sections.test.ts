import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildSection, buildSite, buildUser } from '../support/factories.ts';
import { Browser, type TestApp, createTestApp } from '../support/testApp.ts';

const sectionForm = (over: Record<string, string> = {}) => ({
  name: 'Chuyển đổi số', slug: '', kind: 'news', parentId: '', description: 'Tin về chuyển đổi số trên địa bàn.',
  legalBasis: 'NĐ 42/2022 Điều 4', externalUrl: '', inMenu: '1', sortOrder: '', ...over,
});

describe('admin: sections', () => {
  let t: TestApp;
  let wardA: number;
  let wardB: number;
  let news: number;
  let child: number;
  let sectionB: number;
  let chiefA: { username: string };

  before(async () => {
    t = await createTestApp();
    const db = t.tdb.database.db;
    const city = await buildSite(db, { level: 'city', slug: 'tp-chuyen-muc' });
    wardA = await buildSite(db, { parent_id: city, slug: 'phuong-a-cm' });
    wardB = await buildSite(db, { parent_id: city, slug: 'phuong-b-cm' });
    news = await buildSection(db, wardA, { slug: 'tin-tuc', name: 'Tin tức', sort_order: 20 });
    await buildSection(db, wardA, { slug: 'gioi-thieu', name: 'Giới thiệu', kind: 'page', sort_order: 10 });
    child = await buildSection(db, wardA, { slug: 'kinh-te', name: 'Kinh tế', parent_id: news, sort_order: 10 });
    sectionB = await buildSection(db, wardB, { slug: 'tin-phuong-b', name: 'Tin phường B' });
    chiefA = await buildUser(db, { roles: [{ siteId: wardA, role: 'editor_in_chief' }] });
    await t.app.ctx.directory.reload();
  });
  after(async () => t.close());

  it('shows the section tree: each section followed by its children', async () => {
    const b = new Browser(t.app);
    await b.login(chiefA.username);
    const res = await b.get(`/quan-tri/cong/${wardA}/chuyen-muc`);
    assert.equal(res.statusCode, 200);
    const pos = ['>Giới thiệu<', '>Tin tức<', '>Kinh tế<'].map((n) => res.body.indexOf(n));
    assert.ok(pos.every((p) => p > 0));
    assert.deepEqual([...pos].sort((x, y) => x - y), pos);
    assert.doesNotMatch(res.body, /Tin phường B/);
  });

  it('pre-selects the parent on the new-section form when asked, offering only this site\'s sections', async () => {
    const b = new Browser(t.app);
    await b.login(chiefA.username);
    const res = await b.get(`/quan-tri/cong/${wardA}/chuyen-muc/moi?cha=${news}`);
    assert.equal(res.statusCode, 200);
    const parents = /<select id="parentId"[\s\S]*?<\/select>/.exec(res.body)?.[0] ?? '';
    assert.match(parents, new RegExp(`<option value="${news}" selected>Tin tức</option>`));
    assert.match(parents, />— Kinh tế</);
    assert.doesNotMatch(parents, /Tin phường B/);
  });

  it('adds a section with a slug made from its name, and the public menu shows it', async () => {
    const b = new Browser(t.app);
    await b.login(chiefA.username);
    const res = await b.post(`/quan-tri/cong/${wardA}/chuyen-muc`, sectionForm());
    assert.equal(res.statusCode, 303);
    const db = t.tdb.database.db;
    const row = await db.selectFrom('sections').selectAll().where('site_id', '=', wardA).where('slug', '=', 'chuyen-doi-so').executeTakeFirstOrThrow();
    assert.equal(row.name, 'Chuyển đổi số');
    assert.equal(row.in_menu, 1);
    assert.equal(row.on_home, 0, 'an unticked checkbox is saved as 0');
    assert.equal(row.legal_basis, 'NĐ 42/2022 Điều 4');
    const audit = await db.selectFrom('audit_events').select('action').where('subject_type', '=', 'section').where('subject_id', '=', row.id).execute();
    assert.deepEqual(audit.map((a) => a.action), ['section.created']);
    const home = await t.app.inject({ method: 'GET', url: '/site/phuong-a-cm/', headers: { host: 'localhost' } });
    assert.match(home.body, /href="\/site\/phuong-a-cm\/chuyen-doi-so">Chuyển đổi số</);
  });

  it('requires an external URL for a link section, keeping what was typed', async () => {
    const b = new Browser(t.app);
    await b.login(chiefA.username);
    const res = await b.post(`/quan-tri/cong/${wardA}/chuyen-muc`, sectionForm({ name: 'Cổng dịch vụ công', slug: 'cong-dvc', kind: 'link', externalUrl: '' }));
    assert.equal(res.statusCode, 422);
    assert.match(res.body, /<p class="error" id="externalUrl-error">Chuyên mục liên kết cần địa chỉ liên kết.<\/p>/);
    assert.match(res.body, /value="Cổng dịch vụ công"/);
    assert.match(res.body, /value="cong-dvc"/);
    assert.match(res.body, /<option value="link" selected>/);
    assert.match(res.body, /Tin về chuyển đổi số trên địa bàn./);
    const bad = await b.post(`/quan-tri/cong/${wardA}/chuyen-muc`, sectionForm({ name: 'Cổng dịch vụ công', kind: 'link', externalUrl: 'javascript:alert(1)' }));
    assert.equal(bad.statusCode, 422);
    const ok = await b.post(`/quan-tri/cong/${wardA}/chuyen-muc`, sectionForm({ name: 'Cổng dịch vụ công', kind: 'link', externalUrl: 'https://dichvucong.gov.vn' }));
    assert.equal(ok.statusCode, 303);
  });

  it('refuses a slug used by another section of the site, but not one used on another site', async () => {
    const b = new Browser(t.app);
    await b.login(chiefA.username);
    const dup = await b.post(`/quan-tri/cong/${wardA}/chuyen-muc`, sectionForm({ name: 'Tin tức khác', slug: 'tin-tuc' }));
    assert.equal(dup.statusCode, 422);
    assert.match(dup.body, /Cổng này đã có chuyên mục dùng đường dẫn/);
    const bad = await b.post(`/quan-tri/cong/${wardA}/chuyen-muc`, sectionForm({ name: 'Lạ', slug: 'Tin Tức' }));
    assert.equal(bad.statusCode, 422);
    const reserved = await b.post(`/quan-tri/cong/${wardA}/chuyen-muc`, sectionForm({ name: 'Tìm kiếm', slug: 'tim-kiem' }));
    assert.equal(reserved.statusCode, 422);
    const sameAsB = await b.post(`/quan-tri/cong/${wardA}/chuyen-muc`, sectionForm({ name: 'Tin phường', slug: 'tin-phuong-b' }));
    assert.equal(sameAsB.statusCode, 303);
  });

  it('refuses a parent from another site and a move under its own child', async () => {
    const b = new Browser(t.app);
    await b.login(chiefA.username);
    const foreign = await b.post(`/quan-tri/cong/${wardA}/chuyen-muc`, sectionForm({ name: 'Con lạ', parentId: String(sectionB) }));
    assert.equal(foreign.statusCode, 422);
    assert.match(foreign.body, /Chuyên mục cha phải là một chuyên mục của cổng này./);
    const edit = await b.get(`/quan-tri/cong/${wardA}/chuyen-muc/${news}`);
    assert.equal(edit.statusCode, 200);
    assert.doesNotMatch(/<select id="parentId"[\s\S]*?<\/select>/.exec(edit.body)?.[0] ?? '', />— Kinh tế</, 'a child is not offered as parent');
    const cycle = await b.post(`/quan-tri/cong/${wardA}/chuyen-muc/${news}`, sectionForm({ name: 'Tin tức', slug: 'tin-tuc', parentId: String(child) }));
    assert.equal(cycle.statusCode, 422);
    assert.match(cycle.body, /Không thể đặt chuyên mục nằm trong chính nó/);
    const row = await t.tdb.database.db.selectFrom('sections').selectAll().where('id', '=', news).executeTakeFirstOrThrow();
    assert.equal(row.parent_id, null);
  });

  it('edits a section: moves it and changes its flags', async () => {
    const b = new Browser(t.app);
    await b.login(chiefA.username);
    const res = await b.post(`/quan-tri/cong/${wardA}/chuyen-muc/${child}`, {
      name: 'Kinh tế – Đô thị', slug: 'kinh-te-do-thi', kind: 'news', parentId: '', description: 'Mô tả mới', legalBasis: '',
      externalUrl: '', onHome: '1', sortOrder: '30',
    });
    assert.equal(res.statusCode, 303);
    const row = await t.tdb.database.db.selectFrom('sections').selectAll().where('id', '=', child).executeTakeFirstOrThrow();
    assert.equal(row.parent_id, null);
    assert.equal(row.slug, 'kinh-te-do-thi');
    assert.equal(row.in_menu, 0);
    assert.equal(row.on_home, 1);
    assert.equal(row.sort_order, 30);
  });

  it('keeps other sites\' sections out of reach', async () => {
    const b = new Browser(t.app);
    await b.login(chiefA.username);
    assert.equal((await b.get(`/quan-tri/cong/${wardA}/chuyen-muc/${sectionB}`)).statusCode, 404);
    assert.equal((await b.post(`/quan-tri/cong/${wardA}/chuyen-muc/${sectionB}`, sectionForm({ name: 'Đổi tên' }))).statusCode, 404);
    assert.equal((await b.get(`/quan-tri/cong/${wardB}/chuyen-muc`)).statusCode, 403);
    assert.equal((await b.post(`/quan-tri/cong/${wardB}/chuyen-muc`, sectionForm({ name: 'Chen ngang' }))).statusCode, 403);
    const row = await t.tdb.database.db.selectFrom('sections').selectAll().where('id', '=', sectionB).executeTakeFirstOrThrow();
    assert.equal(row.name, 'Tin phường B');
  });
});
