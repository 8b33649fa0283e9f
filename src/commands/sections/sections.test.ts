import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Kysely } from 'kysely';
import { buildSection, buildSite, buildUser } from '../../../test/support/factories.ts';
import { type TestDatabase, createTestDatabase } from '../../../test/support/testDb.ts';
import { ForbiddenError, NotFoundError, ValidationError } from '../../core/errors.ts';
import type { DB } from '../../db/schema.ts';
import { loadActor } from '../auth/loadActor.ts';
import type { CommandContext } from '../context.ts';
import { createSection } from './createSection.ts';
import { updateSection } from './updateSection.ts';

const NOW = new Date('2026-03-02T03:04:05.000Z');

async function ctxFor(db: Kysely<DB>, userId: number): Promise<CommandContext> {
  const u = await db.selectFrom('users').selectAll().where('id', '=', userId).executeTakeFirstOrThrow();
  return { db, clock: { now: () => NOW }, actor: await loadActor(db, u) };
}

const fields = {
  name: 'Thông báo', slug: '', kind: 'news', parentId: null, description: 'Thông báo gửi người dân.', legalBasis: '',
  externalUrl: '', inMenu: true, onHome: false, sortOrder: null,
};

async function rejectsWith(p: Promise<unknown>, field: string, pattern?: RegExp): Promise<void> {
  await assert.rejects(p, (err: unknown) => {
    assert.ok(err instanceof ValidationError, String(err));
    assert.ok(err.fieldErrors[field], `expected an error on ${field}, got ${JSON.stringify(err.fieldErrors)}`);
    if (pattern) assert.match(err.fieldErrors[field]!, pattern);
    return true;
  });
}

describe('section commands', () => {
  let tdb: TestDatabase;
  let db: Kysely<DB>;
  let wardA: number;
  let wardB: number;
  let top: number;
  let mid: number;
  let leaf: number;
  let link: number;
  let foreign: number;
  let chiefA: CommandContext;

  before(async () => {
    tdb = await createTestDatabase();
    db = tdb.database.db;
    const city = await buildSite(db, { level: 'city', slug: 'tp-cm-lenh' });
    wardA = await buildSite(db, { parent_id: city, slug: 'a-cm-lenh' });
    wardB = await buildSite(db, { parent_id: city, slug: 'b-cm-lenh' });
    top = await buildSection(db, wardA, { slug: 'tin-tuc', sort_order: 10 });
    mid = await buildSection(db, wardA, { slug: 'kinh-te', parent_id: top, sort_order: 10 });
    leaf = await buildSection(db, wardA, { slug: 'nong-nghiep', parent_id: mid, sort_order: 10 });
    link = await buildSection(db, wardA, { slug: 'dvc', kind: 'link', external_url: 'https://dichvucong.gov.vn' });
    foreign = await buildSection(db, wardB, { slug: 'thong-bao' });
    chiefA = await ctxFor(db, (await buildUser(db, { roles: [{ siteId: wardA, role: 'editor_in_chief' }] })).id);
  });
  after(async () => tdb.dispose());

  it('createSection derives the slug, places it last among its siblings, and audits it', async () => {
    const { id } = await createSection(chiefA, { ...fields, siteId: wardA, parentId: top });
    const row = await db.selectFrom('sections').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    assert.equal(row.slug, 'thong-bao', 'the same slug is free on this site even though ward B uses it');
    assert.equal(row.parent_id, top);
    assert.equal(row.sort_order, 20);
    assert.equal(row.external_url, null);
    assert.equal(row.in_menu, 1);
    assert.equal(row.on_home, 0);
    const audit = await db.selectFrom('audit_events').select('action').where('subject_type', '=', 'section').where('subject_id', '=', id).execute();
    assert.deepEqual(audit.map((a) => a.action), ['section.created']);
  });

  it('stores the external URL only for a link section', async () => {
    const { id } = await createSection(chiefA, { ...fields, siteId: wardA, name: 'Trang cũ', kind: 'page', externalUrl: 'https://cu.gov.vn' });
    assert.equal((await db.selectFrom('sections').selectAll().where('id', '=', id).executeTakeFirstOrThrow()).external_url, null);
    await rejectsWith(createSection(chiefA, { ...fields, siteId: wardA, name: 'Liên kết', kind: 'link' }), 'externalUrl');
  });

  it('refuses a parent from another site, a link section as parent, and a reserved or taken slug', async () => {
    await rejectsWith(createSection(chiefA, { ...fields, siteId: wardA, name: 'Con', parentId: foreign }), 'parentId', /của cổng này/);
    await rejectsWith(createSection(chiefA, { ...fields, siteId: wardA, name: 'Con', parentId: link }), 'parentId', /liên kết/);
    await rejectsWith(createSection(chiefA, { ...fields, siteId: wardA, name: 'Tìm kiếm' }), 'slug', /dùng riêng/);
    await rejectsWith(createSection(chiefA, { ...fields, siteId: wardA, name: 'Tin tức' }), 'slug', /đã có chuyên mục/);
  });

  it('updateSection refuses moving a section under itself or any descendant', async () => {
    for (const parentId of [top, mid, leaf]) {
      await rejectsWith(updateSection(chiefA, { ...fields, siteId: wardA, sectionId: top, name: 'Tin tức', slug: 'tin-tuc', parentId }), 'parentId', /chính nó/);
    }
    assert.equal((await db.selectFrom('sections').selectAll().where('id', '=', top).executeTakeFirstOrThrow()).parent_id, null);
    await updateSection(chiefA, { ...fields, siteId: wardA, sectionId: leaf, name: 'Nông nghiệp', slug: 'nong-nghiep', parentId: top, sortOrder: 5 });
    const moved = await db.selectFrom('sections').selectAll().where('id', '=', leaf).executeTakeFirstOrThrow();
    assert.equal(moved.parent_id, top);
    assert.equal(moved.sort_order, 5);
  });

  it('updateSection refuses turning a section with children into a link', async () => {
    await rejectsWith(updateSection(chiefA, { ...fields, siteId: wardA, sectionId: top, name: 'Tin tức', slug: 'tin-tuc', kind: 'link', externalUrl: 'https://x.gov.vn' }), 'kind');
  });

  it('updateSection cannot reach another site\'s section, and another site\'s manager cannot reach these', async () => {
    await assert.rejects(updateSection(chiefA, { ...fields, siteId: wardA, sectionId: foreign, name: 'Chiếm' }), NotFoundError);
    await assert.rejects(updateSection(chiefA, { ...fields, siteId: wardB, sectionId: foreign, name: 'Chiếm' }), ForbiddenError);
    const chiefB = await ctxFor(db, (await buildUser(db, { roles: [{ siteId: wardB, role: 'editor_in_chief' }] })).id);
    await assert.rejects(createSection(chiefB, { ...fields, siteId: wardA, name: 'Chen' }), ForbiddenError);
    assert.equal((await db.selectFrom('sections').selectAll().where('id', '=', foreign).executeTakeFirstOrThrow()).slug, 'thong-bao');
  });
});
