/**
 * Spreadsheet exports of the compliance audit (exceljs): one site's result with its gaps and score history,
 * and the league table of a city and its wards — what an inspection or the Office of Home Affairs files.
 */
import type ExcelJS from 'exceljs';
import { formatScore, gapsOf } from '../../core/compliance/evaluate.ts';
import type { AuditResult } from '../../core/compliance/types.ts';
import { formatDateTime } from '../../core/text/dates.ts';
import type { RunSummary } from '../../db/repositories/complianceRepository.ts';
import type { SiteRow } from '../../db/schema.ts';
import { loadExcelJS } from '../../reports/render/xlsxSupport.ts';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function header(ws: ExcelJS.Worksheet, columns: { header: string; key: string; width: number }[]): void {
  ws.columns = columns;
  const row = ws.getRow(1);
  row.font = { bold: true };
  row.alignment = { vertical: 'middle', wrapText: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
}

/** One site: summary, every rule with its outcome, the gaps, the score history. */
export async function siteComplianceWorkbook(site: SiteRow, result: AuditResult, auditedAt: string | null, history: readonly RunSummary[]): Promise<Buffer> {
  const { Workbook } = await loadExcelJS();
  const wb = new Workbook();
  wb.creator = 'Cổng TTĐT';
  wb.created = new Date(result.asOf);
  const summary = wb.addWorksheet('Tổng hợp');
  header(summary, [{ header: 'Mục', key: 'k', width: 34 }, { header: 'Giá trị', key: 'v', width: 70 }]);
  summary.addRows([
    ['Cổng', site.full_name],
    ['Bộ quy tắc', `${result.packName} (phiên bản ${result.packVersion})`],
    ['Thời điểm chấm', auditedAt ? formatDateTime(auditedAt) : `${formatDateTime(result.asOf)} (tạm tính, chưa lưu)`],
    ['Điểm', formatScore(result.score, result.maxScore)],
    ['Điểm đạt được', result.score],
    ['Điểm tối đa', result.maxScore],
    ['Tỉ lệ (%)', result.percent],
    ['Số thiếu sót', gapsOf(result).length],
  ]);

  const rules = wb.addWorksheet('Quy tắc');
  header(rules, [
    { header: 'Mã quy tắc', key: 'id', width: 22 }, { header: 'Yêu cầu', key: 'title', width: 60 }, { header: 'Căn cứ pháp lý', key: 'basis', width: 40 },
    { header: 'Điểm', key: 'weight', width: 8 }, { header: 'Kết quả', key: 'ok', width: 12 }, { header: 'Nội dung thiếu', key: 'missing', width: 80 },
  ]);
  for (const o of result.outcomes) {
    rules.addRow({ id: o.ruleId, title: o.title, basis: o.legalBasis, weight: o.weight, ok: o.passed ? 'Đạt' : 'Chưa đạt', missing: o.missing.join('\n') })
      .alignment = { wrapText: true, vertical: 'top' };
  }

  const hist = wb.addWorksheet('Lịch sử điểm');
  header(hist, [{ header: 'Thời điểm', key: 'at', width: 26 }, { header: 'Điểm', key: 's', width: 10 }, { header: 'Tối đa', key: 'm', width: 10 }, { header: 'Tỉ lệ (%)', key: 'p', width: 10 }, { header: 'Thiếu sót', key: 'g', width: 10 }]);
  for (const h of history) {
    hist.addRow({ at: formatDateTime(h.as_of), s: h.score_centi / 100, m: h.max_centi / 100, p: h.max_centi ? Math.round((h.score_centi / h.max_centi) * 100) : 100, g: h.gap_count });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export interface LeagueRow {
  site: SiteRow;
  latest: RunSummary | null;
  percent: number | null;
  /** Percentage points since the comparison run, null without one. */
  trend: number | null;
  /** Percentages of the recent runs, oldest first. */
  history: number[];
}

/** The league table as shown on screen, in the same order. */
export async function leagueWorkbook(city: SiteRow, rows: readonly LeagueRow[], at: string): Promise<Buffer> {
  const { Workbook } = await loadExcelJS();
  const wb = new Workbook();
  wb.creator = 'Cổng TTĐT';
  const ws = wb.addWorksheet('Bảng xếp hạng');
  header(ws, [
    { header: 'Hạng', key: 'rank', width: 7 }, { header: 'Cổng', key: 'name', width: 36 }, { header: 'Điểm', key: 'score', width: 12 },
    { header: 'Tỉ lệ (%)', key: 'percent', width: 10 }, { header: 'Thiếu sót', key: 'gaps', width: 10 }, { header: 'Xu hướng (điểm %)', key: 'trend', width: 16 },
    { header: 'Chấm lúc', key: 'at', width: 24 },
  ]);
  rows.forEach((r, i) => ws.addRow({
    rank: i + 1, name: r.site.name, score: r.latest ? formatScore(r.latest.score_centi / 100, r.latest.max_centi / 100) : 'Chưa chấm',
    percent: r.percent ?? '', gaps: r.latest?.gap_count ?? '', trend: r.trend ?? '', at: r.latest ? formatDateTime(r.latest.as_of) : '',
  }));
  ws.addRow([]);
  ws.addRow([`Bảng xếp hạng tuân thủ của ${city.full_name} và các phường, xã – xuất lúc ${formatDateTime(at)}`]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
