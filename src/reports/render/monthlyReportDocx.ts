/**
 * The monthly report as a Báo cáo (BC) in Decree 30/2020 format (regulations.md §7, CITY-WF-05). ND30-TITLE:
 * a report carries its type name «BÁO CÁO» and the abstract (trích yếu) under it; the "V/v …" line under the
 * number is the form of a công văn, not of a report. Loads docx: import this module where a document is made
 * (`await import(…)`), never from a module every server process loads (ADR 0013).
 */
import type { Paragraph, Table } from 'docx';
import { periodLabel, periodMonthLabel } from '../../core/contributions/periods.ts';
import type { UnitCounts } from '../../core/contributions/quotas.ts';
import type { ReportDocumentSettings } from '../../core/contributions/settings.ts';
import { formatShortDate } from '../../core/text/dates.ts';
import { documentNumberLine, placeAndDateLine, recipientLines } from '../../core/text/officialDocument.ts';
import type { MonthlyReportModel, UnitLine } from '../monthlyReport.ts';
import { addresseeBlock, bodyParagraph, dataTable, gap, packOfficialDocument, sectionHeading, signatureTable, titleBlock } from './officialDocx.ts';
import { change, lowerFirst, portalName, resultLabel } from './wording.ts';

export interface ReportDocumentInfo {
  number: number | null;
  /** YYYY-MM-DD */
  documentDate: string;
  document: ReportDocumentSettings;
}

/** "2026-11-25" → "25/11/2026". */
function shortDate(date: string): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}

function countsSentence(c: UnitCounts): string {
  return `các đơn vị đã gửi ${c.submitted} tin, bài; lãnh đạo đơn vị duyệt, gửi Ban Biên tập ${c.leaderApproved} tin, bài; `
    + `Ban Biên tập đã đăng ${c.published} tin, bài (trong đó ${c.withPhoto} tin, bài có ảnh) và trả lại ${c.refused} tin, bài chưa đạt yêu cầu`;
}

function unitRow(i: number, u: UnitLine): { cells: string[] } {
  const c = u.counts;
  return { cells: [String(i + 1), u.name, u.quota.target > 0 ? String(u.quota.target) : '–', String(c.submitted), String(c.leaderApproved),
    String(c.published), String(c.withPhoto), String(c.refused), String(c.counted), String(u.previous.counted), resultLabel(u.met)] };
}

/** Body paragraphs and tables of the report (exported for the tests of the wording). */
export function reportBody(m: MonthlyReportModel, info: ReportDocumentInfo): (Paragraph | Table)[] {
  const month = periodMonthLabel(m.period);
  const prevMonth = periodMonthLabel(m.previousPeriod);
  const t = m.totals;
  const pt = m.previousTotals;
  const body: (Paragraph | Table)[] = [];
  body.push(...titleBlock('Báo cáo', ['Tình hình cung cấp tin, bài đăng trên', `${portalName(m.site)} ${month}`]));
  body.push(...addresseeBlock(info.document.addressee));
  body.push(bodyParagraph(`Thực hiện nhiệm vụ theo dõi, đôn đốc việc cung cấp tin, bài đăng trên ${portalName(m.site)}, `
    + `xin báo cáo tình hình cung cấp tin, bài ${month} (từ ngày ${periodLabel(m.period).replace(' – ', ' đến ngày ')}) như sau:`));
  body.push(sectionHeading(`I. KẾT QUẢ CUNG CẤP TIN, BÀI ${month.toLocaleUpperCase('vi')}`));
  body.push(bodyParagraph('1. Tổng hợp chung', { bold: true }));
  body.push(bodyParagraph(`Trong kỳ báo cáo, ${countsSentence(t)}.`));
  if (m.unassigned.published > 0) body.push(bodyParagraph(`Số tin, bài do Ban Biên tập trực tiếp thực hiện (không thuộc đơn vị) được đăng: ${m.unassigned.published}.`));
  body.push(bodyParagraph(`Có ${m.unitsMet}/${m.unitsWithQuota} đơn vị được giao chỉ tiêu đạt chỉ tiêu. So với ${prevMonth}, số tin, bài được đăng `
    + `${change(t.published, pt.published)} (${prevMonth}: ${pt.published} tin, bài); số tin, bài có ảnh ${change(t.withPhoto, pt.withPhoto)} `
    + `(${prevMonth}: ${pt.withPhoto}); số tin, bài bị trả lại ${change(t.refused, pt.refused)} (${prevMonth}: ${pt.refused}).`));
  body.push(bodyParagraph('2. Kết quả của từng đơn vị', { bold: true }));
  const rows: { cells: string[]; bold?: boolean }[] = m.units.map((u, i) => unitRow(i, u));
  if (m.unassigned.submitted + m.unassigned.published + m.unassigned.refused > 0) {
    const c = m.unassigned;
    rows.push({ cells: ['', 'Ban Biên tập (không thuộc đơn vị)', '–', String(c.submitted), String(c.leaderApproved), String(c.published), String(c.withPhoto), String(c.refused), '–', '–', '–'] });
  }
  rows.push({ cells: ['', 'Tổng cộng', '', String(t.submitted), String(t.leaderApproved), String(t.published), String(t.withPhoto), String(t.refused), String(t.counted), String(pt.counted), `${m.unitsMet}/${m.unitsWithQuota} đạt`], bold: true });
  body.push(dataTable([
    { title: 'STT', widthMm: 10, align: 'center' }, { title: 'Đơn vị', widthMm: 38 }, { title: 'Chỉ tiêu', widthMm: 12, align: 'center' },
    { title: 'Gửi', widthMm: 10, align: 'center' }, { title: 'Lãnh đạo duyệt', widthMm: 14, align: 'center' }, { title: 'Được đăng', widthMm: 12, align: 'center' },
    { title: 'Có ảnh', widthMm: 11, align: 'center' }, { title: 'Bị trả lại', widthMm: 12, align: 'center' }, { title: 'Tính chỉ tiêu', widthMm: 13, align: 'center' },
    { title: 'Tháng trước', widthMm: 14, align: 'center' }, { title: 'Kết quả', widthMm: 19, align: 'center' },
  ], rows, 11));
  body.push(gap(4));
  body.push(bodyParagraph(`Ghi chú: "Tính chỉ tiêu" là số tin, bài của đơn vị được đăng lần đầu trong kỳ và còn đăng đến hết ngày ${shortDate(m.period.endDate)}`
    + ', có ít nhất một ảnh đối với chỉ tiêu tin, bài có ảnh'
    + (m.countRefused ? '; kể cả tin, bài bị Ban Biên tập trả lại (tính là đã gửi nhưng chưa được sử dụng)' : '')
    + `; cột "Tháng trước" là số tính chỉ tiêu của ${prevMonth}.`));
  body.push(bodyParagraph('3. Đài Truyền thanh', { bold: true }));
  if (m.radio.length === 0) {
    body.push(bodyParagraph('Không có đơn vị Đài (Trạm) Truyền thanh trên cổng.'));
  } else {
    for (const r of m.radio) {
      body.push(bodyParagraph(`${r.name} được giao chỉ tiêu ${r.quota.target} tin, bài/tháng; trong kỳ đã gửi ${r.counts.submitted}, được đăng ${r.counts.published} tin, bài`
        + ` (${resultLabel(r.met).toLocaleLowerCase('vi')} chỉ tiêu; ${prevMonth}: ${r.previous.published} tin, bài được đăng).`));
    }
    if (m.radioItems.length > 0) {
      body.push(dataTable([{ title: 'STT', widthMm: 12, align: 'center' }, { title: 'Tin, bài của Đài Truyền thanh được đăng', widthMm: 123 }, { title: 'Ngày đăng', widthMm: 30, align: 'center' }],
        m.radioItems.map((it, i) => ({ cells: [String(i + 1), it.title, it.publishedAt ? formatShortDate(it.publishedAt) : ''] })), 11));
      body.push(gap(4));
    }
  }
  body.push(sectionHeading('II. CÁC ĐƠN VỊ CHƯA ĐẠT CHỈ TIÊU'));
  if (m.missed.length === 0) {
    body.push(bodyParagraph('Tất cả các đơn vị được giao chỉ tiêu đều đạt chỉ tiêu trong kỳ.'));
  } else {
    body.push(bodyParagraph(`Có ${m.missed.length} đơn vị chưa đạt chỉ tiêu:`));
    for (const u of m.missed) {
      body.push(bodyParagraph(`- ${u.name}: ${u.counts.counted}/${u.quota.target} tin, bài${u.previousMet === false ? ` (${prevMonth} cũng chưa đạt)` : ''};`));
    }
  }
  body.push(sectionHeading('III. ĐỀ XUẤT, KIẾN NGHỊ'));
  const twice = m.missed.filter((u) => u.previousMet === false);
  body.push(bodyParagraph('1. Đề nghị thủ trưởng các cơ quan, đơn vị chưa đạt chỉ tiêu quan tâm chỉ đạo, phân công công chức, viên chức cung cấp tin, bài (có kèm ảnh) '
    + 'được lãnh đạo đơn vị duyệt trước khi gửi Ban Biên tập, bảo đảm chỉ tiêu hằng tháng.'));
  body.push(bodyParagraph(`2. Đề nghị xem xét, chấn chỉnh đối với các đơn vị không nghiêm túc thực hiện${twice.length ? `, nhất là các đơn vị chưa đạt chỉ tiêu hai tháng liên tiếp: ${twice.map((u) => u.name).join(', ')}` : ''}.`));
  body.push(bodyParagraph(`Trên đây là báo cáo tình hình cung cấp tin, bài đăng trên ${portalName(m.site)} ${month} (kèm theo bảng tổng hợp chi tiết)./.`));
  body.push(gap(6));
  body.push(signatureTable(
    recipientLines({ hasAddressee: info.document.addressee.trim() !== '', recipients: info.document.recipients, archive: info.document.archive }),
    { lines: info.document.signerLines, name: info.document.signerName },
  ));
  return body;
}

export async function renderMonthlyReportDocx(m: MonthlyReportModel, info: ReportDocumentInfo): Promise<Buffer> {
  return packOfficialDocument({
    title: `Báo cáo tình hình cung cấp tin, bài ${periodMonthLabel(m.period)}`,
    heading: {
      parentBody: info.document.parentBody, issuingBody: info.document.issuingBody,
      numberLine: documentNumberLine(info.number, info.document.symbol), placeDateLine: placeAndDateLine(info.document.place, info.documentDate),
    },
    body: reportBody(m, info),
  });
}
