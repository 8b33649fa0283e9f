/**
 * Differences between two revisions of a content, for the admin's "so sánh phiên bản" page.
 * Pure: fields are compared as values, texts word by word (longest common subsequence), with a
 * paragraph-level fallback for very long texts so the page stays fast.
 */

export type DiffPart = { op: 'same' | 'added' | 'removed'; text: string };

/** Longest-common-subsequence diff of two token lists, as runs of same/added/removed tokens. */
export function diffTokens(a: readonly string[], b: readonly string[]): DiffPart[] {
  const n = a.length;
  const m = b.length;
  // Trim the common prefix and suffix first: revisions usually differ in a few places.
  let start = 0;
  while (start < n && start < m && a[start] === b[start]) start++;
  let endA = n;
  let endB = m;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) { endA--; endB--; }
  const parts: DiffPart[] = [];
  const push = (op: DiffPart['op'], text: string) => {
    const last = parts[parts.length - 1];
    if (last && last.op === op) last.text += text;
    else parts.push({ op, text });
  };
  for (let i = 0; i < start; i++) push('same', a[i]!);
  const rows = endA - start;
  const cols = endB - start;
  if (rows * cols > 4_000_000) {
    for (let i = start; i < endA; i++) push('removed', a[i]!);
    for (let j = start; j < endB; j++) push('added', b[j]!);
  } else {
    // lcs[i][j] = LCS length of a[start+i..endA) and b[start+j..endB)
    const width = cols + 1;
    const lcs = new Uint32Array((rows + 1) * width);
    for (let i = rows - 1; i >= 0; i--) {
      for (let j = cols - 1; j >= 0; j--) {
        lcs[i * width + j] = a[start + i] === b[start + j]
          ? lcs[(i + 1) * width + j + 1]! + 1
          : Math.max(lcs[(i + 1) * width + j]!, lcs[i * width + j + 1]!);
      }
    }
    let i = 0;
    let j = 0;
    while (i < rows && j < cols) {
      if (a[start + i] === b[start + j]) { push('same', a[start + i]!); i++; j++; }
      else if (lcs[(i + 1) * width + j]! >= lcs[i * width + j + 1]!) { push('removed', a[start + i]!); i++; }
      else { push('added', b[start + j]!); j++; }
    }
    for (; i < rows; i++) push('removed', a[start + i]!);
    for (; j < cols; j++) push('added', b[start + j]!);
  }
  for (let i = endA; i < n; i++) push('same', a[i]!);
  return parts;
}

/** Words and the spaces between them, so a diff rejoins into the original text. */
export function tokenize(text: string): string[] {
  return text.match(/\s+|[^\s]+/g) ?? [];
}

/** Word-level diff of two texts. */
export function diffText(before: string, after: string): DiffPart[] {
  return diffTokens(tokenize(before), tokenize(after));
}

/** One compared field of two revisions. */
export interface FieldChange {
  field: string;
  label: string;
  before: string;
  after: string;
  changed: boolean;
  /** Word-level parts, for long texts (body, summary, title). */
  parts?: DiffPart[];
}

export interface RevisionSnapshot {
  revision: number;
  title: string;
  summary: string;
  /** Plain text of the body (block boundaries as new lines). */
  bodyText: string;
  /** The other fields (revision `data`), as display strings. */
  fields: Record<string, string>;
}

export const REVISION_FIELD_LABELS: Record<string, string> = {
  slug: 'Đường dẫn', section: 'Chuyên mục', unit: 'Đơn vị', genre: 'Thể loại', author_name: 'Tác giả',
  source_name: 'Tên nguồn', source_url: 'Liên kết nguồn', cover: 'Ảnh đại diện', cover_caption: 'Chú thích ảnh',
  cover_alt: 'Mô tả ảnh', is_featured: 'Tin nổi bật', published_at: 'Thời điểm xuất bản',
};

/** Every field of two revisions, changed or not, in a stable order. */
export function compareRevisions(a: RevisionSnapshot, b: RevisionSnapshot): FieldChange[] {
  const text = (field: string, label: string, x: string, y: string): FieldChange =>
    ({ field, label, before: x, after: y, changed: x !== y, ...(x !== y ? { parts: diffText(x, y) } : {}) });
  const out: FieldChange[] = [
    text('title', 'Tiêu đề', a.title, b.title),
    text('summary', 'Tóm tắt', a.summary, b.summary),
    text('body', 'Nội dung', a.bodyText, b.bodyText),
  ];
  for (const [field, label] of Object.entries(REVISION_FIELD_LABELS)) {
    const x = a.fields[field] ?? '';
    const y = b.fields[field] ?? '';
    out.push({ field, label, before: x, after: y, changed: x !== y });
  }
  return out;
}
