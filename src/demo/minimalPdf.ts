/**
 * A small, valid one-page PDF with a few lines of ASCII text (Helvetica), for the demo's document files and
 * for tests. Vietnamese diacritics are folded because the standard fonts have no Vietnamese glyphs.
 */
import { foldDiacritics } from '../core/text/vietnamese.ts';

export function minimalPdf(lines: readonly string[] | string = ['Van ban']): Buffer {
  const list = (typeof lines === 'string' ? [lines] : lines).map((l) =>
    foldDiacritics(l).replace(/[^\x20-\x7e]/g, '?').replace(/([()\\])/g, '\\$1'));
  const text = list.map((l, i) => `BT /F1 12 Tf 72 ${770 - i * 18} Td (${l}) Tj ET`).join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${Buffer.byteLength(text)} >>\nstream\n${text}\nendstream`,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(body));
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body);
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}
