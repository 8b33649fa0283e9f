/**
 * The editorial workflow against a real database (SQLite, and PostgreSQL with TEST_DIALECT=postgres):
 * the path through the org chart, returns with reasons, four-eyes, the quality gate, force-publishing,
 * scheduled publish/unpublish through the job table, edit locks, corrections, notifications and e-mail.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Kysely } from 'kysely';
import { ConflictError, ForbiddenError, ValidationError } from '../../core/errors.ts';
import type { Actor } from '../../core/policies/policy.ts';
import type { DB } from '../../db/schema.ts';
import { registerJobHandlers } from '../../jobs/index.ts';
import { JobRunner } from '../../jobs/runner.ts';
import type { MailSender, OutgoingMail } from '../../mail/mailer.ts';
import { buildSection, buildSite, buildUnit } from '../../../test/support/factories.ts';
import { type TestDatabase, createTestDatabase } from '../../../test/support/testDb.ts';
import { FakeClock, actorWith, goodNews, uploadPhoto } from '../../../test/support/workflow.ts';
import type { CommandContext } from '../context.ts';
import { FOUR_EYES_MESSAGE, changeContentStatus } from './changeContentStatus.ts';
import { createContent } from './createContent.ts';
import { acquireEditLock, takeOverEditLock } from './editLocks.ts';
import { QualityGateError } from './qualityCheck.ts';
import { scheduleUnpublish } from './scheduleUnpublish.ts';
import { updateContent } from './updateContent.ts';

describe('editorial workflow (commands)', () => {
  let tdb: TestDatabase;
  let db: Kysely<DB>;
  let ward: number;
  let otherWard: number;
  let section: number;
  let unitA: number;
  let unitB: number;
  let contributor: Actor;
  let leaderA: Actor;
  let leaderB: Actor;
  let editor: Actor;
  let editor2: Actor;
  let chief: Actor;
  let sharpPhoto: number;
  let blurredPhoto: number;
  let smallPhoto: number;
  const clock = new FakeClock(new Date('2026-03-02T01:00:00.000Z'));
  const sent: OutgoingMail[] = [];
  let runner: JobRunner;
  const ctxOf = (actor: Actor): CommandContext => ({ db, actor, clock });
  const row = (id: number) => db.selectFrom('contents').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const statuses = async (id: number) => (await db.selectFrom('content_statuses').selectAll().where('content_id', '=', id).orderBy('id').execute())
    .map((s) => ({ move: `${s.from_status}→${s.to_status}`, event: s.event, actor: s.actor_id, reason: s.reason }));
  const audit = async (id: number) => (await db.selectFrom('audit_events').selectAll().where('subject_type', '=', 'content').where('subject_id', '=', id).orderBy('id').execute());
  const inbox = (userId: number) => db.selectFrom('notifications').selectAll().where('user_id', '=', userId).orderBy('id').execute();

  async function draftBy(actor: Actor, over: Parameters<typeof goodNews>[2] = {}): Promise<number> {
    return (await createContent(ctxOf(actor), { siteId: ward, kind: 'news', form: goodNews(section, sharpPhoto, over) })).id;
  }

  /** A contributor's item brought to the board's editing step. */
  async function inEditing(): Promise<number> {
    const id = await draftBy(contributor);
    await changeContentStatus(ctxOf(contributor), { siteId: ward, kind: 'news', id, event: 'submit' });
    await changeContentStatus(ctxOf(leaderA), { siteId: ward, kind: 'news', id, event: 'approve' });
    await changeContentStatus(ctxOf(editor), { siteId: ward, kind: 'news', id, event: 'startEditing' });
    return id;
  }

  before(async () => {
    tdb = await createTestDatabase();
    db = tdb.database.db;
    const city = await buildSite(db, { level: 'city' });
    ward = await buildSite(db, { parent_id: city });
    otherWard = await buildSite(db, { parent_id: city });
    section = await buildSection(db, ward, { kind: 'news' });
    unitA = await buildUnit(db, ward, { name: 'Đoàn Thanh niên' });
    unitB = await buildUnit(db, ward, { name: 'Hội Phụ nữ' });
    contributor = await actorWith(db, [{ siteId: ward, role: 'contributor', unitId: unitA }]);
    leaderA = await actorWith(db, [{ siteId: ward, role: 'leader', unitId: unitA }]);
    leaderB = await actorWith(db, [{ siteId: ward, role: 'leader', unitId: unitB }]);
    editor = await actorWith(db, [{ siteId: ward, role: 'editor' }]);
    editor2 = await actorWith(db, [{ siteId: ward, role: 'editor' }]);
    chief = await actorWith(db, [{ siteId: ward, role: 'editor_in_chief' }]);
    sharpPhoto = await uploadPhoto(db, editor, ward, tdb.dataDir);
    blurredPhoto = await uploadPhoto(db, editor, ward, tdb.dataDir, { blur: 4 });
    smallPhoto = await uploadPhoto(db, editor, ward, tdb.dataDir, { width: 800 });
    const mailer: MailSender = { send: async (m) => { sent.push(m); } };
    runner = registerJobHandlers(new JobRunner({ db, clock, log: () => {} }), { mailer, publicUrl: 'https://thanhpho.gov.vn' });
  });
  after(() => tdb.dispose());

  it('should carry a contributor\'s item through the unit leader and the board to publication, with history and notifications', async () => {
    const id = await draftBy(contributor);
    assert.equal((await row(id)).unit_id, unitA);
    assert.equal(await changeContentStatus(ctxOf(contributor), { siteId: ward, kind: 'news', id, event: 'submit' }), 'submitted');
    assert.equal((await inbox(leaderA.userId)).at(-1)?.kind, 'awaiting_approval');
    assert.equal((await inbox(leaderB.userId)).length, 0, 'another unit\'s leader is not told');
    await assert.rejects(changeContentStatus(ctxOf(leaderB), { siteId: ward, kind: 'news', id, event: 'approve' }), ForbiddenError, 'another unit\'s leader');
    await assert.rejects(changeContentStatus(ctxOf(editor), { siteId: ward, kind: 'news', id, event: 'startEditing' }), /Không thể thực hiện/);
    clock.advance(10 * 60_000);
    assert.equal(await changeContentStatus(ctxOf(leaderA), { siteId: ward, kind: 'news', id, event: 'approve' }), 'leader_approved');
    assert.equal((await inbox(editor.userId)).at(-1)?.kind, 'awaiting_board');
    assert.equal((await inbox(chief.userId)).at(-1)?.kind, 'awaiting_board');
    await changeContentStatus(ctxOf(editor), { siteId: ward, kind: 'news', id, event: 'startEditing' });
    clock.advance(60_000);
    assert.equal(await changeContentStatus(ctxOf(editor), { siteId: ward, kind: 'news', id, event: 'publish' }), 'published');
    const r = await row(id);
    assert.equal(r.published_at, clock.now().toISOString());
    assert.equal(r.status_changed_at, clock.now().toISOString());
    assert.deepEqual((await statuses(id)).map((s) => [s.move, s.actor]), [
      ['null→draft', contributor.userId], ['draft→submitted', contributor.userId], ['submitted→leader_approved', leaderA.userId],
      ['leader_approved→in_editing', editor.userId], ['in_editing→published', editor.userId],
    ]);
    const events = await audit(id);
    assert.deepEqual(events.map((e) => e.action), ['content.created', 'content.submitted', 'content.approved', 'content.editingStarted', 'content.published']);
    assert.ok(events.every((e) => e.site_id === ward));
    assert.deepEqual(JSON.parse(events[2]!.data).from, 'submitted');
    const writerInbox = await inbox(contributor.userId);
    assert.deepEqual(writerInbox.map((n) => n.kind), ['awaiting_board', 'published']);
    assert.equal(writerInbox[1]!.link, `/quan-tri/cong/${ward}/tin-bai/${id}`);
  });

  it('should demand a reason for every return, keep it on the status row, tell the writer, and let them resubmit', async () => {
    const id = await draftBy(contributor);
    await changeContentStatus(ctxOf(contributor), { siteId: ward, kind: 'news', id, event: 'submit' });
    await assert.rejects(changeContentStatus(ctxOf(leaderA), { siteId: ward, kind: 'news', id, event: 'returnToAuthor', reason: '  ' }),
      (e: unknown) => e instanceof ValidationError && /lý do/.test(e.fieldErrors.reason ?? ''));
    assert.equal((await row(id)).status, 'submitted', 'nothing changed');
    await changeContentStatus(ctxOf(leaderA), { siteId: ward, kind: 'news', id, event: 'returnToAuthor', reason: 'Bổ sung số liệu người tham gia.' });
    const returned = (await inbox(contributor.userId)).at(-1)!;
    assert.equal(returned.kind, 'returned');
    assert.match(returned.message, /Bổ sung số liệu người tham gia/);
    await updateContent(ctxOf(contributor), { siteId: ward, kind: 'news', id, form: goodNews(section, sharpPhoto, { summary: 'Hơn 230 đoàn viên tham gia.' }) });
    await changeContentStatus(ctxOf(contributor), { siteId: ward, kind: 'news', id, event: 'submit' });
    await changeContentStatus(ctxOf(leaderA), { siteId: ward, kind: 'news', id, event: 'approve' });
    await changeContentStatus(ctxOf(editor), { siteId: ward, kind: 'news', id, event: 'returnToLeader', reason: 'Đơn vị xác nhận lại thời gian.' });
    assert.equal((await row(id)).status, 'submitted');
    assert.match((await inbox(leaderA.userId)).at(-1)!.message, /xác nhận lại thời gian/);
    const s = await statuses(id);
    assert.deepEqual(s.filter((x) => x.reason).map((x) => [x.event, x.reason]), [
      ['returnToAuthor', 'Bổ sung số liệu người tham gia.'], ['returnToLeader', 'Đơn vị xác nhận lại thời gian.'],
    ]);
    const a = await audit(id);
    assert.equal(JSON.parse(a.find((e) => e.action === 'content.returnedToLeader')!.data).reason, 'Đơn vị xác nhận lại thời gian.');
  });

  it('should refuse to send up an item that fails the quality gate, naming each field, and accept it once fixed', async () => {
    const id = (await createContent(ctxOf(contributor), {
      siteId: ward, kind: 'news', form: goodNews(section, blurredPhoto, { body_html: '<p>Tin quá ngắn.</p>', cover_alt: '' }),
    })).id;
    await assert.rejects(changeContentStatus(ctxOf(contributor), { siteId: ward, kind: 'news', id, event: 'submit' }), (e: unknown) => {
      assert.ok(e instanceof QualityGateError);
      assert.deepEqual(e.issues.map((i) => `${i.field}/${i.code}`), ['body_html/too_short', 'cover_media_id/blurred', 'cover_alt/missing']);
      assert.match(e.fieldErrors.cover_media_id!, /mờ, nhòe/);
      return true;
    });
    const small = await updateContent(ctxOf(contributor), { siteId: ward, kind: 'news', id, form: goodNews(section, smallPhoto) });
    assert.equal(small.revision, 2);
    await assert.rejects(changeContentStatus(ctxOf(contributor), { siteId: ward, kind: 'news', id, event: 'submit' }),
      (e: unknown) => e instanceof QualityGateError && /rộng 800 px/.test(e.fieldErrors.cover_media_id ?? ''));
    await updateContent(ctxOf(contributor), { siteId: ward, kind: 'news', id, form: goodNews(section, sharpPhoto) });
    assert.equal(await changeContentStatus(ctxOf(contributor), { siteId: ward, kind: 'news', id, event: 'submit' }), 'submitted');
    const sharp = await db.selectFrom('media').select(['sharpness']).where('id', '=', sharpPhoto).executeTakeFirstOrThrow();
    const blurred = await db.selectFrom('media').select(['sharpness']).where('id', '=', blurredPhoto).executeTakeFirstOrThrow();
    assert.ok(sharp.sharpness! > 50 && blurred.sharpness! < 50, `${sharp.sharpness} / ${blurred.sharpness}`);
  });

  it('should apply four-eyes: the writer never approves or publishes, a board member\'s own item waits for a colleague', async () => {
    const own = await draftBy(editor);
    await assert.rejects(changeContentStatus(ctxOf(editor), { siteId: ward, kind: 'news', id: own, event: 'submit' }), ForbiddenError);
    assert.equal(await changeContentStatus(ctxOf(editor), { siteId: ward, kind: 'news', id: own, event: 'sendToBoard' }), 'leader_approved');
    await changeContentStatus(ctxOf(editor), { siteId: ward, kind: 'news', id: own, event: 'startEditing' });
    await assert.rejects(changeContentStatus(ctxOf(editor), { siteId: ward, kind: 'news', id: own, event: 'publish' }),
      (e: unknown) => e instanceof ForbiddenError && e.message === FOUR_EYES_MESSAGE);
    await assert.rejects(changeContentStatus(ctxOf(editor), { siteId: ward, kind: 'news', id: own, event: 'schedule', publishAt: '2027-01-01T00:00:00.000Z' }), ForbiddenError);
    assert.equal(await changeContentStatus(ctxOf(editor2), { siteId: ward, kind: 'news', id: own, event: 'publish' }), 'published');
    // A unit's leader who also writes for it: their own item goes straight to the board, no self-approval.
    const deputy = await actorWith(db, [{ siteId: ward, role: 'contributor', unitId: unitA }, { siteId: ward, role: 'leader', unitId: unitA }]);
    const leaders = (await createContent(ctxOf(deputy), { siteId: ward, kind: 'news', form: goodNews(section, sharpPhoto) })).id;
    await assert.rejects(changeContentStatus(ctxOf(deputy), { siteId: ward, kind: 'news', id: leaders, event: 'submit' }), ForbiddenError);
    assert.equal(await changeContentStatus(ctxOf(deputy), { siteId: ward, kind: 'news', id: leaders, event: 'sendToBoard' }), 'leader_approved');
    assert.deepEqual((await statuses(leaders)).map((s) => s.event), ['create', 'sendToBoard']);
  });

  it('should let the editor-in-chief force-publish with a reason, flag it not reviewed, and let the board confirm the review', async () => {
    const id = await draftBy(contributor, { body_html: '<p>Thông báo khẩn.</p>' });
    await assert.rejects(changeContentStatus(ctxOf(editor), { siteId: ward, kind: 'news', id, event: 'forcePublish', reason: 'Bão' }), ForbiddenError);
    await assert.rejects(changeContentStatus(ctxOf(chief), { siteId: ward, kind: 'news', id, event: 'forcePublish' }),
      (e: unknown) => e instanceof ValidationError && /xuất bản khẩn/.test(e.fieldErrors.reason ?? ''));
    assert.equal(await changeContentStatus(ctxOf(chief), { siteId: ward, kind: 'news', id, event: 'forcePublish', reason: 'Cảnh báo bão số 3.' }), 'published');
    assert.equal((await row(id)).needs_review, 1);
    assert.equal((await inbox(editor.userId)).at(-1)?.kind, 'review');
    assert.equal((await audit(id)).at(-1)?.action, 'content.forcePublished');
    await changeContentStatus(ctxOf(editor), { siteId: ward, kind: 'news', id, event: 'confirmReview' });
    assert.equal((await row(id)).needs_review, 0);
    await assert.rejects(changeContentStatus(ctxOf(editor), { siteId: ward, kind: 'news', id, event: 'confirmReview' }), ForbiddenError);
    assert.deepEqual((await statuses(id)).slice(-2).map((s) => [s.move, s.event]), [['draft→published', 'forcePublish'], ['published→published', 'confirmReview']]);
  });

  it('should publish a scheduled item from the job table once, at its time, as the scheduling person', async () => {
    const id = await inEditing();
    await assert.rejects(changeContentStatus(ctxOf(editor2), { siteId: ward, kind: 'news', id, event: 'schedule', publishAt: clock.now().toISOString() }),
      (e: unknown) => e instanceof ValidationError && Boolean(e.fieldErrors.publish_at));
    const at = new Date(clock.now().getTime() + 2 * 3_600_000).toISOString();
    assert.equal(await changeContentStatus(ctxOf(editor2), { siteId: ward, kind: 'news', id, event: 'schedule', publishAt: at }), 'scheduled');
    const job = await db.selectFrom('jobs').selectAll().where('kind', '=', 'content.publish').where('subject_id', '=', id).executeTakeFirstOrThrow();
    assert.equal(job.run_at, at);
    assert.equal(job.created_by, editor2.userId);
    await runner.tick();
    assert.equal((await row(id)).status, 'scheduled', 'not before its time');
    clock.set(at);
    clock.advance(1000);
    const second = new JobRunner({ db, clock, log: () => {} });
    registerJobHandlers(second, {});
    await Promise.all([runner.tick(), second.tick()]);
    const r = await row(id);
    assert.equal(r.status, 'published');
    const last = (await statuses(id)).at(-1)!;
    assert.deepEqual([last.move, last.actor], ['scheduled→published', editor2.userId]);
    assert.equal((await statuses(id)).filter((s) => s.move === 'scheduled→published').length, 1, 'claimed once');
    const done = await db.selectFrom('jobs').selectAll().where('id', '=', job.id).executeTakeFirstOrThrow();
    assert.equal(done.status, 'done');
    assert.match(done.result ?? '', /Đã xuất bản/);
    assert.equal(JSON.parse((await audit(id)).at(-1)!.data).jobId, job.id);
  });

  it('should cancel the job when unscheduled, and skip (not retry) a job whose item moved on or whose scheduler lost the right', async () => {
    const id = await inEditing();
    const at = new Date(clock.now().getTime() + 3_600_000).toISOString();
    await changeContentStatus(ctxOf(editor2), { siteId: ward, kind: 'news', id, event: 'schedule', publishAt: at });
    await changeContentStatus(ctxOf(editor), { siteId: ward, kind: 'news', id, event: 'unschedule' });
    const cancelled = await db.selectFrom('jobs').select('status').where('subject_id', '=', id).where('kind', '=', 'content.publish').executeTakeFirstOrThrow();
    assert.equal(cancelled.status, 'cancelled');

    const lost = await actorWith(db, [{ siteId: ward, role: 'editor' }]);
    await changeContentStatus(ctxOf(lost), { siteId: ward, kind: 'news', id, event: 'schedule', publishAt: at });
    await db.deleteFrom('user_roles').where('user_id', '=', lost.userId).execute();
    clock.set(at);
    clock.advance(1000);
    await runner.tick();
    const job = await db.selectFrom('jobs').selectAll().where('subject_id', '=', id).where('kind', '=', 'content.publish').where('created_by', '=', lost.userId).executeTakeFirstOrThrow();
    assert.equal(job.status, 'done');
    assert.match(job.result ?? '', /Không thực hiện/);
    assert.equal((await row(id)).status, 'scheduled', 'a scheduler without the right publishes nothing');
  });

  it('should take a published item down at a scheduled time, and show who scheduled it', async () => {
    const id = await inEditing();
    await changeContentStatus(ctxOf(editor), { siteId: ward, kind: 'news', id, event: 'publish' });
    await assert.rejects(scheduleUnpublish(ctxOf(contributor), { siteId: ward, kind: 'news', id, unpublishAt: '2030-01-01T00:00:00.000Z' }), ForbiddenError);
    const at = new Date(clock.now().getTime() + 86_400_000).toISOString();
    await scheduleUnpublish(ctxOf(editor2), { siteId: ward, kind: 'news', id, unpublishAt: at });
    clock.set(at);
    clock.advance(1000);
    await runner.tick();
    assert.equal((await row(id)).status, 'unpublished');
    assert.deepEqual((await statuses(id)).at(-1)!.actor, editor2.userId);
  });

  it('should lock an item for its editor, refuse another\'s save, record a take-over, and free it when it expires', async () => {
    const id = await inEditing();
    const first = await acquireEditLock(ctxOf(editor), { siteId: ward, kind: 'news', id });
    assert.ok(first.held);
    const second = await acquireEditLock(ctxOf(editor2), { siteId: ward, kind: 'news', id });
    assert.equal(second.held, false);
    assert.equal(second.lock?.userName, (await db.selectFrom('users').select('full_name').where('id', '=', editor.userId).executeTakeFirstOrThrow()).full_name);
    await assert.rejects(updateContent(ctxOf(editor2), { siteId: ward, kind: 'news', id, form: goodNews(section, sharpPhoto, { title: 'Sửa chen ngang' }) }),
      (e: unknown) => e instanceof ConflictError && /đang được .* sửa/.test(e.message));
    await assert.rejects(acquireEditLock(ctxOf(contributor), { siteId: ward, kind: 'news', id }), ForbiddenError, 'the writer may not edit at the board stage');
    await takeOverEditLock(ctxOf(editor2), { siteId: ward, kind: 'news', id });
    const takeOver = await db.selectFrom('audit_events').selectAll().where('action', '=', 'content.lockTakenOver').where('subject_id', '=', id).executeTakeFirstOrThrow();
    assert.equal(JSON.parse(takeOver.data).previousHolderId, editor.userId);
    assert.equal(takeOver.subject_type, 'lock');
    await updateContent(ctxOf(editor2), { siteId: ward, kind: 'news', id, form: goodNews(section, sharpPhoto, { title: 'Sau khi tiếp quản' }) });
    await assert.rejects(updateContent(ctxOf(editor), { siteId: ward, kind: 'news', id, form: goodNews(section, sharpPhoto) }), ConflictError);
    clock.advance(31 * 60_000);
    assert.ok((await acquireEditLock(ctxOf(editor), { siteId: ward, kind: 'news', id })).held, 'an expired lock is free');
  });

  it('should record a change to a published item as a correction in a new revision', async () => {
    const id = await inEditing();
    await changeContentStatus(ctxOf(editor), { siteId: ward, kind: 'news', id, event: 'publish' });
    const r = await updateContent(ctxOf(editor), { siteId: ward, kind: 'news', id, form: goodNews(section, sharpPhoto, { title: 'Tiêu đề đã đính chính' }) });
    assert.equal(r.status, 'published');
    const revisions = await db.selectFrom('content_revisions').select(['revision', 'title']).where('content_id', '=', id).orderBy('revision').execute();
    assert.deepEqual(revisions.at(-1), { revision: r.revision, title: 'Tiêu đề đã đính chính' });
    const corrected = (await audit(id)).at(-1)!;
    assert.equal(corrected.action, 'content.corrected');
    assert.equal(JSON.parse(corrected.data).revision, r.revision);
    await assert.rejects(updateContent(ctxOf(contributor), { siteId: ward, kind: 'news', id, form: goodNews(section, sharpPhoto) }), ForbiddenError);
  });

  it('should write every e-mail to the outbox and send it through SMTP when configured, or hold it', async () => {
    await db.updateTable('users').set({ email: '' }).where('id', '=', leaderB.userId).execute();
    const id = await draftBy(contributor);
    sent.length = 0;
    await changeContentStatus(ctxOf(contributor), { siteId: ward, kind: 'news', id, event: 'submit' });
    const mail = await db.selectFrom('email_outbox').selectAll().where('user_id', '=', leaderA.userId).orderBy('id', 'desc').executeTakeFirstOrThrow();
    assert.equal(mail.status, 'queued');
    assert.match(mail.subject, /^\[Cổng TTĐT\] Tin, bài chờ duyệt/);
    await runner.tick();
    const after = await db.selectFrom('email_outbox').selectAll().where('id', '=', mail.id).executeTakeFirstOrThrow();
    assert.equal(after.status, 'sent');
    assert.ok(sent.some((m) => m.to === mail.to_address && m.text.includes(`https://thanhpho.gov.vn/quan-tri/cong/${ward}/tin-bai/${id}`)));
    // Without SMTP the e-mail is held in the outbox.
    const noSmtp = registerJobHandlers(new JobRunner({ db, clock, log: () => {} }), {});
    await changeContentStatus(ctxOf(leaderA), { siteId: ward, kind: 'news', id, event: 'approve' });
    await noSmtp.tick();
    const held = await db.selectFrom('email_outbox').selectAll().where('user_id', '=', editor.userId).orderBy('id', 'desc').executeTakeFirstOrThrow();
    assert.equal(held.status, 'held');
    assert.match(held.error ?? '', /SMTP_URL/);
  });

  it('should keep everything on the item\'s own site: no role elsewhere reaches it', async () => {
    const outsider = await actorWith(db, [{ siteId: otherWard, role: 'editor_in_chief' }]);
    const id = await inEditing();
    for (const event of ['publish', 'returnToAuthor', 'forcePublish'] as const) {
      await assert.rejects(changeContentStatus(ctxOf(outsider), { siteId: ward, kind: 'news', id, event, reason: 'x' }), ForbiddenError, event);
    }
    await assert.rejects(changeContentStatus(ctxOf(outsider), { siteId: otherWard, kind: 'news', id, event: 'publish' }), /Không tìm thấy/);
  });
});
