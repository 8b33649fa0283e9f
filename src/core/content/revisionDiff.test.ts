import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareRevisions, diffText, diffTokens } from './revisionDiff.ts';

const render = (parts: ReturnType<typeof diffText>) => parts.map((p) => (p.op === 'same' ? p.text : p.op === 'added' ? `[+${p.text}]` : `[-${p.text}]`)).join('');

describe('revision diff', () => {
  it('should mark added and removed words and rejoin into both texts', () => {
    const parts = diffText('Sáng nay, 200 đoàn viên ra quân.', 'Sáng Chủ nhật, hơn 200 đoàn viên ra quân dọn rác.');
    assert.equal(render(parts), 'Sáng [-nay,][+Chủ] [+nhật, hơn ]200 đoàn viên ra [-quân.][+quân dọn rác.]');
    assert.equal(parts.filter((p) => p.op !== 'added').map((p) => p.text).join(''), 'Sáng nay, 200 đoàn viên ra quân.');
    assert.equal(parts.filter((p) => p.op !== 'removed').map((p) => p.text).join(''), 'Sáng Chủ nhật, hơn 200 đoàn viên ra quân dọn rác.');
  });

  it('should report identical texts as one unchanged run, and handle empty sides', () => {
    assert.deepEqual(diffText('giống nhau', 'giống nhau'), [{ op: 'same', text: 'giống nhau' }]);
    assert.deepEqual(diffText('', 'mới'), [{ op: 'added', text: 'mới' }]);
    assert.deepEqual(diffText('cũ', ''), [{ op: 'removed', text: 'cũ' }]);
  });

  it('should stay fast on very long texts by falling back to a block replacement', () => {
    const a = Array.from({ length: 3000 }, (_, i) => `a${i}`);
    const b = Array.from({ length: 3000 }, (_, i) => `b${i}`);
    const started = Date.now();
    const parts = diffTokens(a, b);
    assert.ok(Date.now() - started < 2000);
    assert.deepEqual(parts.map((p) => p.op), ['removed', 'added']);
  });

  it('should compare every field of two revisions and flag the changed ones', () => {
    const base = { revision: 1, title: 'Tin A', summary: 'Tóm tắt', bodyText: 'Nội dung', fields: { author_name: 'Minh', section: 'Tin tức' } };
    const changes = compareRevisions(base, { ...base, revision: 2, title: 'Tin A (đính chính)', fields: { author_name: 'Minh Thư', section: 'Tin tức' } });
    assert.deepEqual(changes.filter((c) => c.changed).map((c) => c.field), ['title', 'author_name']);
    assert.equal(render(changes.find((c) => c.field === 'title')!.parts!), 'Tin A[+ (đính chính)]');
    assert.ok(changes.some((c) => c.field === 'cover' && !c.changed));
  });
});
