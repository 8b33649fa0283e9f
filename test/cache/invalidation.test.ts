/**
 * Invalidation correctness of the page cache (issue 7): after each kind of change, every affected
 * page shows the new state and unaffected pages stay cached — in one process, and across two
 * processes sharing the database (here: two app instances over the same database).
 * Changes are written the way every command writes them: the row change and its audit event in
 * one transaction; the cache follows the audit log.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { loadConfig } from '../../src/config/env.ts';
import type { DB } from '../../src/db/schema.ts';
import { buildApp } from '../../src/web/app.ts';
import { buildContent, buildSection, buildSite, buildUser } from '../support/factories.ts';
import { Browser, type TestApp, createTestApp } from '../support/testApp.ts';

const NOW = '2026-03-01T00:00:00.000Z';

async function change(db: Kysely<DB>, e: { siteId: number; type: string; id: number; action: string }, write: (trx: Kysely<DB>) => Promise<unknown>) {
  await db.transaction().execute(async (trx) => {
    await write(trx);
    await trx.insertInto('audit_events').values({ site_id: e.siteId, actor_id: null, action: e.action, subject_type: e.type, subject_id: e.id, created_at: NOW }).execute();
  });
}

async function fetchPage(app: FastifyInstance, url: string) {
  const res = await app.inject({ url, headers: { host: 'localhost', 'accept-encoding': 'identity' } });
  return { status: res.statusCode, body: res.body, cache: String(res.headers['x-cache'] ?? 'NONE'), etag: res.headers.etag };
}

describe('page cache invalidation, one process', () => {
  let t: TestApp;
  let db: Kysely<DB>;
  const ids = {} as Record<"city" | "ward" | "wardB" | "cityNews" | "cityOther" | "wardNews" | "wardBNews" | "cityItem" | "cityOtherItem" | "wardItem" | "wardBItem", number>;

  before(async () => {
    t = await createTestApp();
    db = t.tdb.database.db;
    ids.city = await buildSite(db, { slug: 'thanh-pho', name: 'Thành phố Thử', level: 'city', host: 'localhost' });
    ids.ward = await buildSite(db, { slug: 'phuong-a', name: 'Phường A', parent_id: ids.city });
    ids.wardB = await buildSite(db, { slug: 'phuong-b', name: 'Phường B', parent_id: ids.city });
    ids.cityNews = await buildSection(db, ids.city, { slug: 'tin-tuc', name: 'Tin tức' });
    ids.cityOther = await buildSection(db, ids.city, { slug: 'van-hoa', name: 'Văn hóa' });
    ids.wardNews = await buildSection(db, ids.ward, { slug: 'tin-tuc', name: 'Tin tức' });
    ids.wardBNews = await buildSection(db, ids.wardB, { slug: 'tin-tuc', name: 'Tin tức' });
    ids.cityItem = await buildContent(db, ids.city, { section_id: ids.cityNews, slug: 'tin-thanh-pho', title: 'Tin của thành phố' });
    ids.cityOtherItem = await buildContent(db, ids.city, { section_id: ids.cityOther, slug: 'le-hoi', title: 'Lễ hội văn hóa' });
    ids.wardItem = await buildContent(db, ids.ward, { section_id: ids.wardNews, slug: 'tin-phuong', title: 'Tin cũ của phường A', published_at: '2026-01-01T00:00:00.000Z' });
    ids.wardBItem = await buildContent(db, ids.wardB, { section_id: ids.wardBNews, slug: 'tin-phuong-b', title: 'Tin của phường B' });
    await t.app.ctx.directory.reload();
  });
  after(() => t.close());

  const pages = {
    cityHome: '/', cityNews: '/tin-tuc', cityOther: '/van-hoa', cityOtherItem: '/van-hoa/le-hoi', cityFeed: '/rss.xml',
    wardHome: '/site/phuong-a/', wardNews: '/site/phuong-a/tin-tuc', wardItem: '/site/phuong-a/tin-tuc/tin-phuong', wardFeed: '/site/phuong-a/rss.xml',
    wardBHome: '/site/phuong-b/', wardBItem: '/site/phuong-b/tin-tuc/tin-phuong-b',
  };
  type PageName = keyof typeof pages;

  /** Pages that exist (a 404 is not cached, so it is neither "changed" nor "stayed cached"). */
  const live = new Set<PageName>();

  async function warm(): Promise<void> {
    live.clear();
    // Twice: a page is kept from its second request on (PAGE_CACHE_MIN_USES).
    for (const [name, url] of Object.entries(pages) as [PageName, string][]) {
      if ((await fetchPage(t.app, url)).status === 200 && (await fetchPage(t.app, url)).status === 200) live.add(name);
    }
    for (const name of live) assert.equal((await fetchPage(t.app, pages[name])).cache, 'HIT', `${name} is cached after warming`);
  }

  async function expectAfterChange(changed: PageName[], check: Partial<Record<PageName, RegExp | number>>): Promise<void> {
    await t.app.ctx.changes.catchUp();
    for (const [name, url] of Object.entries(pages) as [PageName, string][]) {
      const res = await fetchPage(t.app, url);
      if (changed.includes(name)) assert.notEqual(res.cache, 'HIT', `${name} must be re-rendered`);
      else if (live.has(name)) assert.equal(res.cache, 'HIT', `${name} must stay cached`);
      const expectation = check[name];
      if (typeof expectation === 'number') assert.equal(res.status, expectation, name);
      else if (expectation) assert.match(res.body, expectation, name);
    }
  }

  it('should answer a repeat with 304 when the ETag matches, and compress for clients that accept it', async () => {
    assert.equal((await fetchPage(t.app, '/')).cache, 'NONE', 'not kept on its first request');
    assert.equal((await fetchPage(t.app, '/')).cache, 'MISS', 'kept from its second');
    const first = await fetchPage(t.app, '/');
    assert.equal(first.cache, 'HIT');
    const again = await t.app.inject({ url: '/', headers: { host: 'localhost', 'if-none-match': String(first.etag) } });
    assert.equal(again.statusCode, 304);
    const br = await t.app.inject({ url: '/', headers: { host: 'localhost', 'accept-encoding': 'gzip, br' } });
    assert.equal(br.headers['content-encoding'], 'br');
    assert.equal(br.headers['surrogate-key'], undefined, 'a browser talking to the app directly gets no tags');
    const viaProxy = await t.app.inject({ url: '/', headers: { host: 'localhost', 'x-forwarded-for': '203.0.113.9' } });
    assert.equal(viaProxy.headers['x-cache'], 'HIT');
    assert.match(String(viaProxy.headers['surrogate-key']), /(^| )site-\d+( |$)/, 'a proxy or CDN gets the tags to purge by');
    const proxyRevalidates = await t.app.inject({ url: '/', headers: { host: 'localhost', via: '1.1 cdn', 'if-none-match': String(first.etag) } });
    assert.equal(proxyRevalidates.statusCode, 304);
    assert.match(String(proxyRevalidates.headers['surrogate-key']), /site-\d+/);
    assert.match(String(br.headers['content-security-policy']), /script-src 'self'/);
  });

  it('should show a newly published ward item on its section, home, feed and the parent ward block — and nowhere else', async () => {
    await warm();
    const id = await buildContent(db, ids.ward, { section_id: ids.wardNews, slug: 'tin-moi', title: 'Tin mới của phường A', status: 'draft', published_at: null });
    await change(db, { siteId: ids.ward, type: 'content', id, action: 'content.published' }, (trx) =>
      trx.updateTable('contents').set({ status: 'published', published_at: '2026-03-01T00:00:00.000Z' }).where('id', '=', id).execute());
    await expectAfterChange(['wardHome', 'wardNews', 'wardFeed', 'cityHome', 'wardItem'], {
      wardHome: /Tin mới của phường A/, wardNews: /Tin mới của phường A/, wardFeed: /Tin mới của phường A/, cityHome: /Tin mới của phường A/,
    });
  });

  it('should show an edited title wherever the item appears', async () => {
    await warm();
    await change(db, { siteId: ids.city, type: 'content', id: ids.cityOtherItem, action: 'content.updated' }, (trx) =>
      trx.updateTable('contents').set({ title: 'Lễ hội văn hóa (đã sửa)' }).where('id', '=', ids.cityOtherItem).execute());
    await expectAfterChange(['cityOther', 'cityOtherItem', 'cityFeed', 'cityHome'], {
      cityOther: /Lễ hội văn hóa \(đã sửa\)/, cityOtherItem: /Lễ hội văn hóa \(đã sửa\)/, cityHome: /Lễ hội văn hóa \(đã sửa\)/,
    });
  });

  it('should take an unpublished item off its page and listings', async () => {
    await warm();
    await change(db, { siteId: ids.wardB, type: 'content', id: ids.wardBItem, action: 'content.unpublished' }, (trx) =>
      trx.updateTable('contents').set({ status: 'unpublished' }).where('id', '=', ids.wardBItem).execute());
    await expectAfterChange(['wardBItem', 'wardBHome', 'cityHome'], { wardBItem: 404 });
    assert.doesNotMatch((await fetchPage(t.app, '/')).body, /Tin của phường B/);
  });

  it('should re-render every page of a site when its settings change, and only that site', async () => {
    await warm();
    await change(db, { siteId: ids.ward, type: 'site', id: ids.ward, action: 'site.updated' }, (trx) =>
      trx.updateTable('sites').set({ phone: '0276 999 888' }).where('id', '=', ids.ward).execute());
    await expectAfterChange(['wardHome', 'wardNews', 'wardItem', 'wardFeed', 'cityHome'], { wardHome: /0276 999 888/, wardItem: /0276 999 888/ });
  });

  it('should show a renamed section in the menu of every page of its site, and leave other sites cached', async () => {
    await warm();
    await change(db, { siteId: ids.ward, type: 'section', id: ids.wardNews, action: 'section.updated' }, (trx) =>
      trx.updateTable('sections').set({ name: 'Tin tức – sự kiện phường' }).where('id', '=', ids.wardNews).execute());
    // The site's sections are held in memory (SiteDirectory.sectionsOf) and read again after the change.
    await expectAfterChange(['wardHome', 'wardNews', 'wardItem', 'wardFeed'], {
      wardHome: /Tin tức – sự kiện phường/, wardNews: /Tin tức – sự kiện phường/, wardItem: /Tin tức – sự kiện phường/,
    });
  });

  it('should re-render through the admin: a footer change saved in the settings form shows at once', async () => {
    await warm();
    await buildUser(db, { username: 'bientap.a', roles: [{ siteId: ids.ward, role: 'editor_in_chief' }] });
    const b = new Browser(t.app);
    await b.login('bientap.a');
    const form = await b.get(`/quan-tri/cong/${ids.ward}/cai-dat`);
    assert.equal(form.statusCode, 200);
    // Submit the form as a browser would: every field as rendered, with the phone changed.
    const fields: Record<string, string> = {};
    const unescape = (v: string) => v.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    for (const m of form.body.matchAll(/<input\b[^>]*>/g)) {
      const name = /name="([^"]+)"/.exec(m[0])?.[1];
      if (name && name !== '_csrf') fields[name] = unescape(/value="([^"]*)"/.exec(m[0])?.[1] ?? '');
    }
    for (const m of form.body.matchAll(/<textarea\b[^>]*name="([^"]+)"[^>]*>([^<]*)<\/textarea>/g)) fields[m[1]!] = unescape(m[2]!);
    const phoneField = Object.keys(fields).find((k) => /phone/i.test(k))!;
    const res = await b.post(`/quan-tri/cong/${ids.ward}/cai-dat`, { ...fields, [phoneField]: '0276 123 456' });
    assert.equal(res.statusCode, 303, res.body.slice(0, 300));
    const ward = await fetchPage(t.app, pages.wardItem);
    assert.notEqual(ward.cache, 'HIT');
    assert.match(ward.body, /0276 123 456/);
    assert.equal((await fetchPage(t.app, pages.wardBHome)).cache, 'HIT', 'another ward stays cached');
  });
});

describe('page cache invalidation across processes sharing the database', () => {
  let a: TestApp;
  let second: FastifyInstance;
  let db: Kysely<DB>;
  let siteId: number;
  let itemId: number;

  before(async () => {
    a = await createTestApp();
    db = a.tdb.database.db;
    siteId = await buildSite(db, { slug: 'thanh-pho', name: 'Thành phố Thử', level: 'city', host: 'localhost' });
    const section = await buildSection(db, siteId, { slug: 'tin-tuc', name: 'Tin tức' });
    itemId = await buildContent(db, siteId, { section_id: section, slug: 'bai-viet', title: 'Bài viết ban đầu' });
    await a.app.ctx.directory.reload();
    // A second server process over the same database (its own cache, its own change follower).
    const config = loadConfig({ DATA_DIR: a.tdb.dataDir, DEMO_DATA: 'off', PUBLIC_URL: 'http://localhost', NODE_ENV: 'test' });
    second = await buildApp({ database: a.tdb.database, config, logger: false });
  });
  after(async () => {
    await second.close();
    await a.close();
  });

  it('should show a change made through one process on the other within a second', async () => {
    for (const app of [a.app, second]) {
      await fetchPage(app, '/tin-tuc/bai-viet');
      await fetchPage(app, '/tin-tuc/bai-viet');
      assert.equal((await fetchPage(app, '/tin-tuc/bai-viet')).cache, 'HIT');
    }
    const started = Date.now();
    await change(db, { siteId, type: 'content', id: itemId, action: 'content.updated' }, (trx) =>
      trx.updateTable('contents').set({ title: 'Bài viết đã cập nhật' }).where('id', '=', itemId).execute());
    let body = '';
    while (Date.now() - started < 1000) {
      body = (await fetchPage(second, '/tin-tuc/bai-viet')).body;
      if (body.includes('Bài viết đã cập nhật')) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    assert.match(body, /Bài viết đã cập nhật/, 'the other process shows the change within 1 s');
  });
});
