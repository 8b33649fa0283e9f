/**
 * Journeys of the editorial workflow in the system Chromium (given / when / then):
 *  1. a contributor writes an item with a photo; the unit leader approves it; the board takes and
 *     publishes it; it appears on the ward portal — and each person sees only the buttons they may use;
 *  2. the leader returns an item with a reason; the contributor fixes and resubmits it;
 *  3. the board schedules an item; it appears on the portal when the job runs at its time;
 *  4. a ward item proposed to the parent portal is accepted there, crediting the ward with a canonical link.
 * The server runs on a clock the test moves (scheduling); jobs are run by ticking the job runner.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Kysely } from 'kysely';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { loadActor } from '../../src/commands/auth/loadActor.ts';
import { changeContentStatus } from '../../src/commands/contents/changeContentStatus.ts';
import { createContent } from '../../src/commands/contents/createContent.ts';
import type { Actor } from '../../src/core/policies/policy.ts';
import type { DB } from '../../src/db/schema.ts';
import { TEST_PASSWORD, buildSection, buildSite, buildUnit, buildUser } from '../support/factories.ts';
import { testPhoto } from '../support/images.ts';
import { FakeClock, goodNews, longBody, uploadPhoto } from '../support/workflow.ts';
import { type LiveServer, launchSystemChromium, seriousViolations, startLiveServer } from './support/browser.ts';

describe('journeys: the editorial workflow of the org chart', () => {
  let server: LiveServer;
  let browser: Browser;
  let db: Kysely<DB>;
  let cityId: number;
  let wardId: number;
  let wardSection: number;
  let unitA: number;
  let photoPath: string;
  let photoId: number;
  const clock = new FakeClock(new Date('2026-06-01T01:00:00.000Z'));
  const contexts: BrowserContext[] = [];

  async function actor(username: string): Promise<Actor> {
    return loadActor(db, await db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirstOrThrow());
  }
  const ctxOf = async (username: string) => ({ db, actor: await actor(username), clock });

  /** A logged-in page for `username`, in its own browser context; dialogs (confirmations) are accepted. */
  async function signIn(username: string): Promise<Page> {
    const context = await browser.newContext();
    contexts.push(context);
    const page = await context.newPage();
    page.on('dialog', (d) => void d.accept());
    await page.goto(`${server.baseUrl}/quan-tri/dang-nhap`);
    await page.getByLabel('Tên đăng nhập').fill(username);
    await page.getByLabel('Mật khẩu').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(/\/quan-tri\/cong\/\d+/);
    return page;
  }

  async function click(page: Page, name: string): Promise<void> {
    await page.getByRole('button', { name, exact: true }).click();
    await page.waitForLoadState('load');
  }

  const statusText = async (page: Page) => (await page.locator('#trang-thai').textContent()) ?? '';

  before(async () => {
    server = await startLiveServer({ clock });
    db = server.tdb.database.db;
    cityId = await buildSite(db, { slug: 'thanh-pho', name: 'Thành phố Thử', full_name: 'Ủy ban nhân dân thành phố Thử', level: 'city', host: '127.0.0.1' });
    wardId = await buildSite(db, { slug: 'phuong-tan-ninh', name: 'Phường Tân Ninh', full_name: 'Ủy ban nhân dân phường Tân Ninh', parent_id: cityId });
    await buildSection(db, cityId, { slug: 'tin-phuong-xa', name: 'Tin phường, xã' });
    wardSection = await buildSection(db, wardId, { slug: 'tin-tuc-su-kien', name: 'Tin tức – Sự kiện' });
    unitA = await buildUnit(db, wardId, { name: 'Đoàn Thanh niên phường' });
    const unitB = await buildUnit(db, wardId, { name: 'Hội Phụ nữ phường' });
    await buildUser(db, { username: 'ctv.doan', roles: [{ siteId: wardId, role: 'contributor', unitId: unitA }] });
    await buildUser(db, { username: 'ctv.phunu', roles: [{ siteId: wardId, role: 'contributor', unitId: unitB }] });
    await buildUser(db, { username: 'lanhdao.doan', roles: [{ siteId: wardId, role: 'leader', unitId: unitA }] });
    await buildUser(db, { username: 'bientap.tanninh', roles: [{ siteId: wardId, role: 'editor' }] });
    await buildUser(db, { username: 'bientap2.tanninh', roles: [{ siteId: wardId, role: 'editor' }] });
    await buildUser(db, { username: 'bientap.thanhpho', roles: [{ siteId: cityId, role: 'editor' }] });
    await server.app.ctx.directory.reload();
    photoPath = join(server.tdb.dataDir, 'ra-quan.png');
    writeFileSync(photoPath, await testPhoto(1600, 1000));
    photoId = await uploadPhoto(db, await actor('bientap.tanninh'), wardId, join(server.tdb.dataDir, 'media'));
    browser = await launchSystemChromium();
  });
  after(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    await server?.close();
  });

  it('should carry an item from the contributor through the unit leader and the board to the ward portal', async () => {
    // Given a contributor of the youth union who writes an item with a photo
    const writer = await signIn('ctv.doan');
    const errors: string[] = [];
    writer.on('pageerror', (e) => errors.push(e.message));
    await writer.goto(`${server.baseUrl}/quan-tri/cong/${wardId}/tin-bai/moi`);
    await writer.getByLabel('Tiêu đề').fill('Đoàn phường Tân Ninh ra quân làm sạch kênh Tây Ninh');
    await writer.getByLabel('Chuyên mục').selectOption({ label: 'Tin tức – Sự kiện' });
    await writer.getByLabel('Tóm tắt').fill('Hơn 200 đoàn viên tham gia thu gom rác dọc kênh.');
    await writer.locator('[contenteditable="true"]').first().click();
    await writer.keyboard.insertText(longBody(170).replace(/<[^>]+>/g, ' '));
    await writer.getByLabel('Tác giả (bút danh)').fill('Minh Thư');
    await writer.getByLabel('Hoặc tải ảnh mới lên').setInputFiles(photoPath);
    await writer.getByLabel('Mô tả ảnh (cho người khiếm thị)').fill('Đoàn viên thu gom rác ven kênh');
    await writer.getByLabel('Chú thích ảnh').fill('Đoàn viên phường Tân Ninh thu gom rác ven kênh.');
    await click(writer, 'Lưu bản nháp');
    const itemUrl = writer.url();
    assert.match(itemUrl, /\/tin-bai\/\d+$/);
    // Then the quality checks pass, and the only move offered is to send it to the unit leader
    assert.match(await writer.locator('.quality-checks').textContent() ?? '', /đạt tất cả yêu cầu/);
    assert.equal(await writer.getByRole('button', { name: 'Xuất bản', exact: true }).count(), 0);
    assert.equal(await writer.getByRole('link', { name: 'Hàng chờ biên tập' }).count(), 0);
    await click(writer, 'Gửi lãnh đạo đơn vị duyệt');
    assert.match(await statusText(writer), /Chờ lãnh đạo đơn vị duyệt/);

    // And a contributor of another unit cannot open it
    const other = await signIn('ctv.phunu');
    const refused = await other.goto(itemUrl);
    assert.equal(refused?.status(), 403);

    // When the unit leader finds it in their inbox and approves it
    const leader = await signIn('lanhdao.doan');
    await leader.getByRole('link', { name: /Thông báo/ }).click();
    await leader.getByRole('link', { name: /Đoàn phường Tân Ninh ra quân làm sạch kênh Tây Ninh.*chờ bạn duyệt/ }).click();
    assert.equal(leader.url(), itemUrl);
    assert.equal(await leader.getByRole('button', { name: 'Nhận biên tập' }).count(), 0);
    await click(leader, 'Duyệt, gửi Ban Biên tập');
    assert.match(await statusText(leader), /Chờ Ban Biên tập/);

    // And an editor of the board takes it from the queue and publishes it
    const editor = await signIn('bientap.tanninh');
    await editor.getByRole('link', { name: 'Hàng chờ biên tập' }).click();
    await editor.getByRole('link', { name: 'Đoàn phường Tân Ninh ra quân làm sạch kênh Tây Ninh' }).first().click();
    await click(editor, 'Nhận biên tập');
    await click(editor, 'Xuất bản');
    assert.match(await statusText(editor), /Đã xuất bản/);
    assert.match(await editor.locator('.content-history').textContent() ?? '', /Duyệt, gửi Ban Biên tập/);

    // Then a citizen reads it on the ward portal
    const citizen = await browser.newPage();
    await citizen.goto(`${server.baseUrl}/site/phuong-tan-ninh/`);
    await citizen.getByRole('link', { name: 'Đoàn phường Tân Ninh ra quân làm sạch kênh Tây Ninh' }).first().click();
    assert.equal(await citizen.locator('h1').textContent(), 'Đoàn phường Tân Ninh ra quân làm sạch kênh Tây Ninh');
    assert.equal(await citizen.locator('figure.cover img').getAttribute('alt'), 'Đoàn viên thu gom rác ven kênh');
    assert.deepEqual(await seriousViolations(citizen), []);
    await citizen.close();
    assert.deepEqual(errors, []);
  });

  it('should return an item to its writer with a reason and take it again once fixed', async () => {
    // Given an item the contributor has sent to the leader
    const { id } = await createContent(await ctxOf('ctv.doan'), { siteId: wardId, kind: 'news', form: goodNews(wardSection, photoId, { title: 'Hội thi tìm hiểu pháp luật' }) });
    await changeContentStatus(await ctxOf('ctv.doan'), { siteId: wardId, kind: 'news', id, event: 'submit' });
    const itemUrl = `${server.baseUrl}/quan-tri/cong/${wardId}/tin-bai/${id}`;

    // When the leader returns it, first without a reason, then with one
    const leader = await signIn('lanhdao.doan');
    await leader.goto(itemUrl);
    await leader.locator('summary', { hasText: 'Trả lại người viết' }).click();
    await leader.getByRole('button', { name: 'Trả lại người viết' }).click();
    assert.match(await statusText(leader), /Chờ lãnh đạo đơn vị duyệt/, 'the browser refuses an empty reason');
    await leader.getByLabel('Lý do trả lại (bắt buộc)').fill('Bổ sung số đội tham gia và kết quả.');
    await leader.getByRole('button', { name: 'Trả lại người viết' }).click();
    await leader.waitForLoadState('load');
    assert.match(await statusText(leader), /Bị trả lại để sửa/);

    // Then the writer sees why in "Việc cần làm", fixes the item and sends it again
    const writer = await signIn('ctv.doan');
    await writer.getByRole('navigation', { name: 'Chức năng quản trị' }).getByRole('link', { name: 'Việc cần làm' }).click();
    await writer.getByRole('link', { name: 'Hội thi tìm hiểu pháp luật' }).click();
    assert.match(await writer.locator('.content-history').textContent() ?? '', /Bổ sung số đội tham gia và kết quả\./);
    await writer.getByLabel('Tóm tắt').fill('12 đội tham gia; đội khu phố 3 đạt giải nhất.');
    await click(writer, 'Lưu');
    await click(writer, 'Gửi lãnh đạo đơn vị duyệt');
    assert.match(await statusText(writer), /Chờ lãnh đạo đơn vị duyệt/);
    await leader.goto(itemUrl);
    await click(leader, 'Duyệt, gửi Ban Biên tập');
    assert.match(await statusText(leader), /Chờ Ban Biên tập/);
  });

  it('should publish a scheduled item on the portal at its time, not before', async () => {
    // Given an item in the board's editing step
    const { id } = await createContent(await ctxOf('ctv.doan'), { siteId: wardId, kind: 'news', form: goodNews(wardSection, photoId, { title: 'Lễ ra quân mùa hè xanh' }) });
    await changeContentStatus(await ctxOf('ctv.doan'), { siteId: wardId, kind: 'news', id, event: 'submit' });
    await changeContentStatus(await ctxOf('lanhdao.doan'), { siteId: wardId, kind: 'news', id, event: 'approve' });
    await changeContentStatus(await ctxOf('bientap.tanninh'), { siteId: wardId, kind: 'news', id, event: 'startEditing' });

    // When a board member schedules it for 09:30 (portal time) the same morning
    const editor = await signIn('bientap2.tanninh');
    await editor.goto(`${server.baseUrl}/quan-tri/cong/${wardId}/tin-bai/${id}`);
    await editor.locator('summary', { hasText: 'Hẹn giờ xuất bản' }).click();
    await editor.getByLabel('Xuất bản lúc (giờ Việt Nam)').fill('2026-06-01T09:30');
    await click(editor, 'Hẹn giờ xuất bản');
    assert.match(await statusText(editor), /Đã hẹn giờ xuất bản/);
    await editor.getByRole('link', { name: 'Việc hẹn giờ' }).click();
    assert.match(await editor.locator('table.jobs').textContent() ?? '', /Lễ ra quân mùa hè xanh.*Người Dùng bientap2\.tanninh.*Đang chờ/);

    // Then it is not on the portal before its time
    const citizen = await browser.newPage();
    clock.set('2026-06-01T02:00:00.000Z'); // 09:00
    await server.app.ctx.jobs.tick();
    await citizen.goto(`${server.baseUrl}/site/phuong-tan-ninh/tin-tuc-su-kien`);
    assert.equal(await citizen.getByRole('link', { name: 'Lễ ra quân mùa hè xanh' }).count(), 0);

    // And it is there once the job has run at 09:30
    clock.set('2026-06-01T02:30:05.000Z');
    while (await server.app.ctx.jobs.tick() > 0) { /* every due job */ }
    await server.app.ctx.changes.catchUp();
    await citizen.goto(`${server.baseUrl}/site/phuong-tan-ninh/tin-tuc-su-kien`);
    assert.equal(await citizen.getByRole('link', { name: 'Lễ ra quân mùa hè xanh' }).count(), 1);
    await citizen.close();
    await editor.reload();
    assert.match(await editor.locator('table.jobs').textContent() ?? '', /Đã chạy/);
  });

  it('should carry a ward item to the parent portal, where it credits the ward and points to the original', async () => {
    // Given a published ward item
    const { id, slug } = await createContent(await ctxOf('ctv.doan'), { siteId: wardId, kind: 'news', form: goodNews(wardSection, photoId, { title: 'Phường Tân Ninh khánh thành cầu dân sinh' }) });
    await changeContentStatus(await ctxOf('ctv.doan'), { siteId: wardId, kind: 'news', id, event: 'submit' });
    await changeContentStatus(await ctxOf('lanhdao.doan'), { siteId: wardId, kind: 'news', id, event: 'approve' });
    await changeContentStatus(await ctxOf('bientap.tanninh'), { siteId: wardId, kind: 'news', id, event: 'startEditing' });
    await changeContentStatus(await ctxOf('bientap.tanninh'), { siteId: wardId, kind: 'news', id, event: 'publish' });

    // When the ward's board proposes it to the city portal
    const wardEditor = await signIn('bientap.tanninh');
    await wardEditor.goto(`${server.baseUrl}/quan-tri/cong/${wardId}/tin-bai/${id}`);
    await wardEditor.locator('summary', { hasText: 'Đề xuất đăng lên cổng cấp trên' }).click();
    await wardEditor.getByLabel('Ghi chú cho Ban Biên tập cấp trên (không bắt buộc)').fill('Công trình tiêu biểu của phường.');
    await click(wardEditor, 'Gửi đề xuất');
    assert.match(await wardEditor.locator('.syndication-status').textContent() ?? '', /Đang chờ cổng cấp trên xem xét/);

    // And the city's board accepts it into its "Tin phường, xã" section, publishing it at once
    const cityEditor = await signIn('bientap.thanhpho');
    await cityEditor.getByRole('link', { name: 'Tin phường, xã đề xuất' }).click();
    const proposal = cityEditor.locator('article.proposal', { hasText: 'Phường Tân Ninh khánh thành cầu dân sinh' });
    assert.match(await proposal.textContent() ?? '', /Công trình tiêu biểu của phường\./);
    await proposal.getByLabel('Đăng vào chuyên mục').selectOption({ label: 'Tin phường, xã' });
    await proposal.getByLabel('Xuất bản ngay (không cần biên tập thêm)').check();
    await proposal.getByRole('button', { name: 'Nhận tin' }).click();
    await cityEditor.waitForLoadState('load');
    assert.match(await cityEditor.locator('.flash').textContent() ?? '', /Đã nhận và xuất bản/);

    // Then a citizen reads it on the city portal, credited to the ward, with the original as canonical
    const citizen = await browser.newPage();
    await citizen.goto(`${server.baseUrl}/tin-phuong-xa`);
    await citizen.getByRole('link', { name: 'Phường Tân Ninh khánh thành cầu dân sinh' }).first().click();
    // (The absolute address comes from the ward's configured address: PUBLIC_URL in tests, not the test server's port.)
    const ward = server.app.ctx.directory.byId(wardId)!;
    const original = `${server.app.ctx.directory.siteUrl(ward)}/tin-tuc-su-kien/${slug}`;
    assert.equal(await citizen.locator('link[rel="canonical"]').getAttribute('href'), original);
    const source = citizen.locator('p.source a');
    assert.equal(await source.textContent(), 'Ủy ban nhân dân phường Tân Ninh');
    assert.equal(await source.getAttribute('href'), original);
    assert.deepEqual(await seriousViolations(citizen), []);
    await citizen.close();

    // And the ward sees that the city took it
    await wardEditor.reload();
    assert.match(await wardEditor.locator('.syndication-status').textContent() ?? '', /Cổng cấp trên đã nhận/);
  });
});
