import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { htmlToText, sanitizeRichText } from './sanitize.ts';

describe('sanitizeRichText', () => {
  it('should remove scripts, event handlers, styles and javascript: links', () => {
    const dirty = '<p onclick="x()" style="color:red">Chào <script>alert(1)</script><a href="javascript:alert(1)">bấm</a><iframe src="//x"></iframe></p>';
    const clean = sanitizeRichText(dirty);
    assert.doesNotMatch(clean, /script|onclick|style=|javascript:|iframe/);
    assert.match(clean, /<p>Chào <a>bấm<\/a><\/p>/);
  });
  it('should keep structure and mark external links', () => {
    const clean = sanitizeRichText('<h2>Mục</h2><ul><li><b>Đậm</b></li></ul><a href="https://baotayninh.vn/x">Báo</a>');
    assert.match(clean, /<h2>Mục<\/h2><ul><li><strong>Đậm<\/strong><\/li><\/ul>/);
    assert.match(clean, /rel="noopener noreferrer"/);
  });
  it('should give the plain text with entities decoded', () => {
    assert.equal(htmlToText('<p>An &amp; Bình</p><p>Tân&nbsp;Ninh</p>'), 'An & Bình Tân Ninh');
  });
});
