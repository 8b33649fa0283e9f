/**
 * Wording shared by the monthly report's DOCX and XLSX and the royalty screens. Kept apart from the DOCX
 * renderers, which load the docx package: whatever needs only these words must not load it (ADR 0013).
 */

export function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
}

/** "Cổng Thông tin điện tử thành phố Tây Ninh" / "Trang Thông tin điện tử phường Tân Ninh". */
export function portalName(site: { name: string; level: string }): string {
  return `${site.level === 'city' ? 'Cổng' : 'Trang'} Thông tin điện tử ${lowerFirst(site.name)}`;
}

export function resultLabel(met: boolean | null): string {
  return met === null ? 'Không giao' : met ? 'Đạt' : 'Chưa đạt';
}

/** "tăng 3", "giảm 2", "không thay đổi". */
export function change(now: number, before: number): string {
  if (now === before) return 'không thay đổi';
  return now > before ? `tăng ${now - before}` : `giảm ${before - now}`;
}
