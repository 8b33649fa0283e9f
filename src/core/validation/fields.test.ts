import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isEmail, isHostname, isHttpUrl, isPhone, isSlug, isSortOrder } from './fields.ts';

describe('field checks', () => {
  it('isSlug accepts lowercase ASCII, digits and hyphens only', () => {
    for (const ok of ['phuong-tan-ninh', 'xa-1', 'a']) assert.equal(isSlug(ok), true, ok);
    for (const bad of ['', 'Phuong', 'phường', 'a b', 'a_b', 'a/b', 'x'.repeat(101)]) assert.equal(isSlug(bad), false, bad);
  });

  it('isHostname accepts lowercase host names without scheme, port or path', () => {
    for (const ok of ['tanninh.tayninh.gov.vn', 'localhost', 'phuong-1.example.vn']) assert.equal(isHostname(ok), true, ok);
    for (const bad of ['', 'https://a.vn', 'a.vn/', 'a.vn:8080', 'A.vn', '-a.vn', 'a..vn', 'phường.vn']) assert.equal(isHostname(bad), false, bad);
  });

  it('isEmail wants one @ and a dotted domain', () => {
    assert.equal(isEmail('ubnd@tanninh.gov.vn'), true);
    for (const bad of ['ubnd', 'ubnd@', 'ubnd@tanninh', 'a b@c.vn', '@c.vn']) assert.equal(isEmail(bad), false, bad);
  });

  it('isPhone wants digits with usual separators, at least six digits', () => {
    for (const ok of ['0276 3822 111', '(0276) 3.822.111', '+84 276 3822111', '0276 3822 111 – 0276 3822 112']) assert.equal(isPhone(ok), true, ok);
    for (const bad of ['gọi tổng đài', '12345', '0276 3822 111 ext']) assert.equal(isPhone(bad), false, bad);
  });

  it('isHttpUrl accepts only absolute http(s) URLs', () => {
    assert.equal(isHttpUrl('https://dichvucong.gov.vn'), true);
    for (const bad of ['javascript:alert(1)', 'dichvucong.gov.vn', '/trang', 'ftp://x.vn']) assert.equal(isHttpUrl(bad), false, bad);
  });

  it('isSortOrder wants an integer in range', () => {
    assert.equal(isSortOrder(10), true);
    assert.equal(isSortOrder(-5), true);
    for (const bad of [Number.NaN, 1.5, 1e9]) assert.equal(isSortOrder(bad), false, String(bad));
  });
});
