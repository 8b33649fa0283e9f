import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Kysely } from 'kysely';
import { loadActor } from '../auth/loadActor.ts';
import { type ContentForm, emptyContentForm } from '../../core/content/contentForm.ts';
import { ConflictError, ForbiddenError, InvalidTransitionError, ValidationError } from '../../core/errors.ts';
import type { Actor } from '../../core/policies/policy.ts';
import type { Role } from '../../core/policies/grants.ts';
import type { DB } from '../../db/schema.ts';
import { buildSection, buildSite, buildUnit, buildUser } from '../../../test/support/factories.ts';
import { type TestDatabase, createTestDatabase } from '../../../test/support/testDb.ts';
import type { CommandContext } from '../context.ts';
import { changeContentStatus } from './changeContentStatus.ts';
import { createContent } from './createContent.ts';
import { updateContent } from './updateContent.ts';

/** A clock tests move by hand. */
class FakeClock {
  constructor(public current: Date) {}
  now(): Date { return new Date(this.current); }
  advance(ms: number): void { this.current = new Date(this.current.getTime() + ms); }
}

describe('content commands', () => {
  let tdb: TestDatabase;
  let db: Kysely<DB>;
  let siteId: number;
  let otherSiteId: number;
  let newsSection: number;
  let pageSection: number;
  let unitA: number;
  let unitB: number;
  const clock = new FakeClock(new Date('2026-01-05T02:00:00.000Z'));

  async function actorWith(roles: { siteId: number; role: Role; unitId?: number | null }[]): Promise<Actor> {
    const u = await buildUser(db, { roles });
    const row = (await db.selectFrom('users').selectAll().where('id', '=', u.id).executeTakeFirstOrThrow());
    return loadActor(db, row);
  }
  const ctxOf = (actor: Actor): CommandContext => ({ db, actor, clock });
  const news = (over: Partial<ContentForm> = {}): ContentForm => emptyContentForm({
    title: 'Phường Tân Ninh ra quân dọn vệ sinh', section_id: String(newsSection), author_name: 'Minh Anh',
    summary: 'Sáng 05/01, hơn 200 đoàn viên tham gia.', body_html: '<p>Nội dung <strong>đầy đủ</strong>.</p>', ...over,
  });

  before(async () => {
    tdb = await createTestDatabase();
    db = tdb.database.db;
    siteId = await buildSite(db);
    otherSiteId = await buildSite(db);
    newsSection = await buildSection(db, siteId, { kind: 'news' });
    pageSection = await buildSection(db, siteId, { kind: 'page' });
    unitA = await buildUnit(db, siteId);
    unitB = await buildUnit(db, siteId);
    // These tests are about saving and publishing; the quality gate has its own tests (workflow.test.ts).
    await db.updateTable('sites').set({ settings: JSON.stringify({ qualityGate: { enabled: false } }) }).where('id', '=', siteId).execute();
  });

  /** Four-eyes: the writer sends an item to the board; another board member takes it into editing (and may publish it). */
  async function toEditing(writer: Actor, id: number): Promise<Actor> {
    const publisher = await actorWith([{ siteId, role: 'editor' }]);
    await changeContentStatus(ctxOf(writer), { siteId, kind: 'news', id, event: 'sendToBoard' });
    await changeContentStatus(ctxOf(publisher), { siteId, kind: 'news', id, event: 'startEditing' });
    return publisher;
  }
  after(() => tdb.dispose());

  it('should create a draft with revision 1, a status row and an audit event', async () => {
    const editor = await actorWith([{ siteId, role: 'editor' }]);
    const { id, slug, status } = await createContent(ctxOf(editor), { siteId, kind: 'news', form: news() });
    assert.equal(status, 'draft');
    assert.equal(slug, 'phuong-tan-ninh-ra-quan-don-ve-sinh');
    const row = await db.selectFrom('contents').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    assert.equal(row.revision, 1);
    assert.equal(row.created_by, editor.userId);
    assert.equal(row.published_at, null);
    assert.match(row.search_text, /phuong tan ninh ra quan/);
    assert.match(row.search_text, /noi dung day du/);
    const revisions = await db.selectFrom('content_revisions').selectAll().where('content_id', '=', id).execute();
    assert.deepEqual(revisions.map((r) => [r.revision, r.title]), [[1, 'Phường Tân Ninh ra quân dọn vệ sinh']]);
    assert.equal(JSON.parse(revisions[0]!.data).section_id, newsSection);
    const statuses = await db.selectFrom('content_statuses').selectAll().where('content_id', '=', id).execute();
    assert.deepEqual(statuses.map((s) => [s.from_status, s.to_status, s.event]), [[null, 'draft', 'create']]);
    const audit = await db.selectFrom('audit_events').selectAll().where('subject_id', '=', id).where('subject_type', '=', 'content').execute();
    assert.deepEqual(audit.map((a) => a.action), ['content.created']);
  });

  it('should save an edit as revision 2 and keep revision 1 unchanged', async () => {
    const editor = await actorWith([{ siteId, role: 'editor' }]);
    const { id } = await createContent(ctxOf(editor), { siteId, kind: 'news', form: news({ title: 'Bản đầu tiên' }) });
    const r = await updateContent(ctxOf(editor), { siteId, kind: 'news', id, expectedRevision: 1, form: news({ title: 'Bản đã sửa', slug: '' }) });
    assert.equal(r.revision, 2);
    assert.equal(r.slug, 'ban-dau-tien', 'an empty slug keeps the slug the item already has');
    const revisions = await db.selectFrom('content_revisions').select(['revision', 'title']).where('content_id', '=', id).orderBy('revision').execute();
    assert.deepEqual(revisions, [{ revision: 1, title: 'Bản đầu tiên' }, { revision: 2, title: 'Bản đã sửa' }]);
    const row = await db.selectFrom('contents').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    assert.equal(row.title, 'Bản đã sửa');
    assert.equal(row.revision, 2);
  });

  it('should refuse a save made from an out-of-date revision', async () => {
    const editor = await actorWith([{ siteId, role: 'editor' }]);
    const { id } = await createContent(ctxOf(editor), { siteId, kind: 'news', form: news() });
    await updateContent(ctxOf(editor), { siteId, kind: 'news', id, expectedRevision: 1, form: news({ title: 'Người thứ nhất' }) });
    await assert.rejects(updateContent(ctxOf(editor), { siteId, kind: 'news', id, expectedRevision: 1, form: news({ title: 'Người thứ hai' }) }), ConflictError);
  });

  it('should publish with a status row and published_at, and keep the first publication time when republished', async () => {
    const editor = await actorWith([{ siteId, role: 'editor' }]);
    const { id } = await createContent(ctxOf(editor), { siteId, kind: 'news', form: news() });
    const publisher = await toEditing(editor, id);
    await assert.rejects(changeContentStatus(ctxOf(editor), { siteId, kind: 'news', id, event: 'publish' }), ForbiddenError, 'four-eyes: not the writer');
    clock.advance(60_000);
    const publishedAt = clock.now().toISOString();
    assert.equal(await changeContentStatus(ctxOf(publisher), { siteId, kind: 'news', id, event: 'publish' }), 'published');
    let row = await db.selectFrom('contents').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    assert.equal(row.status, 'published');
    assert.equal(row.published_at, publishedAt);
    clock.advance(3_600_000);
    await changeContentStatus(ctxOf(editor), { siteId, kind: 'news', id, event: 'unpublish' });
    await changeContentStatus(ctxOf(publisher), { siteId, kind: 'news', id, event: 'publish' });
    row = await db.selectFrom('contents').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    assert.equal(row.published_at, publishedAt);
    const statuses = await db.selectFrom('content_statuses').select(['from_status', 'to_status', 'actor_id']).where('content_id', '=', id).orderBy('id').execute();
    assert.deepEqual(statuses.map((s) => `${s.from_status}→${s.to_status}`), [
      'null→draft', 'draft→leader_approved', 'leader_approved→in_editing', 'in_editing→published', 'published→unpublished', 'unpublished→published',
    ]);
    assert.deepEqual(statuses.map((s) => s.actor_id === editor.userId ? 'writer' : 'publisher'), ['writer', 'writer', 'publisher', 'publisher', 'writer', 'publisher']);
    const audit = await db.selectFrom('audit_events').select('action').where('subject_id', '=', id).where('subject_type', '=', 'content').orderBy('id').execute();
    assert.deepEqual(audit.map((a) => a.action), [
      'content.created', 'content.sentToBoard', 'content.editingStarted', 'content.published', 'content.unpublished', 'content.published',
    ]);
  });

  it('should keep a publication time the editor set, and refuse one in the future', async () => {
    const editor = await actorWith([{ siteId, role: 'editor' }]);
    const { id } = await createContent(ctxOf(editor), { siteId, kind: 'news', form: news({ published_at: '2026-01-04T08:30' }) });
    const publisher = await toEditing(editor, id);
    await changeContentStatus(ctxOf(publisher), { siteId, kind: 'news', id, event: 'publish' });
    const row = await db.selectFrom('contents').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    assert.equal(row.published_at, '2026-01-04T01:30:00.000Z');
    await assert.rejects(createContent(ctxOf(editor), { siteId, kind: 'news', form: news({ published_at: '2027-01-01T08:00' }) }),
      (e: unknown) => e instanceof ValidationError && /tương lai/.test(e.fieldErrors.published_at ?? ''));
  });

  it('should save and publish in one step', async () => {
    const editor = await actorWith([{ siteId, role: 'editor' }]);
    await assert.rejects(createContent(ctxOf(editor), { siteId, kind: 'news', form: news(), publish: true }), ForbiddenError, 'a writer never publishes their own news item');
    const { id } = await createContent(ctxOf(editor), { siteId, kind: 'news', form: news() });
    const publisher = await toEditing(editor, id);
    const { status } = await updateContent(ctxOf(publisher), { siteId, kind: 'news', id, form: news(), publish: true });
    assert.equal(status, 'published');
    const r = await updateContent(ctxOf(publisher), { siteId, kind: 'news', id, form: news({ title: 'Sửa sau khi xuất bản' }) });
    assert.equal(r.status, 'published');
    await assert.rejects(updateContent(ctxOf(publisher), { siteId, kind: 'news', id, form: news(), publish: true }), InvalidTransitionError);
  });

  it('should refuse an illegal move', async () => {
    const editor = await actorWith([{ siteId, role: 'editor' }]);
    const { id } = await createContent(ctxOf(editor), { siteId, kind: 'news', form: news() });
    const publisher = await toEditing(editor, id);
    await changeContentStatus(ctxOf(publisher), { siteId, kind: 'news', id, event: 'publish' });
    await assert.rejects(changeContentStatus(ctxOf(editor), { siteId, kind: 'news', id, event: 'archive' }), InvalidTransitionError);
    const statuses = await db.selectFrom('content_statuses').select('id').where('content_id', '=', id).execute();
    assert.equal(statuses.length, 4);
  });

  it('should strip script and event handlers from the body before storing it', async () => {
    const editor = await actorWith([{ siteId, role: 'editor' }]);
    const { id } = await createContent(ctxOf(editor), {
      siteId, kind: 'news',
      form: news({ body_html: '<p onclick="steal()">An toàn<script>alert(1)</script></p><img src="https://x.vn/a.jpg" onerror="x()"><a href="javascript:alert(1)">bấm</a>' }),
    });
    const row = await db.selectFrom('contents').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    assert.doesNotMatch(row.body_html, /<script|onclick|onerror|javascript:/);
    assert.match(row.body_html, /<p>An toàn<\/p>/);
    const rev = await db.selectFrom('content_revisions').selectAll().where('content_id', '=', id).executeTakeFirstOrThrow();
    assert.doesNotMatch(rev.body_html, /<script|onclick/);
  });

  it('should give each item a slug unique within its site and kind', async () => {
    const editor = await actorWith([{ siteId, role: 'editor' }, { siteId: otherSiteId, role: 'editor' }]);
    const otherSection = await buildSection(db, otherSiteId, { kind: 'news' });
    const form = news({ title: 'Hội nghị tổng kết năm 2025' });
    const slugs = [];
    for (let i = 0; i < 3; i++) slugs.push((await createContent(ctxOf(editor), { siteId, kind: 'news', form })).slug);
    assert.deepEqual(slugs, ['hoi-nghi-tong-ket-nam-2025', 'hoi-nghi-tong-ket-nam-2025-2', 'hoi-nghi-tong-ket-nam-2025-3']);
    const page = await createContent(ctxOf(editor), { siteId, kind: 'page', form: emptyContentForm({ title: 'Hội nghị tổng kết năm 2025', section_id: String(pageSection) }) });
    assert.equal(page.slug, 'hoi-nghi-tong-ket-nam-2025');
    const elsewhere = await createContent(ctxOf(editor), { siteId: otherSiteId, kind: 'news', form: { ...form, section_id: String(otherSection) } });
    assert.equal(elsewhere.slug, 'hoi-nghi-tong-ket-nam-2025');
    const explicit = await createContent(ctxOf(editor), { siteId, kind: 'news', form: news({ slug: 'Hội nghị tổng kết năm 2025' }) });
    assert.equal(explicit.slug, 'hoi-nghi-tong-ket-nam-2025-4');
    const { id } = await createContent(ctxOf(editor), { siteId, kind: 'news', form: news({ title: 'Một tin khác' }) });
    const renamed = await updateContent(ctxOf(editor), { siteId, kind: 'news', id, form: news({ title: 'Một tin khác', slug: 'hoi-nghi-tong-ket-nam-2025' }) });
    assert.equal(renamed.slug, 'hoi-nghi-tong-ket-nam-2025-5');
  });

  it('should let a contributor write only for their own unit and refuse another unit\'s item', async () => {
    const editor = await actorWith([{ siteId, role: 'editor' }]);
    const contributorA = await actorWith([{ siteId, role: 'contributor', unitId: unitA }]);
    const own = await createContent(ctxOf(contributorA), { siteId, kind: 'news', form: news({ unit_id: '' }) });
    const ownRow = await db.selectFrom('contents').selectAll().where('id', '=', own.id).executeTakeFirstOrThrow();
    assert.equal(ownRow.unit_id, unitA, 'the contributor\'s unit is filled in');
    await assert.rejects(createContent(ctxOf(contributorA), { siteId, kind: 'news', form: news({ unit_id: String(unitB) }) }),
      (e: unknown) => e instanceof ValidationError && /đơn vị mình/.test(e.fieldErrors.unit_id ?? ''));

    const ofB = await createContent(ctxOf(editor), { siteId, kind: 'news', form: news({ unit_id: String(unitB) }) });
    await assert.rejects(updateContent(ctxOf(contributorA), { siteId, kind: 'news', id: ofB.id, form: news({ unit_id: String(unitB) }) }), ForbiddenError);
    const ofA = await createContent(ctxOf(editor), { siteId, kind: 'news', form: news({ unit_id: String(unitA) }) });
    const r = await updateContent(ctxOf(contributorA), { siteId, kind: 'news', id: ofA.id, form: news({ unit_id: String(unitA), title: 'Đơn vị A sửa' }) });
    assert.equal(r.revision, 2);
    await assert.rejects(changeContentStatus(ctxOf(contributorA), { siteId, kind: 'news', id: ofA.id, event: 'publish' }), ForbiddenError);
    await assert.rejects(createContent(ctxOf(contributorA), { siteId, kind: 'news', form: news(), publish: true }), ForbiddenError);
  });

  it('should refuse people without a role on the site', async () => {
    const outsider = await actorWith([{ siteId: otherSiteId, role: 'editor' }]);
    await assert.rejects(createContent(ctxOf(outsider), { siteId, kind: 'news', form: news() }), ForbiddenError);
    const editor = await actorWith([{ siteId, role: 'editor' }]);
    const { id } = await createContent(ctxOf(editor), { siteId, kind: 'news', form: news() });
    await assert.rejects(updateContent(ctxOf(outsider), { siteId, kind: 'news', id, form: news() }), ForbiddenError);
    await assert.rejects(changeContentStatus(ctxOf(outsider), { siteId, kind: 'news', id, event: 'publish' }), ForbiddenError);
  });

  it('should explain each invalid field in Vietnamese, keyed by field', async () => {
    const editor = await actorWith([{ siteId, role: 'editor' }]);
    await assert.rejects(
      createContent(ctxOf(editor), {
        siteId, kind: 'news',
        form: emptyContentForm({ title: '  ', source_url: 'ftp://baotayninh.vn/x', section_id: String(pageSection) }),
      }),
      (e: unknown) => {
        assert.ok(e instanceof ValidationError);
        assert.deepEqual(Object.keys(e.fieldErrors).sort(), ['author_name', 'section_id', 'source_name', 'source_url', 'title']);
        assert.match(e.fieldErrors.title!, /Vui lòng nhập tiêu đề/);
        assert.match(e.fieldErrors.author_name!, /tác giả/);
        assert.match(e.fieldErrors.source_url!, /http:\/\/ hoặc https:\/\//);
        assert.match(e.message, /chưa hợp lệ/);
        return true;
      },
    );
    await assert.rejects(createContent(ctxOf(editor), { siteId, kind: 'news', form: news({ title: 'T'.repeat(301) }) }),
      (e: unknown) => e instanceof ValidationError && /tối đa 300/.test(e.fieldErrors.title ?? ''));
    await assert.rejects(createContent(ctxOf(editor), { siteId, kind: 'news', form: news({ source_name: 'Báo Tây Ninh' }) }),
      (e: unknown) => e instanceof ValidationError && Object.keys(e.fieldErrors).join() === 'source_url');
    await assert.rejects(createContent(ctxOf(editor), { siteId, kind: 'news', form: news({ cover_media_id: '99999' }) }),
      (e: unknown) => e instanceof ValidationError && /thư viện ảnh/.test(e.fieldErrors.cover_media_id ?? ''));
  });

  it('should accept a static page without section or author', async () => {
    const editor = await actorWith([{ siteId, role: 'editor' }]);
    const r = await createContent(ctxOf(editor), { siteId, kind: 'page', form: emptyContentForm({ title: 'Lịch sử hình thành', body_html: '<p>Xưa kia…</p>' }) });
    const row = await db.selectFrom('contents').selectAll().where('id', '=', r.id).executeTakeFirstOrThrow();
    assert.equal(row.kind, 'page');
    assert.equal(row.section_id, null);
    assert.equal(row.slug, 'lich-su-hinh-thanh');
  });
});
