import ExcelJS from 'exceljs';
import {
  type AnnualReport,
  type CellFormat,
  cellFormat,
  COUNTING_RULES,
  inertText,
  printLayout,
  type ReportSheet,
  reportSheets,
  ReportSheetKey,
  sheetCsv,
} from '@libs/reports';

/** Excel number formats: VND grouped with the đồng sign, months with one decimal when needed. */
const NUM_FMT: Record<Exclude<CellFormat, 'text'>, string> = {
  count: '#,##0',
  vnd: '#,##0 "₫"',
  months: '#,##0.#',
};

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF808080' } };

/**
 * Every text cell goes through here: exceljs writes a string as a shared string (text, never a formula), and the
 * apostrophe that `inertText` adds to text a spreadsheet would evaluate keeps it text when someone edits the cell or
 * saves the sheet as CSV (issue 12 finding 7). Numbers are written as numbers, negative ones included.
 */
const cellValue = (value: string | number): string | number => (typeof value === 'number' ? value : inertText(value));

function scopeLine(r: AnnualReport): string {
  return `${r.scope.departmentName ?? 'Tất cả các Sở'} — năm ${r.year} so với năm ${r.previousYear}`;
}

const MM_PER_INCH = 25.4;

/** libs/reports printLayout in Excel's terms: A4 (paper size 9), one page wide, pages numbered in the footer. */
function pageSetup(s: ReportSheet): Partial<ExcelJS.PageSetup> {
  const layout = printLayout(s);
  const inches = (mm: number): number => Math.round((mm / MM_PER_INCH) * 100) / 100;
  return {
    paperSize: 9,
    orientation: layout.orientation,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: layout.repeatRows,
    horizontalCentered: true,
    margins: { top: inches(layout.margins.top), bottom: inches(layout.margins.bottom), left: inches(layout.margins.left), right: inches(layout.margins.right), header: 0.3, footer: 0.3 },
  };
}

function addSheet(book: ExcelJS.Workbook, r: AnnualReport, s: ReportSheet): void {
  const ws = book.addWorksheet(s.name, { views: [{ state: 'frozen', ySplit: 3 }], pageSetup: pageSetup(s), headerFooter: { oddFooter: '&CTrang &P/&N' } });
  ws.columns = s.columns.map((c) => ({ width: c.width }));
  ws.getCell(1, 1).value = inertText(s.title);
  ws.getCell(1, 1).font = { bold: true, size: 13 };
  ws.getCell(2, 1).value = inertText(scopeLine(r));
  ws.getCell(2, 1).font = { italic: true };
  const header = ws.getRow(3);
  s.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = inertText(c.header);
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
    cell.border = { top: THIN, bottom: THIN, left: THIN, right: THIN };
  });
  s.rows.forEach((values, r0) => {
    const row = ws.getRow(4 + r0);
    values.forEach((v, c) => {
      const cell = row.getCell(c + 1);
      cell.value = cellValue(v);
      const format = cellFormat(s, r0, c);
      if (format !== 'text') cell.numFmt = NUM_FMT[format];
      cell.border = { top: THIN, bottom: THIN, left: THIN, right: THIN };
      if (format === 'text') cell.alignment = { wrapText: true, vertical: 'top' };
    });
    if (s.hasTotal && r0 === s.rows.length - 1) row.font = { bold: true };
  });
  if (s.key === ReportSheetKey.Summary) {
    COUNTING_RULES.forEach((rule, i) => {
      const cell = ws.getCell(5 + s.rows.length + i, 1);
      cell.value = inertText(`${i === 0 ? 'Cách tính: ' : ''}${rule}`);
      cell.font = { italic: true, size: 9 };
    });
  }
}

/** The report as a workbook: one formatted sheet per breakdown, Vietnamese headers, VND number format. */
export async function annualReportXlsx(r: AnnualReport): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'press-inspect';
  // Fixed dates keep the file a function of the figures (the same report gives the same workbook content).
  book.created = new Date(`${r.asOf}T00:00:00+07:00`);
  book.modified = book.created;
  for (const sheet of reportSheets(r)) addSheet(book, r, sheet);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** One breakdown as CSV (UTF-8 with a BOM). */
export function annualReportCsv(r: AnnualReport, key: ReportSheetKey): string {
  const sheet = reportSheets(r).find((s) => s.key === key);
  if (!sheet) throw new Error(`no sheet ${key}`);
  return sheetCsv(sheet);
}

/** Shared with the other downloads (evidence), which need the same header. */
export { attachment } from '@app/common/content-disposition';
