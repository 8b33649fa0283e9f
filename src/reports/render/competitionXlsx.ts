/** The competition (thi đua) table as a spreadsheet: one sheet per group, and the formula used. */
import { formatBpPercent, formatScore } from '../../core/competition/score.ts';
import { periodLabel } from '../../core/contributions/periods.ts';
import type { CompetitionTable } from '../competitionTable.ts';
import { dataRow, newWorkbook, titledSheet, toBuffer } from './xlsxSupport.ts';

export async function renderCompetitionXlsx(t: CompetitionTable, site: { fullName: string }, generatedAt: Date): Promise<Buffer> {
  const wb = await newWorkbook(generatedAt);
  const f = t.formula;
  const months = t.periods.length ? `${t.periods.length} kỳ đã kết thúc (${periodLabel(t.periods[0]!).split(' – ')[0]} – ${periodLabel(t.periods.at(-1)!).split(' – ')[1]})` : 'chưa có kỳ nào kết thúc';
  const titles = [`Bảng điểm thi đua cung cấp tin, bài năm ${t.year}`, site.fullName, `Tính trên ${months}`];
  for (const g of t.groups) {
    const ws = titledSheet(wb, g.label.replace(/[*?:\\/[\]]/g, '-').slice(0, 31), [...titles, `Nhóm: ${g.label}`], [
      { header: 'Hạng', key: 'rank', width: 7 }, { header: 'Đơn vị', key: 'name', width: 40 }, { header: 'Số kỳ có chỉ tiêu', key: 'months', width: 10 },
      { header: 'Số kỳ đạt', key: 'met', width: 9 }, { header: 'Tỷ lệ hoàn thành bình quân', key: 'fulfil', width: 14 },
      { header: `Điểm chỉ tiêu (tối đa ${f.quotaPoints})`, key: 'quota', width: 14 }, { header: 'Điểm tuân thủ bình quân', key: 'compliancePct', width: 13 },
      { header: `Điểm tuân thủ (tối đa ${f.compliancePoints})`, key: 'compliance', width: 14 }, { header: 'Tổng điểm (thang 100)', key: 'total', width: 12 },
      { header: 'Xếp loại', key: 'grade', width: 28 }, { header: 'Ghi chú', key: 'note', width: 40 },
    ]);
    for (const r of g.rows) {
      dataRow(ws, {
        rank: r.rank, name: r.name, months: r.monthsCounted, met: r.monthsMet, fulfil: r.avgFulfilmentBp === null ? '' : formatBpPercent(r.avgFulfilmentBp),
        quota: r.quotaCenti === null ? '' : formatScore(r.quotaCenti), compliancePct: r.avgComplianceBp === null ? '' : formatBpPercent(r.avgComplianceBp),
        compliance: r.complianceCenti === null ? '' : formatScore(r.complianceCenti), total: r.totalCenti === null ? '' : formatScore(r.totalCenti), grade: r.grade ?? '',
        note: [r.monthsCounted === 0 ? 'Không được giao chỉ tiêu' : '', r.complianceMissing ? 'Chưa có điểm tuân thủ: tổng điểm tính trên phần chỉ tiêu' : ''].filter(Boolean).join('; '),
      });
    }
  }
  const about = wb.addWorksheet('Công thức');
  about.columns = [{ width: 110 }];
  about.addRows([
    [`Công thức năm ${t.year}:`],
    [`- Tỷ lệ hoàn thành mỗi kỳ = số tin, bài tính chỉ tiêu / chỉ tiêu, tối đa ${formatBpPercent(f.capBp)}; bỏ qua kỳ không giao chỉ tiêu.`],
    [`- Điểm chỉ tiêu = ${f.quotaPoints} × tỷ lệ hoàn thành bình quân các kỳ.`],
    [`- Điểm tuân thủ = ${f.compliancePoints} × điểm chấm tuân thủ bình quân (lần chấm gần nhất trước khi mỗi kỳ kết thúc) của cổng.`],
    ['- Tổng điểm (thang 100) = (điểm chỉ tiêu + điểm tuân thủ) × 100 / số điểm có dữ liệu; thiếu điểm tuân thủ thì chỉ tính phần chỉ tiêu và ghi chú.'],
    ['- Phường, xã: mỗi kỳ cộng min(số tính chỉ tiêu, chỉ tiêu) của các đơn vị so với tổng chỉ tiêu.'],
    ['- Cùng điểm thì cùng hạng, xếp theo thứ tự chữ cái tiếng Việt.'],
    [`- Xếp loại: ${f.grades.map((g) => `${g.label} từ ${formatScore(g.minCenti)} điểm`).join('; ')}.`],
  ]);
  return toBuffer(wb);
}
