import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { buildContent, buildSection, buildSite } from '../support/factories.ts';
import { type TestApp, createTestApp } from '../support/testApp.ts';

describe('public portal (request tests)', () => {
  let t: TestApp;
  let cityId: number;
  let wardId: number;

  before(async () => {
    t = await createTestApp();
    const db = t.tdb.database.db;
    cityId = await buildSite(db, { slug: 'thanh-pho', name: 'Thành phố Thử', full_name: 'Ủy ban nhân dân thành phố Thử', level: 'city', host: 'localhost', phone: '0276 111 222' });
    wardId = await buildSite(db, { slug: 'phuong-an-binh', name: 'Phường An Bình', full_name: 'Ủy ban nhân dân phường An Bình', parent_id: cityId });
    await buildSection(db, cityId, { slug: 'gioi-thieu', name: 'Giới thiệu', kind: 'page' });
    const citySection = await buildSection(db, cityId, { slug: 'tin-tuc-su-kien', name: 'Tin tức – Sự kiện' });
    const wardSection = await buildSection(db, wardId, { slug: 'tin-tuc-su-kien', name: 'Tin tức – Sự kiện' });
    await buildContent(db, cityId, { section_id: citySection, slug: 'hoi-nghi-thanh-pho', title: 'Hội nghị thành phố', published_at: '2026-01-05T01:30:00.000Z', source_name: 'Báo Tây Ninh', source_url: 'https://baotayninh.vn/bai' });
    await buildContent(db, wardId, { section_id: wardSection, slug: 'ra-quan-ve-sinh', title: 'Phường An Bình ra quân vệ sinh', body_html: '<p>Nội dung<script>alert("x")</script><img src=x onerror=alert(1)></p>' });
    await buildContent(db, wardId, { section_id: wardSection, slug: 'ban-nhap', title: 'Bản nháp chưa xuất bản', status: 'draft', published_at: null });
    await t.app.ctx.directory.reload();
  });
  after(() => t.close());

  const get = (url: string, host = 'localhost') => t.app.inject({ url, headers: { host } });

  it('should serve the parent portal on its host with the TT 32/2017 header, menu and footer', async () => {
    const res = await get('/');
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /<html lang="vi">/);
    assert.match(res.body, /Ủy ban nhân dân thành phố Thử/);
    for (const item of ['Trang chủ', 'Giới thiệu', 'Dịch vụ công trực tuyến', 'Sơ đồ cổng']) assert.ok(res.body.includes(`>${item}</a>`), item);
    assert.match(res.body, /Người chịu trách nhiệm: Nguyễn Văn An/);
    assert.match(res.body, /0276 111 222/);
    assert.match(res.body, /Thống kê truy cập/);
  });

  it('should show the wards\' news block on the parent portal, linking to the ward portal', async () => {
    const res = await get('/');
    assert.match(res.body, /Tin từ phường, xã/);
    assert.match(res.body, /href="\/site\/phuong-an-binh\/tin-tuc-su-kien\/ra-quan-ve-sinh"/);
    assert.doesNotMatch(res.body, /Bản nháp chưa xuất bản/);
  });

  it('should reach a ward by path prefix and by <slug>.<parent host>', async () => {
    const byPrefix = await get('/site/phuong-an-binh/');
    const byHost = await get('/', 'phuong-an-binh.localhost');
    for (const res of [byPrefix, byHost]) {
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /Ủy ban nhân dân phường An Bình/);
      assert.doesNotMatch(res.body, /Tin từ phường, xã/);
    }
    assert.match(byPrefix.body, /href="\/site\/phuong-an-binh\/so-do-cong"/);
    assert.match(byHost.body, /href="\/so-do-cong"/);
  });

  it('should render an article with date, source link, share and print, sanitizing stored HTML', async () => {
    const city = await get('/tin-tuc-su-kien/hoi-nghi-thanh-pho');
    assert.equal(city.statusCode, 200);
    assert.match(city.body, /ngày 05 tháng 01 năm 2026/);
    assert.match(city.body, /href="https:\/\/baotayninh.vn\/bai"[^>]*>Báo Tây Ninh</);
    assert.match(city.body, /facebook\.com\/sharer/);
    assert.match(city.body, /zalo/);
    assert.match(city.body, /<meta property="og:type" content="article"\/>/);
    assert.match(city.body, /<meta name="DC.title" content="Hội nghị thành phố"\/>/);
    const ward = await get('/site/phuong-an-binh/tin-tuc-su-kien/ra-quan-ve-sinh');
    assert.equal(ward.statusCode, 200);
    assert.doesNotMatch(ward.body, /<script>alert|onerror/);
    const print = await get('/tin-tuc-su-kien/hoi-nghi-thanh-pho/ban-in');
    assert.equal(print.statusCode, 200);
    assert.match(print.body, /Hội nghị thành phố/);
  });

  it('should not leak one site\'s items through another site', async () => {
    const res = await get('/tin-tuc-su-kien/ra-quan-ve-sinh');
    assert.equal(res.statusCode, 404);
    const draft = await get('/site/phuong-an-binh/tin-tuc-su-kien/ban-nhap');
    assert.equal(draft.statusCode, 404);
  });

  it('should answer unknown pages with a Vietnamese 404', async () => {
    for (const url of ['/khong-ton-tai', '/site/khong-co-phuong/', '/tin-tuc-su-kien/khong-co-bai']) {
      const res = await get(url);
      assert.equal(res.statusCode, 404, url);
      assert.match(res.body, /Không tìm thấy|không tồn tại/);
    }
  });

  it('should find items without diacritics', async () => {
    const res = await get('/site/phuong-an-binh/tim-kiem?q=ra+quan+ve+sinh');
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /Phường An Bình ra quân vệ sinh/);
  });

  it('should list a section with keyset paging links', async () => {
    const db = t.tdb.database.db;
    const section = await buildSection(db, wardId, { slug: 'nhieu-tin', name: 'Nhiều tin' });
    t.app.ctx.directory.forgetSections(wardId); // written behind the audit log the app follows
    for (let i = 0; i < 15; i++) {
      await buildContent(db, wardId, { section_id: section, slug: `tin-so-${i}`, title: `Tin số ${i}`, published_at: `2026-02-${String(i + 1).padStart(2, '0')}T00:00:00.000Z` });
    }
    const first = await get('/site/phuong-an-binh/nhieu-tin');
    assert.equal(first.statusCode, 200);
    assert.match(first.body, /Tin số 14/);
    assert.doesNotMatch(first.body, />Tin số 2</);
    const next = /href="([^"]+truoc=[^"]+)"/.exec(first.body)?.[1];
    assert.ok(next, 'next page link');
    const second = await get(next.replace(/&amp;/g, '&'));
    assert.match(second.body, />Tin số 2</);
    assert.doesNotMatch(second.body, />Tin số 14</);
  });

  it('should send security headers and no inline script', async () => {
    const res = await get('/');
    assert.match(String(res.headers['content-security-policy']), /script-src 'self'/);
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
    assert.doesNotMatch(res.body, /<script>(?!<\/script>)/);
    assert.doesNotMatch(res.body, / style="/);
    assert.match(String(res.headers['cache-control']), /stale-while-revalidate/);
  });

  it('should report health as JSON', async () => {
    const res = await get('/healthz');
    assert.equal(res.statusCode, 200);
    assert.equal(res.json().status, 'ok');
  });
});
