/**
 * The demo city's contribution history: the monthly reports of the five closed months of its six months of news of the city with their files, real figures in them,
 * royalties assessed and mostly paid with a few overdue, and a competition table with ranks. SQLite only (the
 * seed renders photos for seconds; seedDemo.test.ts covers the seed on PostgreSQL).
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadCompetitionFormula, loadContributionSettings, loadQuotaRules } from '../commands/contributions/contributionSettings.ts';
import { periodOf } from '../core/contributions/periods.ts';
import { createDb } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { buildCompetitionTable } from '../reports/competitionTable.ts';
import { buildPayoutList } from '../reports/payoutList.ts';
import { reportsDirOf } from '../reports/reportFiles.ts';
import { seedDemo } from './seedDemo.ts';

const NOW = new Date('2026-11-25T03:00:00.000Z');

test('the demo city has five closed months of reports (the sixth is open), payouts and rankings with real numbers', { skip: process.env.TEST_DIALECT === 'postgres' && 'PostgreSQL pass' }, async () => {
  const dir = await mkdtemp(join(tmpdir(), 'cong-demo-chi-tieu-'));
  const database = createDb(join(dir, 'demo.sqlite'));
  try {
    await migrateToLatest(database.db);
    await seedDemo(database.db, { mediaDir: join(dir, 'media'), now: NOW });
    const db = database.db;
    const city = await db.selectFrom('sites').selectAll().where('parent_id', 'is', null).executeTakeFirstOrThrow();
    const reports = await db.selectFrom('contribution_reports').selectAll().where('site_id', '=', city.id).orderBy('period_key').execute();
    assert.deepEqual(reports.map((r) => [r.period_key, r.number, r.version]), [
      ['2026-06', 1, 1], ['2026-07', 2, 1], ['2026-08', 3, 1], ['2026-09', 4, 1], ['2026-10', 5, 1],
    ]);
    for (const r of reports) {
      const s = JSON.parse(r.summary) as { submitted: number; published: number; refused: number; unitsWithQuota: number };
      assert.ok(s.published >= 10 && s.submitted >= 10 && s.unitsWithQuota >= 10, `${r.period_key}: ${r.summary}`);
      assert.ok(existsSync(join(reportsDirOf(dir), r.docx_key)) && existsSync(join(reportsDirOf(dir), r.xlsx_key)), `files of ${r.period_key}`);
    }
    assert.ok(reports.some((r) => (JSON.parse(r.summary) as { refused: number }).refused > 0), 'the board returned items in some months');
    assert.ok(reports.some((r) => (JSON.parse(r.summary) as { missed: string[] }).missed.length > 0), 'some units miss their quota');

    const payout = await buildPayoutList(db, { siteId: city.id, period: periodOf('2026-09', 25), payWithinDays: 60, now: NOW });
    assert.ok(payout.total > 1_000_000 && payout.paid > 0 && payout.unpaid > 0, `September: ${payout.total} (${payout.paid} paid)`);
    assert.match(payout.totalInWords, /^[A-ZĐ][a-zà-ỹđ ]+ đồng$/u);
    const july = await buildPayoutList(db, { siteId: city.id, period: periodOf('2026-07', 25), payWithinDays: 60, now: NOW });
    assert.ok(july.overdueLines > 0, 'a few July lines are unpaid past 60 days');

    const inputs = async (s: typeof city) => ({ site: s, settings: await loadContributionSettings(db, s), rules: await loadQuotaRules(db, s.id) });
    const wards = await db.selectFrom('sites').selectAll().where('parent_id', '=', city.id).execute();
    // Seen a week later, when November's period has closed: the weekly audits of the last five weeks fall in it.
    const table = await buildCompetitionTable(db, { city: await inputs(city), wards: await Promise.all(wards.map(inputs)), year: 2026, formula: await loadCompetitionFormula(db, city, 2026), now: new Date('2026-12-02T03:00:00.000Z') });
    const wardRows = table.groups.find((g) => g.key === 'ward_site')!.rows;
    assert.equal(wardRows.length, wards.length);
    assert.ok(wardRows.every((r) => r.totalCenti !== null && r.rank !== null), 'every ward scored and ranked');
    assert.ok(new Set(wardRows.map((r) => r.totalCenti)).size > 3, 'the wards differ');
    assert.ok(table.groups.find((g) => g.key === 'office')!.rows.some((r) => r.complianceCenti !== null), 'the compliance audits count');
  } finally {
    await database.close();
    await rm(dir, { recursive: true, force: true });
  }
});
