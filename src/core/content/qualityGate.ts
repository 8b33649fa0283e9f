/**
 * The quality gate before an item goes up the workflow (the directives' "tin bài sơ sài, hình ảnh
 * nhếch nhác"): configurable checks, each returning an issue with the form field it points at and a
 * Vietnamese message. Pure: the photo's width and sharpness (variance of the Laplacian, measured
 * with sharp when the photo is uploaded: src/media/sharpness.ts) come in as facts.
 * The configuration lives in the site's settings JSON under `qualityGate`; missing keys take the
 * defaults below.
 */
import { GENRES, GENRE_LABELS, type ContentKind, type Genre } from '../types.ts';
import { foldDiacritics } from '../text/vietnamese.ts';
import { htmlToText } from './sanitize.ts';

export interface QualityGateConfig {
  /** Off: no check blocks anything (the checks are still shown). */
  enabled: boolean;
  /** Minimum words of body text per genre. */
  minWords: Record<Genre, number>;
  requirePhoto: boolean;
  /** Minimum width in pixels of the cover photo (0: no minimum). */
  minPhotoWidth: number;
  /** Minimum sharpness (variance of the Laplacian on the greyscale photo scaled to 1000 px wide; 0: no check). */
  minSharpness: number;
  requireCaption: boolean;
  requireAlt: boolean;
  requireAuthor: boolean;
  /** When the body quotes another outlet (one of quoteMarkers), the source name and link are required. */
  requireSourceWhenQuoting: boolean;
  /** Phrases (compared without diacritics) that show an item quotes another outlet. */
  quoteMarkers: string[];
}

export const DEFAULT_QUALITY_GATE: QualityGateConfig = {
  enabled: true,
  minWords: { news: 150, article: 500, photo: 50, interview: 400, commentary: 400, report: 800 },
  requirePhoto: true,
  minPhotoWidth: 1200,
  minSharpness: 50,
  requireCaption: true,
  requireAlt: true,
  requireAuthor: true,
  requireSourceWhenQuoting: true,
  quoteMarkers: ['theo báo', 'nguồn:', 'theo ttxvn', 'theo cổng thông tin', 'theo trang', 'trích từ'],
};

/** The facts about an item the checks read. */
export interface QualityFacts {
  kind: ContentKind;
  genre: string;
  bodyHtml: string;
  authorName: string;
  sourceName: string;
  sourceUrl: string;
  coverCaption: string;
  coverAlt: string;
  /** The chosen cover photo, or null. Sharpness null: not measured (photos uploaded before the gate existed). */
  cover: { width: number; sharpness: number | null } | null;
}

export interface QualityIssue {
  /** The form field the issue points at (its id and name). */
  field: 'body_html' | 'cover_media_id' | 'cover_caption' | 'cover_alt' | 'author_name' | 'source_name' | 'source_url';
  code: string;
  message: string;
}

/** Words of running text: tokens with at least one letter or digit. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** The first quote marker found in the text, or null. */
export function quotedMarker(text: string, markers: readonly string[]): string | null {
  const folded = foldDiacritics(text);
  return markers.find((m) => m.trim() && folded.includes(foldDiacritics(m.trim()))) ?? null;
}

/** Every open issue of an item against the configuration, in form order. Static pages have none. */
export function checkQuality(facts: QualityFacts, config: QualityGateConfig): QualityIssue[] {
  if (facts.kind !== 'news') return [];
  const issues: QualityIssue[] = [];
  const genre = ((GENRES as readonly string[]).includes(facts.genre) ? facts.genre : 'news') as Genre;
  const text = htmlToText(facts.bodyHtml);
  const words = countWords(text);
  const min = config.minWords[genre] ?? 0;
  if (words < min) {
    issues.push({
      field: 'body_html', code: 'too_short',
      message: `Nội dung mới có ${words} chữ; thể loại "${GENRE_LABELS[genre]}" cần ít nhất ${min} chữ. Vui lòng viết đầy đủ hơn.`,
    });
  }
  if (config.requireAuthor && !facts.authorName.trim()) {
    issues.push({ field: 'author_name', code: 'missing', message: 'Chưa ghi tác giả (bút danh) của tin, bài.' });
  }
  if (config.requireSourceWhenQuoting) {
    const marker = quotedMarker(text, config.quoteMarkers);
    if (marker && !facts.sourceName.trim()) {
      issues.push({ field: 'source_name', code: 'missing_when_quoting', message: `Tin, bài có dẫn nguồn khác ("${marker}") nhưng chưa ghi tên nguồn.` });
    }
    if (marker && !facts.sourceUrl.trim()) {
      issues.push({ field: 'source_url', code: 'missing_when_quoting', message: 'Tin, bài dẫn nguồn khác cần có liên kết đến bài gốc.' });
    }
  }
  if (!facts.cover) {
    if (config.requirePhoto) {
      issues.push({ field: 'cover_media_id', code: 'missing', message: 'Tin, bài cần có ít nhất một ảnh: hãy chọn hoặc tải lên ảnh đại diện.' });
    }
    return issues;
  }
  if (config.minPhotoWidth > 0 && facts.cover.width < config.minPhotoWidth) {
    issues.push({
      field: 'cover_media_id', code: 'too_small',
      message: `Ảnh đại diện chỉ rộng ${facts.cover.width} px; cần ảnh rộng ít nhất ${config.minPhotoWidth} px.`,
    });
  }
  if (config.minSharpness > 0 && facts.cover.sharpness !== null && facts.cover.sharpness < config.minSharpness) {
    issues.push({
      field: 'cover_media_id', code: 'blurred',
      message: `Ảnh đại diện bị mờ, nhòe (độ nét ${Math.round(facts.cover.sharpness)}, cần từ ${config.minSharpness}); vui lòng chọn ảnh rõ nét hơn.`,
    });
  }
  if (config.requireCaption && !facts.coverCaption.trim()) {
    issues.push({ field: 'cover_caption', code: 'missing', message: 'Ảnh đại diện chưa có chú thích.' });
  }
  if (config.requireAlt && !facts.coverAlt.trim()) {
    issues.push({ field: 'cover_alt', code: 'missing', message: 'Ảnh đại diện chưa có mô tả cho người khiếm thị.' });
  }
  return issues;
}

/** True when the gate lets the item through (no issue, or the gate is switched off). */
export function gatePasses(issues: readonly QualityIssue[], config: QualityGateConfig): boolean {
  return !config.enabled || issues.length === 0;
}

/** Issues as field-keyed messages (several on one field are joined), for a form's error display. */
export function issuesByField(issues: readonly QualityIssue[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const i of issues) out[i.field] = out[i.field] ? `${out[i.field]} ${i.message}` : i.message;
  return out;
}

function asBool(v: unknown, d: boolean): boolean {
  return typeof v === 'boolean' ? v : d;
}
function asCount(v: unknown, d: number): number {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 ? Math.floor(v) : d;
}

/** The site's gate configuration from its settings JSON; anything missing or malformed takes the default. */
export function qualityGateFromSettings(settingsJson: string): QualityGateConfig {
  let raw: unknown;
  try {
    raw = (JSON.parse(settingsJson || '{}') as Record<string, unknown>).qualityGate;
  } catch {
    raw = undefined;
  }
  const g = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const d = DEFAULT_QUALITY_GATE;
  const mw = (g.minWords && typeof g.minWords === 'object' ? g.minWords : {}) as Record<string, unknown>;
  return {
    enabled: asBool(g.enabled, d.enabled),
    minWords: Object.fromEntries(GENRES.map((x) => [x, asCount(mw[x], d.minWords[x])])) as Record<Genre, number>,
    requirePhoto: asBool(g.requirePhoto, d.requirePhoto),
    minPhotoWidth: asCount(g.minPhotoWidth, d.minPhotoWidth),
    minSharpness: asCount(g.minSharpness, d.minSharpness),
    requireCaption: asBool(g.requireCaption, d.requireCaption),
    requireAlt: asBool(g.requireAlt, d.requireAlt),
    requireAuthor: asBool(g.requireAuthor, d.requireAuthor),
    requireSourceWhenQuoting: asBool(g.requireSourceWhenQuoting, d.requireSourceWhenQuoting),
    quoteMarkers: Array.isArray(g.quoteMarkers) ? g.quoteMarkers.filter((m): m is string => typeof m === 'string') : [...d.quoteMarkers],
  };
}

/** The gate settings form, as posted. */
export type QualityGateForm = Record<string, string | undefined>;

const LIMITS = { words: 20_000, width: 10_000, sharpness: 100_000 };

/** Checks the settings form; returns the configuration or field-keyed Vietnamese messages. */
export function validateQualityGateForm(form: QualityGateForm): { ok: true; value: QualityGateConfig } | { ok: false; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const num = (name: string, max: number, label: string): number => {
    const v = (form[name] ?? '').trim();
    if (!/^\d{1,6}$/.test(v) || Number(v) > max) {
      errors[name] = `${label}: nhập số nguyên từ 0 đến ${max.toLocaleString('vi-VN')}.`;
      return 0;
    }
    return Number(v);
  };
  const on = (name: string) => form[name] === '1' || form[name] === 'on';
  const minWords = Object.fromEntries(GENRES.map((g) => [g, num(`min_words_${g}`, LIMITS.words, `Số chữ tối thiểu (${GENRE_LABELS[g]})`)])) as Record<Genre, number>;
  const value: QualityGateConfig = {
    enabled: on('enabled'),
    minWords,
    requirePhoto: on('require_photo'),
    minPhotoWidth: num('min_photo_width', LIMITS.width, 'Chiều rộng ảnh tối thiểu'),
    minSharpness: num('min_sharpness', LIMITS.sharpness, 'Độ nét tối thiểu'),
    requireCaption: on('require_caption'),
    requireAlt: on('require_alt'),
    requireAuthor: on('require_author'),
    requireSourceWhenQuoting: on('require_source'),
    quoteMarkers: (form.quote_markers ?? '').split('\n').map((m) => m.trim()).filter(Boolean).slice(0, 50),
  };
  if (value.quoteMarkers.some((m) => m.length > 100)) errors.quote_markers = 'Mỗi cụm từ dấu hiệu dẫn nguồn tối đa 100 ký tự.';
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, value };
}
