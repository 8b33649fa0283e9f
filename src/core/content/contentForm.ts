/**
 * The content form (news items and static pages) as pure rules: what each field may hold, the
 * Vietnamese message when it does not, and the normalised values a command stores. Field names are
 * the form's `name`s and the table's columns, so an error lands beside its field.
 * Nothing here touches the database: facts (the site's sections and units, the clock) come in.
 */
import { GENRES, type ContentKind } from '../types.ts';
import { fromLocalInputValue, toLocalInputValue } from '../text/dates.ts';
import { cleanLine, foldDiacritics, slugify } from '../text/vietnamese.ts';
import { htmlToText, sanitizeRichText } from './sanitize.ts';

/** What the form posts, as typed (every value a string except the checkbox). */
export interface ContentForm {
  title: string;
  /** Optional; default slugify(title). */
  slug: string;
  section_id: string;
  unit_id: string;
  summary: string;
  /** Rich text as HTML; sanitized before it is stored. */
  body_html: string;
  genre: string;
  author_name: string;
  source_name: string;
  source_url: string;
  is_featured: boolean;
  /** `<input type="datetime-local">` value in portal time, '' for none. */
  published_at: string;
  cover_media_id: string;
  cover_caption: string;
  cover_alt: string;
}

export type ContentField = keyof ContentForm;

/** Field-keyed Vietnamese messages. */
export type ContentFormErrors = Partial<Record<ContentField | 'cover_file' | 'form', string>>;

/** A blank form for "new item". */
export function emptyContentForm(over: Partial<ContentForm> = {}): ContentForm {
  return {
    title: '', slug: '', section_id: '', unit_id: '', summary: '', body_html: '', genre: 'news', author_name: '',
    source_name: '', source_url: '', is_featured: false, published_at: '', cover_media_id: '', cover_caption: '',
    cover_alt: '', ...over,
  };
}

/** The facts about the site that validation needs. */
export interface ContentFormFacts {
  kind: ContentKind;
  /** Ids of the site's sections this kind may be filed under (news sections for news, page sections for pages). */
  sectionIds: readonly number[];
  /** Ids of the site's units. */
  unitIds: readonly number[];
  /** Units this actor may file the item under; null = any of the site's units. An empty choice is filled in by the command. */
  allowedUnitIds: readonly number[] | null;
  now: Date;
}

/** The values a command stores, normalised and sanitized. */
export interface ValidContent {
  title: string;
  /** The slug the editor asked for (already slugified), or null to derive one from the title. */
  slug: string | null;
  section_id: number | null;
  unit_id: number | null;
  summary: string;
  body_html: string;
  search_text: string;
  genre: string;
  author_name: string;
  source_name: string;
  source_url: string;
  is_featured: number;
  published_at: string | null;
  cover_media_id: number | null;
  cover_caption: string;
  cover_alt: string;
}

export const TITLE_MAX = 300;
export const SUMMARY_MAX = 2000;
export const BODY_MAX = 500_000;
const SLUG_MAX = 150;

/** Folded search text: title, summary and the body's plain text, without diacritics. */
export function contentSearchText(title: string, summary: string, bodyHtml: string): string {
  return foldDiacritics(`${title} ${summary} ${htmlToText(bodyHtml)}`).replace(/\s+/g, ' ').trim();
}

/** The slug a new item starts from: the requested one, else the title's, else a generic word. */
export function baseSlug(requested: string | null, title: string, kind: ContentKind): string {
  return requested || slugify(title) || (kind === 'page' ? 'trang' : 'tin-bai');
}

/** `base`, `base-2`, `base-3` …: the candidates tried until one is free. */
export function slugCandidate(base: string, attempt: number): string {
  if (attempt <= 1) return base;
  const suffix = `-${attempt}`;
  return `${base.slice(0, SLUG_MAX - suffix.length).replace(/-+$/, '')}${suffix}`;
}

function optionalId(value: string): number | null | 'invalid' {
  const v = value.trim();
  if (v === '') return null;
  return /^\d+$/.test(v) ? Number(v) : 'invalid';
}

function isHttpUrl(value: string): boolean {
  try {
    const u = new URL(value);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname.includes('.');
  } catch {
    return false;
  }
}

/** Checks and normalises a posted form. Returns the values to store, or field-keyed messages. */
export function validateContentForm(form: ContentForm, facts: ContentFormFacts): { ok: true; value: ValidContent } | { ok: false; errors: ContentFormErrors } {
  const errors: ContentFormErrors = {};
  const isNews = facts.kind === 'news';

  const title = cleanLine(form.title);
  if (!title) errors.title = isNews ? 'Vui lòng nhập tiêu đề tin, bài.' : 'Vui lòng nhập tiêu đề trang.';
  else if (title.length > TITLE_MAX) errors.title = `Tiêu đề dài ${title.length} ký tự; tối đa ${TITLE_MAX} ký tự.`;

  let slug: string | null = null;
  if (form.slug.trim()) {
    slug = slugify(form.slug, SLUG_MAX);
    if (!slug) errors.slug = 'Đường dẫn chỉ gồm chữ không dấu, số và dấu gạch ngang.';
  }

  const sectionId = optionalId(form.section_id);
  if (sectionId === 'invalid' || (sectionId !== null && !facts.sectionIds.includes(sectionId))) {
    errors.section_id = 'Chuyên mục đã chọn không thuộc cổng này.';
  } else if (sectionId === null && isNews) {
    errors.section_id = facts.sectionIds.length ? 'Vui lòng chọn chuyên mục.' : 'Cổng chưa có chuyên mục tin, bài; cần tạo chuyên mục trước.';
  }

  const unitId = optionalId(form.unit_id);
  if (unitId === 'invalid' || (unitId !== null && !facts.unitIds.includes(unitId))) {
    errors.unit_id = 'Đơn vị đã chọn không thuộc cổng này.';
  } else if (unitId !== null && facts.allowedUnitIds && facts.allowedUnitIds.length > 0 && !facts.allowedUnitIds.includes(unitId)) {
    errors.unit_id = 'Bạn chỉ được gửi tin, bài của đơn vị mình.';
  }

  const summary = form.summary.replace(/\r\n/g, '\n').trim();
  if (summary.length > SUMMARY_MAX) errors.summary = `Tóm tắt dài ${summary.length} ký tự; tối đa ${SUMMARY_MAX} ký tự.`;

  let bodyHtml = '';
  if (form.body_html.length > BODY_MAX) errors.body_html = 'Nội dung quá dài.';
  else bodyHtml = sanitizeRichText(form.body_html).trim();

  const genre = isNews ? form.genre.trim() || 'news' : 'news';
  if (!(GENRES as readonly string[]).includes(genre)) errors.genre = 'Thể loại không hợp lệ.';

  const authorName = cleanLine(form.author_name);
  if (isNews && !authorName) errors.author_name = 'Vui lòng nhập tên tác giả (bút danh) của tin, bài.';
  else if (authorName.length > 255) errors.author_name = 'Tên tác giả tối đa 255 ký tự.';

  const sourceName = cleanLine(form.source_name);
  const sourceUrl = form.source_url.trim();
  if (sourceUrl && !sourceName) errors.source_name = 'Đã có liên kết nguồn thì cần ghi tên nguồn.';
  else if (sourceName.length > 255) errors.source_name = 'Tên nguồn tối đa 255 ký tự.';
  if (sourceName && !sourceUrl) errors.source_url = 'Đã ghi tên nguồn thì cần dẫn liên kết đến bài gốc.';
  else if (sourceUrl && (!isHttpUrl(sourceUrl) || sourceUrl.length > 1000)) {
    errors.source_url = 'Liên kết nguồn phải là địa chỉ web đầy đủ, bắt đầu bằng http:// hoặc https://.';
  }

  let publishedAt: string | null = null;
  if (form.published_at.trim()) {
    publishedAt = fromLocalInputValue(form.published_at);
    if (!publishedAt) errors.published_at = 'Thời điểm xuất bản không hợp lệ (ngày/tháng/năm giờ:phút).';
    else if (Date.parse(publishedAt) > facts.now.getTime() + 60_000) {
      errors.published_at = 'Thời điểm xuất bản không được ở tương lai (chưa hỗ trợ hẹn giờ xuất bản).';
    }
  }

  const coverId = optionalId(form.cover_media_id);
  if (coverId === 'invalid') errors.cover_media_id = 'Ảnh đại diện không hợp lệ.';
  const coverCaption = cleanLine(form.cover_caption);
  if (coverCaption.length > 1000) errors.cover_caption = 'Chú thích ảnh tối đa 1000 ký tự.';
  const coverAlt = cleanLine(form.cover_alt);
  if (coverAlt.length > 500) errors.cover_alt = 'Mô tả ảnh tối đa 500 ký tự.';

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      title, slug, section_id: sectionId as number | null, unit_id: unitId as number | null, summary,
      body_html: bodyHtml, search_text: contentSearchText(title, summary, bodyHtml), genre,
      author_name: authorName, source_name: sourceName, source_url: sourceUrl,
      is_featured: isNews && form.is_featured ? 1 : 0, published_at: publishedAt,
      cover_media_id: coverId as number | null, cover_caption: coverCaption, cover_alt: coverAlt,
    },
  };
}

/**
 * The publication time to store on a save. The form shows minutes only, so a time sent back unchanged
 * keeps the stored one to the second; an empty field keeps the first-publication time once it is set.
 */
export function resolvePublishedAt(stored: string | null, fromForm: string | null, formValue: string): string | null {
  if (!stored) return fromForm;
  if (!fromForm) return stored;
  return toLocalInputValue(stored) === formValue.trim() ? stored : fromForm;
}
