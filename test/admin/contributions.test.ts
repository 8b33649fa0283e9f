/**
 * Request tests of the contribution screens on the fixture month (test/contributions/fixtureMonth.ts), on
 * 01/03/2026 (February's period closed): who sees which units' progress, the settings form (422 keeps the input),
 * quota rules, the monthly report history with generation and regeneration by oversight, downloads, royalty
 * assessment and payments, competition scores and formula; denial per role and for another site; CSRF.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import JSZip from 'jszip';
import type { Kysely } from 'kysely';
import { startSession } from '../../src/commands/auth/sessions.ts';
import type { Role } from '../../src/core/policies/grants.ts';
import type { DB } from '../../src/db/schema.ts';
import { SESSION_COOKIE } from '../../src/web/admin/session.ts';
import { type Fixture, buildFixtureMonth } from '../contributions/fixtureMonth.ts';
import { buildSite, buildUser } from '../support/factories.ts';
import { Browser, type TestApp, createTestApp } from '../support/testApp.ts';

describe('admin: contribution quotas, monthly report, royalties, competition', () => {
  let t: TestApp;
  let db: Kysely<DB>;
  let f: Fixture;
  let otherCity: number;
  const now = new Date('2026-03-01T03:00:00.000Z');
  const users: Record<string, number> = {};

  async function as(name: string): Promise<Browser> {
    const { token } = await startSession(db, t.app.ctx.clock, users[name]!);
    const b = new Browser(t.app);
    b.cookies.set(SESSION_COOKIE, token);
    await b.get('/quan-tri/thong-bao');
    return b;
  }

  before(async () => {
    t = await createTestApp({ clock: { now: () => now } });
    db = t.tdb.database.db;
    f = await buildFixtureMonth(db);
    otherCity = await buildSite(db, { slug: 'thanh-pho-khac', level: 'city', full_name: 'Ủy ban nhân dân thành phố Khác' });
    const add = async (name: string, siteId: number, role: Role, unitId: number | null = null) => {
      users[name] = (await buildUser(db, { username: name, roles: [{ siteId, role, unitId }] })).id;
    };
    await add('ctv_vhtt', f.cityId, 'contributor', f.units.vhtt);
    await add('bientap', f.cityId, 'editor');
    await add('truongban', f.cityId, 'editor_in_chief');
    await add('noivu', f.cityId, 'oversight');
    await add('noivu_khac', otherCity, 'oversight');
    await add('truongban_phuong', f.wardId, 'editor_in_chief');
    await t.app.ctx.directory.reload();
  });
  after(() => t.close());

  it('should show a contributor only their unit, the board every unit, and the city oversight its wards', async () => {
    const ctv = await as('ctv_vhtt');
    const mine = await ctv.get(`/quan-tri/cong/${f.cityId}/chi-tieu?ky=2026-02`);
    assert.equal(mine.statusCode, 200);
    assert.match(mine.body, /Phòng Văn hóa và Thông tin/);
    assert.doesNotMatch(mine.body, /Phòng Tài chính - Kế hoạch/);
    assert.match(mine.body, /Kỳ tháng 2 năm 2026 \(26\/01\/2026 – 25\/02\/2026\) đã kết thúc\./);
    assert.match(mine.body, /<progress value="2" max="2"/);
    const dash = await ctv.get(`/quan-tri/cong/${f.cityId}`);
    assert.match(dash.body, /Tiến độ chỉ tiêu tin, bài/);
    assert.match(dash.body, /Kỳ tháng 3 năm 2026 \(26\/02\/2026 – 25\/03\/2026\) đang diễn ra; còn 25 ngày/);
    assert.equal((await ctv.get(`/quan-tri/cong/${f.cityId}/chi-tieu/cai-dat`)).statusCode, 403);
    assert.equal((await ctv.get(`/quan-tri/cong/${f.cityId}/bao-cao-thang`)).statusCode, 403);

    const board = await (await as('bientap')).get(`/quan-tri/cong/${f.cityId}/chi-tieu?ky=2026-02`);
    for (const name of ['Phòng Văn hóa và Thông tin', 'Phòng Tài chính - Kế hoạch', 'Hội Liên hiệp Phụ nữ thành phố', 'Đài Truyền thanh thành phố']) assert.ok(board.body.includes(name), name);
    assert.match(board.body, /Chưa đạt \(thiếu 2\)/);
    assert.doesNotMatch(board.body, /Các phường, xã/);

    const oversight = await (await as('noivu')).get(`/quan-tri/cong/${f.cityId}/chi-tieu`);
    assert.match(oversight.body, /Các phường, xã/);
    assert.match(oversight.body, new RegExp(`href="/quan-tri/cong/${f.wardId}/chi-tieu">Phường Tân Ninh`));
    assert.equal((await (await as('noivu')).get(`/quan-tri/cong/${f.wardId}/chi-tieu`)).statusCode, 200, 'oversight reaches the wards');
    assert.equal((await (await as('noivu_khac')).get(`/quan-tri/cong/${f.cityId}/chi-tieu`)).statusCode, 403, 'another city is closed');
  });

  it('should keep what was typed when the settings are invalid, and save valid settings with an audit event', async () => {
    const b = await as('truongban');
    const page = await b.get(`/quan-tri/cong/${f.cityId}/chi-tieu/cai-dat`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /name="symbol" type="text" value="BC-VHTT"/);
    const form = {
      report_day: '31', reminder_days: '2', reminder_kind: 'working', reminder_hour: '8', count_refused: '1',
      target_office: '3', photo_office: '1', target_ward_office: '2', photo_ward_office: '1', target_mass_org: '2', photo_mass_org: '1',
      target_radio: '15', target_party: '0', target_council: '0', parent_body: 'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ TÂY NINH', issuing_body: 'PHÒNG VĂN HÓA VÀ THÔNG TIN',
      symbol: 'BC-VHTT', numbering: 'auto', place: 'Tây Ninh', addressee: 'Ủy ban nhân dân thành phố Tây Ninh', recipients: 'Phòng Nội vụ', archive: 'VT, VHTT',
      signer_lines: 'KT. TRƯỞNG PHÒNG\nPHÓ TRƯỞNG PHÒNG', signer_name: 'Nguyễn Thị Hoa',
    };
    const bad = await b.post(`/quan-tri/cong/${f.cityId}/chi-tieu/cai-dat`, form);
    assert.equal(bad.statusCode, 422);
    assert.match(bad.body, /class="error-summary"/);
    assert.match(bad.body, /Ngày báo cáo là một ngày từ 1 đến 28 trong tháng\./);
    assert.match(bad.body, /name="report_day" type="text" value="31"/);
    assert.match(bad.body, /name="signer_name" type="text" value="Nguyễn Thị Hoa"/);
    const ok = await b.post(`/quan-tri/cong/${f.cityId}/chi-tieu/cai-dat`, { ...form, report_day: '25' });
    assert.equal(ok.statusCode, 303);
    const stored = JSON.parse((await db.selectFrom('contribution_settings').select('data').where('site_id', '=', f.cityId).where('scope', '=', 'quota').executeTakeFirstOrThrow()).data);
    assert.deepEqual([stored.reminderDaysBefore, stored.countRefused, stored.quotaDefaults.office, stored.document.signerLines], [2, true, { target: 3, requirePhoto: true }, ['KT. TRƯỞNG PHÒNG', 'PHÓ TRƯỞNG PHÒNG']]);
    const audit = await db.selectFrom('audit_events').select(['site_id', 'subject_type']).where('action', '=', 'quota.settingsUpdated').executeTakeFirstOrThrow();
    assert.deepEqual(audit, { site_id: f.cityId, subject_type: 'quota' });
    // Back to the defaults the other tests expect.
    await db.deleteFrom('contribution_settings').where('site_id', '=', f.cityId).execute();
  });

  it('should add and remove a quota rule for one unit', async () => {
    const b = await as('truongban');
    const bad = await b.post(`/quan-tri/cong/${f.cityId}/chi-tieu/dinh-muc`, { scope: `unit:${f.units.phuNu}`, from_period: '2026-03', to_period: '2026-01', target: '1', require_photo: '1', note: '' });
    assert.equal(bad.statusCode, 422);
    assert.match(bad.body, /Tháng kết thúc phải từ tháng bắt đầu trở đi\./);
    assert.equal((await b.post(`/quan-tri/cong/${f.cityId}/chi-tieu/dinh-muc`, { scope: `unit:${f.units.phuNu}`, from_period: '2026-03', to_period: '', target: '1', require_photo: '1', note: 'Hội giảm chỉ tiêu' })).statusCode, 303);
    const rule = await db.selectFrom('quota_rules').selectAll().executeTakeFirstOrThrow();
    assert.deepEqual([rule.unit_id, rule.from_period, rule.to_period, rule.target], [f.units.phuNu, '2026-03', null, 1]);
    assert.equal((await b.post(`/quan-tri/cong/${f.wardId}/chi-tieu/dinh-muc/${rule.id}/xoa`, {})).statusCode, 403, 'not the ward\'s board');
    assert.equal((await (await as('truongban_phuong')).post(`/quan-tri/cong/${f.wardId}/chi-tieu/dinh-muc/${rule.id}/xoa`, {})).statusCode, 404, 'another site\'s rule is not found');
    assert.equal((await b.post(`/quan-tri/cong/${f.cityId}/chi-tieu/dinh-muc/${rule.id}/xoa`, {})).statusCode, 303);
    assert.equal((await db.selectFrom('quota_rules').select('id').execute()).length, 0);
  });

  it('should let oversight generate and regenerate a closed month, list every version and download the files', async () => {
    const b = await as('noivu');
    const open = await b.post(`/quan-tri/cong/${f.cityId}/bao-cao-thang`, { ky: '2026-03' });
    assert.equal(open.statusCode, 422);
    assert.match(open.body, /Kỳ 26\/02\/2026 – 25\/03\/2026 chưa kết thúc/);
    assert.equal((await b.post(`/quan-tri/cong/${f.cityId}/bao-cao-thang`, { ky: '2026-02' })).statusCode, 303);
    assert.equal((await b.post(`/quan-tri/cong/${f.cityId}/bao-cao-thang`, { ky: '2026-02' })).statusCode, 303);
    const rows = await db.selectFrom('contribution_reports').select(['id', 'version', 'number', 'trigger', 'generated_by']).where('site_id', '=', f.cityId).orderBy('version').execute();
    assert.deepEqual(rows.map((r) => [r.version, r.number, r.trigger, r.generated_by]), [[1, 1, 'manual', users.noivu], [2, 1, 'manual', users.noivu]]);
    const list = await b.get(`/quan-tri/cong/${f.cityId}/bao-cao-thang`);
    assert.equal(list.statusCode, 200);
    assert.equal((list.body.match(/Số: 01\/BC-VHTT/g) ?? []).length, 2);
    assert.match(list.body, /Đăng 24 \(có ảnh 10\), trả lại 2; đạt chỉ tiêu 3\/4/);
    const docx = await b.get(`/quan-tri/cong/${f.cityId}/bao-cao-thang/${rows[1]!.id}/docx`);
    assert.equal(docx.statusCode, 200);
    assert.equal(docx.headers['content-type'], 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    assert.match(String(docx.headers['content-disposition']), /bao-cao-2026-02-v2\.docx/);
    const xml = await (await JSZip.loadAsync(docx.rawPayload)).file('word/document.xml')!.async('string');
    assert.ok(xml.includes('Tây Ninh, ngày 25 tháng 02 năm 2026'));
    assert.equal((await b.get(`/quan-tri/cong/${f.cityId}/bao-cao-thang/${rows[1]!.id}/xlsx`)).statusCode, 200);
    assert.equal((await b.get(`/quan-tri/cong/${f.cityId}/bao-cao-thang/${rows[1]!.id}/pdf`)).statusCode, 404);
    // The ward's board may not download the city's report, even by id under its own site.
    assert.equal((await (await as('truongban_phuong')).get(`/quan-tri/cong/${f.wardId}/bao-cao-thang/${rows[1]!.id}/docx`)).statusCode, 404);
    assert.equal((await (await as('bientap')).get(`/quan-tri/cong/${f.cityId}/bao-cao-thang`)).statusCode, 403);
    assert.equal((await (await as('noivu_khac')).post(`/quan-tri/cong/${f.cityId}/bao-cao-thang`, { ky: '2026-02' })).statusCode, 403);
    // City oversight reaches the ward's reports too.
    assert.equal((await b.post(`/quan-tri/cong/${f.wardId}/bao-cao-thang`, { ky: '2026-02' })).statusCode, 303);
  });

  it('should refuse a form without the CSRF token', async () => {
    const b = await as('noivu');
    const res = await b.post(`/quan-tri/cong/${f.cityId}/bao-cao-thang`, { _csrf: 'gia-mao', ky: '2026-02' });
    assert.equal(res.statusCode, 403);
  });

  it('should let the board assess an item within the range (422 keeps the input) and oversight record the payment', async () => {
    const b = await as('bientap');
    const list = await b.get(`/quan-tri/cong/${f.cityId}/nhuan-but?ky=2026-02`);
    assert.equal(list.statusCode, 200);
    assert.match(list.body, /Tin a1/);
    assert.match(list.body, /Tin b5/, 'a withdrawn item was still published: its royalty is due');
    const form = await b.get(`/quan-tri/cong/${f.cityId}/nhuan-but/muc/${f.items.a1}`);
    assert.equal(form.statusCode, 200);
    assert.match(form.body, /Giá trị một đơn vị hệ số: 234\.000 đồng \(10% mức lương cơ sở 2\.340\.000 đồng\)/);
    assert.match(form.body, /name="coefficient" type="text" value="6"/);
    const bad = await b.post(`/quan-tri/cong/${f.cityId}/nhuan-but/muc/${f.items.a1}`, { rate_table: 'online', coefficient: '11', author_1: 'Nguyễn Văn An', share_1: '', photo_coef_1: '3', photo_author_1: 'Lê Văn Cường' });
    assert.equal(bad.statusCode, 422);
    assert.match(bad.body, /Hệ số của thể loại này phải từ 1 đến 10\./);
    assert.match(bad.body, /name="coefficient" type="text" value="11"/);
    assert.match(bad.body, /name="photo_author_1" type="text" value="Lê Văn Cường"/);
    const ok = await b.post(`/quan-tri/cong/${f.cityId}/nhuan-but/muc/${f.items.a1}`, { rate_table: 'online', coefficient: '6', author_1: 'Nguyễn Văn An', author_2: 'Trần Thị Bình', photo_coef_1: '3', photo_author_1: 'Lê Văn Cường' });
    assert.equal(ok.statusCode, 303);
    assert.equal((await b.get(`/quan-tri/cong/${f.cityId}/nhuan-but/chi-tra?ky=2026-02`)).statusCode, 403, 'an editor assesses, does not pay');
    assert.equal((await b.get(`/quan-tri/cong/${f.cityId}/nhuan-but/muc/${f.items.w1}`)).statusCode, 404, 'another site\'s item');
    assert.equal((await (await as('ctv_vhtt')).get(`/quan-tri/cong/${f.cityId}/nhuan-but`)).statusCode, 403);

    const o = await as('noivu');
    const payout = await o.get(`/quan-tri/cong/${f.cityId}/nhuan-but/chi-tra?ky=2026-02`);
    assert.equal(payout.statusCode, 200);
    assert.match(payout.body, /Tổng cộng <strong>2\.106\.000 đồng<\/strong> \(bằng chữ: Hai triệu một trăm linh sáu nghìn đồng\)/);
    const none = await o.post(`/quan-tri/cong/${f.cityId}/nhuan-but/chi-tra`, { ky: '2026-02', trang_thai: 'paid', ghi_chu: 'Phiếu chi 01' });
    assert.equal(none.statusCode, 422);
    assert.match(none.body, /Vui lòng chọn ít nhất một dòng chi trả\./);
    assert.match(none.body, /value="Phiếu chi 01"/);
    const lines = await db.selectFrom('royalty_lines').select(['id', 'author_name']).where('site_id', '=', f.cityId).execute();
    const paid = await o.post(`/quan-tri/cong/${f.cityId}/nhuan-but/chi-tra`, { ky: '2026-02', trang_thai: 'paid', ghi_chu: 'Phiếu chi 01', dong: lines.filter((l) => l.author_name !== 'Lê Văn Cường').map((l) => String(l.id)) });
    assert.equal(paid.statusCode, 303);
    assert.deepEqual((await db.selectFrom('royalty_lines').select(['author_name', 'status', 'payment_note']).orderBy('id').execute()).map((l) => [l.author_name, l.status, l.payment_note]),
      [['Nguyễn Văn An', 'paid', 'Phiếu chi 01'], ['Trần Thị Bình', 'paid', 'Phiếu chi 01'], ['Lê Văn Cường', 'unpaid', '']]);
    const xlsx = await o.get(`/quan-tri/cong/${f.cityId}/nhuan-but/chi-tra/tai/xlsx?ky=2026-02`);
    assert.equal(xlsx.statusCode, 200);
    assert.equal(xlsx.rawPayload.subarray(0, 2).toString(), 'PK');
    assert.equal((await o.get(`/quan-tri/cong/${f.cityId}/nhuan-but/chi-tra/tai/docx?ky=2026-02`)).statusCode, 200);
    // A line of the city cannot be paid through the ward.
    const other = await o.post(`/quan-tri/cong/${f.wardId}/nhuan-but/chi-tra`, { ky: '2026-02', trang_thai: 'unpaid', dong: String(lines[0]!.id) });
    assert.equal(other.statusCode, 422);
  });

  it('should rank the competition and let only oversight change the formula', async () => {
    const o = await as('noivu');
    const page = await o.get(`/quan-tri/cong/${f.cityId}/thi-dua?nam=2026`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Chưa có điểm chấm tuân thủ của cổng trong năm/);
    assert.match(page.body, /Phòng Tài chính - Kế hoạch/);
    assert.equal((await o.get(`/quan-tri/cong/${f.cityId}/thi-dua/tai?nam=2026`)).statusCode, 200);
    const bad = await o.post(`/quan-tri/cong/${f.cityId}/thi-dua/cong-thuc?nam=2026`, { quota_points: '80', compliance_points: '20', cap_percent: '90', grades: 'Tốt | 70' });
    assert.equal(bad.statusCode, 422);
    assert.match(bad.body, /Mức tính tối đa là phần trăm từ 100 đến 200\./);
    assert.match(bad.body, /name="quota_points" type="text" value="80"/);
    assert.equal((await o.post(`/quan-tri/cong/${f.cityId}/thi-dua/cong-thuc?nam=2026`, { quota_points: '80', compliance_points: '20', cap_percent: '100', grades: 'Tốt | 70\nChưa tốt | 0' })).statusCode, 303);
    assert.equal((await (await as('truongban')).get(`/quan-tri/cong/${f.cityId}/thi-dua/cong-thuc?nam=2026`)).statusCode, 403);
    assert.equal((await (await as('truongban')).get(`/quan-tri/cong/${f.cityId}/thi-dua?nam=2026`)).statusCode, 200);
    assert.equal((await (await as('noivu_khac')).get(`/quan-tri/cong/${f.cityId}/thi-dua`)).statusCode, 403);
  });
});
