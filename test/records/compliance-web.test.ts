/**
 * The compliance audit through HTTP: a ward's score page with gaps, legal bases and fix links; the audit on
 * demand; permissions; the city oversight's sortable league table with trend; the Excel exports; the city's
 * adjustments; and the JSON served at /api/v1/sites/{site}/compliance.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import type { Kysely } from 'kysely';
import { auditSite } from '../../src/commands/compliance/auditSite.ts';
import type { DB } from '../../src/db/schema.ts';
import { buildUser } from '../support/factories.ts';
import { buildCompliantSite } from '../support/recordFactories.ts';
import { Browser, type TestApp, createTestApp } from '../support/testApp.ts';

let now = new Date('2026-11-25T03:00:00.000Z');
const clock = { now: () => now };
const AS_OF = '2026-11-25T03:00:00.000Z';

describe('compliance on the web', () => {
  let t: TestApp;
  let db: Kysely<DB>;
  let city: number;
  let good: number;
  let poor: number;
  let users: Record<string, string>;

  before(async () => {
    t = await createTestApp({ clock });
    db = t.tdb.database.db;
    city = (await buildCompliantSite(db, { asOf: AS_OF, level: 'city', slug: 'thanh-pho' })).siteId;
    await db.updateTable('sites').set({ host: 'localhost', name: 'Thành phố Thử' }).where('id', '=', city).execute();
    good = (await buildCompliantSite(db, { asOf: AS_OF, parentId: city, slug: 'phuong-tot' })).siteId;
    await db.updateTable('sites').set({ name: 'Phường Tốt' }).where('id', '=', good).execute();
    const p = await buildCompliantSite(db, { asOf: AS_OF, parentId: city, slug: 'phuong-yeu' });
    poor = p.siteId;
    await db.updateTable('sites').set({ name: 'Phường Yếu' }).where('id', '=', poor).execute();
    // Two planted gaps: no footer phone, and the access-to-information section deleted.
    await db.updateTable('sites').set({ phone: '' }).where('id', '=', poor).execute();
    await db.deleteFrom('sections').where('id', '=', p.sections.get('tiep-can-thong-tin')!).execute();
    users = {
      chiefPoor: (await buildUser(db, { roles: [{ siteId: poor, role: 'editor_in_chief' }] })).username,
      editorPoor: (await buildUser(db, { roles: [{ siteId: poor, role: 'editor' }] })).username,
      chiefGood: (await buildUser(db, { roles: [{ siteId: good, role: 'editor_in_chief' }] })).username,
      chiefCity: (await buildUser(db, { roles: [{ siteId: city, role: 'editor_in_chief' }] })).username,
      oversight: (await buildUser(db, { roles: [{ siteId: city, role: 'oversight' }] })).username,
    };
    // History: a week ago the good ward was as poor as the poor one is now; the poor ward was complete.
    await db.updateTable('sites').set({ phone: '' }).where('id', '=', good).execute();
    await auditSite(db, clock, { siteId: good, trigger: 'nightly', actorId: null, asOf: '2026-11-18T03:00:00.000Z' });
    await db.updateTable('sites').set({ phone: '0276 3822 111' }).where('id', '=', good).execute();
    await t.app.ctx.directory.reload();
  });
  after(() => t.close());

  async function as(username: string): Promise<Browser> {
    const b = new Browser(t.app);
    await b.login(username);
    return b;
  }

  it('should show a ward its score out of the maximum, each gap with its legal basis and the page where it is fixed', async () => {
    const b = await as(users.chiefPoor!);
    const res = await b.get(`/quan-tri/cong/${poor}/tuan-thu`);
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /Chưa có lần chấm nào được lưu; kết quả dưới đây được tính tạm/);
    assert.match(res.body, /Thiếu sót cần khắc phục \(2\)/);
    assert.match(res.body, /Chân trang \(thông tin cơ quan\) thiếu: điện thoại./);
    assert.match(res.body, /Căn cứ: TT 32\/2017 Điều 16.3\(c\); NĐ 42\/2022 Điều 4.1\(e\)/);
    assert.match(res.body, new RegExp(`href="/quan-tri/cong/${poor}/cai-dat">Khắc phục`));
    assert.match(res.body, /Cổng chưa có chuyên mục “Tiếp cận thông tin”./);
    assert.match(res.body, /<p class="score">(\d+(,\d+)?)\/(\d+(,\d+)?) điểm<\/p>/);

    const run = await b.post(`/quan-tri/cong/${poor}/tuan-thu/cham-diem`, {});
    assert.equal(run.statusCode, 303);
    const stored = await db.selectFrom('compliance_runs').selectAll().where('site_id', '=', poor).execute();
    assert.equal(stored.length, 1);
    assert.equal(stored[0]!.trigger, 'manual');
    assert.equal(stored[0]!.gap_count, 2);
    const after = await b.get(`/quan-tri/cong/${poor}/tuan-thu`);
    assert.match(after.body, /Đã chấm điểm: /);
    assert.match(after.body, /Chấm lúc 10:00, ngày 25 tháng 11 năm 2026./);
  });

  it('should let an editor read but not run the audit, and keep other wards out', async () => {
    const editor = await as(users.editorPoor!);
    assert.equal((await editor.get(`/quan-tri/cong/${poor}/tuan-thu`)).statusCode, 200);
    assert.doesNotMatch((await editor.get(`/quan-tri/cong/${poor}/tuan-thu`)).body, /Chấm điểm ngay/);
    assert.equal((await editor.post(`/quan-tri/cong/${poor}/tuan-thu/cham-diem`, {})).statusCode, 403);
    assert.equal((await editor.post(`/quan-tri/cong/${poor}/tuan-thu/bo-quy-tac`, { packId: 'nd224-2026' })).statusCode, 403);
    const other = await as(users.chiefGood!);
    assert.equal((await other.get(`/quan-tri/cong/${poor}/tuan-thu`)).statusCode, 403);
    assert.equal((await other.get(`/quan-tri/cong/${poor}/tuan-thu/bao-cao.xlsx`)).statusCode, 403);
    assert.equal((await other.post(`/quan-tri/cong/${poor}/tuan-thu/cham-diem`, {})).statusCode, 403);
  });

  it('should export a ward\'s result as a spreadsheet', async () => {
    const b = await as(users.chiefPoor!);
    const res = await b.get(`/quan-tri/cong/${poor}/tuan-thu/bao-cao.xlsx`);
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['content-type'], 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const rules = wb.getWorksheet('Quy tắc')!;
    const failed: string[] = [];
    rules.eachRow((row, n) => { if (n > 1 && row.getCell(5).value === 'Chưa đạt') failed.push(String(row.getCell(1).value)); });
    assert.deepEqual(failed.sort(), ['ND13-06', 'TT32-FOOTER']);
    const summary = wb.getWorksheet('Tổng hợp')!;
    const values = new Map<string, unknown>();
    summary.eachRow((row) => values.set(String(row.getCell(1).value), row.getCell(2).value));
    assert.equal(values.get('Số thiếu sót'), 2);
    assert.equal(values.get('Điểm tối đa'), (values.get('Điểm đạt được') as number) + 2);
  });

  it('should give the city\'s oversight a sortable league table of all its wards, with trend, and an Excel export', async () => {
    for (const id of [city, good]) await auditSite(db, clock, { siteId: id, trigger: 'nightly', actorId: null });
    const b = await as(users.oversight!);
    const res = await b.get(`/quan-tri/cong/${city}/tuan-thu/bang-xep-hang`);
    assert.equal(res.statusCode, 200);
    const order = ['Thành phố Thử', 'Phường Tốt', 'Phường Yếu'].map((n) => res.body.indexOf(`>${n}</a></th>`));
    assert.ok(order.every((i) => i > 0), 'every site listed');
    assert.ok(order[2]! > order[0]! && order[2]! > order[1]!, 'the ward with gaps ranks last by score');
    assert.match(res.body, /<span class="trend-up">▲ \+\d+/, 'the good ward improved since a week ago');
    assert.match(res.body, /aria-sort="descending"><a href="[^"]*sap-xep=diem&amp;chieu=tang">Tỉ lệ đạt ↓/);
    const byName = await b.get(`/quan-tri/cong/${city}/tuan-thu/bang-xep-hang?sap-xep=ten&chieu=tang`);
    const names = ['Phường Tốt', 'Phường Yếu', 'Thành phố Thử'].map((n) => byName.body.indexOf(`>${n}</a></th>`));
    assert.deepEqual([...names].sort((x, y) => x - y), names, 'Vietnamese alphabetical order');
    const xlsx = await b.get(`/quan-tri/cong/${city}/tuan-thu/bang-xep-hang.xlsx`);
    assert.equal(xlsx.statusCode, 200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Bảng xếp hạng')!;
    assert.equal(ws.getRow(4).getCell(2).value, 'Phường Yếu');
    assert.equal(ws.getRow(4).getCell(5).value, 2);
    const ward = await b.get(`/quan-tri/cong/${poor}/tuan-thu`);
    assert.equal(ward.statusCode, 200, 'oversight reaches the wards');
    const chief = await as(users.chiefCity!);
    assert.equal((await chief.get(`/quan-tri/cong/${city}/tuan-thu/bang-xep-hang`)).statusCode, 403, 'the league table is the oversight\'s');
    assert.equal((await b.get(`/quan-tri/cong/${poor}/tuan-thu/bang-xep-hang`)).statusCode, 404, 'only a city has one');
  });

  it('should let the city\'s oversight adjust weights with Vietnamese validation, and refuse a ward chief', async () => {
    const b = await as(users.oversight!);
    const page = await b.get(`/quan-tri/cong/${city}/tuan-thu/dieu-chinh`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /name="w_TT32-FOOTER" type="text" inputmode="decimal" value="1"/);
    const bad = await b.post(`/quan-tri/cong/${city}/tuan-thu/dieu-chinh`, { 'w_TT32-FOOTER': 'hai', offDays: '', workDays: '' });
    assert.equal(bad.statusCode, 422);
    assert.match(bad.body, /Điểm từ 0 đến 10, tối đa hai chữ số thập phân./);
    assert.match(bad.body, /value="hai"/);
    const ok = await b.post(`/quan-tri/cong/${city}/tuan-thu/dieu-chinh`, { 'w_TT32-FOOTER': '2,5', offDays: '2026-11-24 Ngày Văn hóa Việt Nam', workDays: '' });
    assert.equal(ok.statusCode, 303);
    const rule = await b.post(`/quan-tri/cong/${city}/tuan-thu/quy-tac-rieng`, {
      id: 'TP-TIN-THANG', title: 'Mỗi tháng ít nhất 2 tin', legalBasis: 'Công văn 2485/UBND-VX', levels: ['ward', 'commune'], kind: 'minItemsPerPeriod',
      sectionSlug: 'tin-tuc-su-kien', sectionKind: '', sectionName: 'Tin tức – Sự kiện', amount: '2', period: 'month', periods: '1', weight: '1',
    });
    assert.equal(rule.statusCode, 303);
    const json = (await t.app.inject({ url: `/api/v1/sites/${poor}/compliance`, headers: { host: 'localhost' } })).json() as { data: { gaps: { ruleId: string; weight: number }[] } };
    assert.deepEqual(json.data.gaps.map((g) => g.ruleId).sort(), ['ND13-06', 'TT32-FOOTER'], 'the API serves the stored run until the next audit');
    const chief = await as(users.chiefPoor!);
    assert.equal((await chief.get(`/quan-tri/cong/${city}/tuan-thu/dieu-chinh`)).statusCode, 403);
    assert.equal((await chief.post(`/quan-tri/cong/${poor}/tuan-thu/bo-quy-tac`, { packId: 'nd224-2026' })).statusCode, 403);
  });

  it('should serve the latest audit as open JSON: pack, score, maximum and each gap with rule id, legal basis and what is missing', async () => {
    now = new Date('2026-11-26T03:00:00.000Z');
    await auditSite(db, clock, { siteId: poor, trigger: 'nightly', actorId: null });
    const res = await t.app.inject({ url: '/api/v1/sites/phuong-yeu/compliance', headers: { host: 'localhost' } });
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['access-control-allow-origin'], '*');
    const { data } = res.json() as { data: Record<string, unknown> & { gaps: { ruleId: string; legalBasis: string; missing: string[]; weight: number }[] } };
    assert.deepEqual(data.pack, { id: 'nd42-2022', name: 'Nghị định 42/2022/NĐ-CP và Thông tư 22/2023/TT-BTTTT', version: '2026.11' });
    assert.equal(data.stored, true);
    assert.equal(data.auditedAt, '2026-11-26T03:00:00.000Z');
    const gaps = Object.fromEntries(data.gaps.map((g) => [g.ruleId, g]));
    assert.deepEqual(Object.keys(gaps).sort(), ['ND13-06', 'TP-TIN-THANG', 'TT32-FOOTER'], 'the city\'s own rule now applies to its wards');
    assert.equal(gaps['TT32-FOOTER']!.weight, 2.5, 'with the city\'s weight');
    assert.equal(gaps['TT32-FOOTER']!.legalBasis, 'TT 32/2017 Điều 16.3(c); NĐ 42/2022 Điều 4.1(e)');
    assert.deepEqual(gaps['TT32-FOOTER']!.missing, ['Chân trang (thông tin cơ quan) thiếu: điện thoại.']);
    assert.equal(data.maxScore, (data.score as number) + 2.5 + 1 + 1);
    assert.equal((await t.app.inject({ url: '/api/v1/sites/khong-co/compliance', headers: { host: 'localhost' } })).statusCode, 404);
  });
});
