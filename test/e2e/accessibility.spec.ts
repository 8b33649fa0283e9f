/**
 * axe-core on the home, section and article pages (and the same in high-contrast mode and on a
 * 360 px phone): no serious or critical WCAG 2.1 A/AA violations.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { processImage } from '../../src/media/imageProcessor.ts';
import { buildContent, buildSection, buildSite } from '../support/factories.ts';
import { testPhoto } from '../support/images.ts';
import { type LiveServer, launchSystemChromium, seriousViolations, startLiveServer } from './support/browser.ts';

describe('accessibility of public pages (axe-core, Chromium)', () => {
  let server: LiveServer;
  let browser: Browser;

  before(async () => {
    server = await startLiveServer();
    const db = server.tdb.database.db;
    const city = await buildSite(db, { slug: 'thanh-pho', name: 'Thành phố Thử', full_name: 'Ủy ban nhân dân thành phố Thử', level: 'city', host: '127.0.0.1' });
    const ward = await buildSite(db, { slug: 'phuong-an-binh', name: 'Phường An Bình', parent_id: city });
    const img = await processImage(await testPhoto(), server.app.ctx.mediaDir, 10_000_000);
    const now = new Date().toISOString();
    const media = (await db.insertInto('media').values({
      site_id: city, kind: 'image', original_name: 'anh.png', mime: 'image/png', width: img.width, height: img.height,
      bytes: img.bytes, storage_key: img.storageKey, variants: JSON.stringify(img.variants), created_at: now, created_by: null,
    }).returning('id').executeTakeFirstOrThrow()).id;
    for (const siteId of [city, ward]) {
      const section = await buildSection(db, siteId, { slug: 'tin-tuc-su-kien', name: 'Tin tức – Sự kiện' });
      for (let i = 0; i < 6; i++) {
        await buildContent(db, siteId, {
          section_id: section, slug: `hoi-nghi-${i}`, title: `Hội nghị tổng kết công tác năm ${2020 + i}`, is_featured: i < 3 ? 1 : 0,
          cover_media_id: siteId === city ? media : null, cover_alt: 'Quang cảnh hội nghị', cover_caption: 'Quang cảnh hội nghị tổng kết.',
          body_html: '<p>Sáng nay, Ủy ban nhân dân tổ chức hội nghị.</p><h2>Kết quả</h2><ul><li>Hoàn thành kế hoạch.</li></ul>',
          author_name: 'Nguyễn Văn An', published_at: `2026-0${i + 1}-05T01:30:00.000Z`,
        });
      }
    }
    await server.app.ctx.directory.reload();
    browser = await launchSystemChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  const pages = ['/', '/tin-tuc-su-kien', '/tin-tuc-su-kien/hoi-nghi-5', '/site/phuong-an-binh/', '/so-do-cong', '/tim-kiem?q=hoi+nghi'];

  for (const path of pages) {
    it(`should have no serious or critical violations on ${path}`, async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const res = await page.goto(server.baseUrl + path);
      assert.ok(res && res.status() < 500, `status ${res?.status()}`);
      const violations = await seriousViolations(page);
      assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
      await context.close();
    });
  }

  it('should stay accessible in high contrast and on a 360 px phone, without horizontal scrolling', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/tin-tuc-su-kien/hoi-nghi-5`);
    await page.getByRole('button', { name: 'Tương phản cao' }).click();
    assert.equal(await page.evaluate(() => document.documentElement.getAttribute('data-contrast')), 'high');
    await page.getByRole('button', { name: /tăng cỡ chữ/ }).click();
    assert.equal(await page.evaluate(() => document.documentElement.getAttribute('data-font')), '1');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `page scrolls sideways by ${overflow}px at 360 px`);
    assert.deepEqual(await seriousViolations(page), []);
    await context.close();
  });

  it('should be readable with JavaScript off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/tin-tuc-su-kien/hoi-nghi-5`);
    assert.equal(await page.locator('h1').textContent(), 'Hội nghị tổng kết công tác năm 2025');
    assert.ok(await page.getByRole('link', { name: 'Sơ đồ cổng' }).first().isVisible());
    await context.close();
  });
});
