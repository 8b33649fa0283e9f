/**
 * The compliance audit end to end on a real database (SQLite, and PostgreSQL with TEST_DIALECT=postgres):
 * a ward that meets every rule scores the maximum; planted gaps are reported exactly, and nothing else.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Kysely } from 'kysely';
import { buildSite, buildUser } from '../../../test/support/factories.ts';
import { buildCompliantSite, buildDocument, buildDocumentFile, buildOfficial } from '../../../test/support/recordFactories.ts';
import { type TestDatabase, createTestDatabase } from '../../../test/support/testDb.ts';
import { gapsOf } from '../../core/compliance/evaluate.ts';
import type { AuditResult } from '../../core/compliance/types.ts';
import { ForbiddenError, NotFoundError, ValidationError } from '../../core/errors.ts';
import type { DB } from '../../db/schema.ts';
import { AUDIT_ALL_JOB, AUDIT_SITE_JOB, registerComplianceJobs, scheduleNightlyAudits } from '../../jobs/auditCompliance.ts';
import { JobRunner } from '../../jobs/runner.ts';
import { loadActor } from '../auth/loadActor.ts';
import type { CommandContext } from '../context.ts';
import { auditSite, evaluateSite, runComplianceAudit } from './auditSite.ts';
import { addCustomRule, removeCustomRule, saveComplianceAdjustments, setCompliancePack } from './configureCompliance.ts';

// Monday 02/3/2026, 10:00 in Vietnam: two weeks after Tết Bính Ngọ (14–22/02/2026).
let now = new Date('2026-03-02T03:00:00.000Z');
const clock = { now: () => now };
const AS_OF = '2026-03-02T03:00:00.000Z';

async function ctxFor(db: Kysely<DB>, userId: number): Promise<CommandContext> {
  const u = await db.selectFrom('users').selectAll().where('id', '=', userId).executeTakeFirstOrThrow();
  return { db, clock, actor: await loadActor(db, u) };
}

const gapIds = (r: AuditResult) => gapsOf(r).map((g) => g.ruleId).sort();

describe('compliance audit', () => {
  let tdb: TestDatabase;
  let db: Kysely<DB>;
  let city: number;
  let goodWard: number;
  let gappyWard: number;
  let oversight: CommandContext;
  let chiefWard: CommandContext;
  let editorWard: CommandContext;
  let chiefCity: CommandContext;

  before(async () => {
    tdb = await createTestDatabase();
    db = tdb.database.db;
    city = (await buildCompliantSite(db, { asOf: AS_OF, level: 'city', slug: 'tp-tuan-thu' })).siteId;
    goodWard = (await buildCompliantSite(db, { asOf: AS_OF, parentId: city, slug: 'phuong-du' })).siteId;
    const gappy = await buildCompliantSite(db, { asOf: AS_OF, parentId: city, slug: 'phuong-thieu' });
    gappyWard = gappy.siteId;

    // Gap 1: the access-to-information section was deleted.
    await db.deleteFrom('sections').where('id', '=', gappy.sections.get('tiep-can-thong-tin')!).execute();
    // Gap 2: the leaders' schedule was last touched 20 days ago.
    await db.updateTable('schedule_entries').set({ created_at: '2026-02-10T02:00:00.000Z', updated_at: '2026-02-10T02:00:00.000Z', starts_at: '2026-02-10T02:00:00.000Z' })
      .where('site_id', '=', gappyWard).execute();
    // Gap 3: a decision issued on the Friday before Tết and posted on Thursday 26/02: two working days late,
    // while one issued the same day and posted on Tuesday 24/02 is on time (Tết is not counted).
    const late = await buildDocument(db, gappyWard, { number_symbol: '04/QĐ-UBND', issued_on: '2026-02-13', effective_on: '2026-02-13', published_at: '2026-02-26T02:00:00.000Z' });
    const onTime = await buildDocument(db, gappyWard, { number_symbol: '03/QĐ-UBND', issued_on: '2026-02-13', effective_on: '2026-02-13', published_at: '2026-02-24T09:00:00.000Z' });
    await buildDocumentFile(db, gappyWard, late);
    await buildDocumentFile(db, gappyWard, onTime);
    // Gap 4: no phone in the footer.
    await db.updateTable('sites').set({ phone: '' }).where('id', '=', gappyWard).execute();

    oversight = await ctxFor(db, (await buildUser(db, { roles: [{ siteId: city, role: 'oversight' }] })).id);
    chiefWard = await ctxFor(db, (await buildUser(db, { roles: [{ siteId: gappyWard, role: 'editor_in_chief' }] })).id);
    editorWard = await ctxFor(db, (await buildUser(db, { roles: [{ siteId: gappyWard, role: 'editor' }] })).id);
    chiefCity = await ctxFor(db, (await buildUser(db, { roles: [{ siteId: city, role: 'editor_in_chief' }] })).id);
  });
  after(() => tdb.dispose());

  it('should give a ward that meets every rule the maximum score and no gaps', async () => {
    const r = await evaluateSite(db, goodWard, AS_OF);
    assert.deepEqual(gapsOf(r).map((g) => `${g.ruleId}: ${g.missing.join(' ')}`), []);
    assert.equal(r.packId, 'nd42-2022');
    assert.equal(r.score, r.maxScore);
    assert.ok(r.maxScore >= 15, `max ${r.maxScore}`);
    const c = await evaluateSite(db, city, AS_OF);
    assert.deepEqual(gapsOf(c).map((g) => g.ruleId), [], 'the city too');
    assert.ok(c.outcomes.some((o) => o.ruleId === 'PRESS-04') && !c.outcomes.some((o) => o.ruleId === 'DCCS-13'));
  });

  it('should report exactly the planted gaps — missing section, stale schedule, late document across Tết, missing footer phone — and no others', async () => {
    const { runId, result } = await auditSite(db, clock, { siteId: gappyWard, trigger: 'manual', actorId: null });
    assert.deepEqual(gapIds(result), ['ND13-06', 'ND42-CONTENT-10-LICH', 'ND43-DEADLINE-03', 'TT32-FOOTER']);
    const gap = (id: string) => gapsOf(result).find((g) => g.ruleId === id)!;
    assert.deepEqual(gap('ND13-06').missing, ['Cổng chưa có chuyên mục “Tiếp cận thông tin”.']);
    assert.deepEqual(gap('ND42-CONTENT-10-LICH').missing, ['Chuyên mục “Lịch công tác lãnh đạo” cập nhật lần cuối ngày 10/02/2026, cách đây 20 ngày (yêu cầu: trong vòng 7 ngày).']);
    assert.deepEqual(gap('ND43-DEADLINE-03').missing, ['Văn bản 04/QĐ-UBND ban hành ngày 13/02/2026, đăng ngày 26/02/2026: quá hạn 2 ngày làm việc (hạn chót 24/02/2026, trong 2 ngày làm việc).']);
    assert.deepEqual(gap('TT32-FOOTER').missing, ['Chân trang (thông tin cơ quan) thiếu: điện thoại.']);
    assert.equal(gap('TT32-FOOTER').fixPath, `/quan-tri/cong/${gappyWard}/cai-dat`);
    assert.equal(gap('ND43-DEADLINE-03').legalBasis, 'NĐ 43/2011 Điều 17.1(c)');
    assert.equal(result.score, result.maxScore - 4);

    const run = await db.selectFrom('compliance_runs').selectAll().where('id', '=', runId).executeTakeFirstOrThrow();
    assert.equal(run.site_id, gappyWard);
    assert.equal(run.gap_count, 4);
    assert.equal(run.score_centi, Math.round(result.score * 100));
    assert.equal(run.max_centi, Math.round(result.maxScore * 100));
    assert.equal(run.trigger, 'manual');
    const audit = await db.selectFrom('audit_events').selectAll().where('subject_type', '=', 'compliance_run').where('subject_id', '=', runId).executeTakeFirstOrThrow();
    assert.equal(audit.site_id, gappyWard);
    assert.equal(audit.action, 'compliance.audited');
    await assert.rejects(db.updateTable('compliance_runs').set({ gap_count: 0 }).where('id', '=', runId).execute(), /insert-only/);
  });

  it('should judge the past as it was: an audit as of before the late posting does not report it', async () => {
    const r = await evaluateSite(db, gappyWard, '2026-02-25T03:00:00.000Z');
    assert.ok(!gapIds(r).includes('ND43-DEADLINE-03'));
  });

  it('should let the editor-in-chief run an audit on demand, and refuse an editor and another ward\'s chief', async () => {
    const { result } = await runComplianceAudit(chiefWard, { siteId: gappyWard });
    assert.equal(gapsOf(result).length, 4);
    await assert.rejects(runComplianceAudit(editorWard, { siteId: gappyWard }), ForbiddenError);
    await assert.rejects(runComplianceAudit(chiefWard, { siteId: goodWard }), ForbiddenError);
    await assert.rejects(runComplianceAudit(oversight, { siteId: 999_999 }), NotFoundError);
    const byOversight = await runComplianceAudit(oversight, { siteId: goodWard });
    assert.equal(gapsOf(byOversight.result).length, 0, 'the city\'s oversight reaches its wards');
  });

  it('should let the city\'s oversight switch a ward to the Decree 224/2026 pack, re-pointing legal bases and adding the domain rule', async () => {
    await assert.rejects(setCompliancePack(chiefWard, { siteId: gappyWard, packId: 'nd224-2026' }), ForbiddenError);
    await assert.rejects(setCompliancePack(oversight, { siteId: gappyWard, packId: 'khong-co' }), ValidationError);
    await setCompliancePack(oversight, { siteId: gappyWard, packId: 'nd224-2026' });
    const r = await evaluateSite(db, gappyWard, AS_OF);
    assert.equal(r.packId, 'nd224-2026');
    assert.deepEqual(gapIds(r), ['ND13-06', 'ND42-CONTENT-10-LICH', 'ND43-DEADLINE-03', 'TT32-FOOTER'], 'the ward has a .gov.vn host');
    assert.equal(r.outcomes.find((o) => o.ruleId === 'PRESS-01')!.legalBasis, 'NĐ 244/2026 Điều 3.3');
    await setCompliancePack(oversight, { siteId: gappyWard, packId: '' });
    assert.equal((await evaluateSite(db, gappyWard, AS_OF)).packId, 'nd42-2022', 'back to following the city');
  });

  it('should apply the city\'s weights, rules and calendar to its wards', async () => {
    await assert.rejects(saveComplianceAdjustments(chiefCity, { siteId: city, weights: {}, offDays: '', workDays: '' }), ForbiddenError);
    await assert.rejects(saveComplianceAdjustments(oversight, { siteId: gappyWard, weights: {}, offDays: '', workDays: '' }), NotFoundError, 'only a city adjusts');
    await assert.rejects(saveComplianceAdjustments(oversight, { siteId: city, weights: { 'TT32-FOOTER': 'ba' }, offDays: 'ngày mai', workDays: '' }), (e: unknown) =>
      e instanceof ValidationError && 'w_TT32-FOOTER' in e.fieldErrors && 'offDays' in e.fieldErrors);
    // Heavier footer rule; and 23–24/02 declared local days off, which moves the deadline of 04/QĐ-UBND to 26/02.
    await saveComplianceAdjustments(oversight, { siteId: city, weights: { 'TT32-FOOTER': '2' }, offDays: '2026-02-23 Nghỉ Tết của địa phương\n2026-02-24 Nghỉ Tết của địa phương', workDays: '' });
    const { ruleId } = await addCustomRule(oversight, {
      siteId: city, id: 'tp-tin-thang', title: 'Mỗi tháng ít nhất 5 tin, bài', legalBasis: 'Công văn 2485/UBND-VX ngày 04/4/2019', levels: ['ward', 'commune'],
      kind: 'minItemsPerPeriod', sectionSlug: 'tin-tuc-su-kien', sectionKind: 'news', sectionName: 'Tin tức – Sự kiện', amount: '5', period: 'month', periods: '1', weight: '1',
    });
    const r = await evaluateSite(db, gappyWard, AS_OF);
    assert.deepEqual(gapIds(r), ['ND13-06', 'ND42-CONTENT-10-LICH', 'TP-TIN-THANG', 'TT32-FOOTER']);
    assert.equal(r.outcomes.find((o) => o.ruleId === 'TT32-FOOTER')!.weight, 2);
    assert.equal(gapsOf(r).find((g) => g.ruleId === 'TP-TIN-THANG')!.custom, true);
    const audits = await db.selectFrom('audit_events').select(['action', 'subject_type']).where('site_id', '=', city).where('subject_type', '=', 'compliance_override').execute();
    assert.deepEqual(audits.map((a) => a.action).sort(), ['compliance.adjusted', 'compliance.ruleAdded']);
    await removeCustomRule(oversight, { siteId: city, ruleId });
    await saveComplianceAdjustments(oversight, { siteId: city, weights: { 'TT32-FOOTER': '1' }, offDays: '', workDays: '' });
    assert.deepEqual(gapIds(await evaluateSite(db, gappyWard, AS_OF)), ['ND13-06', 'ND42-CONTENT-10-LICH', 'ND43-DEADLINE-03', 'TT32-FOOTER']);
  });

  it('should audit every site nightly from the job table, once per site and night, and schedule the next night', async () => {
    now = new Date('2026-03-02T03:00:00.000Z');
    const runner = registerComplianceJobs(new JobRunner({ db, clock, log: () => {} }));
    await scheduleNightlyAudits(db, clock);
    await scheduleNightlyAudits(db, clock);
    const sweeps = await db.selectFrom('jobs').selectAll().where('kind', '=', AUDIT_ALL_JOB).execute();
    assert.equal(sweeps.length, 1, 'one sweep per night');
    assert.equal(sweeps[0]!.run_at, '2026-03-02T18:00:00.000Z', '01:00 on 03/3 in Vietnam');
    assert.equal(sweeps[0]!.unique_key, 'audit:all:2026-03-03');
    const before = Number((await db.selectFrom('compliance_runs').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    assert.equal(await runner.tick(), 0, 'nothing runs before the night');

    now = new Date('2026-03-02T18:00:05.000Z');
    assert.equal(await runner.tick(), 1, 'the sweep');
    const siteJobs = await db.selectFrom('jobs').selectAll().where('kind', '=', AUDIT_SITE_JOB).where('status', '=', 'pending').execute();
    const sites = await db.selectFrom('sites').select('id').execute();
    assert.deepEqual(siteJobs.map((j) => j.unique_key).sort(), sites.map((s) => `audit:site:${s.id}:2026-03-03`).sort());
    assert.equal(await runner.tick(), sites.length, 'one audit per site');
    const after = Number((await db.selectFrom('compliance_runs').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    assert.equal(after - before, sites.length);
    const nightly = await db.selectFrom('compliance_runs').selectAll().where('site_id', '=', gappyWard).where('trigger', '=', 'nightly').execute();
    assert.equal(nightly.length, 1);
    assert.equal(nightly[0]!.gap_count, 4);
    const nextJobs = await db.selectFrom('jobs').select(['kind', 'unique_key', 'run_at']).where('status', '=', 'pending').execute();
    assert.ok(nextJobs.some((j) => j.unique_key === 'audit:all:2026-03-04' && j.run_at === '2026-03-03T18:00:00.000Z'), 'the next sweep');
    assert.ok(nextJobs.some((j) => j.unique_key === `audit:site:${gappyWard}:2026-03-04`), 'the site\'s next night');
    assert.equal(await runner.tick(), 0, 'nothing more tonight');
  });

  it('should fail every rule of a site with nothing at all, except the document-quality rules that have nothing to judge', async () => {
    const empty = await buildSite(db, { level: 'commune', parent_id: city, phone: '', email: '' });
    await buildOfficial(db, empty, { is_leader: 1, email: '' });
    const r = await evaluateSite(db, empty, AS_OF);
    assert.deepEqual(r.outcomes.filter((o) => o.passed).map((o) => o.ruleId).sort(), ['ND42-CONTENT-01-META', 'ND43-DEADLINE-03', 'ND43-DEADLINE-03-B']);
    assert.equal(r.score, 2.5);
    const missing = Object.fromEntries(gapsOf(r).map((g) => [g.ruleId, g.missing]));
    assert.deepEqual(missing['ND42-CONTENT-06'], [`Lãnh đạo Trần Văn Cán Bộ ${/\d+/.exec(missing['ND42-CONTENT-06']![0]!)![0]}: thiếu thư điện tử.`]);
    assert.deepEqual(missing['ND42-CONTENT-01'], ['Cổng chưa có chuyên mục “Văn bản”.']);
  });
});
