/**
 * The text elements of an administrative document as Decree 30/2020/NĐ-CP Appendix I writes them
 * (regulations.md §7). Layout (fonts, sizes, positions) is the renderer's business; this is the wording. Pure.
 */

/** "Số: 05/BC-VHTT" (ND30-NUMBER: leading zero below 10); "Số:      /BC-VHTT" when the clerk numbers it. */
export function documentNumberLine(number: number | null, symbol: string): string {
  if (number === null) return `Số:        /${symbol}`;
  return `Số: ${String(number).padStart(2, '0')}/${symbol}`;
}

/**
 * "Tây Ninh, ngày 25 tháng 11 năm 2026" (ND30-DATE): a leading zero for days below 10 and for months 1 and 2
 * only ("ngày 05 tháng 02", "ngày 25 tháng 3"). `date` is YYYY-MM-DD.
 */
export function placeAndDateLine(place: string, date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const day = String(d).padStart(2, '0');
  const month = m <= 2 ? String(m).padStart(2, '0') : String(m);
  return `${place}, ngày ${day} tháng ${month} năm ${y}`;
}

/**
 * The lines of «Nơi nhận» (ND30-RECIP): "- Như trên;" first when the document has a «Kính gửi», each recipient
 * on its own line ending in ";", and "- Lưu: VT, …." last.
 */
export function recipientLines(input: { hasAddressee: boolean; recipients: readonly string[]; archive: string }): string[] {
  const strip = (s: string) => s.trim().replace(/^[-–]\s*/, '').replace(/[;.]\s*$/, '').trim();
  const lines = [...(input.hasAddressee ? ['Như trên'] : []), ...input.recipients.map(strip).filter(Boolean)].map((r) => `- ${r};`);
  lines.push(`- Lưu: ${strip(input.archive) || 'VT'}.`);
  return lines;
}
