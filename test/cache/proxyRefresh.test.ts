/**
 * Purge by tag through an nginx proxy cache (PAGE_CACHE_PROXY): pages this process invalidates are re-fetched
 * through the proxy at once, once per stored encoding, with the refresh header; a refresh request is rendered
 * from the database (never answered from the in-process cache) and then cached again.
 */
import assert from 'node:assert/strict';
import { type Server, createServer } from 'node:http';
import { after, before, describe, it } from 'node:test';
import type { Kysely } from 'kysely';
import type { DB } from '../../src/db/schema.ts';
import { buildContent, buildSection, buildSite } from '../support/factories.ts';
import { type TestApp, createTestApp } from '../support/testApp.ts';

interface Seen {
  url: string;
  host: string | undefined;
  refresh: string | undefined;
  encoding: string | undefined;
}

describe('page cache: refreshing the proxy in front', () => {
  let proxy: Server;
  const seen: Seen[] = [];
  let t: TestApp;
  let db: Kysely<DB>;
  let siteId: number;
  let itemId: number;

  before(async () => {
    proxy = createServer((req, res) => {
      seen.push({ url: req.url ?? '', host: req.headers.host, refresh: req.headers['x-cttdt-refresh'] as string | undefined, encoding: req.headers['accept-encoding'] });
      res.end('ok');
    });
    await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
    const port = (proxy.address() as { port: number }).port;
    t = await createTestApp({ env: { PAGE_CACHE_PROXY: `http://127.0.0.1:${port}/` } });
    db = t.tdb.database.db;
    siteId = await buildSite(db, { slug: 'thanh-pho', name: 'Thành phố Thử', level: 'city', host: 'localhost' });
    const section = await buildSection(db, siteId, { slug: 'tin-tuc', name: 'Tin tức' });
    itemId = await buildContent(db, siteId, { section_id: section, slug: 'bai-viet', title: 'Bài viết ban đầu' });
    await t.app.ctx.directory.reload();
  });
  after(async () => {
    await t.close();
    await new Promise((r) => proxy.close(r));
  });

  const get = (url: string, headers: Record<string, string> = {}) =>
    t.app.inject({ url, headers: { host: 'localhost', 'accept-encoding': 'identity', ...headers } });

  it('should re-fetch every page it drops through the proxy, in each stored encoding, with the refresh header', async () => {
    for (const url of ['/tin-tuc/bai-viet', '/tin-tuc/bai-viet', '/tin-tuc', '/tin-tuc']) await get(url);
    assert.equal((await get('/tin-tuc/bai-viet')).headers['x-cache'], 'HIT');
    await db.transaction().execute(async (trx) => {
      await trx.updateTable('contents').set({ title: 'Bài viết đã sửa' }).where('id', '=', itemId).execute();
      await trx.insertInto('audit_events').values({ site_id: siteId, actor_id: null, action: 'content.updated', subject_type: 'content', subject_id: itemId, created_at: new Date().toISOString() }).execute();
    });
    await t.app.ctx.changes.catchUp();
    await t.app.ctx.changes.proxy!.idle();
    const article = seen.filter((s) => s.url === '/tin-tuc/bai-viet');
    assert.deepEqual(article.map((s) => s.encoding ?? 'none').sort(), ['br', 'gzip', 'none']);
    assert.ok(article.every((s) => s.host === 'localhost' && s.refresh === '1'));
    assert.ok(seen.some((s) => s.url === '/tin-tuc'), 'the listing showing the item is refreshed too');
  });

  it('should render a refresh request from the database and keep the fresh page', async () => {
    await get('/tin-tuc/bai-viet');
    assert.equal((await get('/tin-tuc/bai-viet')).headers['x-cache'], 'HIT');
    // Written without an audit event: only a render from the database can show it.
    await db.updateTable('contents').set({ title: 'Tiêu đề trong cơ sở dữ liệu' }).where('id', '=', itemId).execute();
    const refreshed = await get('/tin-tuc/bai-viet', { 'x-cttdt-refresh': '1' });
    assert.notEqual(refreshed.headers['x-cache'], 'HIT');
    assert.match(refreshed.body, /Tiêu đề trong cơ sở dữ liệu/);
    const next = await get('/tin-tuc/bai-viet');
    assert.equal(next.headers['x-cache'], 'HIT');
    assert.match(next.body, /Tiêu đề trong cơ sở dữ liệu/);
  });
});
