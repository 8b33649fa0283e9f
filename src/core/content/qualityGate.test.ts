import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  DEFAULT_QUALITY_GATE, type QualityFacts, checkQuality, countWords, gatePasses, issuesByField, qualityGateFromSettings, validateQualityGateForm,
} from './qualityGate.ts';

const words = (n: number) => `<p>${Array.from({ length: n }, (_, i) => `chữ${i}`).join(' ')}</p>`;
const good = (over: Partial<QualityFacts> = {}): QualityFacts => ({
  kind: 'news', genre: 'news', bodyHtml: words(200), authorName: 'Minh Thư', sourceName: '', sourceUrl: '',
  coverCaption: 'Đoàn viên ra quân', coverAlt: 'Đoàn viên thu gom rác', cover: { width: 1600, sharpness: 300 }, ...over,
});

describe('quality gate', () => {
  it('should pass a complete news item', () => {
    assert.deepEqual(checkQuality(good(), DEFAULT_QUALITY_GATE), []);
  });

  it('should point each problem at its field with a Vietnamese message', () => {
    const issues = checkQuality(good({
      bodyHtml: '<p>Quá ngắn.</p>', authorName: ' ', coverCaption: '', coverAlt: '', cover: { width: 800, sharpness: 12 },
    }), DEFAULT_QUALITY_GATE);
    assert.deepEqual(issues.map((i) => `${i.field}/${i.code}`), [
      'body_html/too_short', 'author_name/missing', 'cover_media_id/too_small', 'cover_media_id/blurred', 'cover_caption/missing', 'cover_alt/missing',
    ]);
    const byField = issuesByField(issues);
    assert.match(byField.body_html!, /mới có 2 chữ; thể loại "Tin" cần ít nhất 150 chữ/);
    assert.match(byField.cover_media_id!, /chỉ rộng 800 px; cần ảnh rộng ít nhất 1200 px/);
    assert.match(byField.cover_media_id!, /bị mờ, nhòe \(độ nét 12, cần từ 50\)/);
    assert.match(byField.cover_alt!, /khiếm thị/);
    assert.match(byField.author_name!, /tác giả/);
  });

  it('should require a photo for a news item and measure the minimum length by genre', () => {
    assert.deepEqual(checkQuality(good({ cover: null }), DEFAULT_QUALITY_GATE).map((i) => i.code), ['missing']);
    assert.equal(checkQuality(good({ genre: 'article', bodyHtml: words(499) }), DEFAULT_QUALITY_GATE)[0]?.code, 'too_short');
    assert.deepEqual(checkQuality(good({ genre: 'article', bodyHtml: words(500) }), DEFAULT_QUALITY_GATE), []);
    assert.deepEqual(checkQuality(good({ genre: 'photo', bodyHtml: words(60) }), DEFAULT_QUALITY_GATE), []);
  });

  it('should ask for the source name and link when the body quotes another outlet, ignoring diacritics', () => {
    const quoted = good({ bodyHtml: `${words(200)}<p>THEO BAO Tây Ninh, ngày 5/1…</p>` });
    assert.deepEqual(checkQuality(quoted, DEFAULT_QUALITY_GATE).map((i) => i.field), ['source_name', 'source_url']);
    assert.match(checkQuality(quoted, DEFAULT_QUALITY_GATE)[0]!.message, /dẫn nguồn khác \("theo báo"\)/);
    assert.deepEqual(checkQuality({ ...quoted, sourceName: 'Báo Tây Ninh', sourceUrl: 'https://baotayninh.vn/a' }, DEFAULT_QUALITY_GATE), []);
  });

  it('should skip what is switched off or unknown, and never check static pages', () => {
    const off = { ...DEFAULT_QUALITY_GATE, requirePhoto: false, minSharpness: 0, minPhotoWidth: 0, requireAuthor: false };
    assert.deepEqual(checkQuality(good({ cover: null, authorName: '' }), off), []);
    assert.deepEqual(checkQuality(good({ cover: { width: 1600, sharpness: null } }), DEFAULT_QUALITY_GATE), [], 'not measured: no blur verdict');
    assert.deepEqual(checkQuality(good({ kind: 'page', bodyHtml: '', cover: null }), DEFAULT_QUALITY_GATE), []);
    const issues = checkQuality(good({ cover: null }), DEFAULT_QUALITY_GATE);
    assert.equal(gatePasses(issues, DEFAULT_QUALITY_GATE), false);
    assert.equal(gatePasses(issues, { ...DEFAULT_QUALITY_GATE, enabled: false }), true);
  });

  it('should count words, not characters', () => {
    assert.equal(countWords('Phường Tân Ninh – ra quân 2026'), 6, 'the dash is not a word');
  });

  it('should read the configuration from the site settings, defaulting what is missing or malformed', () => {
    assert.deepEqual(qualityGateFromSettings('{}'), DEFAULT_QUALITY_GATE);
    assert.deepEqual(qualityGateFromSettings('không phải JSON'), DEFAULT_QUALITY_GATE);
    const c = qualityGateFromSettings(JSON.stringify({ other: 1, qualityGate: { enabled: false, minPhotoWidth: 1000, minWords: { news: 80, article: 'x' } } }));
    assert.equal(c.enabled, false);
    assert.equal(c.minPhotoWidth, 1000);
    assert.equal(c.minWords.news, 80);
    assert.equal(c.minWords.article, DEFAULT_QUALITY_GATE.minWords.article);
  });

  it('should validate the settings form with a message per field', () => {
    const form: Record<string, string> = {
      enabled: '1', require_photo: '1', min_photo_width: '1000', min_sharpness: '40', require_caption: '1', require_alt: '1',
      require_author: '1', require_source: '1', quote_markers: 'theo báo\nnguồn:\n\n',
      min_words_news: '100', min_words_article: '400', min_words_photo: '30', min_words_interview: '300', min_words_commentary: '300', min_words_report: '600',
    };
    const ok = validateQualityGateForm(form);
    assert.ok(ok.ok);
    assert.deepEqual(ok.value.quoteMarkers, ['theo báo', 'nguồn:']);
    assert.equal(ok.value.minWords.news, 100);
    const bad = validateQualityGateForm({ ...form, min_photo_width: 'rộng', min_words_news: '-1' });
    assert.ok(!bad.ok);
    assert.deepEqual(Object.keys(bad.errors).sort(), ['min_photo_width', 'min_words_news']);
    assert.match(bad.errors.min_photo_width!, /số nguyên/);
  });
});
