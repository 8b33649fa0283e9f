/**
 * Competition scores of 2026 on 01/04/2026 (three closed periods: 2026-01, 2026-02, 2026-03) from the fixture
 * month, with two compliance audits of the city (80/100 on 20/01, 90/100 on 20/02) and none of the ward.
 * Hand-computed with the default formula (70 quota points, 30 compliance points, fulfilment capped at 100%):
 *   compliance per period end: 80%, 90%, 90% → average 86,67% (8667 bp) → 30 × 0,8667 = 26,00 points
 *   U1 Văn hóa: 1/2, 2/2, 0/2 → 50%, 100%, 0% → avg 50% → 35,00 → total 61,00
 *   U2 Tài chính: 0/2, 3/2 (capped), 1/2 → 0%, 100%, 50% → avg 50% → 35,00 → total 61,00 (tie with U1)
 *   U3 Phụ nữ: 2/2, 0/2, 0/2 → avg 33,33% → 23,33 → total 49,33
 *   U4 Đài: 12/15, 15/15, 1/15 → 80%, 100%, 6,66% → avg 62,22% → 43,55 → total 69,55
 *   U5 party: no quota → no score
 *   Ward Tân Ninh: 0/2, 2/2, 0/2 → 33,33% → 23,33 of 70 available (no audit) → 33,33 out of 100, marked
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import type { Kysely } from 'kysely';
import { loadCompetitionFormula, loadContributionSettings, loadQuotaRules } from '../../src/commands/contributions/contributionSettings.ts';
import type { DB } from '../../src/db/schema.ts';
import { buildCompetitionTable } from '../../src/reports/competitionTable.ts';
import { renderCompetitionXlsx } from '../../src/reports/render/competitionXlsx.ts';
import { createTestDatabase, type TestDatabase } from '../support/testDb.ts';
import { type Fixture, buildFixtureMonth } from './fixtureMonth.ts';

describe('competition scores of 2026 from the fixture', () => {
  let tdb: TestDatabase;
  let db: Kysely<DB>;
  let f: Fixture;
  const now = new Date('2026-04-01T02:00:00.000Z');

  before(async () => {
    tdb = await createTestDatabase();
    db = tdb.database.db;
    f = await buildFixtureMonth(db);
    for (const [asOf, score] of [['2026-01-20T01:00:00.000Z', 8000], ['2026-02-20T01:00:00.000Z', 9000]] as const) {
      await db.insertInto('compliance_runs').values({ site_id: f.cityId, pack_id: 'nd42-2022', pack_version: '1', score_centi: score, max_centi: 10_000, gap_count: 1, trigger: 'nightly', as_of: asOf, result: '{}', actor_id: null, created_at: asOf }).execute();
    }
  });
  after(() => tdb.dispose());

  async function table() {
    const site = async (id: number) => {
      const s = await db.selectFrom('sites').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
      return { site: s, settings: await loadContributionSettings(db, s), rules: await loadQuotaRules(db, s.id) };
    };
    const city = await site(f.cityId);
    return buildCompetitionTable(db, { city, wards: [await site(f.wardId)], year: 2026, formula: await loadCompetitionFormula(db, city.site, 2026), now });
  }

  it('should score and rank every unit within its kind, and the ward among the wards', async () => {
    const t = await table();
    assert.deepEqual(t.periods.map((p) => p.key), ['2026-01', '2026-02', '2026-03']);
    const rows = Object.fromEntries(t.groups.map((g) => [g.key, g.rows.map((r) => [r.rank, r.name, r.avgFulfilmentBp, r.quotaCenti, r.complianceCenti, r.totalCenti, r.grade])]));
    assert.deepEqual(rows, {
      office: [
        [1, 'Phòng Tài chính - Kế hoạch', 5000, 3500, 2600, 6100, 'Hoàn thành nhiệm vụ'],
        [1, 'Phòng Văn hóa và Thông tin', 5000, 3500, 2600, 6100, 'Hoàn thành nhiệm vụ'],
      ],
      mass_org: [[1, 'Hội Liên hiệp Phụ nữ thành phố', 3333, 2333, 2600, 4933, 'Không hoàn thành nhiệm vụ']],
      radio: [[1, 'Đài Truyền thanh thành phố', 6222, 4355, 2600, 6955, 'Hoàn thành nhiệm vụ']],
      party: [[null, 'Ban Tuyên giáo Thành ủy', null, null, 2600, null, null]],
      ward_site: [[1, 'Phường Tân Ninh', 3333, 2333, null, 3333, 'Không hoàn thành nhiệm vụ']],
    });
    assert.deepEqual(t.groups.map((g) => g.label), ['Cơ quan chuyên môn', 'Tổ chức chính trị – xã hội', 'Đài / Trạm Truyền thanh', 'Cơ quan Đảng', 'Phường, xã']);
    const ward = t.groups.find((g) => g.key === 'ward_site')!.rows[0]!;
    assert.equal(ward.complianceMissing, true);
    assert.equal(t.groups.find((g) => g.key === 'office')!.rows[0]!.complianceMissing, false);
    assert.equal(t.complianceMissing, false);
  });

  it('should follow a formula set for the year', async () => {
    await db.insertInto('contribution_settings').values({ site_id: f.cityId, scope: 'competition-2026', data: JSON.stringify({ quotaPoints: 100, compliancePoints: 0, capBp: 12_000 }), updated_by: null, created_at: now.toISOString(), updated_at: now.toISOString() }).execute();
    const t = await table();
    // U2 with a 120% cap: 0%, 120% (3 of 2 is 150%, capped), 50% → avg 56,67% → 56,67 points.
    const u2 = t.groups.find((g) => g.key === 'office')!.rows.find((r) => r.name === 'Phòng Tài chính - Kế hoạch')!;
    assert.deepEqual([u2.avgFulfilmentBp, u2.totalCenti, u2.rank], [5667, 5667, 1]);
    await db.deleteFrom('contribution_settings').where('scope', '=', 'competition-2026').execute();
  });

  it('should export the ranked table', async () => {
    const t = await table();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await renderCompetitionXlsx(t, { fullName: 'Ủy ban nhân dân thành phố Tây Ninh' }, now)) as unknown as ExcelJS.Buffer);
    assert.deepEqual(wb.worksheets.map((w) => w.name), ['Cơ quan chuyên môn', 'Tổ chức chính trị – xã hội', 'Đài - Trạm Truyền thanh', 'Cơ quan Đảng', 'Phường, xã', 'Công thức']);
    const office = wb.getWorksheet('Cơ quan chuyên môn')!.getSheetValues().filter(Boolean).map((r) => (r as unknown[]).slice(1));
    assert.ok(office.some((r) => JSON.stringify(r.slice(0, 10)) === JSON.stringify([1, 'Phòng Văn hóa và Thông tin', 3, 1, '50%', '35,00', '86,7%', '26,00', '61,00', 'Hoàn thành nhiệm vụ'])));
    const ward = wb.getWorksheet('Phường, xã')!.getSheetValues().filter(Boolean).map((r) => (r as unknown[]).slice(1));
    assert.ok(ward.some((r) => r[1] === 'Phường Tân Ninh' && r[8] === '33,33' && String(r[10]).includes('Chưa có điểm tuân thủ')));
  });
});
