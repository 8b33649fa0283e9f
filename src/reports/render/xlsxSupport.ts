/**
 * Shared helpers of the spreadsheets (exceljs): a titled sheet with a frozen, bold header row. exceljs is
 * loaded with the first spreadsheet made, not when the server starts (ADR 0013).
 */
import type ExcelJS from 'exceljs';
import { formatDateTime } from '../../core/text/dates.ts';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface Column {
  header: string;
  key: string;
  width: number;
}

let loading: Promise<typeof ExcelJS> | undefined;

/** The exceljs module, loaded once on first use. */
export function loadExcelJS(): Promise<typeof ExcelJS> {
  loading ??= import('exceljs').then((m) => m.default);
  return loading;
}

export async function newWorkbook(created: Date): Promise<ExcelJS.Workbook> {
  const { Workbook } = await loadExcelJS();
  const wb = new Workbook();
  wb.creator = 'Cổng TTĐT';
  wb.created = created;
  return wb;
}

/**
 * A sheet whose first rows are a title (and subtitle lines), then a bold header row frozen under them.
 * Returns the sheet; rows added afterwards follow the header.
 */
export function titledSheet(wb: ExcelJS.Workbook, name: string, titleLines: string[], columns: Column[]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name);
  titleLines.forEach((line, i) => {
    const row = ws.getRow(i + 1);
    row.getCell(1).value = line;
    row.font = { bold: i === 0, size: i === 0 ? 13 : 11 };
  });
  const headerRowNo = titleLines.length + 2;
  ws.getRow(headerRowNo).values = columns.map((c) => c.header);
  ws.columns = columns.map((c) => ({ key: c.key, width: c.width }));
  const header = ws.getRow(headerRowNo);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  header.eachCell((cell) => {
    cell.border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEF0F3' } };
  });
  ws.views = [{ state: 'frozen', ySplit: headerRowNo }];
  // Printed on A4 landscape, one page wide, the header repeated on every page.
  ws.pageSetup = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${headerRowNo}:${headerRowNo}` };
  return ws;
}

/** Adds a data row with thin borders; `bold` for totals. */
export function dataRow(ws: ExcelJS.Worksheet, values: Record<string, string | number | null>, opts: { bold?: boolean; wrap?: boolean } = {}): ExcelJS.Row {
  const row = ws.addRow(values);
  row.eachCell({ includeEmpty: true }, (cell) => {
    cell.border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } };
  });
  if (opts.bold) row.font = { bold: true };
  row.alignment = { vertical: 'top', wrapText: opts.wrap ?? true };
  return row;
}

export function dateTimeOrBlank(iso: string | null): string {
  return iso ? formatDateTime(iso) : '';
}

export async function toBuffer(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}
