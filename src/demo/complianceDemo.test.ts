/**
 * The demo city's compliance story: wards at clearly different levels, the planted gaps reported, a trend
 * over five weekly audits, and real PDF files behind the demo documents. SQLite only (the seed renders photos
 * for seconds; seedDemo.test.ts covers the seed on PostgreSQL).
 */
import assert from 'node:assert/strict';
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { AuditResult } from '../core/compliance/types.ts';
import { detectAttachmentKind } from '../core/files/attachmentKind.ts';
import { createDb } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { seedDemo } from './seedDemo.ts';

const NOW = new Date('2026-11-25T03:00:00.000Z');

test('the demo city has wards at different compliance levels, with history and the planted gaps', { skip: process.env.TEST_DIALECT === 'postgres' && 'PostgreSQL pass' }, async () => {
  const dir = await mkdtemp(join(tmpdir(), 'cong-demo-tuan-thu-'));
  const database = createDb(join(dir, 'demo.sqlite'));
  try {
    await migrateToLatest(database.db);
    await seedDemo(database.db, { mediaDir: join(dir, 'media'), now: NOW });
    const db = database.db;
    const runs = await db.selectFrom('compliance_runs').innerJoin('sites', 'sites.id', 'compliance_runs.site_id')
      .select(['sites.slug', 'compliance_runs.score_centi', 'compliance_runs.max_centi', 'compliance_runs.as_of', 'compliance_runs.result']).execute();
    const sites = await db.selectFrom('sites').select('slug').execute();
    for (const s of sites) assert.equal(runs.filter((r) => r.slug === s.slug).length, 5, `five weekly audits of ${s.slug}`);
    const latest = new Map(runs.filter((r) => r.as_of === NOW.toISOString()).map((r) => [r.slug, JSON.parse(r.result) as AuditResult]));
    const percents = [...latest.values()].map((r) => r.percent);
    assert.ok(Math.max(...percents) >= 90 && Math.min(...percents) <= 45, `a spread of levels: ${percents.join(', ')}`);
    const gaps = (slug: string) => latest.get(slug)!.outcomes.filter((o) => !o.passed).map((o) => o.ruleId);
    assert.ok(['ND43-DEADLINE-03', 'ND42-CONTENT-10-LICH', 'PRESS-01'].every((id) => gaps('phuong-ninh-son').includes(id)), 'stale schedule, late decision across Tết, no spokesperson');
    assert.ok(gaps('phuong-gia-loc').includes('TT32-FOOTER'), 'the ward without a phone');
    assert.ok(gaps('thanh-pho').includes('ND43-DEADLINE-03'), 'the city\'s decision posted late across 30/4 – 1/5');
    assert.ok(gaps('xa-thanh-tan').length >= 10, 'a commune that has published almost nothing structured');
    const tanNinh = runs.filter((r) => r.slug === 'phuong-tan-ninh').sort((a, b) => a.as_of.localeCompare(b.as_of)).map((r) => JSON.parse(r.result) as AuditResult);
    assert.ok(tanNinh[0]!.outcomes.some((o) => o.ruleId === 'PRESS-01' && !o.passed), 'four weeks ago: no spokesperson yet');
    assert.ok(tanNinh.at(-1)!.outcomes.some((o) => o.ruleId === 'PRESS-01' && o.passed), 'now published');
    assert.ok(latest.get('phuong-tan-ninh')!.outcomes.some((o) => o.ruleId === 'TP-TIN-HANG-THANG'), 'the city\'s own rule applies to its wards');
    const file = await db.selectFrom('document_files').selectAll().limit(1).executeTakeFirstOrThrow();
    assert.equal(detectAttachmentKind(await readFile(join(dir, 'files', file.storage_key))), 'pdf');
  } finally {
    await database.close();
    await rm(dir, { recursive: true, force: true });
  }
});
