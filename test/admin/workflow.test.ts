/**
 * The editorial workflow through the admin (request tests with inject()): the quality checks beside
 * their fields, returns with reasons, dashboards per role, the board's queue, edit locks with take-over,
 * the revision diff, scheduling, the inbox and outbox, the gate settings and ward → parent proposals.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Kysely } from 'kysely';
import type { DB } from '../../src/db/schema.ts';
import { buildSection, buildSite, buildUnit, buildUser } from '../support/factories.ts';
import { type Browser, type TestApp, createTestApp } from '../support/testApp.ts';
import { FakeClock, formFields, goodNews, postMultipart, sessionBrowser, uploadPhoto } from '../support/workflow.ts';
import { loadActor } from '../../src/commands/auth/loadActor.ts';

describe('admin: editorial workflow (request tests)', () => {
  let t: TestApp;
  let db: Kysely<DB>;
  let city: number;
  let ward: number;
  let section: number;
  let citySection: number;
  let unitA: number;
  let unitB: number;
  let photo: number;
  let blurred: number;
  let base: string;
  const clock = new FakeClock(new Date('2026-05-04T01:00:00.000Z'));

  const browsers = new Map<string, Browser>();
  async function as(username: string): Promise<Browser> {
    if (!browsers.has(username)) browsers.set(username, await sessionBrowser(t.app, db, username));
    return browsers.get(username)!;
  }
  const stateOf = async (id: number) => (await db.selectFrom('contents').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status;

  /** Writes a news item as `username` through the form; returns its id. */
  async function write(username: string, over: Parameters<typeof goodNews>[2] = {}, cover = photo): Promise<number> {
    const b = await as(username);
    const res = await postMultipart(b, base, formFields(goodNews(section, cover, over), { action: 'save' }));
    assert.equal(res.statusCode, 303, res.body.slice(0, 300));
    return Number(String(res.headers.location).split('/').pop());
  }

  before(async () => {
    t = await createTestApp({ clock });
    db = t.tdb.database.db;
    city = await buildSite(db, { slug: 'thanh-pho', level: 'city', host: 'localhost', name: 'Thành phố Thử' });
    ward = await buildSite(db, { slug: 'phuong-tan-ninh', name: 'Phường Tân Ninh', full_name: 'Ủy ban nhân dân phường Tân Ninh', parent_id: city });
    section = await buildSection(db, ward, { slug: 'tin-tuc', name: 'Tin tức', kind: 'news' });
    citySection = await buildSection(db, city, { slug: 'tin-co-so', name: 'Tin cơ sở', kind: 'news' });
    unitA = await buildUnit(db, ward, { name: 'Đoàn Thanh niên phường' });
    unitB = await buildUnit(db, ward, { name: 'Hội Phụ nữ phường' });
    await buildUser(db, { username: 'ctv', roles: [{ siteId: ward, role: 'contributor', unitId: unitA }] });
    await buildUser(db, { username: 'ctv-b', roles: [{ siteId: ward, role: 'contributor', unitId: unitB }] });
    await buildUser(db, { username: 'lanhdao', roles: [{ siteId: ward, role: 'leader', unitId: unitA }] });
    await buildUser(db, { username: 'bientap', roles: [{ siteId: ward, role: 'editor' }] });
    await buildUser(db, { username: 'bientap2', roles: [{ siteId: ward, role: 'editor' }] });
    await buildUser(db, { username: 'truongban', roles: [{ siteId: ward, role: 'editor_in_chief' }] });
    await buildUser(db, { username: 'giamsat', roles: [{ siteId: city, role: 'oversight' }] });
    await buildUser(db, { username: 'bientap-tp', roles: [{ siteId: city, role: 'editor' }] });
    await t.app.ctx.directory.reload();
    const editorRow = await db.selectFrom('users').selectAll().where('username', '=', 'bientap').executeTakeFirstOrThrow();
    const editor = await loadActor(db, editorRow);
    photo = await uploadPhoto(db, editor, ward, join(t.tdb.dataDir, 'media'));
    blurred = await uploadPhoto(db, editor, ward, join(t.tdb.dataDir, 'media'), { blur: 4 });
    base = `/quan-tri/cong/${ward}/tin-bai`;
  });
  after(() => t.close());

  it('should show the quality checks to the writer and refuse a submission with each message beside its field', async () => {
    const id = await write('ctv', { body_html: '<p>Quá ngắn.</p>', cover_caption: '' }, blurred);
    const b = await as('ctv');
    const page = await b.get(`${base}/${id}`);
    assert.match(page.body, /Kiểm tra chất lượng/);
    assert.match(page.body, /<li data-field="body_html"><a href="#body_html">Nội dung<\/a>: Nội dung mới có 2 chữ/);
    assert.match(page.body, /data-field="cover_media_id"><a href="#cover_media_id">Ảnh đại diện<\/a>: Ảnh đại diện bị mờ, nhòe/);
    const refused = await b.post(`${base}/${id}/trang-thai`, { event: 'submit' });
    assert.equal(refused.statusCode, 422);
    assert.match(refused.body, /class="error-summary" role="alert"/);
    assert.match(refused.body, /chưa đạt yêu cầu chất lượng/);
    assert.match(refused.body, /class="field has-error"><label for="cover_caption">[^]*?chưa có chú thích/);
    assert.match(refused.body, /class="field has-error[^"]*"><label for="body_html">/);
    assert.equal(await stateOf(id), 'draft');
    // The editor sees the same checks on the same item.
    const editorView = await (await as('bientap')).get(`${base}/${id}`);
    assert.match(editorView.body, /data-field="cover_media_id"/);
  });

  it('should carry an item from the contributor to the leader to the board, with a return that needs a reason', async () => {
    const id = await write('ctv');
    const ctv = await as('ctv');
    assert.equal((await ctv.post(`${base}/${id}/trang-thai`, { event: 'submit' })).statusCode, 303);
    assert.equal(await stateOf(id), 'submitted');
    const leader = await as('lanhdao');
    const todo = await leader.get(`/quan-tri/cong/${ward}/viec-can-lam`);
    assert.match(todo.body, /Chờ tôi duyệt/);
    assert.match(todo.body, new RegExp(`href="${base}/${id}"`));
    const otherUnit = await (await as('ctv-b')).get(`/quan-tri/cong/${ward}/viec-can-lam`);
    assert.doesNotMatch(otherUnit.body, new RegExp(`href="${base}/${id}"`), 'another unit does not see it');
    const noReason = await leader.post(`${base}/${id}/trang-thai`, { event: 'returnToAuthor', reason: '' });
    assert.equal(noReason.statusCode, 422);
    assert.match(noReason.body, /<details class="reason-form" open><summary>Trả lại người viết/);
    assert.match(noReason.body, /Vui lòng ghi lý do trả lại/);
    assert.equal((await leader.post(`${base}/${id}/trang-thai`, { event: 'returnToAuthor', reason: 'Bổ sung ảnh hiện trường.' })).statusCode, 303);
    const returned = await ctv.get(`${base}/${id}`);
    assert.match(returned.body, /Bị trả lại để sửa/);
    assert.match(returned.body, /Trả lại người viết<span class="muted"> – Bổ sung ảnh hiện trường\.<\/span>/);
    assert.match((await ctv.get(`/quan-tri/cong/${ward}/viec-can-lam`)).body, /Bị trả lại, cần sửa/);
    assert.equal((await ctv.post(`${base}/${id}/trang-thai`, { event: 'submit' })).statusCode, 303);
    assert.equal((await leader.post(`${base}/${id}/trang-thai`, { event: 'approve' })).statusCode, 303);
    const editor = await as('bientap');
    const queue = await editor.get(`/quan-tri/cong/${ward}/hang-cho`);
    assert.match(queue.body, new RegExp(`href="${base}/${id}"`));
    assert.equal((await editor.post(`${base}/${id}/trang-thai`, { event: 'startEditing' })).statusCode, 303);
    assert.equal((await editor.post(`${base}/${id}/trang-thai`, { event: 'publish' })).statusCode, 303);
    assert.equal(await stateOf(id), 'published');
  });

  it('should sort the board\'s queue by waiting time, oldest first', async () => {
    const older = await write('bientap2', { title: 'Tin chờ lâu nhất' });
    const editor2 = await as('bientap2');
    await editor2.post(`${base}/${older}/trang-thai`, { event: 'sendToBoard' });
    clock.advance(3 * 3_600_000);
    const newer = await write('bientap2', { title: 'Tin vừa gửi' });
    await editor2.post(`${base}/${newer}/trang-thai`, { event: 'sendToBoard' });
    clock.advance(10 * 60_000);
    const queue = (await (await as('bientap')).get(`/quan-tri/cong/${ward}/hang-cho`)).body;
    assert.ok(queue.indexOf('Tin chờ lâu nhất') < queue.indexOf('Tin vừa gửi'));
    assert.match(queue, /3 giờ 10 phút/);
    assert.match(queue, />10 phút</);
  });

  it('should lock an item for its first editor, show the owner to a second one, and let them take over', async () => {
    const id = await write('ctv');
    await (await as('ctv')).post(`${base}/${id}/trang-thai`, { event: 'submit' });
    await (await as('lanhdao')).post(`${base}/${id}/trang-thai`, { event: 'approve' });
    const first = await as('bientap');
    await first.post(`${base}/${id}/trang-thai`, { event: 'startEditing' });
    const mine = await first.get(`${base}/${id}`);
    assert.match(mine.body, /Bạn đang giữ quyền sửa/);
    const second = await as('bientap2');
    const locked = await second.get(`${base}/${id}`);
    assert.match(locked.body, /đang được <strong>Người Dùng bientap<\/strong> sửa/);
    assert.match(locked.body, /<fieldset class="form-body" disabled>/);
    assert.doesNotMatch(locked.body, /name="action" value="save"/);
    const refused = await postMultipart(second, `${base}/${id}`, formFields(goodNews(section, photo, { title: 'Chen ngang' }), { action: 'save' }));
    assert.equal(refused.statusCode, 422);
    assert.match(refused.body, /đang được Người Dùng bientap sửa/);
    assert.equal((await second.post(`${base}/${id}/khoa/tiep-quan`, {})).statusCode, 303);
    assert.match((await second.get(`${base}/${id}`)).body, /Bạn đang giữ quyền sửa/);
    assert.match((await first.get(`${base}/${id}`)).body, /đang được <strong>Người Dùng bientap2<\/strong> sửa/);
  });

  it('should show the difference between two revisions, word by word', async () => {
    const id = await write('ctv', { title: 'Ra quân dọn vệ sinh' });
    const b = await as('ctv');
    await postMultipart(b, `${base}/${id}`, formFields(goodNews(section, photo, { title: 'Ra quân dọn vệ sinh kênh Tây Ninh' }), { action: 'save', revision: '1' }));
    const page = await b.get(`${base}/${id}`);
    assert.match(page.body, new RegExp(`href="${base}/${id}/so-sanh\\?tu=1&amp;den=2"`));
    const diff = await b.get(`${base}/${id}/so-sanh?tu=1&den=2`);
    assert.equal(diff.statusCode, 200);
    assert.match(diff.body, /Có 1 mục thay đổi/);
    assert.match(diff.body, /<span>Ra quân dọn vệ sinh<\/span><ins> kênh Tây Ninh<\/ins>/);
    assert.equal((await (await as('ctv-b')).get(`${base}/${id}/so-sanh`)).statusCode, 403, 'another unit');
  });

  it('should schedule a publication, list it with its scheduler, and publish it when the job runs', async () => {
    const id = await write('ctv');
    await (await as('ctv')).post(`${base}/${id}/trang-thai`, { event: 'submit' });
    await (await as('lanhdao')).post(`${base}/${id}/trang-thai`, { event: 'approve' });
    const editor = await as('bientap');
    await editor.post(`${base}/${id}/trang-thai`, { event: 'startEditing' });
    const past = await editor.post(`${base}/${id}/trang-thai`, { event: 'schedule', publish_at: '2026-05-01T08:00' });
    assert.equal(past.statusCode, 422);
    assert.match(past.body, /id="publish_at-loi">Thời điểm hẹn xuất bản phải sau/);
    assert.match(past.body, /value="2026-05-01T08:00"/, 'the typed time is kept');
    const at = new Date(clock.now().getTime() + 2 * 3_600_000);
    const local = new Date(at.getTime() + 7 * 3_600_000).toISOString().slice(0, 16);
    assert.equal((await editor.post(`${base}/${id}/trang-thai`, { event: 'schedule', publish_at: local })).statusCode, 303);
    const jobs = await editor.get(`/quan-tri/cong/${ward}/hen-gio`);
    assert.match(jobs.body, /Xuất bản<\/td><td><a href="[^"]+">Phường ra quân làm sạch kênh rạch<\/a>/);
    assert.match(jobs.body, /Người Dùng bientap<\/td><td>Đang chờ/);
    clock.set(at.toISOString());
    clock.advance(1000);
    while (await t.app.ctx.jobs.tick() > 0) { /* run every due job (e-mails queued by earlier tests come first) */ }
    assert.equal(await stateOf(id), 'published');
    assert.match((await editor.get(`/quan-tri/cong/${ward}/hen-gio`)).body, /Đã chạy<span class="muted"> – Đã xuất bản/);
  });

  it('should let only the editor-in-chief force-publish, with a reason, and list it for review', async () => {
    const id = await write('ctv', { title: 'Thông báo khẩn về bão' });
    assert.doesNotMatch((await (await as('bientap')).get(`${base}/${id}`)).body, /value="forcePublish"/);
    const chief = await as('truongban');
    assert.match((await chief.get(`${base}/${id}`)).body, /value="forcePublish"/);
    assert.equal((await chief.post(`${base}/${id}/trang-thai`, { event: 'forcePublish', reason: '' })).statusCode, 422);
    assert.equal((await chief.post(`${base}/${id}/trang-thai`, { event: 'forcePublish', reason: 'Cảnh báo bão.' })).statusCode, 303);
    const queue = await (await as('bientap')).get(`/quan-tri/cong/${ward}/hang-cho`);
    assert.match(queue.body, /Thông báo khẩn về bão<\/a>[^]*?Chưa qua duyệt/);
    assert.match((await (await as('bientap')).get(`${base}/${id}`)).body, /Chưa qua duyệt – cần rà soát/);
  });

  it('should tell people in their inbox, count the unread ones, and hold e-mails in the outbox without SMTP', async () => {
    const id = await write('ctv', { title: 'Tin để thông báo' });
    await (await as('ctv')).post(`${base}/${id}/trang-thai`, { event: 'submit' });
    const leader = await as('lanhdao');
    const inbox = await leader.get('/quan-tri/thong-bao');
    assert.match(inbox.body, /Chờ bạn duyệt<\/span>[^]*?Tin, bài «Tin để thông báo» đang chờ bạn duyệt/);
    assert.match(inbox.body, /class="badge" aria-label="\d+ chưa đọc"/);
    const n = await db.selectFrom('notifications').innerJoin('users', 'users.id', 'notifications.user_id').select('notifications.id')
      .where('users.username', '=', 'lanhdao').orderBy('notifications.id', 'desc').executeTakeFirstOrThrow();
    const open = await leader.get(`/quan-tri/thong-bao/${n.id}`);
    assert.equal(open.statusCode, 303);
    assert.equal(open.headers.location, `${base}/${id}`);
    assert.equal((await (await as('ctv')).get(`/quan-tri/thong-bao/${n.id}`)).statusCode, 404, 'nobody opens another\'s notification');
    while (await t.app.ctx.jobs.tick() > 0) { /* send (hold) every queued e-mail */ }
    const outbox = await (await as('truongban')).get(`/quan-tri/cong/${ward}/thu-di`);
    assert.match(outbox.body, /Chưa cấu hình máy chủ thư/);
    assert.match(outbox.body, /lanhdao@thu\.gov\.vn<\/td><td><details><summary>\[Cổng TTĐT\] Tin, bài chờ duyệt: Tin để thông báo/);
    assert.match(outbox.body, /Giữ trong hộp thư đi/);
    assert.equal((await (await as('bientap')).get(`/quan-tri/cong/${ward}/thu-di`)).statusCode, 403);
  });

  it('should let the editor-in-chief configure the quality gate, keeping what was typed when it is wrong', async () => {
    const chief = await as('truongban');
    const form = await chief.get(`/quan-tri/cong/${ward}/kiem-tra-chat-luong`);
    assert.match(form.body, /id="min_photo_width"[^>]*value="1200"/);
    const fields: Record<string, string> = {
      enabled: '1', require_photo: '1', min_photo_width: 'rộng lắm', min_sharpness: '50', require_caption: '1', require_alt: '1',
      require_author: '1', require_source: '1', quote_markers: 'theo báo', min_words_news: '40', min_words_article: '400', min_words_photo: '30',
      min_words_interview: '300', min_words_commentary: '300', min_words_report: '600',
    };
    const bad = await chief.post(`/quan-tri/cong/${ward}/kiem-tra-chat-luong`, fields);
    assert.equal(bad.statusCode, 422);
    assert.match(bad.body, /value="rộng lắm"/);
    assert.match(bad.body, /id="min_photo_width-loi">Chiều rộng ảnh tối thiểu: nhập số nguyên/);
    assert.equal((await chief.post(`/quan-tri/cong/${ward}/kiem-tra-chat-luong`, { ...fields, min_photo_width: '800' })).statusCode, 303);
    const site = await db.selectFrom('sites').select('settings').where('id', '=', ward).executeTakeFirstOrThrow();
    assert.equal(JSON.parse(site.settings).qualityGate.minPhotoWidth, 800);
    assert.equal((await (await as('bientap')).get(`/quan-tri/cong/${ward}/kiem-tra-chat-luong`)).statusCode, 403);
  });

  it('should show oversight the item read-only, with no move to make', async () => {
    const id = await write('ctv', { title: 'Tin giám sát xem' });
    const page = await (await as('giamsat')).get(`${base}/${id}`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /chế độ chỉ đọc/);
    assert.match(page.body, /<fieldset class="form-body" disabled>/);
    assert.doesNotMatch(page.body, /name="event"/);
    assert.doesNotMatch(page.body, /tiep-quan/);
  });

  it('should propose a ward item to the parent, whose board accepts it as its own copy crediting the ward with a canonical link', async () => {
    const id = await write('ctv', { title: 'Phường Tân Ninh khánh thành cầu dân sinh' });
    await (await as('ctv')).post(`${base}/${id}/trang-thai`, { event: 'submit' });
    await (await as('lanhdao')).post(`${base}/${id}/trang-thai`, { event: 'approve' });
    const editor = await as('bientap');
    await editor.post(`${base}/${id}/trang-thai`, { event: 'startEditing' });
    await editor.post(`${base}/${id}/trang-thai`, { event: 'publish' });
    assert.match((await editor.get(`${base}/${id}`)).body, /Đề xuất đăng lên cổng cấp trên/);
    assert.equal((await editor.post(`${base}/${id}/de-xuat`, { note: 'Công trình tiêu biểu' })).statusCode, 303);
    assert.match((await editor.get(`${base}/${id}`)).body, /Đang chờ cổng cấp trên xem xét/);

    const cityEditor = await as('bientap-tp');
    const proposals = await cityEditor.get(`/quan-tri/cong/${city}/tin-phuong-xa`);
    assert.match(proposals.body, /Phường Tân Ninh khánh thành cầu dân sinh/);
    assert.match(proposals.body, /Ghi chú: Công trình tiêu biểu/);
    const s = await db.selectFrom('syndications').select('id').where('source_content_id', '=', id).executeTakeFirstOrThrow();
    const noSection = await cityEditor.post(`/quan-tri/cong/${city}/tin-phuong-xa/${s.id}/nhan`, { section_id: '', publish_now: '1' });
    assert.equal(noSection.statusCode, 422);
    assert.match(noSection.body, /Vui lòng chọn chuyên mục/);
    assert.match(noSection.body, /name="publish_now" type="checkbox" value="1" checked/, 'what was ticked is kept');
    assert.equal((await cityEditor.post(`/quan-tri/cong/${city}/tin-phuong-xa/${s.id}/nhan`, { section_id: String(citySection), publish_now: '1' })).statusCode, 303);

    const copy = await db.selectFrom('contents').selectAll().where('origin_content_id', '=', id).executeTakeFirstOrThrow();
    const publicPage = await t.app.inject({ url: `/tin-co-so/${copy.slug}`, headers: { host: 'localhost' } });
    assert.equal(publicPage.statusCode, 200);
    const canonical = 'http://localhost/site/phuong-tan-ninh/tin-tuc/phuong-tan-ninh-khanh-thanh-cau-dan-sinh';
    assert.match(publicPage.body, new RegExp(`<link rel="canonical" href="${canonical}"/>`));
    assert.match(publicPage.body, new RegExp(`Nguồn: <a href="${canonical}"[^>]*>Ủy ban nhân dân phường Tân Ninh</a>`));
    assert.match((await editor.get(`${base}/${id}`)).body, /Cổng cấp trên đã nhận/);
    assert.equal((await editor.get(`/quan-tri/cong/${city}/tin-phuong-xa`)).statusCode, 403, 'the ward board does not decide for the city');
  });
});
