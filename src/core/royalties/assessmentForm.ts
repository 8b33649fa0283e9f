/**
 * The board's royalty form for one published item, as pure rules: the rate table, the coefficient of the
 * text within its genre's range, the authors and their shares, a coefficient and an author per photo, the
 * extra percentages of ND 18/2014 Art. 7.4. Field names are the form's; errors are Vietnamese, beside the field.
 */
import { cleanLine } from '../text/vietnamese.ts';
import {
  type CoefficientRange, type PartInput, type RateTable, type RoyaltySettings, formatCoefficient, formatPercent, parseCoefficient, parsePercent, rangeFor, withinRange,
} from './royalty.ts';

export const MAX_AUTHORS = 4;

export interface PhotoFact {
  label: string;
  mediaId: number | null;
}

/** The form as typed: every value a string. */
export type AssessmentForm = Record<string, string>;

export interface ValidAssessment {
  rateTable: RateTable;
  parts: PartInput[];
  bonuses: { code: string; label: string; bp: number }[];
  bonusBp: number;
  note: string;
}

/** The field names of the form, for reading a posted body. */
export function assessmentFields(photoCount: number, s: RoyaltySettings): string[] {
  return [
    'rate_table', 'coefficient', 'note',
    ...Array.from({ length: MAX_AUTHORS }, (_, i) => [`author_${i + 1}`, `share_${i + 1}`]).flat(),
    ...Array.from({ length: photoCount }, (_, i) => [`photo_coef_${i + 1}`, `photo_author_${i + 1}`]).flat(),
    ...s.bonuses.map((b) => `bonus_${b.code}`),
  ];
}

function rangeText(r: CoefficientRange): string {
  return `${formatCoefficient(r.min)} đến ${formatCoefficient(r.max)}`;
}

/** The form's starting values: the suggested coefficient of the genre, the item's authors in equal shares. */
export function initialAssessmentForm(input: { genre: string; authorName: string; rateTable: RateTable; photos: PhotoFact[]; settings: RoyaltySettings }): AssessmentForm {
  const s = input.settings;
  const authors = input.authorName.split(/[,;]| và /).map(cleanLine).filter(Boolean).slice(0, MAX_AUTHORS);
  const shares = equalShares(authors.length);
  const form: AssessmentForm = { rate_table: input.rateTable, coefficient: formatCoefficient(rangeFor(s, input.rateTable, input.genre).suggested), note: '' };
  for (let i = 0; i < MAX_AUTHORS; i++) {
    form[`author_${i + 1}`] = authors[i] ?? '';
    form[`share_${i + 1}`] = i < authors.length ? formatPercent(shares[i]!) : '';
  }
  input.photos.forEach((_, i) => {
    form[`photo_coef_${i + 1}`] = formatCoefficient(s.photo.suggested);
    form[`photo_author_${i + 1}`] = authors[0] ?? '';
  });
  for (const b of s.bonuses) form[`bonus_${b.code}`] = '';
  return form;
}

/** n equal shares in basis points adding up to 10,000 (the first ones take the remainder). */
export function equalShares(n: number): number[] {
  if (n <= 0) return [];
  const base = Math.floor(10_000 / n);
  return Array.from({ length: n }, (_, i) => base + (i < 10_000 - base * n ? 1 : 0));
}

/** Validates the form; returns the parts to pay or field-keyed errors. */
export function validateAssessment(
  form: AssessmentForm,
  facts: { genre: string; photos: PhotoFact[]; settings: RoyaltySettings },
): { ok: true; value: ValidAssessment } | { ok: false; errors: Record<string, string> } {
  const s = facts.settings;
  const errors: Record<string, string> = {};
  const rateTable: RateTable = form.rate_table === 'radio' ? 'radio' : 'online';
  const range = rangeFor(s, rateTable, facts.genre);
  const coefficient = parseCoefficient(form.coefficient ?? '');
  if (coefficient === null) errors.coefficient = 'Vui lòng nhập hệ số là một số (có thể có một chữ số thập phân, ví dụ 2,5).';
  else if (!withinRange(coefficient, range)) errors.coefficient = `Hệ số của thể loại này phải từ ${rangeText(range)}.`;

  const authors: { name: string; shareBp: number | null; i: number }[] = [];
  for (let i = 1; i <= MAX_AUTHORS; i++) {
    const name = cleanLine(form[`author_${i}`] ?? '');
    const shareText = (form[`share_${i}`] ?? '').trim();
    if (!name && !shareText) continue;
    if (!name) {
      errors[`author_${i}`] = 'Vui lòng nhập tên tác giả của tỷ lệ này.';
      continue;
    }
    const shareBp = shareText === '' ? null : parsePercent(shareText);
    if (shareText !== '' && (shareBp === null || shareBp === 0)) errors[`share_${i}`] = 'Tỷ lệ là phần trăm lớn hơn 0, tối đa 100 (ví dụ 50 hoặc 33,34).';
    authors.push({ name, shareBp, i });
  }
  const needsAuthors = coefficient !== null && coefficient > 0;
  if (needsAuthors && authors.length === 0) errors.author_1 = 'Vui lòng nhập ít nhất một tác giả.';
  let shares: number[] = [];
  if (authors.length > 0 && !Object.keys(errors).some((k) => k.startsWith('share_') || k.startsWith('author_'))) {
    if (authors.every((a) => a.shareBp === null)) shares = equalShares(authors.length);
    else if (authors.some((a) => a.shareBp === null)) errors[`share_${authors.find((a) => a.shareBp === null)!.i}`] = 'Vui lòng nhập tỷ lệ cho mọi tác giả, hoặc để trống tất cả để chia đều.';
    else {
      shares = authors.map((a) => a.shareBp!);
      if (shares.reduce((a, b) => a + b, 0) !== 10_000) errors.share_1 = `Tổng tỷ lệ của các tác giả phải bằng 100% (hiện là ${formatPercent(shares.reduce((a, b) => a + b, 0))}%).`;
    }
  }

  const parts: PartInput[] = [];
  if (coefficient !== null && coefficient > 0 && shares.length === authors.length) {
    parts.push({ kind: 'text', label: 'Phần chữ', mediaId: null, coefficient, shares: authors.map((a, k) => ({ authorName: a.name, shareBp: shares[k]! })) });
  }
  facts.photos.forEach((p, i) => {
    const text = (form[`photo_coef_${i + 1}`] ?? '').trim();
    if (text === '' || text === '0') return;
    const c = parseCoefficient(text);
    if (c === null || !withinRange(c, s.photo)) {
      errors[`photo_coef_${i + 1}`] = `Hệ số ảnh phải từ ${rangeText(s.photo)}, hoặc để trống nếu không tính nhuận bút cho ảnh này.`;
      return;
    }
    const author = cleanLine(form[`photo_author_${i + 1}`] ?? '');
    if (!author) {
      errors[`photo_author_${i + 1}`] = 'Vui lòng nhập tác giả của ảnh.';
      return;
    }
    parts.push({ kind: 'photo', label: p.label, mediaId: p.mediaId, coefficient: c, shares: [{ authorName: author, shareBp: 10_000 }] });
  });

  const bonuses: ValidAssessment['bonuses'] = [];
  for (const b of s.bonuses) {
    const text = (form[`bonus_${b.code}`] ?? '').trim();
    if (text === '') continue;
    const bp = parsePercent(text.replace(/^\+/, ''));
    if (bp === null || bp < b.minBp || bp > b.maxBp) {
      errors[`bonus_${b.code}`] = `Tỷ lệ cộng thêm phải từ ${formatPercent(b.minBp)}% đến ${formatPercent(b.maxBp)}%, hoặc để trống.`;
      continue;
    }
    if (bp > 0) bonuses.push({ code: b.code, label: b.label, bp });
  }
  if (Object.keys(errors).length === 0 && parts.length === 0) errors.coefficient = 'Chưa có phần nào được tính nhuận bút: nhập hệ số phần chữ hoặc hệ số ảnh.';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { rateTable, parts, bonuses, bonusBp: bonuses.reduce((a, b) => a + b.bp, 0), note: (form.note ?? '').trim().slice(0, 1000) } };
}

/** The photos of an item: its cover photo, then every picture in its text. */
export function photosOf(item: { coverMediaId: number | null; bodyHtml: string }): PhotoFact[] {
  const photos: PhotoFact[] = [];
  if (item.coverMediaId !== null) photos.push({ label: 'Ảnh đại diện', mediaId: item.coverMediaId });
  const inBody = item.bodyHtml.match(/<img\b/gi)?.length ?? 0;
  for (let i = 0; i < inBody; i++) photos.push({ label: `Ảnh ${i + 1} trong bài`, mediaId: null });
  return photos;
}
