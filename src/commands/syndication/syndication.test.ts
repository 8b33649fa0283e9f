/**
 * Ward → parent syndication against a real database (both dialects): proposal, the parent board's
 * acceptance (its own copy crediting the ward, canonical link, photo), refusal with a reason, the
 * ward's view of the status, and a correction of the ward item offered to and applied by the parent.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Kysely } from 'kysely';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../core/errors.ts';
import type { Actor } from '../../core/policies/policy.ts';
import { findBySource } from '../../db/repositories/syndicationRepository.ts';
import type { DB } from '../../db/schema.ts';
import { buildSection, buildSite } from '../../../test/support/factories.ts';
import { type TestDatabase, createTestDatabase } from '../../../test/support/testDb.ts';
import { FakeClock, actorWith, goodNews, uploadPhoto } from '../../../test/support/workflow.ts';
import { createContent } from '../contents/createContent.ts';
import { updateContent } from '../contents/updateContent.ts';
import type { CommandContext } from '../context.ts';
import { decideSyndicatedCorrection } from './applySyndicatedCorrection.ts';
import { acceptSyndication, refuseSyndication } from './decideSyndication.ts';
import { proposeToParent } from './proposeToParent.ts';

describe('ward → parent syndication (commands)', () => {
  let tdb: TestDatabase;
  let db: Kysely<DB>;
  let city: number;
  let ward: number;
  let otherWard: number;
  let wardSection: number;
  let citySection: number;
  let writer: Actor;
  let wardEditor: Actor;
  let wardEditor2: Actor;
  let cityEditor: Actor;
  let otherWardChief: Actor;
  let photo: number;
  const clock = new FakeClock(new Date('2026-04-01T02:00:00.000Z'));
  const ctxOf = (actor: Actor): CommandContext => ({ db, actor, clock });
  const ORIGIN = 'http://localhost/site/phuong-a/tin-tuc/phuong-ra-quan';

  /** A published ward item written by `writer`. */
  async function publishedWardItem(title = 'Phường ra quân làm sạch kênh rạch'): Promise<number> {
    const { id } = await createContent(ctxOf(wardEditor), { siteId: ward, kind: 'news', form: goodNews(wardSection, photo, { title }) });
    // Setup, not under test: the ward's own workflow has its tests (contents/workflow.test.ts).
    await db.updateTable('contents').set({ created_by: writer.userId, status: 'published', published_at: clock.now().toISOString() }).where('id', '=', id).execute();
    return id;
  }

  before(async () => {
    tdb = await createTestDatabase();
    db = tdb.database.db;
    city = await buildSite(db, { level: 'city', slug: 'thanh-pho' });
    ward = await buildSite(db, { parent_id: city, slug: 'phuong-a', name: 'Phường A', full_name: 'Ủy ban nhân dân phường A' });
    otherWard = await buildSite(db, { parent_id: city });
    wardSection = await buildSection(db, ward, { kind: 'news', slug: 'tin-tuc' });
    citySection = await buildSection(db, city, { kind: 'news', slug: 'tin-phuong-xa' });
    writer = await actorWith(db, [{ siteId: ward, role: 'contributor' }]);
    wardEditor = await actorWith(db, [{ siteId: ward, role: 'editor' }]);
    wardEditor2 = await actorWith(db, [{ siteId: ward, role: 'editor' }]);
    cityEditor = await actorWith(db, [{ siteId: city, role: 'editor' }]);
    otherWardChief = await actorWith(db, [{ siteId: otherWard, role: 'editor_in_chief' }]);
    photo = await uploadPhoto(db, wardEditor, ward, tdb.dataDir);
  });
  after(() => tdb.dispose());

  it('should let the ward board propose a published item, tell the parent board, and refuse a second proposal', async () => {
    const id = await publishedWardItem();
    await assert.rejects(proposeToParent(ctxOf(writer), { siteId: ward, id }), ForbiddenError, 'a contributor does not propose');
    await assert.rejects(proposeToParent(ctxOf(otherWardChief), { siteId: ward, id }), ForbiddenError, 'another ward');
    await assert.rejects(proposeToParent(ctxOf(cityEditor), { siteId: city, id }), (e: unknown) => e instanceof ValidationError, 'the city has no parent');
    const sid = await proposeToParent(ctxOf(wardEditor), { siteId: ward, id, note: 'Tin hoạt động tiêu biểu.' });
    const s = await findBySource(db, ward, id);
    assert.equal(s?.id, sid);
    assert.equal(s?.status, 'proposed');
    assert.equal(s?.target_site_id, city);
    const told = await db.selectFrom('notifications').selectAll().where('user_id', '=', cityEditor.userId).execute();
    assert.ok(told.some((n) => n.kind === 'syndication' && /Phường A đề xuất/.test(n.message)));
    await assert.rejects(proposeToParent(ctxOf(wardEditor2), { siteId: ward, id }), ConflictError);
    const audit = await db.selectFrom('audit_events').selectAll().where('action', '=', 'content.proposedToParent').where('subject_id', '=', id).executeTakeFirstOrThrow();
    assert.equal(audit.site_id, ward);
  });

  it('should create the parent\'s own copy on acceptance: credited to the ward, canonical to the original, photo in the parent\'s library', async () => {
    const id = await publishedWardItem('Tin phường được cổng thành phố nhận');
    const sid = await proposeToParent(ctxOf(wardEditor), { siteId: ward, id });
    await assert.rejects(acceptSyndication(ctxOf(otherWardChief), { siteId: city, syndicationId: sid, sectionId: citySection, publishNow: true, originUrl: ORIGIN }), ForbiddenError);
    await assert.rejects(acceptSyndication(ctxOf(wardEditor), { siteId: ward, syndicationId: sid, sectionId: wardSection, publishNow: true, originUrl: ORIGIN }), NotFoundError,
      'the ward cannot accept its own proposal: it is addressed to the parent');
    await assert.rejects(acceptSyndication(ctxOf(cityEditor), { siteId: city, syndicationId: sid, sectionId: null, publishNow: true, originUrl: ORIGIN }),
      (e: unknown) => e instanceof ValidationError && Boolean(e.fieldErrors.section_id));
    const copyId = await acceptSyndication(ctxOf(cityEditor), { siteId: city, syndicationId: sid, sectionId: citySection, publishNow: true, originUrl: ORIGIN });
    const copy = await db.selectFrom('contents').selectAll().where('id', '=', copyId).executeTakeFirstOrThrow();
    assert.equal(copy.site_id, city);
    assert.equal(copy.origin_content_id, id);
    assert.equal(copy.status, 'published');
    assert.equal(copy.source_name, 'Ủy ban nhân dân phường A');
    assert.equal(copy.source_url, ORIGIN);
    assert.match(copy.author_name, /\(Phường A\)$/);
    assert.equal(copy.created_by, writer.userId, 'the writer stays the writer (four-eyes for the parent board)');
    const media = await db.selectFrom('media').selectAll().where('id', '=', copy.cover_media_id!).executeTakeFirstOrThrow();
    assert.equal(media.site_id, city);
    const original = await db.selectFrom('media').selectAll().where('id', '=', photo).executeTakeFirstOrThrow();
    assert.equal(media.storage_key, original.storage_key);
    const statuses = await db.selectFrom('content_statuses').select(['from_status', 'to_status', 'event']).where('content_id', '=', copyId).orderBy('id').execute();
    assert.deepEqual(statuses.map((s) => `${s.from_status}→${s.to_status}:${s.event}`), ['null→in_editing:syndicate', 'in_editing→published:publish']);
    const s = await findBySource(db, ward, id);
    assert.deepEqual([s?.status, s?.target_content_id], ['accepted', copyId]);
    const writerInbox = await db.selectFrom('notifications').selectAll().where('user_id', '=', writer.userId).execute();
    assert.ok(writerInbox.some((n) => /đã nhận tin/.test(n.message)));
    await assert.rejects(refuseSyndication(ctxOf(cityEditor), { siteId: city, syndicationId: sid, reason: 'Muộn' }), ConflictError, 'already decided');
  });

  it('should refuse with a mandatory reason that the ward sees, and allow a new proposal afterwards', async () => {
    const id = await publishedWardItem('Tin phường không được nhận');
    const sid = await proposeToParent(ctxOf(wardEditor), { siteId: ward, id });
    await assert.rejects(refuseSyndication(ctxOf(cityEditor), { siteId: city, syndicationId: sid, reason: ' ' }),
      (e: unknown) => e instanceof ValidationError && /lý do/.test(e.fieldErrors.reason ?? ''));
    await refuseSyndication(ctxOf(cityEditor), { siteId: city, syndicationId: sid, reason: 'Nội dung mang tính nội bộ của phường.' });
    const s = await findBySource(db, ward, id);
    assert.deepEqual([s?.status, s?.reason], ['refused', 'Nội dung mang tính nội bộ của phường.']);
    const ward1 = await db.selectFrom('notifications').selectAll().where('user_id', '=', wardEditor.userId).orderBy('id', 'desc').executeTakeFirstOrThrow();
    assert.match(ward1.message, /không nhận tin .*Lý do: Nội dung mang tính nội bộ/);
    assert.ok(await proposeToParent(ctxOf(wardEditor2), { siteId: ward, id }), 'it may be proposed again');
  });

  it('should offer a correction of the ward item to the parent, which applies it to its copy as a new revision', async () => {
    const id = await publishedWardItem('Tin sẽ được đính chính');
    const sid = await proposeToParent(ctxOf(wardEditor), { siteId: ward, id });
    const copyId = await acceptSyndication(ctxOf(cityEditor), { siteId: city, syndicationId: sid, sectionId: citySection, publishNow: true, originUrl: ORIGIN });
    await updateContent(ctxOf(wardEditor2), { siteId: ward, kind: 'news', id, form: goodNews(wardSection, photo, { title: 'Tin sẽ được đính chính (đã sửa số liệu)' }) });
    let s = await findBySource(db, ward, id);
    assert.equal(s?.offered_revision, 2);
    const told = await db.selectFrom('notifications').selectAll().where('user_id', '=', cityEditor.userId).orderBy('id', 'desc').executeTakeFirstOrThrow();
    assert.match(told.message, /vừa được đính chính \(phiên bản 2\)/);
    await decideSyndicatedCorrection(ctxOf(cityEditor), { siteId: city, syndicationId: sid, apply: true });
    const copy = await db.selectFrom('contents').selectAll().where('id', '=', copyId).executeTakeFirstOrThrow();
    assert.equal(copy.title, 'Tin sẽ được đính chính (đã sửa số liệu)');
    assert.equal(copy.revision, 2);
    assert.equal(copy.status, 'published');
    s = await findBySource(db, ward, id);
    assert.deepEqual([s?.offered_revision, s?.source_revision], [null, 2]);
    const audit = await db.selectFrom('audit_events').selectAll().where('subject_id', '=', copyId).where('action', '=', 'content.corrected').executeTakeFirstOrThrow();
    assert.equal(audit.site_id, city);
    assert.equal(JSON.parse(audit.data).fromOrigin, true);
    await assert.rejects(decideSyndicatedCorrection(ctxOf(cityEditor), { siteId: city, syndicationId: sid, apply: true }), ConflictError, 'nothing waiting any more');
    await updateContent(ctxOf(wardEditor2), { siteId: ward, kind: 'news', id, form: goodNews(wardSection, photo, { title: 'Lần sửa thứ hai' }) });
    await decideSyndicatedCorrection(ctxOf(cityEditor), { siteId: city, syndicationId: sid, apply: false });
    const unchanged = await db.selectFrom('contents').select('title').where('id', '=', copyId).executeTakeFirstOrThrow();
    assert.equal(unchanged.title, 'Tin sẽ được đính chính (đã sửa số liệu)', 'a dismissed correction changes nothing');
  });
});
