import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { PageCache, negotiate, surrogateKey } from './pageCache.ts';

const page = (key: string, tags: string[], html = `<p>${key}</p>`) =>
  ({ key, html, tags, visit: null, headers: { 'content-type': 'text/html; charset=utf-8', 'set-cookie': 'x=1' } });

describe('PageCache', () => {
  it('should compress a variant the first time it is asked for, keep it, and never store cookies', () => {
    const c = new PageCache({ maxBytes: 1e7, maxAgeMs: 60_000, enabled: true });
    const html = 'Ủy ban nhân dân '.repeat(200);
    const e = c.store(page('h/a', ['site-1'], html))!;
    assert.equal(e.bodies.br, undefined, 'nothing compressed before a client asks');
    const before = c.totalBytes;
    const br = c.variant(e, 'br', 'direct');
    assert.equal(brotliDecompressSync(br.body).toString(), html);
    assert.ok(br.body.length < e.bodies.identity.length / 5);
    assert.equal(c.totalBytes, before + br.body.length, 'the compressed copy counts against the budget');
    assert.equal(c.variant(e, 'br', 'direct').body, br.body, 'compressed once');
    assert.equal(gunzipSync(c.variant(e, 'gzip', 'direct').body).toString(), html);
    const names = br.headers.filter((_, i) => i % 2 === 0);
    assert.ok(!names.includes('set-cookie'));
    assert.ok(!names.includes('surrogate-key'), 'a browser asking directly gets no tags');
    assert.equal(br.headers[br.headers.indexOf('content-encoding') + 1], 'br');
    assert.equal(br.headers[br.headers.indexOf('content-length') + 1], String(br.body.length));
    const proxied = c.variant(e, 'identity', 'proxy').headers;
    assert.equal(proxied[proxied.indexOf('surrogate-key') + 1], 'site-1');
    assert.equal(proxied.indexOf('content-encoding'), -1);
  });

  it('should invalidate exactly the entries carrying a tag', () => {
    const c = new PageCache({ maxBytes: 1e7, maxAgeMs: 60_000, enabled: true });
    c.store(page('h/', ['site-1', 'content-5']));
    c.store(page('h/tin/a', ['site-1', 'content-5', 'section-2']));
    c.store(page('h/khac', ['site-1', 'section-3']));
    c.store(page('p/', ['site-2']));
    assert.equal(c.invalidate(['content-5']), 2);
    assert.equal(c.has('h/'), false);
    assert.equal(c.has('h/khac'), true);
    assert.equal(c.invalidate(['site-1']), 1);
    assert.equal(c.has('p/'), true);
  });

  it('should drop the least recently used entries beyond its byte budget, and old entries', () => {
    const c = new PageCache({ maxBytes: 12_000, maxAgeMs: 1000, enabled: true }); // two entries of 1,500 bytes and their overhead
    c.store(page('a', ['t'], 'x'.repeat(1500)), 0);
    c.store(page('b', ['t'], 'y'.repeat(1500)), 0);
    c.lookup('a', 10);
    c.store(page('c', ['t'], 'z'.repeat(1500)), 10);
    assert.equal(c.has('b'), false, 'b was least recently used');
    assert.ok(c.has('a') && c.has('c'));
    assert.equal(c.lookup('a', 5000), undefined, 'too old');
  });

  it('should sweep out entries past their age without a lookup', () => {
    const c = new PageCache({ maxBytes: 1e7, maxAgeMs: 1000, enabled: true });
    c.store(page('old', ['t']), 0);
    c.store(page('new', ['t']), 900);
    assert.equal(c.sweep(1500), 1);
    assert.ok(!c.has('old') && c.has('new'));
    assert.equal(c.invalidate(['t']), 1, 'the tag index forgot the swept entry');
  });

  it('should keep a page from its minUses-th request, and at once again after a change dropped it', () => {
    const c = new PageCache({ maxBytes: 1e7, maxAgeMs: 60_000, enabled: true, minUses: 2 });
    assert.equal(c.store(page('h/a', ['content-1'])), null, 'a first request is not kept');
    assert.equal(c.store(page('h/b', ['content-2'])), null);
    assert.ok(c.store(page('h/a', ['content-1'])), 'the second is');
    assert.ok(c.store(page('h/a', ['content-1'])), 'a page held is replaced (a refresh)');
    assert.equal(c.invalidate(['content-1']), 1);
    assert.ok(c.store(page('h/a', ['content-1'])), 'a page a change dropped was in demand');
    assert.ok(c.store(page('h/b', ['content-2'])), 'b was asked for before');
  });

  it('should store nothing when disabled', () => {
    const c = new PageCache({ maxBytes: 1e7, maxAgeMs: 1000, enabled: false });
    assert.equal(c.store(page('a', ['t'])), null);
    assert.equal(c.size, 0);
  });
});

describe('negotiate', () => {
  it('should prefer brotli, then gzip, honouring q=0', () => {
    assert.equal(negotiate('gzip, deflate, br'), 'br');
    assert.equal(negotiate('gzip'), 'gzip');
    assert.equal(negotiate('br;q=0, gzip'), 'gzip');
    assert.equal(negotiate(undefined), 'identity');
    assert.equal(negotiate('identity'), 'identity');
  });
  it('should list unique tags in the Surrogate-Key header', () => assert.equal(surrogateKey(['a', 'b', 'a']), 'a b'));
});
