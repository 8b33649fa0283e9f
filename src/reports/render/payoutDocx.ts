/**
 * The royalty payout list as a document to sign (Decree 30/2020 heading): totals per author with a column to
 * sign for the money, totals per unit, the grand total in figures and in words (as payment documents require).
 * Loads docx: import this module where a document is made (`await import(…)`), never from a module every server
 * process loads (ADR 0013).
 */
import type { Paragraph, Table } from 'docx';
import { periodLabel, periodMonthLabel } from '../../core/contributions/periods.ts';
import type { ReportDocumentSettings } from '../../core/contributions/settings.ts';
import { formatThousands, formatVnd } from '../../core/money/vnd.ts';
import { formatPercent } from '../../core/royalties/royalty.ts';
import { placeAndDateLine } from '../../core/text/officialDocument.ts';
import type { PayoutList } from '../payoutList.ts';
import { bodyParagraph, dataTable, gap, packOfficialDocument, titleBlock, twoSignatures } from './officialDocx.ts';

export interface PayoutDocInfo {
  portal: string;
  document: ReportDocumentSettings;
  /** YYYY-MM-DD */
  date: string;
  baseSalary: number;
  unitValueBp: number;
  unitValue: number;
}

export function payoutBody(list: PayoutList, info: PayoutDocInfo): (Paragraph | Table)[] {
  const month = periodMonthLabel(list.period);
  const body: (Paragraph | Table)[] = [
    ...titleBlock('Danh sách', ['Chi trả nhuận bút tin, bài, ảnh đăng trên', `${info.portal} ${month}`]),
    bodyParagraph(`Căn cứ Nghị định số 18/2014/NĐ-CP ngày 14/3/2014 của Chính phủ quy định về chế độ nhuận bút, thù lao; giá trị một đơn vị hệ số nhuận bút `
      + `${formatVnd(info.unitValue)} (${formatPercent(info.unitValueBp)}% mức lương cơ sở ${formatVnd(info.baseSalary)}); `
      + `tin, bài, ảnh đăng lần đầu từ ngày ${periodLabel(list.period).replace(' – ', ' đến ngày ')}. Nhuận bút được chi trả trong thời hạn 60 ngày kể từ ngày tác phẩm được đăng.`),
    bodyParagraph('1. Chi trả theo tác giả', { bold: true }),
    dataTable([
      { title: 'STT', widthMm: 12, align: 'center' }, { title: 'Họ và tên', widthMm: 58 }, { title: 'Số tin, bài, ảnh', widthMm: 22, align: 'center' },
      { title: 'Số tiền (đồng)', widthMm: 33, align: 'right' }, { title: 'Ký nhận', widthMm: 40 },
    ], [
      ...list.byAuthor.map((a, i) => ({ cells: [String(i + 1), a.name, String(a.lines), formatThousands(a.total), ''] })),
      { cells: ['', 'Tổng cộng', String(list.lines.length), formatThousands(list.total), ''], bold: true },
    ], 12),
    gap(4),
    bodyParagraph(`Tổng số tiền: ${formatVnd(list.total)}.`, { bold: true }),
    bodyParagraph(`(Bằng chữ: ${list.totalInWords}.)`),
    bodyParagraph('2. Tổng hợp theo đơn vị', { bold: true }),
    dataTable([
      { title: 'STT', widthMm: 12, align: 'center' }, { title: 'Đơn vị', widthMm: 85 }, { title: 'Số dòng', widthMm: 25, align: 'center' }, { title: 'Số tiền (đồng)', widthMm: 43, align: 'right' },
    ], [
      ...list.byUnit.map((u, i) => ({ cells: [String(i + 1), u.name, String(u.lines), formatThousands(u.total)] })),
      { cells: ['', 'Tổng cộng', String(list.lines.length), formatThousands(list.total)], bold: true },
    ], 12),
    gap(4),
    bodyParagraph(`Đã chi: ${formatVnd(list.paid)}; chưa chi: ${formatVnd(list.unpaid)}${list.overdueLines ? `; trong đó ${list.overdueLines} dòng đã quá hạn 60 ngày (Điều 4 khoản 10 Nghị định 18/2014/NĐ-CP)` : ''}.`),
    gap(6),
    twoSignatures({ lines: ['Người lập biểu'], name: '' }, { lines: info.document.signerLines, name: info.document.signerName }),
  ];
  return body;
}

export async function renderPayoutDocx(list: PayoutList, info: PayoutDocInfo): Promise<Buffer> {
  return packOfficialDocument({
    title: `Danh sách chi trả nhuận bút ${periodMonthLabel(list.period)}`,
    heading: { parentBody: info.document.parentBody, issuingBody: info.document.issuingBody, numberLine: '', placeDateLine: placeAndDateLine(info.document.place, info.date) },
    body: payoutBody(list, info),
  });
}
