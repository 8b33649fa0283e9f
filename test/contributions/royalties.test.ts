/**
 * Royalties of the fixture month: the board assesses four items (text and photo coefficients, shares, a bonus,
 * the radio table); the payout list per author and per unit, the total in figures and in words, a payment, the
 * 60-day flags; the XLSX and DOCX exports. Hand-computed with one coefficient unit = 10% × 2,340,000 = 234,000 đồng:
 *   a1 (news, U1): text 6 → 1,404,000 split 50/50 (An, Bình 702,000 each); cover photo 3 → 702,000 (Cường)
 *   b1 (article, U2, +15% hard conditions): text 15 → 4,036,500 (Bình); cover photo 2,5 → 672,750 (Cường)
 *   r1 (radio table, U4): text 5 → 1,170,000 (Dung); its cover is not paid
 *   a2 (news, U1): text 8 → 1,872,000 in 33,34/33,33/33,33 → 624,125 (An) / 623,938 (Bình) / 623,937 (Em) by largest remainder
 * Per author: An 1,326,125; Bình 5,362,438; Cường 1,374,750; Dung 1,170,000; Em 623,937; total 9,857,250.
 * Per unit: Đài Truyền thanh 1,170,000; Phòng Tài chính - Kế hoạch 4,709,250; Phòng Văn hóa và Thông tin 3,978,000.
 * On 01/04/2026 (portal): a1 (published 29/01, due 30/03) and r1 (27/01, due 28/03) are overdue unless paid.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Kysely } from 'kysely';
import { assessRoyalty } from '../../src/commands/royalties/assessRoyalty.ts';
import { setRoyaltyPayment } from '../../src/commands/royalties/setRoyaltyPayment.ts';
import { loadRoyaltyItem } from '../../src/commands/royalties/royaltyItem.ts';
import type { CommandContext } from '../../src/commands/context.ts';
import { periodOf } from '../../src/core/contributions/periods.ts';
import { ConflictError, ForbiddenError, ValidationError } from '../../src/core/errors.ts';
import type { Actor } from '../../src/core/policies/policy.ts';
import type { DB } from '../../src/db/schema.ts';
import { buildPayoutList } from '../../src/reports/payoutList.ts';
import { renderPayoutDocx } from '../../src/reports/render/payoutDocx.ts';
import { renderPayoutXlsx } from '../../src/reports/render/payoutXlsx.ts';
import { defaultContributionSettings } from '../../src/core/contributions/settings.ts';
import { createTestDatabase, type TestDatabase } from '../support/testDb.ts';
import { type Fixture, buildFixtureMonth } from './fixtureMonth.ts';

const editor = (siteId: number): Actor => ({ userId: 1, username: 'bientap', fullName: 'Biên Tập', isPlatformAdmin: false, roles: [{ siteId, unitId: null, role: 'editor' }] });
const oversight = (siteId: number): Actor => ({ userId: 1, username: 'noivu', fullName: 'Nội Vụ', isPlatformAdmin: false, roles: [{ siteId, unitId: null, role: 'oversight' }] });

describe('royalties of the fixture month', () => {
  let tdb: TestDatabase;
  let db: Kysely<DB>;
  let f: Fixture;
  let now = new Date('2026-03-01T02:00:00.000Z');
  const clock = { now: () => now };
  const ctx = (actor: Actor): CommandContext => ({ db, actor, clock });

  before(async () => {
    tdb = await createTestDatabase();
    db = tdb.database.db;
    f = await buildFixtureMonth(db);
    await db.insertInto('users').values({ id: 1, username: 'bientap', email: '', full_name: 'Biên Tập', password_hash: 'x', created_at: now.toISOString(), updated_at: now.toISOString() }).execute();
    // Photos of b1 and a1 come from the fixture's cover; r1 has a cover too (not paid below).
  });
  after(() => tdb.dispose());

  const form = (over: Record<string, string>) => ({ rate_table: 'online', coefficient: '', note: '', author_1: '', share_1: '', author_2: '', share_2: '', author_3: '', share_3: '', author_4: '', share_4: '', photo_coef_1: '', photo_author_1: '', ...over });

  it('should assess within the ranges and compute every line', async () => {
    const e = ctx(editor(f.cityId));
    assert.deepEqual(await assessRoyalty(e, { siteId: f.cityId, contentId: f.items.a1!, form: form({ coefficient: '6', author_1: 'Nguyễn Văn An', author_2: 'Trần Thị Bình', photo_coef_1: '3', photo_author_1: 'Lê Văn Cường' }) }).then((r) => r.amount), 2_106_000);
    assert.equal((await assessRoyalty(e, { siteId: f.cityId, contentId: f.items.b1!, form: form({ coefficient: '15', author_1: 'Trần Thị Bình', share_1: '100', photo_coef_1: '2,5', photo_author_1: 'Lê Văn Cường', 'bonus_kho-khan': '15' }) })).amount, 4_709_250);
    assert.equal((await assessRoyalty(e, { siteId: f.cityId, contentId: f.items.r1!, form: form({ rate_table: 'radio', coefficient: '5', author_1: 'Phạm Thị Dung' }) })).amount, 1_170_000);
    assert.equal((await assessRoyalty(e, { siteId: f.cityId, contentId: f.items.a2!, form: form({ coefficient: '8', author_1: 'Nguyễn Văn An', share_1: '33,34', author_2: 'Trần Thị Bình', share_2: '33,33', author_3: 'Hoàng Văn Em', share_3: '33,33' }) })).amount, 1_872_000);
    const a2 = await db.selectFrom('royalty_lines').select(['author_name', 'amount']).where('assessment_id', '=', db.selectFrom('royalty_assessments').select('id').where('content_id', '=', f.items.a2!)).orderBy('id').execute();
    assert.deepEqual(a2, [{ author_name: 'Nguyễn Văn An', amount: 624_125 }, { author_name: 'Trần Thị Bình', amount: 623_938 }, { author_name: 'Hoàng Văn Em', amount: 623_937 }]);
    const b1 = await db.selectFrom('royalty_assessments').selectAll().where('content_id', '=', f.items.b1!).executeTakeFirstOrThrow();
    assert.deepEqual([b1.period_key, b1.unit_value, b1.bonus_bp, b1.rate_table, b1.genre], ['2026-02', 234_000, 1500, 'online', 'article']);
    const audits = await db.selectFrom('audit_events').select(['action', 'subject_type']).where('action', '=', 'royalty.assessed').execute();
    assert.equal(audits.length, 4);
    assert.ok(audits.every((a) => a.subject_type === 'royalty'));
  });

  it('should refuse a coefficient outside the genre range, shares not adding up, and another site\'s item', async () => {
    const e = ctx(editor(f.cityId));
    await assert.rejects(assessRoyalty(e, { siteId: f.cityId, contentId: f.items.a4!, form: form({ coefficient: '11', author_1: 'A' }) }),
      (err: unknown) => err instanceof ValidationError && err.fieldErrors.coefficient === 'Hệ số của thể loại này phải từ 1 đến 10.');
    await assert.rejects(assessRoyalty(e, { siteId: f.cityId, contentId: f.items.a4!, form: form({ coefficient: '5', author_1: 'A', share_1: '60', author_2: 'B', share_2: '30' }) }),
      (err: unknown) => err instanceof ValidationError && /Tổng tỷ lệ của các tác giả phải bằng 100% \(hiện là 90%\)/.test(err.fieldErrors.share_1 ?? ''));
    await assert.rejects(assessRoyalty(e, { siteId: f.cityId, contentId: f.items.a3!, form: form({ coefficient: '5', author_1: 'A' }) }), /Không tìm thấy tin, bài đã xuất bản/);
    await assert.rejects(assessRoyalty(e, { siteId: f.cityId, contentId: f.items.w1!, form: form({ coefficient: '5', author_1: 'A' }) }), /Không tìm thấy/);
    await assert.rejects(assessRoyalty(ctx(editor(f.wardId)), { siteId: f.cityId, contentId: f.items.a4!, form: form({ coefficient: '5', author_1: 'A' }) }), ForbiddenError);
    assert.equal((await loadRoyaltyItem(db, f.cityId, f.items.a1!))?.photos.length, 1);
  });

  it('should list the payout per author and per unit with totals in figures and in words', async () => {
    now = new Date('2026-04-01T02:00:00.000Z');
    const list = await buildPayoutList(db, { siteId: f.cityId, period: periodOf('2026-02', 25), payWithinDays: 60, now });
    assert.deepEqual(list.byAuthor.map((a) => [a.name, a.total]), [
      ['Nguyễn Văn An', 1_326_125], ['Trần Thị Bình', 5_362_438], ['Lê Văn Cường', 1_374_750], ['Phạm Thị Dung', 1_170_000], ['Hoàng Văn Em', 623_937],
    ]);
    assert.deepEqual(list.byUnit.map((u) => [u.name, u.total]), [
      ['Đài Truyền thanh thành phố', 1_170_000], ['Phòng Tài chính - Kế hoạch', 4_709_250], ['Phòng Văn hóa và Thông tin', 3_978_000],
    ]);
    assert.equal(list.total, 9_857_250);
    assert.equal(list.totalInWords, 'Chín triệu tám trăm năm mươi bảy nghìn hai trăm năm mươi đồng');
    assert.equal(list.lines.length, 9);
    // Overdue on 01/04: the three lines of a1 and the line of r1.
    assert.equal(list.overdueLines, 4);
  });

  it('should record payments per line, clear their overdue flag, and freeze the assessment', async () => {
    const cuong = await db.selectFrom('royalty_lines').select('id').where('author_name', '=', 'Lê Văn Cường').where('amount', '=', 702_000).executeTakeFirstOrThrow();
    await assert.rejects(setRoyaltyPayment(ctx(editor(f.cityId)), { siteId: f.cityId, lineIds: [cuong.id], paid: true, note: '' }), ForbiddenError);
    assert.equal(await setRoyaltyPayment(ctx(oversight(f.cityId)), { siteId: f.cityId, lineIds: [cuong.id], paid: true, note: 'Phiếu chi 15/2026' }), 1);
    const list = await buildPayoutList(db, { siteId: f.cityId, period: periodOf('2026-02', 25), payWithinDays: 60, now });
    assert.deepEqual([list.paid, list.unpaid, list.overdueLines], [702_000, 9_155_250, 3]);
    const c = list.byAuthor.find((a) => a.name === 'Lê Văn Cường')!;
    assert.deepEqual([c.paid, c.unpaid], [702_000, 672_750]);
    await assert.rejects(assessRoyalty(ctx(editor(f.cityId)), { siteId: f.cityId, contentId: f.items.a1!, form: form({ coefficient: '7', author_1: 'A' }) }), ConflictError);
    // The ward's oversight cannot touch the city's lines.
    await assert.rejects(setRoyaltyPayment(ctx(oversight(f.wardId)), { siteId: f.cityId, lineIds: [cuong.id], paid: false, note: '' }), ForbiddenError);
  });

  it('should export the payout list as XLSX and DOCX with the totals and the words', async () => {
    const list = await buildPayoutList(db, { siteId: f.cityId, period: periodOf('2026-02', 25), payWithinDays: 60, now });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await renderPayoutXlsx(list, { fullName: 'Ủy ban nhân dân thành phố Tây Ninh', portal: 'Cổng Thông tin điện tử thành phố Tây Ninh' }, now)) as unknown as ExcelJS.Buffer);
    assert.deepEqual(wb.worksheets.map((w) => w.name), ['Theo tác giả', 'Theo đơn vị', 'Chi tiết']);
    const rows = wb.getWorksheet('Theo tác giả')!.getSheetValues().filter(Boolean).map((r) => (r as unknown[]).slice(1));
    assert.ok(rows.some((r) => JSON.stringify(r.slice(0, 7)) === JSON.stringify([2, 'Trần Thị Bình', 3, 5_362_438, 0, 5_362_438, 1])));
    assert.ok(rows.some((r) => JSON.stringify(r.slice(0, 7)) === JSON.stringify([null, 'Tổng cộng', 9, 9_857_250, 702_000, 9_155_250, 3])));
    assert.ok(rows.some((r) => r[1] === 'Bằng chữ: Chín triệu tám trăm năm mươi bảy nghìn hai trăm năm mươi đồng'));
    const detail = wb.getWorksheet('Chi tiết')!.getSheetValues().filter(Boolean).map((r) => (r as unknown[]).slice(1));
    const paidLine = detail.find((r) => r[12] === 'Lê Văn Cường' && r[14] === 702_000)!;
    assert.deepEqual([paidLine[15], paidLine[17], paidLine[18]], ['Đã chi', 'Phiếu chi 15/2026', '']);

    const doc = defaultContributionSettings({ level: 'city', fullName: 'Ủy ban nhân dân thành phố Tây Ninh', parentFullName: null }).document;
    const docx = await renderPayoutDocx(list, { portal: 'Cổng Thông tin điện tử thành phố Tây Ninh', document: doc, date: '2026-04-01', baseSalary: 2_340_000, unitValueBp: 1000, unitValue: 234_000 });
    const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string');
    const texts = [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]);
    for (const t of ['DANH SÁCH', 'Chi trả nhuận bút tin, bài, ảnh đăng trên', 'Tây Ninh, ngày 01 tháng 4 năm 2026', 'Tổng số tiền: 9.857.250 đồng.',
      '(Bằng chữ: Chín triệu tám trăm năm mươi bảy nghìn hai trăm năm mươi đồng.)', 'Trần Thị Bình', '5.362.438', 'NGƯỜI LẬP BIỂU', 'TRƯỞNG PHÒNG']) {
      assert.ok(texts.some((x) => x?.includes(t)), `DOCX has "${t}"`);
    }
    assert.ok(texts.some((x) => x?.includes('giá trị một đơn vị hệ số nhuận bút 234.000 đồng (10% mức lương cơ sở 2.340.000 đồng)')));
  });
});
