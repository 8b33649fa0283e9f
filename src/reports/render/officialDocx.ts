/**
 * The frame of an administrative document in the layout of Decree 30/2020/NĐ-CP Appendix I (regulations.md §7):
 * A4 portrait, margins 20/20/30/15 mm (top, bottom, left, right), Times New Roman throughout, black.
 * - ND30-ISSUER, ND30-QH: a two-column heading without borders: the parent body (upright) and the issuing body
 *   (bold) on the left with a short rule under it; «CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM» (bold, 12 pt) and
 *   «Độc lập - Tự do - Hạnh phúc» (bold, 13 pt, ruled as long as the line) on the right;
 * - ND30-NUMBER, ND30-DATE: "Số: 05/BC-VHTT" (13 pt) under the issuer; the place and date in italics under the motto;
 * - ND30-TITLE: the document type (upper case, bold, 14 pt) and the abstract (bold, 14 pt) centred with a short rule;
 * - ND30-RECIP: «Kính gửi:» for a report to a superior;
 * - ND30-BODY: justified 14 pt, first-line indent 1.27 cm, 6 pt after each paragraph, line spacing 1.15;
 * - ND30-SIGN and ND30-RECIP: «Nơi nhận:» (bold italic 12 pt, list 11 pt) on the left, the authority and title
 *   (upper case, bold, 14 pt) and the signer's name (bold) on the right;
 * - ND30-PAGE: page numbers centred in the top margin, 14 pt, not on page 1.
 */
import {
  AlignmentType, BorderStyle, Document, Header, LineRuleType, Packer, PageNumber, Paragraph, type ParagraphChild, Table, TableBorders,
  TableCell, TableRow, TextRun, VerticalAlignTable, WidthType,
} from 'docx';

export const FONT = 'Times New Roman';
/** Millimetres → twips, rounded (A4 is then exactly 11906 × 16838). */
const mm = (v: number): number => Math.round((v * 1440) / 25.4);
/** Text width of the page: 210 − 30 − 15 mm. */
export const TEXT_WIDTH_MM = 165;
const LEFT_COL_MM = 72;
const RIGHT_COL_MM = TEXT_WIDTH_MM - LEFT_COL_MM;

export interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  /** Points. */
  size?: number;
}

export function run(text: string, style: RunStyle = {}): TextRun {
  return new TextRun({ text, font: FONT, size: (style.size ?? 14) * 2, bold: style.bold ?? false, italics: style.italics ?? false, color: '000000' });
}

/** A centred line of the heading. */
function centred(text: string, style: RunStyle, after = 0): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 0, after, line: 240, lineRule: LineRuleType.AUTO }, children: [run(text, style)] });
}

/**
 * A solid rule `lengthMm` long, centred in a column `columnMm` wide, a little below the line above it: the bottom
 * border of an empty paragraph 5 pt high (exact line height), so Word and LibreOffice draw it at the same place.
 */
function rule(columnMm: number, lengthMm: number): Paragraph {
  const side = Math.max(0, (columnMm - lengthMm) / 2);
  return new Paragraph({
    indent: { left: mm(side), right: mm(side) }, spacing: { before: 0, after: 0, line: 100, lineRule: LineRuleType.EXACT },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 0 } },
    children: [run('', { size: 2 })],
  });
}

function cell(children: Paragraph[], widthMm: number): TableCell {
  return new TableCell({
    width: { size: mm(widthMm), type: WidthType.DXA }, borders: TableBorders.NONE, verticalAlign: VerticalAlignTable.TOP,
    margins: { top: 0, bottom: 0, left: 0, right: 0 }, children,
  });
}

/** Lines of a heading field: explicit line breaks are kept ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ TÂY NINH"). */
function linesOf(text: string): string[] {
  return text.split('\n').map((l) => l.trim()).filter(Boolean);
}

/** Approximate printed width (mm) of a line in Times New Roman: average glyph ≈ 0.5 em (upper case ≈ 0.68 em). */
function textWidthMm(text: string, pt: number, upper: boolean): number {
  return text.length * pt * (upper ? 0.68 : 0.5) * 0.3528;
}

export interface OfficialHeading {
  parentBody: string;
  issuingBody: string;
  numberLine: string;
  placeDateLine: string;
}

/**
 * The heading table: issuer on the left, national title and motto on the right; below them, on one row, the
 * number on the left and the place and date on the right (ND30-DATE: the same line as the number).
 */
export function headingTable(h: OfficialHeading): Table {
  const issuerLines = linesOf(h.issuingBody);
  const left = [
    ...linesOf(h.parentBody).map((l) => centred(l, { size: 12 })),
    ...issuerLines.map((l) => centred(l, { size: 12, bold: true })),
    rule(LEFT_COL_MM, Math.min(LEFT_COL_MM * 0.8, Math.max(18, textWidthMm(issuerLines.at(-1) ?? '', 12, true) * 0.4))),
  ];
  const motto = 'Độc lập - Tự do - Hạnh phúc';
  const right = [
    centred('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { size: 12, bold: true }),
    centred(motto, { size: 13, bold: true }),
    rule(RIGHT_COL_MM, Math.min(RIGHT_COL_MM - 4, textWidthMm(motto, 13, false) + 4)),
  ];
  const numberCell = [new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 120, after: 0 }, children: [run(h.numberLine, { size: 13 })] })];
  const dateCell = [new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 120, after: 0 }, children: [run(h.placeDateLine, { size: 14, italics: true })] })];
  return new Table({
    width: { size: mm(TEXT_WIDTH_MM), type: WidthType.DXA }, columnWidths: [mm(LEFT_COL_MM), mm(RIGHT_COL_MM)], borders: TableBorders.NONE,
    rows: [
      new TableRow({ children: [cell(left, LEFT_COL_MM), cell(right, RIGHT_COL_MM)] }),
      new TableRow({ children: [cell(numberCell, LEFT_COL_MM), cell(dateCell, RIGHT_COL_MM)] }),
    ],
  });
}

/** "BÁO CÁO" and the abstract under it, centred, with a short rule. */
export function titleBlock(type: string, abstractLines: string[]): Paragraph[] {
  return [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 360, after: 0 }, children: [run(type.toLocaleUpperCase('vi'), { bold: true, size: 14 })] }),
    ...abstractLines.map((l) => new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 0, after: 0 }, children: [run(l, { bold: true, size: 14 })] })),
    rule(TEXT_WIDTH_MM, 30),
  ];
}

/** «Kính gửi: …» centred under the title. */
export function addresseeBlock(addressee: string): Paragraph[] {
  if (!addressee.trim()) return [];
  return [new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 120, after: 240 }, children: [run(`Kính gửi: ${addressee.trim()}.`, { size: 14 })] })];
}

/** A body paragraph: justified, first-line indent 1.27 cm, 6 pt after, line spacing 1.15. */
export function bodyParagraph(children: string | ParagraphChild[], opts: { bold?: boolean; indent?: boolean } = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED, indent: opts.indent === false ? undefined : { firstLine: mm(12.7) },
    spacing: { before: 0, after: 120, line: 276, lineRule: LineRuleType.AUTO },
    children: typeof children === 'string' ? [run(children, { bold: opts.bold ?? false })] : children,
  });
}

/** A heading inside the body ("I. KẾT QUẢ …"): bold, same indent. */
export function sectionHeading(text: string): Paragraph {
  return bodyParagraph(text, { bold: true });
}

export interface DataColumn {
  title: string;
  widthMm: number;
  align?: 'left' | 'center' | 'right';
}

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;
const THIN = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;

/** A data table with ruled cells (12 pt; header bold and centred); rows flagged bold (totals) are bold. */
export function dataTable(columns: DataColumn[], rows: { cells: string[]; bold?: boolean }[], size = 12): Table {
  const totalMm = columns.reduce((a, c) => a + c.widthMm, 0);
  const mk = (text: string, c: DataColumn, bold: boolean, header: boolean) => new TableCell({
    width: { size: mm(c.widthMm), type: WidthType.DXA }, verticalAlign: VerticalAlignTable.CENTER,
    margins: { top: 30, bottom: 30, left: 40, right: 40 },
    children: text.split('\n').map((line) => new Paragraph({ alignment: header ? AlignmentType.CENTER : ALIGN[c.align ?? 'left'], spacing: { before: 0, after: 0 }, children: [run(line, { size, bold })] })),
  });
  return new Table({
    width: { size: mm(totalMm), type: WidthType.DXA }, columnWidths: columns.map((c) => mm(c.widthMm)),
    borders: { top: THIN, bottom: THIN, left: THIN, right: THIN, insideHorizontal: THIN, insideVertical: THIN },
    rows: [
      new TableRow({ tableHeader: true, children: columns.map((c) => mk(c.title, c, true, true)) }),
      ...rows.map((r) => new TableRow({ children: r.cells.map((t, i) => mk(t, columns[i]!, r.bold ?? false, false)) })),
    ],
  });
}

export interface SignatureBlock {
  /** Upper case, e.g. ["KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG"]. */
  lines: string[];
  name: string;
}

/** «Nơi nhận» on the left, the signature on the right (ND30-SIGN, ND30-RECIP). */
export function signatureTable(recipients: string[], signer: SignatureBlock): Table {
  const left = [
    new Paragraph({ spacing: { before: 0, after: 0 }, children: [run('Nơi nhận:', { size: 12, bold: true, italics: true })] }),
    ...recipients.map((r) => new Paragraph({ spacing: { before: 0, after: 0 }, children: [run(r, { size: 11 })] })),
  ];
  const right = [
    ...signer.lines.map((l) => centred(l.toLocaleUpperCase('vi'), { size: 14, bold: true })),
    // Room for the signature and the seal (or the organisation's digital signature).
    ...[0, 1, 2, 3].map(() => centred('', { size: 14 })),
    centred(signer.name.trim(), { size: 14, bold: true }),
  ];
  return new Table({
    width: { size: mm(TEXT_WIDTH_MM), type: WidthType.DXA }, columnWidths: [mm(LEFT_COL_MM + 7), mm(RIGHT_COL_MM - 7)], borders: TableBorders.NONE,
    rows: [new TableRow({ children: [cell(left, LEFT_COL_MM + 7), cell(right, RIGHT_COL_MM - 7)] })],
  });
}

/** Two signatures side by side (e.g. the person who drew up a list, and the head who approves it). */
export function twoSignatures(left: SignatureBlock, right: SignatureBlock): Table {
  const column = (sig: SignatureBlock) => [
    ...sig.lines.map((l) => centred(l.toLocaleUpperCase('vi'), { size: 14, bold: true })),
    ...[0, 1, 2, 3].map(() => centred('', { size: 14 })),
    centred(sig.name.trim(), { size: 14, bold: true }),
  ];
  const half = TEXT_WIDTH_MM / 2;
  return new Table({
    width: { size: mm(TEXT_WIDTH_MM), type: WidthType.DXA }, columnWidths: [mm(half), mm(half)], borders: TableBorders.NONE,
    rows: [new TableRow({ children: [cell(column(left), half), cell(column(right), half)] })],
  });
}

/** Empty space between blocks. */
export function gap(points = 6): Paragraph {
  return new Paragraph({ spacing: { before: 0, after: points * 20 }, children: [run('', { size: 6 })] });
}

export interface OfficialDocumentInput {
  title: string;
  heading: OfficialHeading;
  body: (Paragraph | Table)[];
}

/** The whole document as DOCX bytes. */
export async function packOfficialDocument(input: OfficialDocumentInput): Promise<Buffer> {
  const doc = new Document({
    creator: 'Cổng TTĐT', title: input.title, description: input.title,
    styles: { default: { document: { run: { font: FONT, size: 28, color: '000000' }, paragraph: { spacing: { after: 0 } } } } },
    sections: [{
      properties: {
        titlePage: true,
        page: {
          size: { width: mm(210), height: mm(297) },
          margin: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15), header: mm(10), footer: mm(10) },
          pageNumbers: { start: 1 },
        },
      },
      headers: {
        first: new Header({ children: [new Paragraph({ children: [] })] }),
        default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: 28 })] })] }),
      },
      children: [headingTable(input.heading), ...input.body],
    }],
  });
  return Packer.toBuffer(doc);
}
