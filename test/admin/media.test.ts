import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import sharp from 'sharp';
import type { ImageVariant } from '../../src/media/imageProcessor.ts';
import { buildSite, buildUser } from '../support/factories.ts';
import { Browser, type TestApp, createTestApp } from '../support/testApp.ts';

/** A browser-like multipart POST: fields, then at most one file; the CSRF token in the query (null: none). */
async function postMultipart(b: Browser, url: string, fields: Record<string, string>,
  file?: { field: string; filename: string; type: string; data: Buffer }, csrf: string | null = b.csrf): Promise<LightMyRequestResponse> {
  const boundary = `----cttdt${randomBytes(8).toString('hex')}`;
  const parts: Buffer[] = Object.entries(fields).map(([k, v]) => Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  if (file) parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${file.field}"; filename="${file.filename}"\r\nContent-Type: ${file.type}\r\n\r\n`), file.data, Buffer.from('\r\n'));
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  const res = await b.app.inject({
    method: 'POST', url: csrf === null ? url : `${url}?_csrf=${encodeURIComponent(csrf)}`, payload: Buffer.concat(parts),
    headers: { host: b.host, 'content-type': `multipart/form-data; boundary=${boundary}`, cookie: [...b.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
  });
  const setCookie = res.headers['set-cookie'];
  for (const c of Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : []) {
    const [pair] = c.split(';');
    const i = pair!.indexOf('=');
    b.cookies.set(pair!.slice(0, i), pair!.slice(i + 1));
  }
  return res;
}

const smallPng = () => sharp({ create: { width: 320, height: 240, channels: 3, background: '#1565c0' } }).png().toBuffer();

describe('admin: photo library (request tests)', () => {
  let t: TestApp;
  let siteId: number;
  let otherSiteId: number;
  let url: string;

  before(async () => {
    t = await createTestApp();
    const db = t.tdb.database.db;
    siteId = await buildSite(db, { slug: 'thanh-pho', level: 'city', host: 'localhost' });
    otherSiteId = await buildSite(db, { slug: 'phuong-khac', parent_id: siteId });
    await buildUser(db, { username: 'bientap', roles: [{ siteId, role: 'editor' }] });
    await buildUser(db, { username: 'lanhdao', roles: [{ siteId, role: 'leader' }] });
    await buildUser(db, { username: 'phuong-khac', roles: [{ siteId: otherSiteId, role: 'editor' }] });
    await t.app.ctx.directory.reload();
    url = `/quan-tri/cong/${siteId}/anh`;
  });
  after(() => t.close());

  async function login(username: string): Promise<Browser> {
    const b = new Browser(t.app);
    await b.login(username);
    return b;
  }

  it('should store a valid PNG as WebP and JPEG variants with its description, and list it', async () => {
    const b = await login('bientap');
    const page = await b.get(url);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Thư viện chưa có ảnh nào/);
    const res = await postMultipart(b, url, { alt: 'Trụ sở Ủy ban nhân dân', caption: 'Trụ sở mới khánh thành' },
      { field: 'file', filename: 'tru-so.png', type: 'image/png', data: await smallPng() });
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, url);

    const row = await t.tdb.database.db.selectFrom('media').selectAll().where('site_id', '=', siteId).executeTakeFirstOrThrow();
    assert.equal(row.alt, 'Trụ sở Ủy ban nhân dân');
    assert.equal(row.caption, 'Trụ sở mới khánh thành');
    assert.equal(row.mime, 'image/png');
    assert.deepEqual([row.width, row.height], [320, 240]);
    const variants = JSON.parse(row.variants) as ImageVariant[];
    assert.equal(variants.length, 1);
    assert.ok(existsSync(join(t.app.ctx.mediaDir, row.storage_key, variants[0]!.webp)));
    const audit = await t.tdb.database.db.selectFrom('audit_events').select('action').where('subject_type', '=', 'media').where('subject_id', '=', row.id).execute();
    assert.deepEqual(audit.map((a) => a.action), ['media.uploaded']);

    const list = await b.get(url);
    assert.match(list.body, /Đã tải ảnh lên thư viện\./);
    assert.match(list.body, new RegExp(`src="/media/${row.storage_key}/${variants[0]!.jpeg}"`));
    assert.match(list.body, /alt="Trụ sở Ủy ban nhân dân"/);
    const served = await t.app.inject({ url: `/media/${row.storage_key}/${variants[0]!.jpeg}`, headers: { host: 'localhost' } });
    assert.equal(served.statusCode, 200);
    assert.match(String(served.headers['content-type']), /image\/jpeg/);
  });

  it('should strip EXIF metadata (author, GPS) from uploaded photos', async () => {
    const b = await login('bientap');
    const jpeg = await sharp({ create: { width: 300, height: 200, channels: 3, background: '#2e7d32' } })
      .withExif({ IFD0: { Artist: 'Nguyen Van A', Copyright: 'Bi mat' } }).jpeg().toBuffer();
    assert.ok((await sharp(jpeg).metadata()).exif, 'the test photo carries EXIF');
    const res = await postMultipart(b, url, { alt: 'Ảnh có EXIF', caption: '' }, { field: 'file', filename: 'exif.jpg', type: 'image/jpeg', data: jpeg });
    assert.equal(res.statusCode, 303);
    const row = await t.tdb.database.db.selectFrom('media').selectAll().where('alt', '=', 'Ảnh có EXIF').executeTakeFirstOrThrow();
    const v = (JSON.parse(row.variants) as ImageVariant[])[0]!;
    for (const name of [v.jpeg, v.webp]) {
      const meta = await sharp(join(t.app.ctx.mediaDir, row.storage_key, name)).metadata();
      assert.equal(meta.exif, undefined, name);
    }
  });

  it('should refuse a text file renamed .jpg with a Vietnamese message, keeping the typed fields', async () => {
    const b = await login('bientap');
    const before = await t.tdb.database.db.selectFrom('media').select('id').execute();
    const res = await postMultipart(b, url, { alt: 'Mô tả đã gõ', caption: 'Chú thích đã gõ' },
      { field: 'file', filename: 'anh-that.jpg', type: 'image/jpeg', data: Buffer.from('Đây là một tệp văn bản, không phải ảnh.\n') });
    assert.equal(res.statusCode, 422);
    assert.match(res.body, /Tệp tải lên không phải là ảnh hợp lệ/);
    assert.match(res.body, /class="error-summary" role="alert"/);
    assert.match(res.body, /value="Mô tả đã gõ"/);
    assert.match(res.body, /value="Chú thích đã gõ"/);
    const afterRows = await t.tdb.database.db.selectFrom('media').select('id').execute();
    assert.equal(afterRows.length, before.length);
  });

  it('should ask for a file when none was chosen', async () => {
    const b = await login('bientap');
    const res = await postMultipart(b, url, { alt: 'Không có tệp', caption: '' }, { field: 'file', filename: '', type: 'application/octet-stream', data: Buffer.alloc(0) });
    assert.equal(res.statusCode, 422);
    assert.match(res.body, /Vui lòng chọn một tệp ảnh/);
  });

  it('should refuse the library to a person without the upload grant or with a role only on another site', async () => {
    const leader = await login('lanhdao');
    assert.equal((await leader.get(url)).statusCode, 403);
    const outsider = await login('phuong-khac');
    assert.equal((await outsider.get(url)).statusCode, 403);
    const posted = await postMultipart(outsider, url, { alt: '', caption: '' }, { field: 'file', filename: 'a.png', type: 'image/png', data: await smallPng() });
    assert.equal(posted.statusCode, 403);
    assert.equal((await outsider.get(`/quan-tri/cong/${otherSiteId}/anh`)).statusCode, 200);
  });

  it('should refuse an upload without the CSRF token', async () => {
    const b = await login('bientap');
    const count = async () => (await t.tdb.database.db.selectFrom('media').select('id').execute()).length;
    const n = await count();
    const res = await postMultipart(b, url, { alt: 'Không mã', caption: '' }, { field: 'file', filename: 'a.png', type: 'image/png', data: await smallPng() }, null);
    assert.equal(res.statusCode, 403);
    assert.equal(await count(), n);
  });
});

describe('admin: photo over the size limit', () => {
  let t: TestApp;
  let url: string;

  before(async () => {
    t = await createTestApp({ env: { MAX_UPLOAD_MB: '0.05' } });
    const siteId = await buildSite(t.tdb.database.db, { slug: 'thanh-pho', level: 'city', host: 'localhost' });
    await buildUser(t.tdb.database.db, { username: 'bientap', roles: [{ siteId, role: 'editor' }] });
    await t.app.ctx.directory.reload();
    url = `/quan-tri/cong/${siteId}/anh`;
  });
  after(() => t.close());

  it('should refuse a photo larger than the limit with "Tệp ảnh quá lớn", keeping the typed fields', async () => {
    const b = new Browser(t.app);
    await b.login('bientap');
    const noise = await sharp(randomBytes(400 * 300 * 3), { raw: { width: 400, height: 300, channels: 3 } }).png().toBuffer();
    assert.ok(noise.length > 0.05 * 1024 * 1024, 'the test photo is over the limit');
    const res = await postMultipart(b, url, { alt: 'Ảnh quá lớn', caption: 'Chú thích' }, { field: 'file', filename: 'lon.png', type: 'image/png', data: noise });
    assert.equal(res.statusCode, 422);
    assert.match(res.body, /Tệp ảnh quá lớn/);
    assert.match(res.body, /value="Ảnh quá lớn"/);
    assert.equal((await t.tdb.database.db.selectFrom('media').select('id').execute()).length, 0);
  });
});
