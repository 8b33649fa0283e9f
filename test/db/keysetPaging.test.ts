/**
 * Keyset paging of public listings (listPublishedCards with `after`): walking page by page visits every published item
 * of the listing once, newest first, also when several items share a publication time (the cursor's id breaks ties),
 * on SQLite and PostgreSQL.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type ListingCursor, listPublishedCards } from '../../src/db/repositories/contentRepository.ts';
import { buildContent, buildSection, buildSite } from '../support/factories.ts';
import { type TestDatabase, createTestDatabase, testDialect } from '../support/testDb.ts';

describe(`keyset paging on ${testDialect()}`, () => {
  let t: TestDatabase;
  let siteId: number;
  let sectionId: number;
  const expected: { id: number; published_at: string }[] = [];

  before(async () => {
    t = await createTestDatabase();
    const db = t.database.db;
    siteId = await buildSite(db, { slug: 'phuong-thu', name: 'Phường Thử' });
    sectionId = await buildSection(db, siteId, { slug: 'tin-tuc', name: 'Tin tức' });
    const other = await buildSection(db, siteId, { slug: 'khac', name: 'Khác' });
    // 25 items over 7 publication times: runs of up to four share the same second.
    for (let i = 0; i < 25; i++) {
      const published_at = `2026-02-0${1 + Math.floor(i / 4)}T08:00:00.000Z`;
      const id = await buildContent(db, siteId, { section_id: sectionId, slug: `tin-${i}`, title: `Tin ${i}`, published_at });
      expected.push({ id, published_at });
    }
    await buildContent(db, siteId, { section_id: other, slug: 'ngoai', title: 'Mục khác', published_at: '2026-02-03T08:00:00.000Z' });
    await buildContent(db, siteId, { section_id: sectionId, slug: 'nhap', title: 'Bản nháp', status: 'draft', published_at: null });
    expected.sort((a, b) => (a.published_at === b.published_at ? b.id - a.id : a.published_at < b.published_at ? 1 : -1));
  });
  after(() => t.dispose());

  it('should visit every item once, newest first, across ties in publication time', async () => {
    const seen: number[] = [];
    let cursor: ListingCursor | undefined;
    for (let page = 0; page < 10; page++) {
      const rows = await listPublishedCards(t.database.db, siteId, { sectionIds: [sectionId], limit: 4, after: cursor });
      if (rows.length === 0) break;
      seen.push(...rows.map((r) => r.id));
      const last = rows[rows.length - 1]!;
      cursor = { publishedAt: last.published_at!, id: last.id };
    }
    assert.deepEqual(seen, expected.map((e) => e.id));
  });
});
