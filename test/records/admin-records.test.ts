/**
 * Request tests of the structured-content admin screens: empty-state hints, Vietnamese validation that keeps
 * what was typed, files checked by content, changes recorded in the audit log, permissions and other-site denial.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import type { Kysely } from 'kysely';
import { scaffoldSections } from '../../src/commands/sites/scaffoldSections.ts';
import type { DB } from '../../src/db/schema.ts';
import { buildSite, buildUser } from '../support/factories.ts';
import { testDocx, testPdf } from '../support/files.ts';
import { buildDocument, buildOfficial } from '../support/recordFactories.ts';
import { Browser, type TestApp, createTestApp } from '../support/testApp.ts';

const NOW = new Date('2026-11-25T03:00:00.000Z');

async function postMultipart(b: Browser, url: string, file: { filename: string; type: string; data: Buffer }): Promise<LightMyRequestResponse> {
  const boundary = `----cttdt${randomBytes(8).toString('hex')}`;
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.filename}"\r\nContent-Type: ${file.type}\r\n\r\n`),
    file.data, Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return b.app.inject({
    method: 'POST', url: `${url}?_csrf=${encodeURIComponent(b.csrf)}`, payload: body,
    headers: { host: b.host, 'content-type': `multipart/form-data; boundary=${boundary}`, cookie: [...b.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
  });
}

const docForm = (over: Record<string, string> = {}) => ({
  numberSymbol: '27/QĐ-UBND', docType: 'quyet-dinh', issuingBody: 'Ủy ban nhân dân phường Thử', signer: 'Chủ tịch Nguyễn Văn An',
  issuedOn: '2026-11-24', effectiveOn: '2026-11-24', abstract: 'Về việc ban hành Quy chế làm việc của Ủy ban nhân dân phường', field: 'hanh-chinh',
  validity: 'in_force', isNormative: '', isOwn: '1', showOnParent: '', sectionId: '', replacesId: '', amendsId: '', action: 'publish', ...over,
});

describe('admin: structured content', () => {
  let t: TestApp;
  let db: Kysely<DB>;
  let city: number;
  let wardA: number;
  let wardB: number;
  let docB: number;
  let chiefA: string;
  let editorA: string;
  let contributorA: string;
  let chiefB: string;

  before(async () => {
    t = await createTestApp({ clock: { now: () => NOW } });
    db = t.tdb.database.db;
    city = await buildSite(db, { level: 'city', slug: 'tp-ban-ghi' });
    wardA = await buildSite(db, { parent_id: city, slug: 'phuong-a-ban-ghi', full_name: 'Ủy ban nhân dân phường Thử' });
    wardB = await buildSite(db, { parent_id: city, slug: 'phuong-b-ban-ghi' });
    for (const id of [wardA, wardB]) await scaffoldSections(db, id, 'ward', NOW.toISOString());
    docB = await buildDocument(db, wardB, { number_symbol: '99/QĐ-UBND' });
    chiefA = (await buildUser(db, { roles: [{ siteId: wardA, role: 'editor_in_chief' }] })).username;
    editorA = (await buildUser(db, { roles: [{ siteId: wardA, role: 'editor' }] })).username;
    contributorA = (await buildUser(db, { roles: [{ siteId: wardA, role: 'contributor' }] })).username;
    chiefB = (await buildUser(db, { roles: [{ siteId: wardB, role: 'editor_in_chief' }] })).username;
    await t.app.ctx.directory.reload();
  });
  after(() => t.close());

  async function as(username: string): Promise<Browser> {
    const b = new Browser(t.app);
    await b.login(username);
    return b;
  }

  it('should show editors what belongs in an empty section and its legal basis', async () => {
    const b = await as(editorA);
    const hub = await b.get(`/quan-tri/cong/${wardA}/thong-tin-bat-buoc`);
    assert.equal(hub.statusCode, 200);
    assert.match(hub.body, /Chuyên mục còn trống/);
    assert.match(hub.body, /Căn cứ: Luật TCTT Điều 19.1\(g\); NĐ 13\/2018 Điều 6.3, Điều 11/, 'the access-to-information hint with its basis');
    assert.match(hub.body, /Căn cứ: Luật 10\/2022\/QH15 Điều 11, 12, 13/, 'grassroots democracy on a ward');
    const docs = await b.get(`/quan-tri/cong/${wardA}/van-ban`);
    assert.match(docs.body, /class="empty-hint"/);
    assert.match(docs.body, /Căn cứ: NĐ 42\/2022 Điều 4.1\(a\); Luật TCTT Điều 19.1\(a\)/);
    assert.match(docs.body, /Thêm văn bản đầu tiên/);
    const budget = await b.get(`/quan-tri/cong/${wardA}/cong-khai/cong-khai-ngan-sach`);
    assert.match(budget.body, /Căn cứ: Luật NSNN 83\/2015 Điều 15/);
    assert.match(hub.body, new RegExp(`href="/quan-tri/cong/${wardA}/tuan-thu"`));
  });

  it('should refuse a document with Vietnamese messages beside each field, keeping what was typed', async () => {
    const b = await as(editorA);
    const res = await b.post(`/quan-tri/cong/${wardA}/van-ban`, docForm({ numberSymbol: '', docType: 'khong-co', issuedOn: '2026-12-30', effectiveOn: '20/11/2026', abstract: 'Về việc thử', signer: 'Bà Lê Thị Hoa' }));
    assert.equal(res.statusCode, 422);
    assert.match(res.body, /class="error-summary" role="alert"/);
    assert.match(res.body, /<p class="error" id="numberSymbol-error">Vui lòng nhập số ký hiệu văn bản/);
    assert.match(res.body, /<p class="error" id="docType-error">Vui lòng chọn hình thức văn bản.<\/p>/);
    assert.match(res.body, /<p class="error" id="issuedOn-error">Ngày ban hành không thể sau ngày hôm nay.<\/p>/);
    assert.match(res.body, /<p class="error" id="effectiveOn-error">Ngày hiệu lực không thể trước ngày ban hành.<\/p>/);
    assert.match(res.body, /value="Bà Lê Thị Hoa"/);
    assert.match(res.body, /Về việc thử<\/textarea>/);
    assert.equal((await db.selectFrom('documents').select('id').where('site_id', '=', wardA).execute()).length, 0);
  });

  it('should publish a document, record it in the audit log, and accept PDF/DOCX files checked by content only', async () => {
    const b = await as(editorA);
    const res = await b.post(`/quan-tri/cong/${wardA}/van-ban`, docForm());
    assert.equal(res.statusCode, 303);
    const doc = await db.selectFrom('documents').selectAll().where('site_id', '=', wardA).where('number_symbol', '=', '27/QĐ-UBND').executeTakeFirstOrThrow();
    assert.equal(res.headers.location, `/quan-tri/cong/${wardA}/van-ban/${doc.id}`);
    assert.equal(doc.status, 'published');
    assert.equal(doc.published_at, NOW.toISOString());
    assert.match(doc.search_text, /quy che lam viec/);
    const audit = await db.selectFrom('audit_events').selectAll().where('subject_type', '=', 'document').where('subject_id', '=', doc.id).execute();
    assert.deepEqual(audit.map((a) => [a.action, a.site_id]), [['document.created', wardA]]);

    const pdf = await postMultipart(b, `/quan-tri/cong/${wardA}/van-ban/${doc.id}/tep`, { filename: 'quyet-dinh.pdf', type: 'application/pdf', data: testPdf('Quyết định 27') });
    assert.equal(pdf.statusCode, 303);
    const docx = await postMultipart(b, `/quan-tri/cong/${wardA}/van-ban/${doc.id}/tep`, { filename: 'phu-luc.docx', type: 'application/octet-stream', data: testDocx() });
    assert.equal(docx.statusCode, 303);
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    const fake = await postMultipart(b, `/quan-tri/cong/${wardA}/van-ban/${doc.id}/tep`, { filename: 'van-ban.pdf', type: 'application/pdf', data: png });
    assert.equal(fake.statusCode, 422);
    assert.match(fake.body, /Tệp không phải văn bản PDF, Word \(DOCX\) hoặc OpenDocument \(ODT\) hợp lệ/);
    const files = await db.selectFrom('document_files').selectAll().where('document_id', '=', doc.id).orderBy('id').execute();
    assert.deepEqual(files.map((f) => [f.kind, f.mime]), [['pdf', 'application/pdf'], ['docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document']]);
    const fileAudit = await db.selectFrom('audit_events').select('action').where('subject_type', '=', 'document').where('subject_id', '=', doc.id).where('action', '=', 'document.fileAdded').execute();
    assert.equal(fileAudit.length, 2);

    const removed = await b.post(`/quan-tri/cong/${wardA}/van-ban/${doc.id}/tep/${files[1]!.id}/xoa`, {});
    assert.equal(removed.statusCode, 303);
    assert.equal((await db.selectFrom('document_files').select('id').where('document_id', '=', doc.id).execute()).length, 1);
  });

  it('should mark a replaced document as replaced', async () => {
    const b = await as(editorA);
    const old = await db.selectFrom('documents').select('id').where('site_id', '=', wardA).where('number_symbol', '=', '27/QĐ-UBND').executeTakeFirstOrThrow();
    const res = await b.post(`/quan-tri/cong/${wardA}/van-ban`, docForm({ numberSymbol: '30/QĐ-UBND', replacesId: String(old.id) }));
    assert.equal(res.statusCode, 303);
    const after = await db.selectFrom('documents').select('validity').where('id', '=', old.id).executeTakeFirstOrThrow();
    assert.equal(after.validity, 'replaced');
    const foreign = await b.post(`/quan-tri/cong/${wardA}/van-ban`, docForm({ numberSymbol: '31/QĐ-UBND', replacesId: String(docB) }));
    assert.equal(foreign.statusCode, 422, 'a document of another site cannot be replaced');
    assert.match(foreign.body, /Vui lòng chọn một văn bản của cổng này./);
  });

  it('should deny other wards, contributors and anonymous visitors, and not reach another site\'s rows', async () => {
    const other = await as(chiefB);
    assert.equal((await other.get(`/quan-tri/cong/${wardA}/van-ban`)).statusCode, 403);
    assert.equal((await other.post(`/quan-tri/cong/${wardA}/van-ban`, docForm({ numberSymbol: '1/LA' }))).statusCode, 403);
    assert.equal((await other.get(`/quan-tri/cong/${wardA}/can-bo/moi`)).statusCode, 403);
    assert.equal((await other.get(`/quan-tri/cong/${wardA}/cong-khai/thu-tuc-hanh-chinh`)).statusCode, 403);
    assert.equal((await other.get(`/quan-tri/cong/${wardA}/bieu-ngu`)).statusCode, 403);
    const contributor = await as(contributorA);
    assert.equal((await contributor.get(`/quan-tri/cong/${wardA}/van-ban`)).statusCode, 403);
    assert.equal((await contributor.get(`/quan-tri/cong/${wardA}/lich-cong-tac`)).statusCode, 403);
    const anonymous = new Browser(t.app);
    const res = await anonymous.get(`/quan-tri/cong/${wardA}/van-ban`);
    assert.equal(res.statusCode, 302);
    assert.match(String(res.headers.location), /^\/quan-tri\/dang-nhap/);
    const a = await as(editorA);
    assert.equal((await a.get(`/quan-tri/cong/${wardA}/van-ban/${docB}`)).statusCode, 404, 'ward B\'s document is not found under ward A');
    assert.equal((await a.post(`/quan-tri/cong/${wardA}/van-ban/${docB}`, docForm({ numberSymbol: '99/QĐ-UBND' }))).statusCode, 404);
    assert.equal((await db.selectFrom('documents').select('abstract').where('id', '=', docB).executeTakeFirstOrThrow()).abstract.includes('Quy chế làm việc'), false);
    assert.equal((await a.get(`/quan-tri/cong/${wardA}/cong-khai/khong-co-loai-nay`)).statusCode, 404);
  });

  it('should require phone and e-mail for a spokesperson, then list them', async () => {
    const b = await as(editorA);
    const base = { fullName: 'Phạm Thị Lan', position: 'Phó Chủ tịch UBND phường', positionEn: '', unitId: '', phone: '', email: '', duties: '', isLeader: '1', isSpokesperson: '1', isFocalPoint: '', focalTopic: '', appointedOn: '', sortOrder: '' };
    const bad = await b.post(`/quan-tri/cong/${wardA}/can-bo`, base);
    assert.equal(bad.statusCode, 422);
    assert.match(bad.body, /<p class="error" id="phone-error">Cần số điện thoại để công bố người phát ngôn/);
    assert.match(bad.body, /<p class="error" id="email-error">Cần thư điện tử công vụ để công bố người phát ngôn.<\/p>/);
    assert.match(bad.body, /value="Phạm Thị Lan"/);
    const ok = await b.post(`/quan-tri/cong/${wardA}/can-bo`, { ...base, phone: '0276 3822 415', email: 'ptlan@thu.gov.vn' });
    assert.equal(ok.statusCode, 303);
    const list = await b.get(`/quan-tri/cong/${wardA}/can-bo`);
    assert.match(list.body, /Phạm Thị Lan/);
    assert.match(list.body, /Người phát ngôn/);
  });

  it('should add a schedule entry, and require a note to change it, marking the change', async () => {
    const b = await as(editorA);
    const leader = await db.selectFrom('officials').select('id').where('site_id', '=', wardA).where('full_name', '=', 'Phạm Thị Lan').executeTakeFirstOrThrow();
    const form = { officialId: String(leader.id), date: '2026-11-26', startTime: '08:00', endTime: '07:00', location: 'Hội trường UBND phường', content: 'Họp giao ban tuần', chair: 'Phó Chủ tịch', participants: 'Công chức', changeNote: '' };
    const bad = await b.post(`/quan-tri/cong/${wardA}/lich-cong-tac`, form);
    assert.equal(bad.statusCode, 422);
    assert.match(bad.body, /Giờ kết thúc phải sau giờ bắt đầu./);
    const ok = await b.post(`/quan-tri/cong/${wardA}/lich-cong-tac`, { ...form, endTime: '10:00' });
    assert.equal(ok.statusCode, 303);
    assert.equal(ok.headers.location, `/quan-tri/cong/${wardA}/lich-cong-tac?tuan=2026-W48`);
    const entry = await db.selectFrom('schedule_entries').selectAll().where('site_id', '=', wardA).executeTakeFirstOrThrow();
    assert.equal(entry.starts_at, '2026-11-26T01:00:00.000Z', '08:00 in Vietnam');
    const week = await b.get(`/quan-tri/cong/${wardA}/lich-cong-tac?tuan=2026-W48`);
    assert.match(week.body, /Họp giao ban tuần/);
    const noNote = await b.post(`/quan-tri/cong/${wardA}/lich-cong-tac/${entry.id}`, { ...form, endTime: '10:00', startTime: '14:00' });
    assert.equal(noNote.statusCode, 422);
    assert.match(noNote.body, /Vui lòng ghi rõ nội dung điều chỉnh/);
    const changed = await b.post(`/quan-tri/cong/${wardA}/lich-cong-tac/${entry.id}`, { ...form, startTime: '14:00', endTime: '16:00', changeNote: 'Chuyển sang buổi chiều' });
    assert.equal(changed.statusCode, 303);
    const after = await db.selectFrom('schedule_entries').selectAll().where('id', '=', entry.id).executeTakeFirstOrThrow();
    assert.equal(after.change_count, 1);
    assert.equal(after.change_note, 'Chuyển sang buổi chiều');
    const actions = await db.selectFrom('audit_events').select('action').where('subject_type', '=', 'schedule_entry').where('subject_id', '=', entry.id).orderBy('id').execute();
    assert.deepEqual(actions.map((a) => a.action), ['schedule.created', 'schedule.changed']);
  });

  it('should link procedures only into the national public service portal, and check each category\'s fields', async () => {
    const b = await as(editorA);
    const base = { title: 'Đăng ký khai sinh', url: 'https://example.com/khai-sinh', d_code: '1.001193', d_field: 'Hộ tịch', d_level: 'toan-trinh', periodKind: 'none', action: 'publish' };
    const bad = await b.post(`/quan-tri/cong/${wardA}/cong-khai/thu-tuc-hanh-chinh`, base);
    assert.equal(bad.statusCode, 422);
    assert.match(bad.body, /Thủ tục phải dẫn đến Cổng Dịch vụ công quốc gia \(dichvucong.gov.vn\)/);
    assert.match(bad.body, /value="https:\/\/example.com\/khai-sinh"/);
    const ok = await b.post(`/quan-tri/cong/${wardA}/cong-khai/thu-tuc-hanh-chinh`, { ...base, url: 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.001193' });
    assert.equal(ok.statusCode, 303);
    const budget = await b.post(`/quan-tri/cong/${wardA}/cong-khai/cong-khai-ngan-sach`, { title: 'Công khai thực hiện dự toán quý III/2026', subtype: '', periodKind: 'quarter', periodYear: '2026', periodNumber: '5', action: 'publish' });
    assert.equal(budget.statusCode, 422);
    assert.match(budget.body, /<p class="error" id="subtype-error">Vui lòng chọn loại.<\/p>/);
    assert.match(budget.body, /<p class="error" id="periodNumber-error">Chọn kỳ từ 1 đến 4.<\/p>/);
    const items = await db.selectFrom('disclosures').select(['category', 'status']).where('site_id', '=', wardA).execute();
    assert.deepEqual(items, [{ category: 'procedures', status: 'published' }]);
  });

  it('should require a text alternative for a banner and refuse animated GIFs', async () => {
    const b = await as(chiefA);
    const media = (url: string, mime: string) => db.insertInto('media').values({
      site_id: wardA, kind: 'image', original_name: url, mime, width: 1600, height: 400, bytes: 100, storage_key: `thu/${url}`, variants: '[]', alt: '', caption: '', created_by: null, created_at: NOW.toISOString(),
    }).returning('id').executeTakeFirstOrThrow();
    const still = (await media('bieu-ngu.png', 'image/png')).id;
    const gif = (await media('nhap-nhay.gif', 'image/gif')).id;
    const form = { title: 'Chuyển đổi số', alt: '', linkUrl: '/chuyen-doi-so', mediaId: String(gif), startsAt: '2026-11-20T00:00', endsAt: '2026-11-19T00:00', sortOrder: '' };
    const bad = await b.post(`/quan-tri/cong/${wardA}/bieu-ngu`, form);
    assert.equal(bad.statusCode, 422);
    assert.match(bad.body, /<p class="error" id="alt-error">Vui lòng nhập văn bản thay thế/);
    assert.match(bad.body, /<p class="error" id="mediaId-error">Không dùng ảnh GIF làm biểu ngữ/);
    assert.match(bad.body, /<p class="error" id="endsAt-error">Thời điểm kết thúc phải sau thời điểm bắt đầu.<\/p>/);
    const ok = await b.post(`/quan-tri/cong/${wardA}/bieu-ngu`, { ...form, alt: 'Chuyển đổi số – nộp hồ sơ trực tuyến', mediaId: String(still), endsAt: '2026-12-31T23:00' });
    assert.equal(ok.statusCode, 303);
    const banner = await db.selectFrom('banners').selectAll().where('site_id', '=', wardA).executeTakeFirstOrThrow();
    assert.equal(banner.starts_at, '2026-11-19T17:00:00.000Z');
    assert.deepEqual((await db.selectFrom('audit_events').select('action').where('subject_type', '=', 'banner').where('subject_id', '=', banner.id).execute()).map((a) => a.action), ['banner.created']);
    const editor = await as(editorA);
    assert.equal((await editor.get(`/quan-tri/cong/${wardA}/bieu-ngu`)).statusCode, 403, 'banners belong to the editor-in-chief');
  });

  it('should run a themed section for its campaign window only: off the menu after it ends, its page still reachable', async () => {
    const b = await as(chiefA);
    const base = { slug: '', kind: 'news', parentId: '', description: 'Chuyên đề tuyên truyền', legalBasis: '', externalUrl: '', inMenu: '1', onHome: '1', sortOrder: '' };
    const bad = await b.post(`/quan-tri/cong/${wardA}/chuyen-muc`, { ...base, name: 'Chuyên đề lỗi', startsAt: '2026-11-20T00:00', endsAt: '2026-11-01T00:00' });
    assert.equal(bad.statusCode, 422);
    assert.match(bad.body, /<p class="error" id="endsAt-error">Thời điểm kết thúc phải sau thời điểm bắt đầu.<\/p>/);
    assert.match(bad.body, /value="2026-11-20T00:00"/);
    assert.equal((await b.post(`/quan-tri/cong/${wardA}/chuyen-muc`, { ...base, name: 'Chuyên đề Bầu cử', slug: 'chuyen-de-bau-cu', startsAt: '2026-11-01T00:00', endsAt: '2026-12-31T00:00' })).statusCode, 303);
    assert.equal((await b.post(`/quan-tri/cong/${wardA}/chuyen-muc`, { ...base, name: 'Chuyên đề Tết 2026', slug: 'chuyen-de-tet', startsAt: '2026-01-15T00:00', endsAt: '2026-02-28T00:00' })).statusCode, 303);
    const stored = await db.selectFrom('sections').select(['starts_at', 'ends_at']).where('site_id', '=', wardA).where('slug', '=', 'chuyen-de-bau-cu').executeTakeFirstOrThrow();
    assert.deepEqual(stored, { starts_at: '2026-10-31T17:00:00.000Z', ends_at: '2026-12-30T17:00:00.000Z' });
    const home = await t.app.inject({ url: '/site/phuong-a-ban-ghi/', headers: { host: 'localhost' } });
    assert.match(home.body, /href="\/site\/phuong-a-ban-ghi\/chuyen-de-bau-cu"/, 'running: in the menu');
    assert.doesNotMatch(home.body, /chuyen-de-tet/, 'ended: off the menu and the home page');
    assert.equal((await t.app.inject({ url: '/site/phuong-a-ban-ghi/chuyen-de-tet', headers: { host: 'localhost' } })).statusCode, 200);
  });

  it('should show the new navigation entries to the roles that may use them', async () => {
    const chief = await as(chiefA);
    const page = await chief.get(`/quan-tri/cong/${wardA}/van-ban`);
    assert.match(page.body, new RegExp(`href="/quan-tri/cong/${wardA}/thong-tin-bat-buoc"`));
    assert.match(page.body, new RegExp(`href="/quan-tri/cong/${wardA}/tuan-thu"`));
    const contributor = await as(contributorA);
    const home = await contributor.get(`/quan-tri/cong/${wardA}/tin-bai`);
    assert.doesNotMatch(home.body, /thong-tin-bat-buoc/);
    assert.doesNotMatch(home.body, /tuan-thu/);
    void buildOfficial;
  });
});
