/**
 * Journey: an editor of a ward logs in, writes a news item with a photo in the rich-text editor,
 * sends it to the board; a second board member publishes it (four-eyes), and a citizen sees it on
 * the ward portal and in the parent portal's ward block. (The quality gate is switched off for this
 * ward: the gate has its own journey in editorial-workflow.spec.ts.)
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { TEST_PASSWORD, buildSection, buildSite, buildUser } from '../support/factories.ts';
import { testPhoto } from '../support/images.ts';
import { type LiveServer, launchSystemChromium, seriousViolations, startLiveServer } from './support/browser.ts';

describe('journey: write, publish, see it on the ward and the parent portal', () => {
  let server: LiveServer;
  let browser: Browser;
  let wardId: number;
  let photoPath: string;

  before(async () => {
    server = await startLiveServer();
    const db = server.tdb.database.db;
    const city = await buildSite(db, { slug: 'thanh-pho', name: 'Thành phố Thử', full_name: 'Ủy ban nhân dân thành phố Thử', level: 'city', host: '127.0.0.1' });
    wardId = await buildSite(db, { slug: 'phuong-tan-ninh', name: 'Phường Tân Ninh', full_name: 'Ủy ban nhân dân phường Tân Ninh', parent_id: city });
    await buildSection(db, city, { slug: 'tin-tuc-su-kien', name: 'Tin tức – Sự kiện' });
    await buildSection(db, wardId, { slug: 'tin-tuc-su-kien', name: 'Tin tức – Sự kiện' });
    await buildUser(db, { username: 'bientap.tanninh', roles: [{ siteId: wardId, role: 'editor' }] });
    await buildUser(db, { username: 'bientap2.tanninh', roles: [{ siteId: wardId, role: 'editor' }] });
    await db.updateTable('sites').set({ settings: JSON.stringify({ qualityGate: { enabled: false } }) }).where('id', '=', wardId).execute();
    await server.app.ctx.directory.reload();
    photoPath = join(server.tdb.dataDir, 'ra-quan.png');
    writeFileSync(photoPath, await testPhoto(1600, 1000));
    browser = await launchSystemChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('should carry an item from the editor to both portals', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));

    // Given an editor of the ward who logs in
    await page.goto(`${server.baseUrl}/quan-tri/dang-nhap`);
    await page.getByLabel('Tên đăng nhập').fill('bientap.tanninh');
    await page.getByLabel('Mật khẩu').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(/\/quan-tri\/cong\/\d+/);

    // When they write a news item with a photo in the rich-text editor
    await page.goto(`${server.baseUrl}/quan-tri/cong/${wardId}/tin-bai/moi`);
    await page.getByLabel('Tiêu đề').fill('Phường Tân Ninh ra quân làm sạch kênh rạch');
    await page.getByLabel('Chuyên mục').selectOption({ label: 'Tin tức – Sự kiện' });
    await page.getByLabel('Tóm tắt').fill('Hơn 200 đoàn viên, thanh niên tham gia thu gom rác dọc kênh Tây Ninh.');
    const editor = page.locator('[contenteditable="true"]').first();
    await editor.click();
    await page.keyboard.type('Sáng Chủ nhật, Đoàn phường phối hợp các khu phố tổ chức ra quân.');
    await page.getByLabel('Tác giả (bút danh)').fill('Minh Thư');
    await page.getByLabel('Hoặc tải ảnh mới lên').setInputFiles(photoPath);
    await page.getByLabel('Mô tả ảnh (cho người khiếm thị)').fill('Đoàn viên thu gom rác ven kênh');
    await page.getByLabel('Chú thích ảnh').fill('Đoàn viên phường Tân Ninh thu gom rác ven kênh.');
    // And save it and send it to the board (four-eyes: the writer does not publish it)
    assert.equal(await page.getByRole('button', { name: 'Lưu và xuất bản' }).count(), 0);
    await page.getByRole('button', { name: 'Lưu bản nháp' }).click();
    await page.waitForLoadState('load');
    assert.doesNotMatch(await page.content(), /error-summary/, 'the form was accepted');
    const itemUrl = page.url();
    await page.getByRole('button', { name: 'Gửi Ban Biên tập' }).click();
    await page.waitForLoadState('load');

    // Then another board member takes it and publishes it
    const second = await browser.newContext();
    const board = await second.newPage();
    await board.goto(`${server.baseUrl}/quan-tri/dang-nhap`);
    await board.getByLabel('Tên đăng nhập').fill('bientap2.tanninh');
    await board.getByLabel('Mật khẩu').fill(TEST_PASSWORD);
    await board.getByRole('button', { name: 'Đăng nhập' }).click();
    await board.waitForURL(/\/quan-tri\/cong\/\d+/);
    await board.goto(itemUrl);
    await board.getByRole('button', { name: 'Nhận biên tập' }).click();
    await board.waitForLoadState('load');
    await board.getByRole('button', { name: 'Xuất bản', exact: true }).click();
    await board.waitForLoadState('load');
    assert.match(await board.locator('.content-status').textContent() ?? '', /Đã xuất bản/);
    await second.close();

    // Then a citizen sees it on the ward portal, with its photo and alt text
    const citizen = await browser.newPage();
    await citizen.goto(`${server.baseUrl}/site/phuong-tan-ninh/`);
    await citizen.getByRole('link', { name: 'Phường Tân Ninh ra quân làm sạch kênh rạch' }).first().click();
    assert.equal(await citizen.locator('h1').textContent(), 'Phường Tân Ninh ra quân làm sạch kênh rạch');
    assert.match(await citizen.locator('.prose').textContent() ?? '', /ra quân/);
    const img = citizen.locator('figure.cover img');
    assert.equal(await img.getAttribute('alt'), 'Đoàn viên thu gom rác ven kênh');
    assert.ok(await img.evaluate((el) => (el as HTMLImageElement).naturalWidth > 0), 'the photo loads');
    assert.match(await citizen.locator('figcaption').textContent() ?? '', /thu gom rác ven kênh/);
    assert.deepEqual(await seriousViolations(citizen), []);

    // And in the parent portal's block of news from its wards
    await citizen.goto(`${server.baseUrl}/`);
    const wardBlock = citizen.locator('.ward-news');
    assert.match(await wardBlock.textContent() ?? '', /Phường Tân Ninh ra quân làm sạch kênh rạch/);
    await wardBlock.getByRole('link', { name: 'Phường Tân Ninh ra quân làm sạch kênh rạch' }).click();
    assert.match(citizen.url(), /\/site\/phuong-tan-ninh\/tin-tuc-su-kien\//);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
