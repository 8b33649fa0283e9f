import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import Fastify from 'fastify';
import { enforceRoutePermissions } from '../../src/web/plugins/permissions.ts';
import { TEST_PASSWORD, buildSite, buildUser } from '../support/factories.ts';
import { Browser, type TestApp, createTestApp } from '../support/testApp.ts';

describe('deny by default', () => {
  it('should refuse to start with a route that declares no permission', async () => {
    const app = Fastify();
    enforceRoutePermissions(app);
    assert.throws(() => app.get('/bi-quen', async () => 'x'), /config\.permission/);
    await app.close();
  });
});

describe('admin authentication', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
    const siteId = await buildSite(t.tdb.database.db, { slug: 'thanh-pho', level: 'city', host: 'localhost' });
    await buildUser(t.tdb.database.db, { username: 'bientap', roles: [{ siteId, role: 'editor' }] });
    await buildUser(t.tdb.database.db, { username: 'khoa', roles: [{ siteId, role: 'editor' }] });
    await t.app.ctx.directory.reload();
  });
  after(() => t.close());

  it('should send anonymous visitors to the login page', async () => {
    const res = await t.app.inject({ url: '/quan-tri/cong/1', headers: { host: 'localhost' } });
    assert.equal(res.statusCode, 302);
    assert.match(String(res.headers.location), /^\/quan-tri\/dang-nhap\?tiep=/);
  });

  it('should log in with a correct password and keep the session out of shared caches', async () => {
    const b = new Browser(t.app);
    await b.login('bientap');
    const res = await b.get('/quan-tri');
    assert.equal(res.statusCode, 302); // one site → straight to it
    const site = await b.get(String(res.headers.location));
    assert.equal(site.statusCode, 200);
    assert.equal(site.headers['cache-control'], 'no-store');
    const sid = [...b.cookies.keys()].find((k) => k === 'cttdt_sid');
    assert.ok(sid);
  });

  it('should refuse a wrong password in Vietnamese, keeping the user name typed', async () => {
    const b = new Browser(t.app);
    await b.get('/quan-tri/dang-nhap');
    const res = await b.post('/quan-tri/dang-nhap', { username: 'bientap', password: 'sai-mat-khau' });
    assert.equal(res.statusCode, 401);
    assert.match(res.body, /Tên đăng nhập hoặc mật khẩu không đúng/);
    assert.match(res.body, /value="bientap"/);
  });

  it('should refuse a login form without its CSRF token', async () => {
    const b = new Browser(t.app);
    await b.get('/quan-tri/dang-nhap');
    const res = await b.post('/quan-tri/dang-nhap', { _csrf: 'gia-mao', username: 'bientap', password: TEST_PASSWORD });
    assert.equal(res.statusCode, 403);
  });

  it('should lock an account after repeated failures, even with the right password', async () => {
    const b = new Browser(t.app);
    await b.get('/quan-tri/dang-nhap');
    for (let i = 0; i < 5; i++) await b.post('/quan-tri/dang-nhap', { username: 'khoa', password: 'sai' });
    const res = await b.post('/quan-tri/dang-nhap', { username: 'khoa', password: TEST_PASSWORD });
    assert.equal(res.statusCode, 429);
    assert.match(res.body, /tạm khóa/);
  });

  it('should refuse a state-changing request with a wrong CSRF token, and log out with the right one', async () => {
    const b = new Browser(t.app);
    await b.login('bientap');
    const forged = await b.post('/quan-tri/dang-xuat', { _csrf: 'gia-mao' });
    assert.equal(forged.statusCode, 403);
    const out = await b.post('/quan-tri/dang-xuat', {});
    assert.equal(out.statusCode, 303);
    const after = await b.get('/quan-tri');
    assert.equal(after.statusCode, 302);
    assert.match(String(after.headers.location), /dang-nhap/);
  });
});
