import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import sharp from 'sharp';
import { buildContent, buildSection, buildSite, buildUnit, buildUser } from '../support/factories.ts';
import { Browser, type TestApp, createTestApp } from '../support/testApp.ts';

/** A browser-like multipart POST: fields, then at most one file; the CSRF token in the query (null: none). */
async function postMultipart(b: Browser, url: string, fields: Record<string, string>,
  file?: { field: string; filename: string; type: string; data: Buffer }, csrf: string | null = b.csrf): Promise<LightMyRequestResponse> {
  const boundary = `----cttdt${randomBytes(8).toString('hex')}`;
  const parts: Buffer[] = Object.entries(fields).map(([k, v]) => Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  if (file) parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${file.field}"; filename="${file.filename}"\r\nContent-Type: ${file.type}\r\n\r\n`), file.data, Buffer.from('\r\n'));
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  const res = await b.app.inject({
    method: 'POST', url: csrf === null ? url : `${url}?_csrf=${encodeURIComponent(csrf)}`, payload: Buffer.concat(parts),
    headers: { host: b.host, 'content-type': `multipart/form-data; boundary=${boundary}`, cookie: [...b.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
  });
  const setCookie = res.headers['set-cookie'];
  for (const c of Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : []) {
    const [pair] = c.split(';');
    const i = pair!.indexOf('=');
    b.cookies.set(pair!.slice(0, i), pair!.slice(i + 1));
  }
  return res;
}

describe('admin: news items and static pages (request tests)', () => {
  let t: TestApp;
  let wardId: number;
  let otherWardId: number;
  let sectionId: number;
  let pageSectionId: number;
  let unitA: number;
  let unitB: number;
  let base: string;

  before(async () => {
    t = await createTestApp();
    const db = t.tdb.database.db;
    const cityId = await buildSite(db, { slug: 'thanh-pho', level: 'city', host: 'localhost' });
    wardId = await buildSite(db, { slug: 'phuong-tan-ninh', name: 'Phường Tân Ninh', full_name: 'Ủy ban nhân dân phường Tân Ninh', parent_id: cityId });
    otherWardId = await buildSite(db, { slug: 'phuong-khac', parent_id: cityId });
    sectionId = await buildSection(db, wardId, { slug: 'tin-tuc-su-kien', name: 'Tin tức – Sự kiện', kind: 'news' });
    pageSectionId = await buildSection(db, wardId, { slug: 'gioi-thieu', name: 'Giới thiệu', kind: 'page' });
    unitA = await buildUnit(db, wardId, { name: 'Đoàn Thanh niên phường' });
    unitB = await buildUnit(db, wardId, { name: 'Hội Phụ nữ phường' });
    await buildUser(db, { username: 'bientap', roles: [{ siteId: wardId, role: 'editor' }] });
    // Four-eyes: a second board member publishes what the first one wrote.
    await buildUser(db, { username: 'bientap2', roles: [{ siteId: wardId, role: 'editor' }] });
    // These tests are about writing and publishing; the quality gate has its own tests (test/admin/workflow.test.ts).
    await db.updateTable('sites').set({ settings: JSON.stringify({ qualityGate: { enabled: false } }) }).where('id', '=', wardId).execute();
    await buildUser(db, { username: 'ctv-doan', roles: [{ siteId: wardId, role: 'contributor', unitId: unitA }] });
    await buildUser(db, { username: 'phuong-khac', roles: [{ siteId: otherWardId, role: 'editor_in_chief' }] });
    await t.app.ctx.directory.reload();
    base = `/quan-tri/cong/${wardId}/tin-bai`;
  });
  after(() => t.close());

  async function editor(username = 'bientap'): Promise<Browser> {
    const b = new Browser(t.app);
    await b.login(username);
    return b;
  }

  const newsFields = (over: Record<string, string> = {}) => ({
    title: 'Phường Tân Ninh ra quân dọn vệ sinh kênh Tây Ninh', slug: '', section_id: String(sectionId), unit_id: String(unitA),
    summary: 'Sáng Chủ nhật, hơn 200 đoàn viên tham gia.', body_html: '<p>Đoàn viên <strong>thu gom</strong> rác.</p><script>alert(1)</script>',
    genre: 'news', author_name: 'Minh Anh', source_name: '', source_url: '', published_at: '', cover_media_id: '',
    cover_caption: '', cover_alt: '', action: 'save', ...over,
  });

  it('should let an editor write an item, publish it, and show it on the public portal', async () => {
    const b = await editor();
    const form = await b.get(`${base}/moi`);
    assert.equal(form.statusCode, 200);
    assert.match(form.body, /<textarea[^>]*name="body_html"[^>]*data-editor/);
    assert.match(form.body, /enctype="multipart\/form-data"/);
    assert.match(form.body, new RegExp(`action="${base}\\?_csrf=`));
    assert.match(form.body, /<script src="\/assets\/admin.js" defer>/);

    const created = await postMultipart(b, base, newsFields());
    assert.equal(created.statusCode, 303);
    const editUrl = String(created.headers.location);
    assert.match(editUrl, new RegExp(`^${base}/\\d+$`));
    await b.get(editUrl); // keeps the flash cookie handling like a browser
    const public1 = await t.app.inject({ url: '/site/phuong-tan-ninh/tin-tuc-su-kien/phuong-tan-ninh-ra-quan-don-ve-sinh-kenh-tay-ninh', headers: { host: 'localhost' } });
    assert.equal(public1.statusCode, 404, 'a draft is not public');

    const edit = await b.get(editUrl);
    assert.match(edit.body, /Bản nháp/);
    assert.doesNotMatch(edit.body, /name="event" value="publish"/, 'four-eyes: the writer is not offered to publish');
    assert.match(edit.body, /name="event" value="sendToBoard"/);
    assert.doesNotMatch(edit.body, /&lt;script/);
    assert.equal((await b.post(`${editUrl}/trang-thai`, { event: 'sendToBoard' })).statusCode, 303);

    const b2 = await editor('bientap2');
    assert.equal((await b2.post(`${editUrl}/trang-thai`, { event: 'startEditing' })).statusCode, 303);
    assert.match((await b2.get(editUrl)).body, /name="event" value="publish"/);
    const published = await b2.post(`${editUrl}/trang-thai`, { event: 'publish' });
    assert.equal(published.statusCode, 303);
    const after = await b2.get(editUrl);
    assert.match(after.body, /Đã xuất bản/);
    assert.match(after.body, /name="event" value="unpublish"/);
    assert.match(after.body, /data-confirm=/);
    assert.match(after.body, /href="\/site\/phuong-tan-ninh\/tin-tuc-su-kien\/phuong-tan-ninh-ra-quan-don-ve-sinh-kenh-tay-ninh"/);

    const article = await t.app.inject({ url: '/site/phuong-tan-ninh/tin-tuc-su-kien/phuong-tan-ninh-ra-quan-don-ve-sinh-kenh-tay-ninh', headers: { host: 'localhost' } });
    assert.equal(article.statusCode, 200);
    assert.match(article.body, /<h1>Phường Tân Ninh ra quân dọn vệ sinh kênh Tây Ninh<\/h1>/);
    assert.match(article.body, /Đoàn viên <strong>thu gom<\/strong> rác/);
    assert.doesNotMatch(article.body, /alert\(1\)/);
    const listing = await t.app.inject({ url: '/site/phuong-tan-ninh/tin-tuc-su-kien', headers: { host: 'localhost' } });
    assert.equal(listing.statusCode, 200);
    assert.match(listing.body, /Phường Tân Ninh ra quân dọn vệ sinh kênh Tây Ninh/);

    const list = await b.get(base);
    assert.equal(list.statusCode, 200);
    assert.match(list.body, /Phường Tân Ninh ra quân dọn vệ sinh kênh Tây Ninh/);
    assert.match(list.body, /status-published/);
    assert.match(list.body, /Đoàn Thanh niên phường/);
  });

  it('should keep what was typed and explain the error beside the field when the form fails', async () => {
    const b = await editor();
    const res = await postMultipart(b, base, newsFields({ title: 'Tiêu đề đã gõ – chưa chọn chuyên mục', section_id: '', summary: 'Tóm tắt đã gõ' }));
    assert.equal(res.statusCode, 422);
    assert.match(res.body, /class="error-summary" role="alert"/);
    assert.match(res.body, /value="Tiêu đề đã gõ – chưa chọn chuyên mục"/);
    assert.match(res.body, />Tóm tắt đã gõ<\/textarea>/);
    assert.match(res.body, /class="field has-error"><label for="section_id">/);
    assert.match(res.body, /Vui lòng chọn chuyên mục\./);
    const rows = await t.tdb.database.db.selectFrom('contents').select('id').where('title', '=', 'Tiêu đề đã gõ – chưa chọn chuyên mục').execute();
    assert.equal(rows.length, 0);
  });

  it('should save and publish in one step, and record the history on the edit page', async () => {
    const writer = await editor();
    assert.equal((await postMultipart(writer, base, newsFields({ title: 'Lưu và xuất bản ngay', action: 'publish' }))).statusCode, 403,
      'four-eyes: a writer cannot save and publish their own news item');
    const created = await postMultipart(writer, base, newsFields({ title: 'Lưu và xuất bản ngay' }));
    const editUrl = String(created.headers.location);
    const id = Number(editUrl.split('/').pop());
    assert.equal((await writer.post(`${editUrl}/trang-thai`, { event: 'sendToBoard' })).statusCode, 303);
    const b = await editor('bientap2');
    assert.equal((await b.post(`${editUrl}/trang-thai`, { event: 'startEditing' })).statusCode, 303);
    assert.match((await b.get(editUrl)).body, /Lưu và xuất bản/);
    const res = await postMultipart(b, editUrl, newsFields({ title: 'Lưu và xuất bản ngay', action: 'publish', revision: '1' }));
    assert.equal(res.statusCode, 303);
    const row = await t.tdb.database.db.selectFrom('contents').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    assert.equal(row.status, 'published');
    assert.ok(row.published_at);
    const saved = await postMultipart(b, editUrl, newsFields({ title: 'Lưu và xuất bản ngay (đã sửa)', revision: '2' }));
    assert.equal(saved.statusCode, 303);
    const page = await b.get(editUrl);
    assert.match(page.body, /Đã lưu \(phiên bản 3\)\./);
    assert.match(page.body, /Ban Biên tập đang biên tập → Đã xuất bản/);
    assert.match(page.body, /Người Dùng bientap2/);
    assert.match(page.body, /<td>3<\/td><td>Lưu và xuất bản ngay \(đã sửa\)<\/td>/);
    const stale = await postMultipart(b, editUrl, newsFields({ title: 'Bản cũ', revision: '2' }));
    assert.equal(stale.statusCode, 422);
    assert.match(stale.body, /vừa được người khác lưu/);
    assert.match(stale.body, /value="Bản cũ"/);
  });

  it('should take a photo uploaded with the form as the cover, and keep it when the form fails', async () => {
    const b = await editor();
    const png = await sharp({ create: { width: 400, height: 260, channels: 3, background: '#b71c1c' } }).png().toBuffer();
    const failed = await postMultipart(b, base, newsFields({ title: 'Có ảnh nhưng thiếu tác giả', author_name: '', cover_alt: 'Đoàn viên ra quân' }),
      { field: 'cover_file', filename: 'ra-quan.png', type: 'image/png', data: png });
    assert.equal(failed.statusCode, 422);
    const media = await t.tdb.database.db.selectFrom('media').selectAll().where('site_id', '=', wardId).orderBy('id', 'desc').executeTakeFirstOrThrow();
    assert.equal(media.alt, 'Đoàn viên ra quân');
    assert.match(failed.body, new RegExp(`<option value="${media.id}"[^>]*selected`));
    assert.match(failed.body, /không cần chọn lại tệp/);
    const ok = await postMultipart(b, base, newsFields({ title: 'Có ảnh đầy đủ', cover_media_id: String(media.id), cover_alt: 'Đoàn viên ra quân' }));
    assert.equal(ok.statusCode, 303);
    const row = await t.tdb.database.db.selectFrom('contents').selectAll().where('title', '=', 'Có ảnh đầy đủ').executeTakeFirstOrThrow();
    assert.equal(row.cover_media_id, media.id);

    const refused = await postMultipart(b, base, newsFields({ title: 'Ảnh giả' }), { field: 'cover_file', filename: 'anh.jpg', type: 'image/jpeg', data: Buffer.from('không phải ảnh') });
    assert.equal(refused.statusCode, 422);
    assert.match(refused.body, /không phải là ảnh hợp lệ/);
    assert.match(refused.body, /value="Ảnh giả"/);
    assert.match(refused.body, /vui lòng chọn lại tệp/);
  });

  it('should find items by keyword without diacritics and filter by status and unit', async () => {
    const db = t.tdb.database.db;
    await buildContent(db, wardId, { title: 'Hội Phụ nữ tặng quà Tết', unit_id: unitB, section_id: sectionId, status: 'draft', published_at: null });
    const b = await editor();
    const found = await b.get(`${base}?q=${encodeURIComponent('hoi phu nu')}`);
    assert.match(found.body, /Hội Phụ nữ tặng quà Tết/);
    assert.doesNotMatch(found.body, /Phường Tân Ninh ra quân/);
    const drafts = await b.get(`${base}?trang_thai=published&don_vi=${unitB}`);
    assert.doesNotMatch(drafts.body, /Hội Phụ nữ tặng quà Tết/);
  });

  it('should show a contributor only their unit\'s and their own items, and refuse another unit\'s item', async () => {
    const db = t.tdb.database.db;
    const ofB = await buildContent(db, wardId, { title: 'Tin riêng của Hội Phụ nữ', unit_id: unitB, section_id: sectionId, status: 'draft', published_at: null });
    const ofA = await buildContent(db, wardId, { title: 'Tin riêng của Đoàn Thanh niên', unit_id: unitA, section_id: sectionId, status: 'draft', published_at: null });
    const b = new Browser(t.app);
    await b.login('ctv-doan');
    const list = await b.get(base);
    assert.equal(list.statusCode, 200);
    assert.match(list.body, /Tin riêng của Đoàn Thanh niên/);
    assert.doesNotMatch(list.body, /Tin riêng của Hội Phụ nữ/);
    assert.equal((await b.get(`${base}/${ofB}`)).statusCode, 403);
    const own = await b.get(`${base}/${ofA}`);
    assert.equal(own.statusCode, 200);
    assert.doesNotMatch(own.body, /Lưu và xuất bản/);
    assert.doesNotMatch(own.body, /name="event" value="(publish|forcePublish|startEditing)"/);
    assert.match(own.body, /name="event" value="submit"/, 'the contributor sends it to the unit leader');
    const form = await b.get(`${base}/moi`);
    const unitSelect = /<select id="unit_id"[^]*?<\/select>/.exec(form.body)?.[0] ?? '';
    assert.match(unitSelect, new RegExp(`<option value="${unitA}" selected>`));
    assert.doesNotMatch(unitSelect, new RegExp(`<option value="${unitB}"`));
    assert.equal((await b.post(`${base}/${ofA}/trang-thai`, { event: 'publish' })).statusCode, 403);
  });

  it('should write and publish a static page under /trang', async () => {
    const b = await editor();
    const pages = `/quan-tri/cong/${wardId}/trang`;
    const form = await b.get(`${pages}/moi`);
    assert.equal(form.statusCode, 200);
    assert.doesNotMatch(form.body, /name="author_name"/);
    const res = await postMultipart(b, pages, { title: 'Lịch sử hình thành phường', section_id: String(pageSectionId), body_html: '<p>Năm 1975…</p>', action: 'publish' });
    assert.equal(res.statusCode, 303);
    const page = await t.app.inject({ url: '/site/phuong-tan-ninh/gioi-thieu/lich-su-hinh-thanh-phuong', headers: { host: 'localhost' } });
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Lịch sử hình thành phường/);
    assert.match((await b.get(pages)).body, /Lịch sử hình thành phường/);
  });

  it('should refuse this site\'s content screens to a person whose role is on another site', async () => {
    const b = new Browser(t.app);
    await b.login('phuong-khac');
    assert.equal((await b.get(base)).statusCode, 403);
    assert.equal((await b.get(`${base}/moi`)).statusCode, 403);
    const posted = await postMultipart(b, base, newsFields({ title: 'Đăng nhầm cổng' }));
    assert.equal(posted.statusCode, 403);
    assert.equal((await b.get(`/quan-tri/cong/${otherWardId}/tin-bai`)).statusCode, 200);
  });

  it('should refuse a POST without the CSRF token', async () => {
    const b = await editor();
    const res = await postMultipart(b, base, newsFields({ title: 'Không có mã CSRF' }), undefined, null);
    assert.equal(res.statusCode, 403);
    const forged = await postMultipart(b, base, newsFields({ title: 'Mã CSRF giả' }), undefined, 'gia-mao');
    assert.equal(forged.statusCode, 403);
    const id = await buildContent(t.tdb.database.db, wardId, { section_id: sectionId, status: 'draft', published_at: null });
    const status = await b.post(`${base}/${id}/trang-thai`, { _csrf: '', event: 'publish' });
    assert.equal(status.statusCode, 403);
    const rows = await t.tdb.database.db.selectFrom('contents').select(['status']).where('id', '=', id).executeTakeFirstOrThrow();
    assert.equal(rows.status, 'draft');
    const none = await t.tdb.database.db.selectFrom('contents').select('id').where('title', 'in', ['Không có mã CSRF', 'Mã CSRF giả']).execute();
    assert.equal(none.length, 0);
  });
});
