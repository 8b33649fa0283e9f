/**
 * Vietnamese text helpers: folding diacritics, slugs, collation.
 * Pure functions; no I/O. `đ`/`Đ` are not decomposed by NFD, so they are mapped by hand
 * (the same reason the search index stores a folded copy: SQLite FTS5 does not fold `đ`).
 */

/** Removes Vietnamese diacritics and lowercases: "Phan Thiết, Đà Lạt" → "phan thiet, da lat". */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

/** A URL slug from a Vietnamese title: "Phường Tân Ninh – Hội nghị" → "phuong-tan-ninh-hoi-nghi". */
export function slugify(text: string, maxLength = 80): string {
  const slug = foldDiacritics(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > maxLength / 2 ? cut.slice(0, lastDash) : cut).replace(/-+$/g, '');
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Compares two strings in Vietnamese alphabetical order (a, ă, â, b, c, d, đ, e, ê …). */
export function compareVietnamese(a: string, b: string): number {
  return collator.compare(a, b);
}

/**
 * Compares personal names the Vietnamese way: by given name (the last word) first,
 * then by the full name, as staff lists are ordered.
 */
export function comparePersonNames(a: string, b: string): number {
  const given = (name: string) => name.trim().split(/\s+/).at(-1) ?? '';
  return compareVietnamese(given(a), given(b)) || compareVietnamese(a, b);
}

/** Collapses whitespace and trims; used on every single-line form field. */
export function cleanLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
