/** The royalty payout list as a spreadsheet: per author (to sign for), per unit, and every line in detail. */
import { periodLabel, periodMonthLabel } from '../../core/contributions/periods.ts';
import { formatVnd } from '../../core/money/vnd.ts';
import { formatCoefficient, formatPercent } from '../../core/royalties/royalty.ts';
import { formatShortDate } from '../../core/text/dates.ts';
import type { PayoutGroup, PayoutList } from '../payoutList.ts';
import { NO_UNIT } from '../payoutList.ts';
import { type Column, dataRow, newWorkbook, titledSheet, toBuffer } from './xlsxSupport.ts';

const MONEY = '#,##0';

function groupSheet(wb: Awaited<ReturnType<typeof newWorkbook>>, name: string, titles: string[], first: string, groups: PayoutGroup[], list: PayoutList): void {
  const cols: Column[] = [
    { header: 'STT', key: 'no', width: 6 }, { header: first, key: 'name', width: 36 }, { header: 'Số dòng', key: 'lines', width: 9 },
    { header: 'Tổng tiền (đồng)', key: 'total', width: 16 }, { header: 'Đã chi (đồng)', key: 'paid', width: 16 }, { header: 'Chưa chi (đồng)', key: 'unpaid', width: 16 },
    { header: 'Dòng quá hạn 60 ngày', key: 'overdue', width: 12 }, { header: 'Ký nhận', key: 'sign', width: 16 },
  ];
  const ws = titledSheet(wb, name, titles, cols);
  groups.forEach((g, i) => dataRow(ws, { no: i + 1, name: g.name, lines: g.lines, total: g.total, paid: g.paid, unpaid: g.unpaid, overdue: g.overdue, sign: '' }));
  dataRow(ws, { no: null, name: 'Tổng cộng', lines: list.lines.length, total: list.total, paid: list.paid, unpaid: list.unpaid, overdue: list.overdueLines, sign: '' }, { bold: true });
  ws.addRow({ name: `Bằng chữ: ${list.totalInWords}` }).font = { italic: true };
  for (const key of ['total', 'paid', 'unpaid']) ws.getColumn(key).numFmt = MONEY;
}

export async function renderPayoutXlsx(list: PayoutList, site: { fullName: string; portal: string }, generatedAt: Date): Promise<Buffer> {
  const wb = await newWorkbook(generatedAt);
  const titles = [`Danh sách chi trả nhuận bút tin, bài đăng trên ${site.portal} ${periodMonthLabel(list.period)}`,
    `Tin, bài đăng lần đầu từ ${periodLabel(list.period).replace(' – ', ' đến ')}; tổng cộng ${formatVnd(list.total)} (${list.totalInWords})`, site.fullName];
  groupSheet(wb, 'Theo tác giả', titles, 'Họ và tên tác giả', list.byAuthor, list);
  groupSheet(wb, 'Theo đơn vị', titles, 'Đơn vị', list.byUnit, list);
  const detail = titledSheet(wb, 'Chi tiết', titles, [
    { header: 'STT', key: 'no', width: 6 }, { header: 'Mã tin', key: 'id', width: 8 }, { header: 'Tin, bài', key: 'title', width: 50 },
    { header: 'Đơn vị', key: 'unit', width: 28 }, { header: 'Ngày đăng', key: 'published', width: 12 }, { header: 'Hạn chi trả', key: 'deadline', width: 12 },
    { header: 'Bảng hệ số', key: 'table', width: 12 }, { header: 'Phần', key: 'part', width: 18 }, { header: 'Hệ số', key: 'coef', width: 8 },
    { header: 'Giá trị 1 đơn vị hệ số (đồng)', key: 'unitValue', width: 14 }, { header: 'Cộng thêm (%)', key: 'bonus', width: 10 },
    { header: 'Nhuận bút của phần (đồng)', key: 'partAmount', width: 15 }, { header: 'Tác giả', key: 'author', width: 26 }, { header: 'Tỷ lệ (%)', key: 'share', width: 9 },
    { header: 'Số tiền (đồng)', key: 'amount', width: 14 }, { header: 'Trạng thái', key: 'status', width: 11 }, { header: 'Ngày chi', key: 'paidAt', width: 12 },
    { header: 'Ghi chú chi trả', key: 'note', width: 20 }, { header: 'Quá hạn', key: 'overdue', width: 9 },
  ]);
  list.lines.forEach((l, i) => dataRow(detail, {
    no: i + 1, id: l.contentId, title: l.title, unit: l.unitName ?? NO_UNIT, published: formatShortDate(l.publishedAt), deadline: l.deadline.split('-').reverse().join('/'),
    table: l.rateTable === 'radio' ? 'Phát thanh' : 'Báo điện tử', part: l.partLabel, coef: formatCoefficient(l.coefficient), unitValue: l.unitValue,
    bonus: l.bonusBp ? formatPercent(l.bonusBp) : '', partAmount: l.partAmount, author: l.authorName, share: formatPercent(l.shareBp), amount: l.amount,
    status: l.status === 'paid' ? 'Đã chi' : 'Chưa chi', paidAt: l.paidAt ? formatShortDate(l.paidAt) : '', note: l.paymentNote, overdue: l.overdue ? 'Quá hạn' : '',
  }));
  for (const key of ['unitValue', 'partAmount', 'amount']) detail.getColumn(key).numFmt = MONEY;
  return toBuffer(wb);
}
