/** The monthly report's spreadsheet: the summary per unit, every item in detail, the radio station, the units that missed. */
import { periodLabel, periodMonthLabel } from '../../core/contributions/periods.ts';
import { GENRE_LABELS, type Genre } from '../../core/types.ts';
import type { MonthlyReportModel, ReportItem } from '../monthlyReport.ts';
import { portalName, resultLabel } from './wording.ts';
import { type Column, dataRow, dateTimeOrBlank, newWorkbook, titledSheet, toBuffer } from './xlsxSupport.ts';

const SUMMARY: Column[] = [
  { header: 'STT', key: 'no', width: 6 }, { header: 'Đơn vị', key: 'name', width: 40 }, { header: 'Loại đơn vị', key: 'kind', width: 26 },
  { header: 'Chỉ tiêu', key: 'target', width: 9 }, { header: 'Yêu cầu ảnh', key: 'photo', width: 10 }, { header: 'Gửi', key: 'submitted', width: 8 },
  { header: 'Lãnh đạo duyệt', key: 'approved', width: 10 }, { header: 'Được đăng', key: 'published', width: 9 }, { header: 'Có ảnh', key: 'withPhoto', width: 8 },
  { header: 'Bị trả lại', key: 'refused', width: 9 }, { header: 'Tính chỉ tiêu', key: 'counted', width: 10 }, { header: 'Kết quả', key: 'result', width: 11 },
  { header: 'Tháng trước: được đăng', key: 'prevPublished', width: 12 }, { header: 'Tháng trước: tính chỉ tiêu', key: 'prevCounted', width: 12 },
  { header: 'Tháng trước: kết quả', key: 'prevResult', width: 12 },
];

const ITEMS: Column[] = [
  { header: 'STT', key: 'no', width: 6 }, { header: 'Mã tin', key: 'id', width: 8 }, { header: 'Tiêu đề', key: 'title', width: 60 },
  { header: 'Đơn vị', key: 'unit', width: 32 }, { header: 'Thể loại', key: 'genre', width: 14 }, { header: 'Tác giả', key: 'author', width: 24 },
  { header: 'Có ảnh', key: 'photo', width: 8 }, { header: 'Gửi lúc', key: 'submitted', width: 24 }, { header: 'Lãnh đạo duyệt lúc', key: 'approved', width: 24 },
  { header: 'Được đăng lúc', key: 'published', width: 24 }, { header: 'Bị trả lại lúc', key: 'refused', width: 24 }, { header: 'Tính chỉ tiêu', key: 'counted', width: 10 },
];

function genreLabel(g: string): string {
  return GENRE_LABELS[g as Genre] ?? g;
}

export async function renderMonthlyReportXlsx(m: MonthlyReportModel, generatedAt: Date): Promise<Buffer> {
  const wb = await newWorkbook(generatedAt);
  const titles = [`Tình hình cung cấp tin, bài đăng trên ${portalName(m.site)} ${periodMonthLabel(m.period)}`,
    `Kỳ báo cáo: ${periodLabel(m.period)}; tháng trước: ${periodLabel(m.previousPeriod)}`, m.site.fullName];
  const sum = titledSheet(wb, 'Tổng hợp', titles, SUMMARY);
  m.units.forEach((u, i) => dataRow(sum, {
    no: i + 1, name: u.name, kind: u.kindLabel, target: u.quota.target, photo: u.quota.target > 0 ? (u.quota.requirePhoto ? 'Có' : 'Không') : '',
    submitted: u.counts.submitted, approved: u.counts.leaderApproved, published: u.counts.published, withPhoto: u.counts.withPhoto,
    refused: u.counts.refused, counted: u.counts.counted, result: resultLabel(u.met),
    prevPublished: u.previous.published, prevCounted: u.previous.counted, prevResult: resultLabel(u.previousMet),
  }));
  const un = m.unassigned;
  dataRow(sum, { no: null, name: 'Ban Biên tập (không thuộc đơn vị)', kind: '', target: null, photo: '', submitted: un.submitted, approved: un.leaderApproved,
    published: un.published, withPhoto: un.withPhoto, refused: un.refused, counted: null, result: '', prevPublished: m.previousUnassigned.published, prevCounted: null, prevResult: '' });
  const t = m.totals;
  dataRow(sum, { no: null, name: 'Tổng cộng', kind: '', target: null, photo: '', submitted: t.submitted, approved: t.leaderApproved, published: t.published,
    withPhoto: t.withPhoto, refused: t.refused, counted: t.counted, result: `${m.unitsMet}/${m.unitsWithQuota} đạt`,
    prevPublished: m.previousTotals.published, prevCounted: m.previousTotals.counted, prevResult: '' }, { bold: true });

  const unitName = new Map(m.units.map((u) => [u.unitId, u.name]));
  const itemRow = (ws: ReturnType<typeof titledSheet>, it: ReportItem, i: number) => dataRow(ws, {
    no: i + 1, id: it.contentId, title: it.title, unit: it.unitId !== null ? unitName.get(it.unitId) ?? '' : 'Ban Biên tập', genre: genreLabel(it.genre),
    author: it.authorName, photo: it.hasPhoto ? 'Có' : 'Không', submitted: dateTimeOrBlank(it.submittedAt), approved: dateTimeOrBlank(it.approvedAt),
    published: dateTimeOrBlank(it.publishedAt), refused: dateTimeOrBlank(it.refusedAt), counted: it.counted ? 'Có' : '',
  });
  const detail = titledSheet(wb, 'Chi tiết tin, bài', titles, ITEMS);
  m.items.forEach((it, i) => itemRow(detail, it, i));

  const radio = titledSheet(wb, 'Đài Truyền thanh', [...titles, ...m.radio.map((r) => `${r.name}: chỉ tiêu ${r.quota.target}, được đăng ${r.counts.published}, kết quả: ${resultLabel(r.met)}`)], ITEMS);
  m.radioItems.forEach((it, i) => itemRow(radio, it, i));

  const missed = titledSheet(wb, 'Chưa đạt chỉ tiêu', titles, [
    { header: 'STT', key: 'no', width: 6 }, { header: 'Đơn vị', key: 'name', width: 40 }, { header: 'Chỉ tiêu', key: 'target', width: 10 },
    { header: 'Tính chỉ tiêu', key: 'counted', width: 12 }, { header: 'Còn thiếu', key: 'short', width: 10 }, { header: 'Tháng trước', key: 'prev', width: 14 },
  ]);
  m.missed.forEach((u, i) => dataRow(missed, { no: i + 1, name: u.name, target: u.quota.target, counted: u.counts.counted,
    short: u.quota.target - u.counts.counted, prev: resultLabel(u.previousMet) }));
  return toBuffer(wb);
}
