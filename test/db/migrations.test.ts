import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { migrateDownAll, migrateToLatest } from '../../src/db/migrate.ts';
import { buildContent, buildSite } from '../support/factories.ts';
import { type TestDatabase, createTestDatabase, testDialect } from '../support/testDb.ts';

describe(`migrations on ${testDialect()}`, () => {
  let t: TestDatabase;
  before(async () => { t = await createTestDatabase({ migrate: false }); });
  after(() => t.dispose());

  it('should migrate a blank database up, all the way down, and up again', async () => {
    const db = t.database.db;
    await migrateToLatest(db);
    const tables = async () => (await db.introspection.getTables()).map((x) => x.name).filter((n) => !n.startsWith('kysely_'));
    assert.ok((await tables()).includes('contents'));
    await migrateDownAll(db);
    assert.deepEqual(await tables(), []);
    await migrateToLatest(db);
    assert.ok((await tables()).includes('audit_events'));
  });

  it('should refuse to rewrite or delete history rows', async () => {
    const db = t.database.db;
    const siteId = await buildSite(db);
    const contentId = await buildContent(db, siteId);
    await db.insertInto('content_statuses').values({ content_id: contentId, from_status: null, to_status: 'published', event: 'publish', actor_id: null, created_at: '2026-01-01T00:00:00.000Z' }).execute();
    await db.insertInto('audit_events').values({ site_id: siteId, actor_id: null, action: 'content.published', subject_type: 'content', subject_id: contentId, created_at: '2026-01-01T00:00:00.000Z' }).execute();
    await assert.rejects(db.updateTable('content_statuses').set({ to_status: 'draft' }).execute(), /insert-only/);
    await assert.rejects(db.deleteFrom('content_statuses').execute(), /insert-only/);
    await assert.rejects(db.updateTable('audit_events').set({ action: 'x' }).execute(), /insert-only/);
    await assert.rejects(db.deleteFrom('audit_events').execute(), /insert-only/);
    const n = await sql<{ n: number }>`select count(*) as n from content_statuses`.execute(db);
    assert.equal(Number(n.rows[0]!.n), 1);
  });
});
