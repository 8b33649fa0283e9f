import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Kysely } from 'kysely';
import type { DB } from '../../src/db/schema.ts';
import { escapeXml, renderRss, rfc822, w3cDate } from '../../src/web/presenters/xml.ts';
import { buildContent, buildSection, buildSite } from '../support/factories.ts';
import { type TestApp, createTestApp } from '../support/testApp.ts';

/** Structural XML check: one root, balanced tags, quoted attributes, no bare `<` or `&` in text or attributes. */
function assertWellFormedXml(xml: string): void {
  assert.match(xml, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n/);
  const body = xml.replace(/^<\?xml[^?]*\?>/, '');
  const bareAmp = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/i;
  const stack: string[] = [];
  let roots = 0;
  const token = /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|([^<]+)|(<)/g;
  for (const m of body.matchAll(token)) {
    const [, close, name, attrs, selfClose, text, stray] = m;
    if (stray) assert.fail(`stray "<" at ${m.index}: ${body.slice(m.index, m.index + 40)}`);
    if (text !== undefined) {
      if (stack.length === 0) assert.match(text, /^\s*$/, 'text outside the root element');
      assert.doesNotMatch(text, bareAmp, `bare & in text: ${text}`);
      continue;
    }
    assert.doesNotMatch(attrs ?? '', bareAmp, `bare & in attributes of <${name}>`);
    if (close) {
      assert.equal(stack.pop(), name, `closing </${name}>`);
    } else {
      if (stack.length === 0) roots++;
      if (!selfClose) stack.push(name!);
    }
  }
  assert.deepEqual(stack, [], 'unclosed elements');
  assert.equal(roots, 1, 'exactly one root element');
}

const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

function rssItems(xml: string) {
  return [...xml.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => {
    const inner = m[1]!;
    const get = (tag: string) => {
      const v = new RegExp(`<${tag}(?: [^>]*)?>([\\s\\S]*?)</${tag}>`).exec(inner)?.[1];
      return v === undefined ? undefined : decode(v);
    };
    const enclosure = /<enclosure url="([^"]*)" length="(\d+)" type="([^"]*)"\/>/.exec(inner);
    return {
      title: get('title'), link: get('link'), guid: get('guid'), pubDate: get('pubDate'), description: get('description'),
      category: get('category'), guidIsPermaLink: /<guid isPermaLink="true">/.test(inner),
      enclosure: enclosure ? { url: decode(enclosure[1]!), length: Number(enclosure[2]), type: enclosure[3] } : null,
    };
  });
}

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => decode(m[1]!));

describe('XML helpers', () => {
  it('should escape markup characters and keep Vietnamese text intact', () => {
    assert.equal(escapeXml('Tôm & cá <b>"Đặc sản"</b> \'Tây Ninh\''),
      'Tôm &amp; cá &lt;b&gt;&quot;Đặc sản&quot;&lt;/b&gt; &apos;Tây Ninh&apos;');
    assert.equal(escapeXml('Ủy ban nhân dân phường Tân Ninh – Hội nghị'), 'Ủy ban nhân dân phường Tân Ninh – Hội nghị');
    assert.equal(escapeXml('&amp;'), '&amp;amp;', 'already-escaped text is escaped again, not trusted');
  });

  it('should drop characters XML 1.0 cannot carry but keep emoji', () => {
    assert.equal(escapeXml('a\u0000b\u0008c\u000Bd\uFFFEe\tf\ng'), 'abcde\tf\ng');
    assert.equal(escapeXml('Chào 🇻🇳'), 'Chào 🇻🇳');
    assert.equal(escapeXml('x\uD800y'), 'xy', 'a lone surrogate is dropped');
  });

  it('should format RSS and sitemap dates', () => {
    assert.equal(rfc822('2026-01-05T01:30:00.000Z'), 'Mon, 05 Jan 2026 01:30:00 GMT');
    assert.equal(w3cDate('2026-01-05T01:30:00.123Z'), '2026-01-05T01:30:00Z');
  });

  it('should build a well-formed RSS document from hostile text', () => {
    const xml = renderRss(
      { title: 'A & B <c>', link: 'http://x/?a=1&b=2', description: '"q"', selfUrl: 'http://x/rss.xml', lastBuildDate: '2026-01-05T01:30:00.000Z' },
      [{ title: '</title><script>', link: 'http://x/a?b=1&c=2', description: 'Tóm & tắt', pubDate: '2026-01-05T01:30:00.000Z',
        enclosure: { url: 'http://x/m.jpg?a=1&b=2', length: 5, type: 'image/jpeg' } }],
    );
    assertWellFormedXml(xml);
    const [item] = rssItems(xml);
    assert.equal(item?.title, '</title><script>');
    assert.equal(item?.link, 'http://x/a?b=1&c=2');
    assert.equal(item?.enclosure?.url, 'http://x/m.jpg?a=1&b=2');
  });
});

describe('RSS, sitemap page and sitemap.xml (request tests)', () => {
  let t: TestApp;
  let db: Kysely<DB>;
  const ids: Record<string, number> = {};
  const COVER_BYTES = 1234;

  async function buildCover(siteId: number, key: string): Promise<number> {
    const variants = [480, 960, 1920].map((w) => ({ width: w, height: w / 2, webp: `${w}.webp`, jpeg: `${w}.jpg` }));
    const dir = join(t.tdb.dataDir, 'media', key);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, '960.jpg'), Buffer.alloc(COVER_BYTES, 1));
    return (await db.insertInto('media').values({
      site_id: siteId, kind: 'image', original_name: 'anh.jpg', mime: 'image/jpeg', width: 1920, height: 960, bytes: 5000,
      storage_key: key, variants: JSON.stringify(variants), alt: 'Ảnh', caption: '', created_by: null, created_at: '2026-01-01T00:00:00.000Z',
    }).returning('id').executeTakeFirstOrThrow()).id;
  }

  before(async () => {
    t = await createTestApp();
    db = t.tdb.database.db;
    ids.city = await buildSite(db, { slug: 'thanh-pho', name: 'Thành phố Thử', full_name: 'Ủy ban nhân dân thành phố Thử', level: 'city', host: 'localhost', license_info: 'Giấy phép số 01/GP-TTĐT' });
    ids.ward = await buildSite(db, { slug: 'phuong-an-binh', name: 'Phường An Bình', full_name: 'Ủy ban nhân dân phường An Bình', parent_id: ids.city });
    ids.hosted = await buildSite(db, { slug: 'xa-binh-minh', name: 'Xã Bình Minh', full_name: 'Ủy ban nhân dân xã Bình Minh', level: 'commune', parent_id: ids.city, host: 'binhminh.thu.gov.vn' });

    ids.news = await buildSection(db, ids.city, { slug: 'tin-tuc-su-kien', name: 'Tin tức – Sự kiện' });
    ids.child = await buildSection(db, ids.city, { slug: 'tin-co-so', name: 'Tin cơ sở', parent_id: ids.news });
    ids.other = await buildSection(db, ids.city, { slug: 'thong-bao', name: 'Thông báo' });
    ids.intro = await buildSection(db, ids.city, { slug: 'gioi-thieu', name: 'Giới thiệu', kind: 'page' });
    ids.link = await buildSection(db, ids.city, { slug: 'dich-vu-cong', name: 'Dịch vụ công trực tuyến', kind: 'link', external_url: 'https://dichvucong.gov.vn' });
    ids.wardNews = await buildSection(db, ids.ward, { slug: 'tin-tuc-su-kien', name: 'Tin tức – Sự kiện' });

    const cityCover = await buildCover(ids.city, '2026/01/anh-thanh-pho');
    const wardCover = await buildCover(ids.ward, '2026/01/anh-phuong');
    ids.cityItem = await buildContent(db, ids.city, {
      section_id: ids.news, slug: 'hoi-nghi-dan-van', title: 'Hội nghị "Dân vận khéo" & <tổng kết>', summary: 'Tóm tắt: 5 < 6 & “ngoặc kép”.',
      published_at: '2026-01-05T01:30:00.000Z', updated_at: '2026-01-06T02:00:00.000Z', cover_media_id: cityCover, author_name: 'Trần Văn Bình',
    });
    ids.childItem = await buildContent(db, ids.city, { section_id: ids.child, slug: 'tin-co-so-1', title: 'Tin từ chuyên mục con', published_at: '2026-01-04T01:00:00.000Z' });
    ids.otherItem = await buildContent(db, ids.city, { section_id: ids.other, slug: 'thong-bao-1', title: 'Thông báo lịch tiếp dân', published_at: '2026-01-03T01:00:00.000Z' });
    ids.draft = await buildContent(db, ids.city, { section_id: ids.news, slug: 'ban-nhap', title: 'Bản nháp thành phố', status: 'draft', published_at: null });
    ids.unpublished = await buildContent(db, ids.city, { section_id: ids.news, slug: 'da-go', title: 'Tin đã gỡ xuống', status: 'unpublished', published_at: '2026-01-02T00:00:00.000Z' });
    ids.page = await buildContent(db, ids.city, { kind: 'page', section_id: ids.intro, slug: 'chuc-nang-nhiem-vu', title: 'Chức năng, nhiệm vụ', updated_at: '2026-01-07T00:00:00.000Z' });
    ids.loosePage = await buildContent(db, ids.city, { kind: 'page', section_id: null, slug: 'chinh-sach-bao-mat', title: 'Chính sách bảo mật' });
    ids.draftPage = await buildContent(db, ids.city, { kind: 'page', section_id: ids.intro, slug: 'trang-nhap', title: 'Trang nháp', status: 'draft', published_at: null });
    ids.wardItem = await buildContent(db, ids.ward, { section_id: ids.wardNews, slug: 'ra-quan-ve-sinh', title: 'Phường An Bình ra quân vệ sinh', cover_media_id: wardCover, published_at: '2026-01-08T00:00:00.000Z' });
    await t.app.ctx.directory.reload();
  });
  after(() => t.close());

  const get = (url: string, host = 'localhost') => t.app.inject({ url, headers: { host } });

  it('should serve the site feed as RSS 2.0 with only this site\'s published news', async () => {
    const res = await get('/rss.xml');
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['content-type'], 'application/rss+xml; charset=utf-8');
    assertWellFormedXml(res.body);
    assert.match(res.body, /<rss version="2\.0"/);
    assert.match(res.body, /<channel><title>Thành phố Thử<\/title><link>http:\/\/localhost\/<\/link>/);
    assert.match(res.body, /<language>vi<\/language>/);
    assert.match(res.body, /<lastBuildDate>Tue, 06 Jan 2026 02:00:00 GMT<\/lastBuildDate>/);
    assert.match(res.body, /<atom:link href="http:\/\/localhost\/rss\.xml" rel="self" type="application\/rss\+xml"\/>/);
    assert.match(res.body, /<copyright>Giấy phép số 01\/GP-TTĐT<\/copyright>/);
    const items = rssItems(res.body);
    assert.deepEqual(items.map((i) => i.title), ['Hội nghị "Dân vận khéo" & <tổng kết>', 'Tin từ chuyên mục con', 'Thông báo lịch tiếp dân']);
    const [first] = items;
    assert.equal(first?.link, 'http://localhost/tin-tuc-su-kien/hoi-nghi-dan-van');
    assert.equal(first?.guid, first?.link);
    assert.ok(first?.guidIsPermaLink);
    assert.equal(first?.pubDate, 'Mon, 05 Jan 2026 01:30:00 GMT');
    assert.equal(first?.description, 'Tóm tắt: 5 < 6 & “ngoặc kép”.');
    assert.equal(first?.category, 'Tin tức – Sự kiện');
    assert.match(res.body, /<dc:creator>Trần Văn Bình<\/dc:creator>/);
    assert.deepEqual(first?.enclosure, { url: 'http://localhost/media/2026/01/anh-thanh-pho/960.jpg', length: COVER_BYTES, type: 'image/jpeg' });
    assert.equal(items[1]?.enclosure, null);
    for (const hidden of ['Bản nháp thành phố', 'Tin đã gỡ xuống', 'Phường An Bình ra quân vệ sinh', 'Chức năng, nhiệm vụ']) {
      assert.ok(!res.body.includes(hidden), hidden);
    }
  });

  it('should serve a ward feed under its prefix with links on the ward and media at the host root', async () => {
    const res = await get('/site/phuong-an-binh/rss.xml');
    assert.equal(res.statusCode, 200);
    assertWellFormedXml(res.body);
    const items = rssItems(res.body);
    assert.deepEqual(items.map((i) => i.title), ['Phường An Bình ra quân vệ sinh']);
    assert.equal(items[0]?.link, 'http://localhost/site/phuong-an-binh/tin-tuc-su-kien/ra-quan-ve-sinh');
    assert.equal(items[0]?.enclosure?.url, 'http://localhost/media/2026/01/anh-phuong/960.jpg');
    const media = await get(new URL(items[0]!.enclosure!.url).pathname);
    assert.equal(media.statusCode, 200, 'the enclosure URL serves the image');
    assert.equal(Number(media.headers['content-length']), COVER_BYTES);
    // The same ward reached by <slug>.<parent host> gives the same feed.
    const byHost = await get('/rss.xml', 'phuong-an-binh.localhost');
    assert.deepEqual(rssItems(byHost.body).map((i) => i.title), ['Phường An Bình ra quân vệ sinh']);
  });

  it('should serve a section feed with its child sections only, and 404 for unknown or non-news sections', async () => {
    const res = await get('/tin-tuc-su-kien/rss.xml');
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['content-type'], 'application/rss+xml; charset=utf-8');
    assertWellFormedXml(res.body);
    assert.match(res.body, /<title>Tin tức – Sự kiện – Thành phố Thử<\/title><link>http:\/\/localhost\/tin-tuc-su-kien<\/link>/);
    assert.deepEqual(rssItems(res.body).map((i) => i.title), ['Hội nghị "Dân vận khéo" & <tổng kết>', 'Tin từ chuyên mục con']);
    const child = await get('/tin-co-so/rss.xml');
    assert.deepEqual(rssItems(child.body).map((i) => i.title), ['Tin từ chuyên mục con']);
    for (const url of ['/khong-co-chuyen-muc/rss.xml', '/gioi-thieu/rss.xml', '/dich-vu-cong/rss.xml', '/site/phuong-an-binh/thong-bao/rss.xml', '/site/khong-co/rss.xml']) {
      const r = await get(url);
      assert.equal(r.statusCode, 404, url);
    }
  });

  it('should cap a feed at the 30 newest items', async () => {
    const section = await buildSection(db, ids.ward!, { slug: 'nhieu-tin', name: 'Nhiều tin' });
    t.app.ctx.directory.forgetSections(ids.ward!); // written behind the audit log the app follows
    for (let i = 0; i < 35; i++) {
      await buildContent(db, ids.ward!, { section_id: section, slug: `tin-${i}`, title: `Tin số ${i}`, published_at: new Date(Date.UTC(2026, 1, 1, i)).toISOString() });
    }
    const res = await get('/site/phuong-an-binh/nhieu-tin/rss.xml');
    const titles = rssItems(res.body).map((i) => i.title);
    assert.equal(titles.length, 30);
    assert.equal(titles[0], 'Tin số 34');
    assert.equal(titles[29], 'Tin số 5');
  });

  it('should render the sitemap page with the section tree, pages and the wards on the parent portal', async () => {
    const res = await get('/so-do-cong');
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-type']), /^text\/html/);
    assert.match(res.body, /<title>Sơ đồ cổng – Thành phố Thử<\/title>/);
    assert.match(res.body, /<link rel="canonical" href="http:\/\/localhost\/so-do-cong"\/>/);
    assert.match(res.body, /<nav class="breadcrumb"[^>]*><ol><li><a href="\/">Trang chủ<\/a><\/li><li><span aria-current="page">Sơ đồ cổng<\/span>/);
    assert.match(res.body, /<h1>Sơ đồ cổng<\/h1>/);
    // Child section nested under its parent; pages under their page section; unsectioned pages on their own.
    assert.match(res.body, /<a href="\/tin-tuc-su-kien">Tin tức – Sự kiện<\/a><ul><li><a href="\/tin-co-so">Tin cơ sở<\/a>/);
    assert.match(res.body, /<a href="\/gioi-thieu">Giới thiệu<\/a><ul><li><a href="\/gioi-thieu\/chuc-nang-nhiem-vu">Chức năng, nhiệm vụ<\/a>/);
    assert.match(res.body, /<a href="\/trang\/chinh-sach-bao-mat">Chính sách bảo mật<\/a>/);
    assert.match(res.body, /<a href="https:\/\/dichvucong\.gov\.vn"[^>]*>Dịch vụ công trực tuyến<\/a>/);
    assert.ok(!res.body.includes('Trang nháp'), 'draft pages are not listed');
    assert.match(res.body, /Cổng thông tin điện tử các phường, xã/);
    assert.match(res.body, /<a href="\/site\/phuong-an-binh\/">Phường An Bình<\/a>/);
    assert.match(res.body, /<a href="http:\/\/binhminh\.thu\.gov\.vn\/">Xã Bình Minh<\/a>/);
    assert.doesNotMatch(res.body, / style="/);
  });

  it('should not list wards on a ward\'s sitemap page, and link back to the parent portal', async () => {
    const res = await get('/site/phuong-an-binh/so-do-cong');
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /Ủy ban nhân dân phường An Bình/);
    assert.doesNotMatch(res.body, /Cổng thông tin điện tử các phường, xã/);
    assert.doesNotMatch(res.body, /Xã Bình Minh/);
    assert.match(res.body, /<a href="\/site\/phuong-an-binh\/tin-tuc-su-kien">Tin tức – Sự kiện<\/a>/);
    assert.match(res.body, /Cổng thông tin điện tử cấp trên/);
    assert.match(res.body, /<link rel="canonical" href="http:\/\/localhost\/site\/phuong-an-binh\/so-do-cong"\/>/);
  });

  it('should serve sitemap.xml with absolute locations of the site\'s public URLs and the wards\' home pages', async () => {
    const res = await get('/sitemap.xml');
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['content-type'], 'application/xml; charset=utf-8');
    assertWellFormedXml(res.body);
    assert.match(res.body, /<urlset xmlns="http:\/\/www\.sitemaps\.org\/schemas\/sitemap\/0\.9">/);
    const all = locs(res.body);
    for (const loc of all) assert.match(loc, /^https?:\/\/[^/]+\//, loc);
    assert.equal(new Set(all).size, all.length, 'no duplicate locations');
    for (const expected of [
      'http://localhost/', 'http://localhost/tin-tuc-su-kien', 'http://localhost/tin-co-so', 'http://localhost/gioi-thieu',
      'http://localhost/tin-tuc-su-kien/hoi-nghi-dan-van', 'http://localhost/tin-co-so/tin-co-so-1', 'http://localhost/gioi-thieu/chuc-nang-nhiem-vu',
      'http://localhost/trang/chinh-sach-bao-mat', 'http://localhost/site/phuong-an-binh/', 'http://binhminh.thu.gov.vn/',
    ]) assert.ok(all.includes(expected), expected);
    for (const absent of ['ban-nhap', 'da-go', 'trang-nhap', 'ra-quan-ve-sinh', 'dichvucong', 'dich-vu-cong']) {
      assert.ok(!all.some((l) => l.includes(absent)), absent);
    }
    assert.match(res.body, /<url><loc>http:\/\/localhost\/tin-tuc-su-kien\/hoi-nghi-dan-van<\/loc><lastmod>2026-01-06T02:00:00Z<\/lastmod><\/url>/);
    assert.match(res.body, /<url><loc>http:\/\/localhost\/tin-tuc-su-kien<\/loc><lastmod>2026-01-05T01:30:00Z<\/lastmod><\/url>/);
    for (const m of res.body.matchAll(/<lastmod>([^<]*)<\/lastmod>/g)) assert.match(m[1]!, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  });

  it('should list only the ward\'s own URLs in a ward\'s sitemap.xml', async () => {
    const res = await get('/site/phuong-an-binh/sitemap.xml');
    assert.equal(res.statusCode, 200);
    assertWellFormedXml(res.body);
    const all = locs(res.body);
    assert.ok(all.includes('http://localhost/site/phuong-an-binh/'));
    assert.ok(all.includes('http://localhost/site/phuong-an-binh/tin-tuc-su-kien/ra-quan-ve-sinh'));
    for (const loc of all) assert.ok(loc.startsWith('http://localhost/site/phuong-an-binh/'), loc);
    assert.ok(!all.some((l) => l.includes('binhminh')), 'no sibling wards');
  });
});
