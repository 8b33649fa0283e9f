import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import Fastify from 'fastify';
import type { Kysely } from 'kysely';
import type { DB } from '../../src/db/schema.ts';
import { API_PREFIX, toOpenApiPath } from '../../src/web/api/endpoints.ts';
import { apiRoutes } from '../../src/web/api/routes.ts';
import { buildContent, buildSection, buildSite } from '../support/factories.ts';
import { type TestApp, createTestApp } from '../support/testApp.ts';

type Schema = Record<string, unknown>;

/**
 * A small JSON Schema checker for what the OpenAPI document uses ($ref, allOf, oneOf, type, enum,
 * properties, required, items, minimum/maximum, date-time/uri formats). Objects with `properties`
 * are treated as closed, so an undocumented field in a response fails the test.
 */
function validate(doc: Schema, schema: Schema, value: unknown, path = '$'): string[] {
  const resolve = (s: Schema): Schema => {
    if (typeof s.$ref === 'string') {
      const name = s.$ref.replace('#/components/schemas/', '');
      const target = ((doc.components as Schema).schemas as Record<string, Schema>)[name];
      assert.ok(target, `unresolved ${s.$ref}`);
      return resolve(target);
    }
    if (Array.isArray(s.allOf)) {
      const parts = (s.allOf as Schema[]).map(resolve);
      return {
        type: 'object',
        required: parts.flatMap((p) => (p.required as string[] | undefined) ?? []),
        properties: Object.assign({}, ...parts.map((p) => p.properties ?? {})),
      };
    }
    return s;
  };
  const s = resolve(schema);
  if (Array.isArray(s.oneOf)) {
    const matches = (s.oneOf as Schema[]).filter((alt) => validate(doc, alt, value, path).length === 0).length;
    return matches === 1 ? [] : [`${path}: matches ${matches} of oneOf`];
  }
  const errors: string[] = [];
  const typeOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v);
  if (s.type !== undefined) {
    const types = Array.isArray(s.type) ? s.type as string[] : [s.type as string];
    const actual = typeOf(value);
    if (!types.includes(actual) && !(actual === 'integer' && types.includes('number'))) return [`${path}: ${actual} is not ${types.join('|')}`];
  }
  if (Array.isArray(s.enum) && !s.enum.includes(value)) errors.push(`${path}: ${String(value)} not in enum`);
  if (typeof value === 'string' && s.format === 'date-time' && Number.isNaN(Date.parse(value))) errors.push(`${path}: not a date-time`);
  if (typeof value === 'string' && s.format === 'uri' && !/^https?:\/\/[^/]/.test(value)) errors.push(`${path}: not an absolute URI: ${value}`);
  if (typeof value === 'number' && typeof s.minimum === 'number' && value < s.minimum) errors.push(`${path}: below minimum`);
  if (Array.isArray(value) && s.items) value.forEach((v, i) => errors.push(...validate(doc, s.items as Schema, v, `${path}[${i}]`)));
  if (value && typeof value === 'object' && !Array.isArray(value) && s.properties) {
    const props = s.properties as Record<string, Schema>;
    for (const r of (s.required as string[] | undefined) ?? []) if (!(r in value)) errors.push(`${path}.${r}: missing`);
    for (const [k, v] of Object.entries(value)) {
      if (!props[k]) errors.push(`${path}.${k}: not documented`);
      else errors.push(...validate(doc, props[k], v, `${path}.${k}`));
    }
  }
  return errors;
}

describe('open-data JSON API /api/v1', () => {
  let t: TestApp;
  let db: Kysely<DB>;
  const ids: Record<string, number> = {};
  const cityNews: number[] = [];
  const wardNews: number[] = [];

  before(async () => {
    t = await createTestApp();
    db = t.tdb.database.db;
    ids.city = await buildSite(db, { slug: 'thanh-pho', name: 'Thành phố Thử', full_name: 'Ủy ban nhân dân thành phố Thử', level: 'city', host: 'localhost' });
    ids.ward = await buildSite(db, { slug: 'phuong-an-binh', name: 'Phường An Bình', full_name: 'Ủy ban nhân dân phường An Bình', parent_id: ids.city });
    ids.news = await buildSection(db, ids.city, { slug: 'tin-tuc-su-kien', name: 'Tin tức – Sự kiện' });
    ids.child = await buildSection(db, ids.city, { slug: 'tin-co-so', name: 'Tin cơ sở', parent_id: ids.news });
    ids.other = await buildSection(db, ids.city, { slug: 'thong-bao', name: 'Thông báo' });
    ids.intro = await buildSection(db, ids.city, { slug: 'gioi-thieu', name: 'Giới thiệu', kind: 'page' });
    ids.link = await buildSection(db, ids.city, { slug: 'dich-vu-cong', name: 'Dịch vụ công', kind: 'link', external_url: 'https://dichvucong.gov.vn' });
    ids.wardSection = await buildSection(db, ids.ward, { slug: 'tin-tuc-su-kien', name: 'Tin tức – Sự kiện' });

    const variants = [{ width: 480, height: 240, webp: '480.webp', jpeg: '480.jpg' }, { width: 960, height: 480, webp: '960.webp', jpeg: '960.jpg' }];
    const cover = (await db.insertInto('media').values({
      site_id: ids.city, kind: 'image', original_name: 'anh.jpg', mime: 'image/jpeg', width: 960, height: 480, bytes: 100,
      storage_key: '2026/01/anh-hoi-nghi', variants: JSON.stringify(variants), alt: 'Ảnh', caption: 'Toàn cảnh hội nghị', created_by: null, created_at: '2026-01-01T00:00:00.000Z',
    }).returning('id').executeTakeFirstOrThrow()).id;

    // 25 published city items over three sections; several share a publication time, so paging must break ties by id.
    const sections = [ids.news, ids.child, ids.other];
    for (let i = 0; i < 25; i++) {
      cityNews.push(await buildContent(db, ids.city, {
        section_id: sections[i % 3]!, slug: `tin-thanh-pho-${i}`, title: `Tin thành phố số ${i}`,
        published_at: new Date(Date.UTC(2026, 0, 1 + Math.floor(i / 3))).toISOString(),
        ...(i === 24 ? {
          cover_media_id: cover, cover_alt: 'Quang cảnh hội nghị', author_name: 'Lê Thị Hoa', source_name: 'Báo Tây Ninh', source_url: 'https://baotayninh.vn/bai',
          body_html: '<p>Nội dung <img src="/media/2026/01/anh-hoi-nghi/960.jpg" alt="Ảnh"><a href="/thong-bao">Thông báo</a></p><script>alert(1)</script>',
        } : {}),
      }));
    }
    ids.draft = await buildContent(db, ids.city, { section_id: ids.news, slug: 'ban-nhap', title: 'Bản nháp', status: 'draft', published_at: null });
    ids.unpublished = await buildContent(db, ids.city, { section_id: ids.news, slug: 'da-go', title: 'Tin đã gỡ', status: 'unpublished', published_at: '2026-03-01T00:00:00.000Z' });
    ids.page = await buildContent(db, ids.city, { kind: 'page', section_id: ids.intro, slug: 'chuc-nang-nhiem-vu', title: 'Chức năng, nhiệm vụ', body_html: '<p>Chức năng</p>' });
    ids.draftPage = await buildContent(db, ids.city, { kind: 'page', section_id: ids.intro, slug: 'trang-nhap', title: 'Trang nháp', status: 'draft', published_at: null });
    for (let i = 0; i < 5; i++) {
      wardNews.push(await buildContent(db, ids.ward, { section_id: ids.wardSection, slug: `tin-phuong-${i}`, title: `Tin phường số ${i}`, published_at: `2026-02-0${i + 1}T00:00:00.000Z` }));
    }
    ids.wardPage = await buildContent(db, ids.ward, { kind: 'page', section_id: null, slug: 'lien-he', title: 'Liên hệ' });
    await t.app.ctx.directory.reload();
  });
  after(() => t.close());

  const get = (url: string) => t.app.inject({ url, headers: { host: 'localhost' } });
  const openApi = async () => (await get(`${API_PREFIX}/openapi.json`)).json() as Schema;

  /** Walks every page of a listing and returns the item ids in order. */
  async function walk(url: string): Promise<{ ids: number[]; pages: number }> {
    const seen: number[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await get(cursor ? `${url}&cursor=${encodeURIComponent(cursor)}` : url);
      assert.equal(res.statusCode, 200, res.body);
      const body = res.json() as { data: { id: number }[]; next: string | null };
      seen.push(...body.data.map((d) => d.id));
      cursor = body.next;
      pages++;
      assert.ok(pages < 50, 'paging terminates');
    } while (cursor);
    return { ids: seen, pages };
  }

  it('should document every route registered under /api/v1 in the OpenAPI 3.1 document', async () => {
    // Register the API plugin alone on a probe instance to see exactly which routes it declares.
    const probe = Fastify();
    probe.decorate('ctx', t.app.ctx);
    const registered: string[] = [];
    probe.addHook('onRoute', (r) => {
      const methods = Array.isArray(r.method) ? r.method : [r.method];
      assert.equal((r.config as { permission?: string } | undefined)?.permission, 'public', `${r.url} is public`);
      if (methods.includes('GET')) registered.push(r.url);
    });
    await probe.register(apiRoutes, { prefix: API_PREFIX });
    await probe.ready();
    await probe.close();
    assert.ok(registered.length >= 8);

    const doc = await openApi();
    assert.equal(doc.openapi, '3.1.0');
    assert.deepEqual(doc.info, { ...(doc.info as Schema), title: 'Cổng TTĐT – API dữ liệu mở', version: '1.0.0' });
    const paths = doc.paths as Record<string, Record<string, Schema>>;
    for (const url of registered) {
      const documented = toOpenApiPath(url.slice(API_PREFIX.length));
      assert.ok(paths[documented]?.get, `${url} is documented as ${documented}`);
      const declared = [...url.matchAll(/:(\w+)/g)].map((m) => m[1]).sort();
      const params = ((paths[documented]!.get!.parameters ?? []) as { name: string; in: string }[]).filter((p) => p.in === 'path').map((p) => p.name).sort();
      assert.deepEqual(params, declared, `${documented} path parameters`);
    }
    assert.equal(Object.keys(paths).length, new Set(registered).size, 'nothing documented that is not served');
    // The app itself serves the same routes (the prefix matches app.ts).
    for (const url of registered.filter((u) => !u.includes(':'))) assert.equal((await get(url)).statusCode, 200, url);
  });

  it('should answer 200 on every documented path, with bodies matching the documented schemas and the open-data headers', async () => {
    const doc = await openApi();
    const values: Record<string, string> = { site: 'thanh-pho', id: String(cityNews[24]), slug: 'chuc-nang-nhiem-vu' };
    for (const [path, ops] of Object.entries(doc.paths as Record<string, Record<string, Schema>>)) {
      const url = API_PREFIX + path.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? assert.fail(`no test value for {${name}}`));
      const res = await get(url);
      assert.equal(res.statusCode, 200, `${url}: ${res.body}`);
      assert.match(String(res.headers['content-type']), /^application\/json/);
      assert.equal(res.headers['access-control-allow-origin'], '*', url);
      assert.equal(res.headers['cache-control'], 'public, max-age=60', url);
      const op = ops.get!;
      const schema = (((op.responses as Schema)['200'] as Schema).content as Record<string, Schema>)['application/json']!.schema as Schema;
      assert.deepEqual(validate(doc, schema, res.json()), [], url);
    }
  });

  it('should list sites with their public addresses, and find one by id or slug', async () => {
    const list = (await get(`${API_PREFIX}/sites`)).json() as { data: Schema[] };
    assert.deepEqual(list.data.map((s) => s.slug), ['thanh-pho', 'phuong-an-binh']);
    assert.deepEqual(list.data[1], {
      id: ids.ward, slug: 'phuong-an-binh', name: 'Phường An Bình', fullName: 'Ủy ban nhân dân phường An Bình', level: 'ward',
      parentId: ids.city, publicUrl: 'http://localhost/site/phuong-an-binh/',
    });
    assert.equal(list.data[0]?.publicUrl, 'http://localhost/');
    const byId = (await get(`${API_PREFIX}/sites/${ids.ward}`)).json();
    const bySlug = (await get(`${API_PREFIX}/sites/phuong-an-binh`)).json();
    assert.deepEqual(byId, bySlug);
    assert.deepEqual(byId.data, list.data[1]);
  });

  it('should answer unknown sites and paths with a Vietnamese JSON 404 that is not cached', async () => {
    for (const url of ['/sites/khong-co', '/sites/999999', '/sites/khong-co/items', '/sites/99999999999999999999/sections', '/khong-co-duong-dan']) {
      const res = await get(API_PREFIX + url);
      assert.equal(res.statusCode, 404, url);
      const body = res.json() as { error: { code: string; message: string } };
      assert.equal(body.error.code, 'NOT_FOUND', url);
      assert.match(body.error.message, /Không/, url);
      assert.equal(res.headers['access-control-allow-origin'], '*', url);
      assert.equal(res.headers['cache-control'], 'no-store', url);
    }
  });

  it('should list sections with absolute URLs, external links as they are', async () => {
    const { data } = (await get(`${API_PREFIX}/sites/thanh-pho/sections`)).json() as { data: Schema[] };
    assert.deepEqual(data.find((s) => s.slug === 'tin-co-so'), {
      id: ids.child, slug: 'tin-co-so', name: 'Tin cơ sở', kind: 'news', parentId: ids.news, url: 'http://localhost/tin-co-so',
    });
    assert.equal(data.find((s) => s.slug === 'dich-vu-cong')?.url, 'https://dichvucong.gov.vn');
    const ward = (await get(`${API_PREFIX}/sites/phuong-an-binh/sections`)).json() as { data: Schema[] };
    assert.deepEqual(ward.data.map((s) => s.url), ['http://localhost/site/phuong-an-binh/tin-tuc-su-kien']);
  });

  it('should walk all published items exactly once across pages, newest first', async () => {
    const { ids: walked, pages } = await walk(`${API_PREFIX}/sites/thanh-pho/items?limit=7`);
    assert.equal(pages, 4);
    assert.equal(walked.length, cityNews.length);
    assert.equal(new Set(walked).size, walked.length, 'no duplicates');
    // Newest first; equal times by id descending.
    assert.deepEqual(walked, [...cityNews].sort((a, b) => {
      const ia = cityNews.indexOf(a);
      const ib = cityNews.indexOf(b);
      return Math.floor(ib / 3) - Math.floor(ia / 3) || b - a;
    }));
    assert.ok(!walked.includes(ids.draft!) && !walked.includes(ids.unpublished!), 'drafts and unpublished items never listed');
    const whole = (await get(`${API_PREFIX}/sites/thanh-pho/items?limit=100`)).json();
    assert.equal(whole.next, null);
    assert.deepEqual(whole.data.map((d: { id: number }) => d.id), walked);
    const byDefault = (await get(`${API_PREFIX}/sites/thanh-pho/items`)).json();
    assert.equal(byDefault.data.length, 20);
    assert.equal(typeof byDefault.next, 'string');
  });

  it('should present an item with section, author, source, absolute image and URL', async () => {
    const { data } = (await get(`${API_PREFIX}/sites/thanh-pho/items?limit=1`)).json();
    assert.deepEqual(data[0], {
      id: cityNews[24], slug: 'tin-thanh-pho-24', title: 'Tin thành phố số 24', summary: 'Tóm tắt tin thử.',
      publishedAt: '2026-01-09T00:00:00.000Z', updatedAt: '2026-01-05T01:30:00.000Z',
      section: { id: ids.news, slug: 'tin-tuc-su-kien', name: 'Tin tức – Sự kiện' },
      author: 'Lê Thị Hoa', source: { name: 'Báo Tây Ninh', url: 'https://baotayninh.vn/bai' },
      image: { url: 'http://localhost/media/2026/01/anh-hoi-nghi/960.jpg', alt: 'Quang cảnh hội nghị', caption: 'Toàn cảnh hội nghị', width: 960, height: 480 },
      url: 'http://localhost/tin-tuc-su-kien/tin-thanh-pho-24',
    });
  });

  it('should filter items by section including its child sections, and 404 on an unknown section', async () => {
    const { ids: walked } = await walk(`${API_PREFIX}/sites/thanh-pho/items?section=tin-tuc-su-kien&limit=5`);
    assert.deepEqual(new Set(walked), new Set(cityNews.filter((_, i) => i % 3 !== 2)));
    const child = await walk(`${API_PREFIX}/sites/thanh-pho/items?section=tin-co-so&limit=100`);
    assert.deepEqual(new Set(child.ids), new Set(cityNews.filter((_, i) => i % 3 === 1)));
    for (const section of ['khong-co', 'gioi-thieu']) {
      const res = await get(`${API_PREFIX}/sites/thanh-pho/items?section=${section}`);
      assert.equal(res.statusCode, 404, section);
      assert.equal(res.json().error.code, 'NOT_FOUND');
    }
  });

  it('should reject a bad limit or cursor with a Vietnamese 400', async () => {
    for (const q of ['limit=0', 'limit=101', 'limit=abc', 'limit=', 'limit=1.5', 'limit=-3', 'limit=5&limit=6']) {
      const res = await get(`${API_PREFIX}/sites/thanh-pho/items?${q}`);
      assert.equal(res.statusCode, 400, q);
      const body = res.json();
      assert.equal(body.error.code, 'VALIDATION_FAILED', q);
      assert.equal(body.error.message, 'Tham số limit phải là số nguyên từ 1 đến 100.', q);
      assert.equal(res.headers['access-control-allow-origin'], '*');
    }
    for (const cursor of ['khong-hop-le', 'YWJj', '%3Cscript%3E', '']) {
      const res = await get(`${API_PREFIX}/sites/thanh-pho/items?cursor=${cursor}`);
      assert.equal(res.statusCode, 400, cursor);
      assert.match(res.json().error.message, /cursor không hợp lệ/);
    }
  });

  it('should serve one published item with sanitized body and absolute links; 404 for unpublished, foreign or malformed ids', async () => {
    const res = await get(`${API_PREFIX}/sites/thanh-pho/items/${cityNews[24]}`);
    assert.equal(res.statusCode, 200);
    const { data } = res.json();
    assert.equal(data.id, cityNews[24]);
    assert.doesNotMatch(data.bodyHtml, /<script|alert/);
    assert.match(data.bodyHtml, /<img src="http:\/\/localhost\/media\/2026\/01\/anh-hoi-nghi\/960\.jpg"/);
    assert.match(data.bodyHtml, /<a href="http:\/\/localhost\/thong-bao">/);
    for (const url of [
      `/sites/thanh-pho/items/${ids.draft}`, `/sites/thanh-pho/items/${ids.unpublished}`, `/sites/thanh-pho/items/${ids.page}`,
      `/sites/thanh-pho/items/${wardNews[0]}`, `/sites/phuong-an-binh/items/${cityNews[0]}`, '/sites/thanh-pho/items/abc',
      '/sites/thanh-pho/items/0', '/sites/thanh-pho/items/99999999999',
    ]) {
      const r = await get(API_PREFIX + url);
      assert.equal(r.statusCode, 404, url);
      assert.equal(r.json().error.code, 'NOT_FOUND', url);
    }
    assert.equal((await get(`${API_PREFIX}/sites/phuong-an-binh/items/${wardNews[0]}`)).statusCode, 200);
  });

  it('should never show one site\'s items under another site', async () => {
    const ward = await walk(`${API_PREFIX}/sites/phuong-an-binh/items?limit=2`);
    assert.deepEqual(ward.ids, [...wardNews].reverse());
    const city = await walk(`${API_PREFIX}/sites/${ids.city}/items?limit=100`);
    assert.ok(city.ids.every((id) => !wardNews.includes(id)));
    const wardSection = await get(`${API_PREFIX}/sites/thanh-pho/items?section=tin-tuc-su-kien&limit=100`);
    assert.ok((wardSection.json().data as { id: number }[]).every((d) => cityNews.includes(d.id)));
  });

  it('should list and serve only published pages of the site', async () => {
    const list = (await get(`${API_PREFIX}/sites/thanh-pho/pages`)).json();
    assert.deepEqual(list.data.map((p: Schema) => p.slug), ['chuc-nang-nhiem-vu']);
    assert.equal(list.data[0].url, 'http://localhost/gioi-thieu/chuc-nang-nhiem-vu');
    const page = await get(`${API_PREFIX}/sites/thanh-pho/pages/chuc-nang-nhiem-vu`);
    assert.equal(page.statusCode, 200);
    assert.equal(page.json().data.bodyHtml, '<p>Chức năng</p>');
    const ward = (await get(`${API_PREFIX}/sites/phuong-an-binh/pages`)).json();
    assert.deepEqual(ward.data.map((p: Schema) => p.url), ['http://localhost/site/phuong-an-binh/trang/lien-he']);
    for (const url of ['/sites/thanh-pho/pages/trang-nhap', '/sites/thanh-pho/pages/lien-he', '/sites/phuong-an-binh/pages/chuc-nang-nhiem-vu']) {
      const r = await get(API_PREFIX + url);
      assert.equal(r.statusCode, 404, url);
    }
  });

  it('should keep every $ref of the OpenAPI document resolvable', async () => {
    const doc = await openApi();
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/(\w+)\/(\w+)"/g)];
    assert.ok(refs.length > 10);
    const components = doc.components as Record<string, Record<string, unknown>>;
    for (const [, kind, name] of refs) assert.ok(components[kind!]?.[name!], `#/components/${kind}/${name}`);
  });
});
