/**
 * Request tests of the public pages of structured content: listings with search filters, detail pages, file
 * downloads, the parent portal's shared ward documents, the weekly schedule (printable, iCalendar), the
 * contact directory and org chart, English contacts, press information, and the "being updated" empty state.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Kysely } from 'kysely';
import { scaffoldSections } from '../../src/commands/sites/scaffoldSections.ts';
import type { DB } from '../../src/db/schema.ts';
import { buildSite, buildUnit } from '../support/factories.ts';
import { testPdf } from '../support/files.ts';
import { buildDisclosure, buildDocument, buildOfficial, buildScheduleEntry } from '../support/recordFactories.ts';
import { type TestApp, createTestApp } from '../support/testApp.ts';

const NOW = new Date('2026-11-25T03:00:00.000Z');

describe('public: structured content', () => {
  let t: TestApp;
  let db: Kysely<DB>;
  let city: number;
  let ward: number;
  const ids: Record<string, number> = {};

  before(async () => {
    t = await createTestApp({ clock: { now: () => NOW } });
    db = t.tdb.database.db;
    city = await buildSite(db, { level: 'city', slug: 'thanh-pho', name: 'Thành phố Thử', full_name: 'Ủy ban nhân dân thành phố Thử', host: 'localhost' });
    ward = await buildSite(db, { parent_id: city, slug: 'phuong-an-binh', name: 'Phường An Bình', full_name: 'Ủy ban nhân dân phường An Bình' });
    const citySections = await scaffoldSections(db, city, 'city', NOW.toISOString());
    const wardSections = await scaffoldSections(db, ward, 'ward', NOW.toISOString());
    ids.wardQppl = wardSections.get('van-ban-quy-pham-phap-luat')!;
    void citySections;

    ids.decision = await buildDocument(db, ward, {
      number_symbol: '15/QĐ-UBND', abstract: 'Về việc ban hành Quy chế tiếp công dân', issuing_body: 'Ủy ban nhân dân phường An Bình', doc_type: 'quyet-dinh',
      field: 'hanh-chinh', issued_on: '2026-03-10', effective_on: '2026-03-10', published_at: '2026-03-10T08:00:00.000Z', show_on_parent: 1,
      search_text: '15/qd-ubnd ve viec ban hanh quy che tiep cong dan uy ban nhan dan phuong an binh',
    });
    ids.plan = await buildDocument(db, ward, {
      number_symbol: '120/KH-UBND', abstract: 'Kế hoạch cải cách hành chính năm 2025', issuing_body: 'Ủy ban nhân dân phường An Bình', doc_type: 'ke-hoach',
      field: 'tai-chinh', issued_on: '2025-12-20', effective_on: '2025-12-20', published_at: '2025-12-21T08:00:00.000Z', replaces_id: null,
      search_text: '120/kh-ubnd ke hoach cai cach hanh chinh nam 2025 uy ban nhan dan phuong an binh',
    });
    ids.newPlan = await buildDocument(db, ward, {
      number_symbol: '05/KH-UBND', abstract: 'Kế hoạch cải cách hành chính năm 2026', issuing_body: 'Ủy ban nhân dân phường An Bình', doc_type: 'ke-hoach',
      issued_on: '2026-01-05', effective_on: '2026-01-05', replaces_id: ids.plan, section_id: ids.wardQppl,
      search_text: '05/kh-ubnd ke hoach cai cach hanh chinh nam 2026',
    });
    await db.updateTable('documents').set({ validity: 'replaced' }).where('id', '=', ids.plan).execute();
    ids.draft = await buildDocument(db, ward, { number_symbol: '77/QĐ-UBND', abstract: 'Dự thảo chưa đăng', status: 'draft', published_at: null });
    ids.otherCityDoc = await buildDocument(db, city, { number_symbol: '300/QĐ-UBND', abstract: 'Quyết định của thành phố' });

    const key = '2026/03/thu-quyet-dinh.pdf';
    const path = join(t.tdb.dataDir, 'files', key);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, testPdf('Quyet dinh 15'));
    ids.file = (await db.insertInto('document_files').values({
      document_id: ids.decision, site_id: ward, kind: 'pdf', mime: 'application/pdf', original_name: 'QĐ 15.pdf', bytes: 500, sha256: '0'.repeat(64),
      storage_key: key, created_by: null, created_at: NOW.toISOString(),
    }).returning('id').executeTakeFirstOrThrow()).id;
    ids.draftFile = (await db.insertInto('document_files').values({
      document_id: ids.draft, site_id: ward, kind: 'pdf', mime: 'application/pdf', original_name: 'nhap.pdf', bytes: 500, sha256: '0'.repeat(64),
      storage_key: key, created_by: null, created_at: NOW.toISOString(),
    }).returning('id').executeTakeFirstOrThrow()).id;

    const unit = await buildUnit(db, ward, { name: 'Văn phòng HĐND và UBND', leader_name: 'Đỗ Văn Tâm', leader_title: 'Chánh Văn phòng', phone: '0276 3822 999' });
    ids.chair = await buildOfficial(db, ward, { full_name: 'Nguyễn Văn An', position: 'Chủ tịch UBND phường', position_en: 'Chairman of the Ward People\'s Committee', is_spokesperson: 1, phone: '0276 3822 415', email: 'nvan@anbinh.gov.vn' });
    await buildOfficial(db, ward, { full_name: 'Lê Thị Bình', position: 'Công chức Văn phòng – Thống kê', is_leader: 0, is_focal_point: 1, focal_topic: 'Tiếp cận thông tin', unit_id: unit, email: 'ltbinh@anbinh.gov.vn' });
    await buildScheduleEntry(db, ward, { official_id: ids.chair, starts_at: '2026-11-23T01:30:00.000Z', ends_at: '2026-11-23T03:00:00.000Z', content: 'Họp giao ban; triển khai nhiệm vụ, tuần 48', location: 'Phòng họp số 1, tầng 2', chair: 'Chủ tịch UBND phường' });
    await buildScheduleEntry(db, ward, { official_id: ids.chair, starts_at: '2026-11-24T07:00:00.000Z', content: 'Tiếp công dân định kỳ', change_count: 1, change_note: 'Chuyển từ sáng sang chiều', changed_at: '2026-11-22T02:00:00.000Z' });
    await buildScheduleEntry(db, ward, { official_id: ids.chair, starts_at: '2026-11-26T01:00:00.000Z', content: 'Kiểm tra công trình', is_cancelled: 1, change_count: 1, change_note: 'Hoãn do mưa lớn' });
    await buildScheduleEntry(db, ward, { official_id: ids.chair, starts_at: '2026-12-02T01:00:00.000Z', content: 'Họp tuần sau' });

    await buildDisclosure(db, ward, 'procedures', { title: 'Đăng ký khai sinh', url: 'https://dichvucong.gov.vn/p/home/dvc-tthc.html?ma=1.001193', details: JSON.stringify({ code: '1.001193', field: 'Hộ tịch', level: 'toan-trinh' }) });
    ids.budget = await buildDisclosure(db, ward, 'budget', { title: 'Công khai thực hiện dự toán quý III năm 2026', subtype: 'thuc-hien', period_kind: 'quarter', period_year: 2026, period_number: 3, body_html: '<p>Tổng thu <strong>12 tỷ</strong></p><script>alert(1)</script>', document_id: ids.decision });
    await buildDisclosure(db, ward, 'budget', { title: 'Dự toán ngân sách năm 2025', subtype: 'du-toan', period_kind: 'year', period_year: 2025 });
    await buildDisclosure(db, ward, 'budget', { title: 'Bản nháp công khai', status: 'draft', published_at: null });
    await buildDisclosure(db, ward, 'access_info', { title: 'Quy chế dân chủ ở cơ sở', details: JSON.stringify({ numberSymbol: '02/QC-UBND', form: 'Đăng trên cổng; niêm yết tại trụ sở', timing: 'Trong 05 ngày làm việc', duration: 'Thường xuyên' }) });
    await buildDisclosure(db, ward, 'social', { title: 'Zalo OA Phường An Bình', url: 'https://zalo.me/anbinh' });
    await t.app.ctx.directory.reload();
  });
  after(() => t.close());

  // As nginx in front sends them: X-Forwarded-For makes the app list the page's tags in Surrogate-Key.
  const get = (url: string) => t.app.inject({ url, headers: { host: 'localhost', 'x-forwarded-for': '127.0.0.1' } });
  const W = '/site/phuong-an-binh';

  it('should list published documents with their metadata, filter them, and say when nothing matches', async () => {
    const res = await get(`${W}/van-ban`);
    assert.equal(res.statusCode, 200);
    for (const n of ['15/QĐ-UBND', '120/KH-UBND', '05/KH-UBND']) assert.match(res.body, new RegExp(n));
    assert.doesNotMatch(res.body, /77\/QĐ-UBND/, 'drafts are not public');
    assert.doesNotMatch(res.body, /300\/QĐ-UBND/, 'the city\'s documents are not the ward\'s');
    assert.match(res.body, /Bị thay thế/);
    assert.match(String(res.headers['surrogate-key']), new RegExp(`(^| )documents-${ward}( |$)`));
    assert.match(String(res.headers['surrogate-key']), new RegExp(`(^| )site-${ward}( |$)`));
    const byType = await get(`${W}/van-ban?loai=ke-hoach`);
    assert.match(byType.body, /120\/KH-UBND/);
    assert.doesNotMatch(byType.body, /15\/QĐ-UBND/);
    const byYear = await get(`${W}/van-ban?nam=2025`);
    assert.match(byYear.body, /120\/KH-UBND/);
    assert.doesNotMatch(byYear.body, /05\/KH-UBND/);
    const byField = await get(`${W}/van-ban?linh-vuc=tai-chinh`);
    assert.match(byField.body, /120\/KH-UBND/);
    assert.doesNotMatch(byField.body, /15\/QĐ-UBND/);
    const byIssuer = await get(`${W}/van-ban?co-quan=${encodeURIComponent('Ủy ban nhân dân phường An Bình')}&q=tiep+cong+dan`);
    assert.match(byIssuer.body, /15\/QĐ-UBND/);
    assert.doesNotMatch(byIssuer.body, /KH-UBND<\/a>/);
    assert.match(byIssuer.body, /<meta name="robots" content="noindex"\/>/, 'filtered listings are not indexed');
    const none = await get(`${W}/van-ban?q=khong+co+van+ban+nay`);
    assert.match(none.body, /Không tìm thấy văn bản phù hợp./);
    const child = await get(`${W}/van-ban-quy-pham-phap-luat`);
    assert.match(child.body, /05\/KH-UBND/);
    assert.doesNotMatch(child.body, /15\/QĐ-UBND/, 'a child section lists only its own documents');
  });

  it('should show a document with its metadata, links both ways and its file, and serve the file only while published', async () => {
    const res = await get(`${W}/van-ban/${ids.newPlan}-05-kh-ubnd`);
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /<h1>Kế hoạch 05\/KH-UBND<\/h1>/);
    assert.match(res.body, /<dt>Thay thế văn bản<\/dt><dd><a href="\/site\/phuong-an-binh\/van-ban\/\d+-120-kh-ubnd">120\/KH-UBND<\/a>/);
    const old = await get(`${W}/van-ban/${ids.plan}`);
    assert.match(old.body, /<dt>Bị thay thế bởi<\/dt><dd><a[^>]*>05\/KH-UBND<\/a>/);
    const withFile = await get(`${W}/van-ban/${ids.decision}-15-qd-ubnd`);
    assert.match(withFile.body, /<dt>Cơ quan ban hành<\/dt><dd>Ủy ban nhân dân phường An Bình<\/dd>/);
    assert.match(withFile.body, /<meta name="DC.creator" content="Ủy ban nhân dân phường An Bình"\/>/);
    const href = /href="([^"]*tep-dinh-kem[^"]*)"/.exec(withFile.body)![1]!;
    assert.equal(href, `${W}/tep-dinh-kem/${ids.file}/15-qd-ubnd.pdf`);
    const file = await get(href);
    assert.equal(file.statusCode, 200);
    assert.equal(file.headers['content-type'], 'application/pdf');
    assert.equal(file.headers['x-content-type-options'], 'nosniff');
    assert.ok(file.rawPayload.subarray(0, 5).toString() === '%PDF-');
    assert.equal((await get(`${W}/tep-dinh-kem/${ids.draftFile}/nhap.pdf`)).statusCode, 404, 'file of a draft');
    assert.equal((await get(`/tep-dinh-kem/${ids.file}/x.pdf`)).statusCode, 404, 'the ward\'s file is not on the city portal');
    assert.equal((await get(`${W}/van-ban/${ids.draft}-77-qd-ubnd`)).statusCode, 404);
    assert.equal((await get(`${W}/van-ban/${ids.otherCityDoc}`)).statusCode, 404);
  });

  it('should list a ward document shared with the parent on the city portal, linking to the ward', async () => {
    const res = await get('/van-ban');
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /300\/QĐ-UBND/);
    assert.match(res.body, new RegExp(`href="/site/phuong-an-binh/van-ban/${ids.decision}-15-qd-ubnd"`));
    assert.match(res.body, /<span class="site-tag">Phường An Bình<\/span>/);
    assert.doesNotMatch(res.body, /120\/KH-UBND/, 'not shared');
    assert.match(String(res.headers['surrogate-key']), new RegExp(`site-${ward}`), 'a ward change invalidates the parent listing');
  });

  it('should show the week\'s schedule with changes and postponements marked, a print view and an iCalendar file', async () => {
    const res = await get(`${W}/lich-cong-tac?tuan=2026-W48`);
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /Thứ Hai, 23\/11\/2026/);
    assert.match(res.body, /08:30 – 10:00/);
    assert.match(res.body, /Họp giao ban; triển khai nhiệm vụ, tuần 48/);
    assert.match(res.body, /<strong>Điều chỉnh lúc 09:00, ngày 22 tháng 11 năm 2026:<\/strong> Chuyển từ sáng sang chiều/);
    assert.match(res.body, /<del>Kiểm tra công trình<\/del>/);
    assert.match(res.body, /Hoãn do mưa lớn/);
    assert.doesNotMatch(res.body, /Họp tuần sau/);
    const print = await get(`${W}/lich-cong-tac/ban-in?tuan=2026-W48`);
    assert.equal(print.statusCode, 200);
    assert.match(print.body, /<link rel="stylesheet" href="\/assets\/print.css"\/>/);
    assert.match(print.body, /Họp giao ban/);
    const ics = await get(`${W}/lich-cong-tac/lich.ics?tuan=2026-W48`);
    assert.equal(ics.statusCode, 200);
    assert.equal(ics.headers['content-type'], 'text/calendar; charset=utf-8');
    assert.match(ics.body, /^BEGIN:VCALENDAR\r\n/);
    assert.match(ics.body, /\r\nSUMMARY:Họp giao ban\\; triển khai nhiệm vụ\\, tuần 48\r\n/);
    assert.match(ics.body, /\r\nDTSTART:20261123T013000Z\r\nDTEND:20261123T030000Z\r\n/);
    assert.match(ics.body, /\r\nLOCATION:Phòng họp số 1\\, tầng 2\r\n/);
    assert.match(ics.body, /\r\nSTATUS:CANCELLED\r\n/);
    assert.equal((ics.body.match(/BEGIN:VEVENT/g) ?? []).length, 3);
    const next = await get(`${W}/lich-cong-tac?tuan=2026-W49`);
    assert.match(next.body, /Họp tuần sau/);
    const empty = await get(`${W}/lich-cong-tac?tuan=2026-W50`);
    assert.match(empty.body, /Lịch công tác tuần này đang được cập nhật./);
  });

  it('should show the contact directory with the organisation chart, leaders, focal points and units', async () => {
    const res = await get(`${W}/danh-ba-lien-he`);
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /Sơ đồ tổ chức/);
    assert.match(res.body, /<span class="org-node">Chủ tịch UBND phường: Nguyễn Văn An<\/span>/);
    assert.match(res.body, /Văn phòng HĐND và UBND – Chánh Văn phòng: Đỗ Văn Tâm/);
    assert.match(res.body, /Đầu mối: Tiếp cận thông tin/);
    assert.match(res.body, /mailto:nvan@anbinh.gov.vn/);
  });

  it('should list procedures as links into the national portal, budget disclosures by period, and the access-to-information list', async () => {
    const proc = await get(`${W}/thu-tuc-hanh-chinh`);
    assert.match(proc.body, /<h2>Hộ tịch<\/h2>/);
    assert.match(proc.body, /href="https:\/\/dichvucong.gov.vn\/p\/home\/dvc-tthc.html\?ma=1.001193"/);
    assert.match(proc.body, /Mã 1.001193 · Trực tuyến toàn trình/);
    const budget = await get(`${W}/cong-khai-ngan-sach`);
    assert.match(budget.body, /Quý III\/2026/);
    assert.match(budget.body, /Dự toán ngân sách năm 2025/);
    assert.doesNotMatch(budget.body, /Bản nháp công khai/);
    const y2025 = await get(`${W}/cong-khai-ngan-sach?nam=2025`);
    assert.doesNotMatch(y2025.body, /quý III năm 2026<\/a>/);
    const item = await get(`${W}/cong-khai-ngan-sach/${ids.budget}-cong-khai`);
    assert.equal(item.statusCode, 200);
    assert.match(item.body, /Tổng thu <strong>12 tỷ<\/strong>/);
    assert.doesNotMatch(item.body, /<script>alert/);
    assert.match(item.body, /Văn bản kèm theo/);
    assert.match(item.body, /tep-dinh-kem\/\d+\/15-qd-ubnd.pdf/);
    const access = await get(`${W}/tiep-can-thong-tin`);
    assert.match(access.body, /Danh mục thông tin phải được công khai/);
    assert.match(access.body, /02\/QC-UBND/);
    assert.match(access.body, /Trong 05 ngày làm việc/);
    assert.match(access.body, /Lê Thị Bình/);
  });

  it('should show press information with the spokesperson and official social accounts, and the wards\' spokespersons on the city', async () => {
    const ward = await get(`${W}/thong-tin-bao-chi`);
    assert.match(ward.body, /Người phát ngôn/);
    assert.match(ward.body, /Nguyễn Văn An/);
    assert.match(ward.body, /href="https:\/\/zalo.me\/anbinh"/);
    const cityPress = await get('/thong-tin-bao-chi');
    assert.match(cityPress.body, /Thông tin người phát ngôn đang được cập nhật./);
    assert.match(cityPress.body, /Người phát ngôn của các phường, xã/);
    assert.match(cityPress.body, /<th scope="row">Phường An Bình<\/th><td>Nguyễn Văn An<\/td>/);
  });

  it('should say an empty required section is being updated, and show English contacts on the city', async () => {
    for (const slug of ['quy-hoach-ke-hoach', 'thong-ke', 'du-an-dau-tu-dau-thau-mua-sam-cong', 'cong-khai-dan-chu-co-so']) {
      const res = await get(`${W}/${slug}`);
      assert.equal(res.statusCode, 200, slug);
      assert.match(res.body, /<p class="empty">Chuyên mục đang được cập nhật.<\/p>/, slug);
    }
    await buildOfficial(db, city, { full_name: 'Trần Quốc Bảo', position: 'Chủ tịch UBND thành phố', position_en: 'Chairman of the City People\'s Committee', email: 'tqbao@thu.gov.vn' });
    const en = await get('/english');
    assert.match(en.body, /<section aria-labelledby="contacts" lang="en">/);
    assert.match(en.body, /Chairman of the City People&#39;s Committee|Chairman of the City People's Committee/);
  });
});
