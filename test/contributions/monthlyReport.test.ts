/**
 * The monthly report of the hand-computed fixture month (test/contributions/fixtureMonth.ts): every figure per
 * unit, the totals, the previous month, the radio station, the missed quotas; the reminder and report jobs of the
 * job table; the DOCX (read with jszip) and the XLSX (read with exceljs). SQLite, or PostgreSQL with TEST_DIALECT=postgres.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Kysely } from 'kysely';
import { loadContributionSettings, loadQuotaRules } from '../../src/commands/contributions/contributionSettings.ts';
import { PLAN_JOB, REMIND_JOB, REPORT_JOB, scheduleContributionJobs } from '../../src/jobs/contributionJobs.ts';
import { periodOf } from '../../src/core/contributions/periods.ts';
import type { UnitCounts } from '../../src/core/contributions/quotas.ts';
import type { DB } from '../../src/db/schema.ts';
import { buildMonthlyReport } from '../../src/reports/monthlyReport.ts';
import { reportsDirOf } from '../../src/reports/reportFiles.ts';
import { buildUser } from '../support/factories.ts';
import { type TestApp, createTestApp } from '../support/testApp.ts';
import { type Fixture, buildFixtureMonth, vn } from './fixtureMonth.ts';

const c = (submitted: number, leaderApproved: number, published: number, withPhoto: number, refused: number, counted: number): UnitCounts =>
  ({ submitted, leaderApproved, published, withPhoto, refused, counted });

describe('monthly contribution report: the fixture month 26/01/2026 – 25/02/2026 (Tết inside)', () => {
  let t: TestApp;
  let db: Kysely<DB>;
  let f: Fixture;
  let now = new Date(vn('2026-02-01 09:00'));
  const clock = { now: () => now };

  before(async () => {
    t = await createTestApp({ clock });
    db = t.tdb.database.db;
    f = await buildFixtureMonth(db);
    await t.app.ctx.directory.reload();
  });
  after(() => t.close());

  async function model() {
    const site = await db.selectFrom('sites').selectAll().where('id', '=', f.cityId).executeTakeFirstOrThrow();
    const settings = await loadContributionSettings(db, site);
    return buildMonthlyReport(db, { site, period: periodOf('2026-02', settings.reportDay), settings, rules: await loadQuotaRules(db, site.id) });
  }

  it('should count every unit by hand: submitted, approved by the leader, published, with photo, refused, counted', async () => {
    const m = await model();
    assert.equal(m.period.startDate, '2026-01-26');
    assert.equal(m.period.endDate, '2026-02-25');
    const byName = Object.fromEntries(m.units.map((u) => [u.name, u]));
    assert.deepEqual(m.units.map((u) => u.name), ['Phòng Văn hóa và Thông tin', 'Phòng Tài chính - Kế hoạch', 'Hội Liên hiệp Phụ nữ thành phố', 'Đài Truyền thanh thành phố', 'Ban Tuyên giáo Thành ủy']);
    assert.deepEqual(byName['Phòng Văn hóa và Thông tin']!.counts, c(3, 3, 3, 2, 1, 2));
    assert.deepEqual(byName['Phòng Tài chính - Kế hoạch']!.counts, c(5, 5, 3, 3, 0, 3));
    assert.deepEqual(byName['Hội Liên hiệp Phụ nữ thành phố']!.counts, c(2, 2, 1, 0, 1, 0));
    assert.deepEqual(byName['Đài Truyền thanh thành phố']!.counts, c(16, 16, 15, 3, 0, 15));
    assert.deepEqual(byName['Ban Tuyên giáo Thành ủy']!.counts, c(1, 1, 1, 1, 0, 1));
    assert.deepEqual(m.units.map((u) => [u.quota.target, u.met]), [[2, true], [2, true], [2, false], [15, true], [0, null]]);
    assert.deepEqual(m.unassigned, c(0, 0, 1, 1, 0, 0));
    assert.deepEqual(m.totals, c(27, 27, 24, 10, 2, 21));
    assert.equal(m.unitsWithQuota, 4);
    assert.equal(m.unitsMet, 3);
    assert.deepEqual(m.missed.map((u) => u.name), ['Hội Liên hiệp Phụ nữ thành phố']);
  });

  it('should compare with the previous month 26/12/2025 – 25/01/2026', async () => {
    const m = await model();
    assert.equal(m.previousPeriod.key, '2026-01');
    assert.deepEqual(m.units.map((u) => [u.previous.counted, u.previousMet]), [[1, false], [0, false], [2, true], [12, false], [0, null]]);
    assert.deepEqual(m.units[0]!.previous, c(1, 1, 1, 1, 0, 1));
    assert.deepEqual(m.units[3]!.previous, c(12, 12, 12, 0, 0, 12));
    assert.deepEqual(m.previousTotals, c(13, 13, 15, 3, 0, 15));
  });

  it('should list the radio station\'s published items, the boundary ones where they belong', async () => {
    const m = await model();
    assert.equal(m.radio.length, 1);
    assert.equal(m.radioItems.length, 15);
    const ids = new Set(m.radioItems.map((i) => i.contentId));
    assert.ok(ids.has(f.items.r15!), 'published 25/02 23:50 belongs to February');
    assert.ok(!ids.has(f.items.r16!), 'published 26/02 00:05 belongs to March');
    assert.ok(ids.has(f.items.r12!), 'published on 17/02, a Tết holiday, counts like any day');
  });

  it('should let refused items count only when the setting says so', async () => {
    await db.insertInto('contribution_settings').values({ site_id: f.cityId, scope: 'quota', data: JSON.stringify({ countRefused: true }), updated_by: null, created_at: now.toISOString(), updated_at: now.toISOString() }).execute();
    const m = await model();
    // a3 (refused, with a photo) now counts for U1; c2 (refused, with a photo) for U3, which still misses (1 of 2).
    assert.deepEqual(m.units.map((u) => u.counts.counted), [3, 3, 1, 15, 1]);
    assert.deepEqual(m.missed.map((u) => u.name), ['Hội Liên hiệp Phụ nữ thành phố']);
    await db.deleteFrom('contribution_settings').where('site_id', '=', f.cityId).execute();
  });

  it('should plan the reminder 3 working days before the 25th (before Tết: Friday 13/02) and the report at the close of the 25th', async () => {
    now = new Date(vn('2026-02-01 09:00'));
    await scheduleContributionJobs(db, clock);
    const jobs = await db.selectFrom('jobs').select(['kind', 'site_id', 'run_at']).where('kind', 'in', [REPORT_JOB, REMIND_JOB, PLAN_JOB]).orderBy('id').execute();
    const city = jobs.filter((j) => j.site_id === f.cityId);
    assert.deepEqual(city.map((j) => [j.kind, j.run_at]).sort(), [[REMIND_JOB, '2026-02-13T01:00:00.000Z'], [REPORT_JOB, '2026-02-25T17:00:00.000Z']]);
    assert.ok(jobs.some((j) => j.kind === PLAN_JOB && j.run_at === '2026-02-01T17:10:00.000Z'), 'next daily plan at 00:10 portal time');
    await scheduleContributionJobs(db, clock);
    assert.equal((await db.selectFrom('jobs').select('id').where('kind', 'in', [REPORT_JOB, REMIND_JOB, PLAN_JOB]).execute()).length, jobs.length, 'planning twice adds nothing');
  });

  it('should remind the contributors and leaders of the units behind on 13/02 08:00, and no one else', async () => {
    const vhttCtv = await buildUser(db, { username: 'ctv.vhtt', roles: [{ siteId: f.cityId, role: 'contributor', unitId: f.units.vhtt }] });
    const tckhCtv = await buildUser(db, { username: 'ctv.tckh', roles: [{ siteId: f.cityId, role: 'contributor', unitId: f.units.tckh }] });
    const tckhLead = await buildUser(db, { username: 'ld.tckh', roles: [{ siteId: f.cityId, role: 'leader', unitId: f.units.tckh }] });
    const pnLead = await buildUser(db, { username: 'ld.phunu', roles: [{ siteId: f.cityId, role: 'leader', unitId: f.units.phuNu }] });
    const radioCtv = await buildUser(db, { username: 'ctv.radio', roles: [{ siteId: f.cityId, role: 'contributor', unitId: f.units.radio }] });
    now = new Date('2026-02-13T01:00:00.000Z');
    await t.app.ctx.jobs.tick();
    const notes = await db.selectFrom('notifications').select(['user_id', 'kind', 'message', 'link']).where('kind', '=', 'quota_reminder').orderBy('user_id').execute();
    assert.deepEqual(notes.map((n) => n.user_id).sort((a, b) => a - b), [tckhCtv.id, tckhLead.id, pnLead.id, radioCtv.id].sort((a, b) => a - b));
    assert.ok(!notes.some((n) => n.user_id === vhttCtv.id), 'U1 already has 2 items with photos');
    const tckh = notes.find((n) => n.user_id === tckhCtv.id)!;
    assert.equal(tckh.message, 'Phòng Tài chính - Kế hoạch mới có 1/2 tin, bài có ảnh được đăng trong kỳ 26/01/2026 – 25/02/2026; còn thiếu 1. Kỳ báo cáo kết thúc ngày 25/02/2026.');
    assert.equal(tckh.link, `/quan-tri/cong/${f.cityId}/chi-tieu`);
    assert.match(notes.find((n) => n.user_id === radioCtv.id)!.message, /^Đài Truyền thanh thành phố mới có 11\/15 tin, bài được đăng/);
    const mails = await db.selectFrom('email_outbox').select(['to_address', 'subject']).orderBy('id').execute();
    assert.equal(mails.length, 4);
    assert.ok(mails.some((m) => m.to_address === 'ld.phunu@thu.gov.vn' && m.subject === '[Cổng TTĐT] Nhắc chỉ tiêu tin, bài: Hội Liên hiệp Phụ nữ thành phố còn thiếu 2'));
    const audits = await db.selectFrom('audit_events').select(['subject_id']).where('action', '=', 'quota.reminded').where('site_id', '=', f.cityId).execute();
    assert.deepEqual(audits.map((a) => a.subject_id).sort(), [f.units.tckh, f.units.phuNu, f.units.radio].sort());
  });

  it('should produce the report when the 25th ends, as a DOCX in Decree 30/2020 format and an XLSX', async () => {
    now = new Date('2026-02-25T16:59:00.000Z');
    await t.app.ctx.jobs.tick();
    assert.equal((await db.selectFrom('contribution_reports').select('id').execute()).length, 0, 'not before the day is over');
    now = new Date('2026-02-25T17:00:00.000Z');
    await t.app.ctx.jobs.tick();
    const report = await db.selectFrom('contribution_reports').selectAll().where('site_id', '=', f.cityId).executeTakeFirstOrThrow();
    assert.deepEqual([report.period_key, report.period_start, report.period_end, report.version, report.number, report.symbol, report.document_date, report.trigger, report.generated_by],
      ['2026-02', '2026-01-26', '2026-02-25', 1, 1, 'BC-VHTT', '2026-02-25', 'scheduled', null]);
    assert.deepEqual(JSON.parse(report.summary), { submitted: 27, leaderApproved: 27, published: 24, withPhoto: 10, refused: 2, unitsWithQuota: 4, unitsMet: 3, missed: ['Hội Liên hiệp Phụ nữ thành phố'], previousPublished: 15 });
    const audit = await db.selectFrom('audit_events').select(['action', 'subject_type', 'subject_id']).where('action', '=', 'report.generated').executeTakeFirstOrThrow();
    assert.deepEqual(audit, { action: 'report.generated', subject_type: 'report', subject_id: report.id });
    const ward = await db.selectFrom('contribution_reports').select(['number', 'symbol']).where('site_id', '=', f.wardId).executeTakeFirstOrThrow();
    assert.deepEqual(ward, { number: 1, symbol: 'BC-UBND' });

    const dir = reportsDirOf(t.tdb.dataDir);
    const zip = await JSZip.loadAsync(await readFile(join(dir, report.docx_key)));
    const xml = (await zip.file('word/document.xml')!.async('string'));
    const text = xml.replace(/<w:p[ >][\s\S]*?<\/w:p>/g, (p) => `${[...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')}\n`).replace(/<[^>]+>/g, '');
    for (const line of [
      'ỦY BAN NHÂN DÂN', 'THÀNH PHỐ TÂY NINH', 'PHÒNG VĂN HÓA VÀ THÔNG TIN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc',
      'Số: 01/BC-VHTT', 'Tây Ninh, ngày 25 tháng 02 năm 2026', 'BÁO CÁO', 'Tình hình cung cấp tin, bài đăng trên',
      'Cổng Thông tin điện tử thành phố Tây Ninh tháng 2 năm 2026', 'Kính gửi: Ủy ban nhân dân thành phố Tây Ninh.',
      'Có 3/4 đơn vị được giao chỉ tiêu đạt chỉ tiêu.', 'Nơi nhận:', '- Như trên;', '- Lưu: VT, VHTT.', 'TRƯỞNG PHÒNG',
    ]) assert.ok(text.split('\n').some((l) => l.includes(line)), `DOCX has "${line}"`);
    assert.ok(text.includes('Trong kỳ báo cáo, các đơn vị đã gửi 27 tin, bài; lãnh đạo đơn vị duyệt, gửi Ban Biên tập 27 tin, bài; Ban Biên tập đã đăng 24 tin, bài (trong đó 10 tin, bài có ảnh) và trả lại 2 tin, bài chưa đạt yêu cầu.'));
    assert.ok(text.includes('So với tháng 1 năm 2026, số tin, bài được đăng tăng 9 (tháng 1 năm 2026: 15 tin, bài); số tin, bài có ảnh tăng 7 (tháng 1 năm 2026: 3); số tin, bài bị trả lại tăng 2'));
    assert.ok(text.includes('Đài Truyền thanh thành phố được giao chỉ tiêu 15 tin, bài/tháng; trong kỳ đã gửi 16, được đăng 15 tin, bài (đạt chỉ tiêu; tháng 1 năm 2026: 12 tin, bài được đăng).'));
    assert.ok(text.includes('- Hội Liên hiệp Phụ nữ thành phố: 0/2 tin, bài;'));
    assert.ok(!text.includes('V/v'), 'a report carries its type and abstract, not the công văn "V/v" line');
    // Times New Roman, A4 with the Decree's margins (top 20, bottom 20, left 30, right 15 mm), page numbers from page 2.
    assert.ok(xml.includes('<w:rFonts w:ascii="Times New Roman"'));
    const section = /<w:sectPr>[\s\S]*?<\/w:sectPr>/.exec(xml)![0];
    assert.match(section, /<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
    assert.match(section, /<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
    assert.match(section, /<w:titlePg\/>/);
    // The unit table: one row per unit, then the board, then the totals.
    const rows = [...xml.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((r) => [...r[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('|'));
    for (const row of [
      '1|Phòng Văn hóa và Thông tin|2|3|3|3|2|1|2|1|Đạt',
      '2|Phòng Tài chính - Kế hoạch|2|5|5|3|3|0|3|0|Đạt',
      '3|Hội Liên hiệp Phụ nữ thành phố|2|2|2|1|0|1|0|2|Chưa đạt',
      '4|Đài Truyền thanh thành phố|15|16|16|15|3|0|15|12|Đạt',
      '5|Ban Tuyên giáo Thành ủy|–|1|1|1|1|0|1|0|Không giao',
      '|Ban Biên tập (không thuộc đơn vị)|–|0|0|1|1|0|–|–|–',
      '|Tổng cộng||27|27|24|10|2|21|15|3/4 đạt',
    ]) assert.ok(rows.includes(row), `DOCX table row ${row} in ${JSON.stringify(rows)}`);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await readFile(join(dir, report.xlsx_key))) as unknown as ExcelJS.Buffer);
    assert.deepEqual(wb.worksheets.map((w) => w.name), ['Tổng hợp', 'Chi tiết tin, bài', 'Đài Truyền thanh', 'Chưa đạt chỉ tiêu']);
    const sum = wb.getWorksheet('Tổng hợp')!;
    const values = (ws: ExcelJS.Worksheet) => ws.getSheetValues().filter(Boolean).map((r) => (r as unknown[]).slice(1));
    const sumRows = values(sum);
    assert.equal(sumRows[0]![0], 'Tình hình cung cấp tin, bài đăng trên Cổng Thông tin điện tử thành phố Tây Ninh tháng 2 năm 2026');
    assert.ok(sumRows.some((r) => JSON.stringify(r) === JSON.stringify([2, 'Phòng Tài chính - Kế hoạch', 'Cơ quan chuyên môn', 2, 'Có', 5, 5, 3, 3, 0, 3, 'Đạt', 0, 0, 'Chưa đạt'])));
    assert.ok(sumRows.some((r) => JSON.stringify(r) === JSON.stringify([null, 'Tổng cộng', '', null, '', 27, 27, 24, 10, 2, 21, '3/4 đạt', 15, 15, ''])));
    const detail = values(wb.getWorksheet('Chi tiết tin, bài')!);
    assert.equal(detail.length, 3 + 1 + 29, 'three title rows, the header, and the 29 items touched in the period');
    const b5 = detail.find((r) => r[2] === 'Tin b5')!;
    assert.deepEqual([b5[6], b5[9], b5[11]], ['Có', '', ''], 'withdrawn b5: not published, not counted');
    assert.equal(values(wb.getWorksheet('Đài Truyền thanh')!).filter((r) => typeof r[0] === 'number').length, 15);
    assert.deepEqual(values(wb.getWorksheet('Chưa đạt chỉ tiêu')!).filter((r) => typeof r[0] === 'number'), [[1, 'Hội Liên hiệp Phụ nữ thành phố', 2, 0, 2, 'Đạt']]);
  });

  it('should not produce the same period twice from the job, and plan the next period after a report', async () => {
    const jobs = await db.selectFrom('jobs').select(['kind', 'site_id', 'run_at', 'status']).where('kind', '=', REPORT_JOB).where('site_id', '=', f.cityId).orderBy('run_at').execute();
    assert.deepEqual(jobs.map((j) => [j.run_at, j.status]), [['2026-02-25T17:00:00.000Z', 'done'], ['2026-03-25T17:00:00.000Z', 'pending']]);
  });

  it('should still produce a report whose job was retried later than planned', async () => {
    // As if the planned attempt had failed: the runner moves run_at one minute on; the planned end stays in the payload.
    await db.updateTable('jobs').set({ run_at: '2026-03-25T17:01:00.000Z', attempts: 1 }).where('kind', '=', REPORT_JOB).where('site_id', '=', f.cityId).where('status', '=', 'pending').execute();
    now = new Date('2026-03-25T17:02:00.000Z');
    await t.app.ctx.jobs.tick();
    const march = await db.selectFrom('contribution_reports').select(['period_key', 'number', 'trigger']).where('site_id', '=', f.cityId).where('period_key', '=', '2026-03').executeTakeFirst();
    assert.deepEqual(march, { period_key: '2026-03', number: 2, trigger: 'scheduled' });
  });
});
