import { assembleAnnualReport, type DimensionCatalogue } from './assemble';
import { parseCsv, sheetCsv, UTF8_BOM } from './csv';
import { annualReportDocument } from './document';
import { reportSheets, ReportSheetKey } from './sheets';
import { type GroupedRow, type GroupedRows, ReportDimension, ReportMetric, ReportSource } from './types';

const DIMENSIONS: DimensionCatalogue = {
  [ReportDimension.Planning]: [
    { key: 'planned', label: 'Theo kế hoạch' },
    { key: 'ad_hoc', label: 'Đột xuất' },
  ],
  [ReportDimension.InspectionKind]: [
    { key: 'inspection', label: 'Thanh tra' },
    { key: 'check', label: 'Kiểm tra' },
  ],
  [ReportDimension.Reason]: [{ key: 'no_violation', label: 'Không có vi phạm hành chính' }],
  [ReportDimension.IssuingBody]: [
    { key: 'department', label: 'Giám đốc Sở' },
    { key: 'provincial_committee', label: 'Chủ tịch UBND tỉnh' },
  ],
  [ReportDimension.DecisionKind]: [{ key: 'sanction', label: 'Quyết định xử phạt' }],
  [ReportDimension.LicenceKind]: [{ key: 'press_activity', label: 'Giấy phép hoạt động báo chí' }],
};

const row = (year: number, dim: GroupedRow['dim'], key: string | null, values: GroupedRow['values']): GroupedRow => ({
  year,
  dim,
  key,
  values,
});
const empty = (): GroupedRows => Object.fromEntries(Object.values(ReportSource).map((s) => [s, []])) as unknown as GroupedRows;

/** Grouped rows as the SQL answers them: 2026 has 7 decisions, 28 750 000 đồng, across two codes and two subject kinds. */
function rows(): GroupedRows {
  const r = empty();
  r[ReportSource.Lines] = [
    row(2026, 'none', null, {
      [ReportMetric.SanctionDecisions]: 7,
      [ReportMetric.SanctionedActs]: 9,
      [ReportMetric.FinesImposed]: 28_750_000,
      [ReportMetric.LicenceSuspensionMonths]: 4.5,
    }),
    row(2026, ReportDimension.IssuingBody, 'department', { [ReportMetric.SanctionDecisions]: 6 }),
    row(2026, ReportDimension.IssuingBody, 'provincial_committee', { [ReportMetric.SanctionDecisions]: 1 }),
    row(2026, ReportDimension.Code, '119/2020:Đ20.k2.a', { [ReportMetric.SanctionedActs]: 5, [ReportMetric.FinesImposed]: 20_000_000 }),
    row(2026, ReportDimension.Code, '119/2020:Đ12.k1', { [ReportMetric.SanctionedActs]: 4, [ReportMetric.FinesImposed]: 8_750_000 }),
    row(2026, ReportDimension.SubjectKind, 'general_site', {
      [ReportMetric.SanctionDecisions]: 5,
      [ReportMetric.SanctionedActs]: 6,
      [ReportMetric.FinesImposed]: 20_000_000,
    }),
    row(2026, ReportDimension.SubjectKind, 'magazine', {
      [ReportMetric.SanctionDecisions]: 2,
      [ReportMetric.SanctionedActs]: 3,
      [ReportMetric.FinesImposed]: 8_750_000,
    }),
    row(2025, 'none', null, { [ReportMetric.SanctionDecisions]: 3, [ReportMetric.FinesImposed]: 10_000_000 }),
    row(2025, ReportDimension.Code, '119/2020:Đ5.k4', { [ReportMetric.FinesImposed]: 10_000_000 }),
    row(2025, ReportDimension.IssuingBody, 'department', { [ReportMetric.SanctionDecisions]: 3 }),
  ];
  r[ReportSource.Inspections] = [
    row(2026, 'none', null, { [ReportMetric.Inspections]: 10 }),
    row(2026, ReportDimension.Planning, 'planned', { [ReportMetric.Inspections]: 6 }),
    row(2026, ReportDimension.Planning, 'ad_hoc', { [ReportMetric.Inspections]: 4 }),
  ];
  return r;
}

const input = () => ({
  year: 2026,
  scope: { departmentId: 'd1', departmentName: 'Sở Văn hóa và Thể thao tỉnh Thử' },
  asOf: '2026-11-23',
  previousAsOf: '2025-12-31',
  rows: rows(),
  dimensions: DIMENSIONS,
  codeLabels: new Map([['119/2020:Đ20.k2.a', 'Trích dẫn không chính xác nguồn tin chính thức']]),
});

describe('assembleAnnualReport', () => {
  const report = assembleAnnualReport(input());

  it('puts the year before beside each figure, with a drill-down link for each', () => {
    expect(report.summary.sanctionDecisions).toEqual({
      value: 7,
      previousValue: 3,
      drillDown: '/reports/annual/drill-down?year=2026&metric=sanction_decisions&departmentId=d1',
      previousDrillDown: '/reports/annual/drill-down?year=2025&metric=sanction_decisions&departmentId=d1',
    });
    expect(report.summary.finesImposedVnd.value).toBe(28_750_000);
  });

  it('links a breakdown row to the drill-down filtered on its key', () => {
    const code = report.byCatalogueCode.find((r) => r.key === '119/2020:Đ20.k2.a');
    expect(code?.finesImposedVnd.drillDown).toBe(
      '/reports/annual/drill-down?year=2026&metric=fines_imposed&departmentId=d1&code=119%2F2020%3A%C4%9020.k2.a',
    );
    expect(code?.label).toBe('Trích dẫn không chính xác nguồn tin chính thức');
  });

  it('lists the codes of both years, largest fines of the year first, and zero where a year has none', () => {
    expect(report.byCatalogueCode.map((r) => [r.key, r.finesImposedVnd.value, r.finesImposedVnd.previousValue])).toEqual([
      ['119/2020:Đ20.k2.a', 20_000_000, 0],
      ['119/2020:Đ12.k1', 8_750_000, 0],
      ['119/2020:Đ5.k4', 0, 10_000_000],
    ]);
  });

  it('lists every key of an enumerated breakdown, also those at zero', () => {
    expect(report.decisionsByIssuingBody.map((r) => [r.key, r.count.value])).toEqual([
      ['department', 6],
      ['provincial_committee', 1],
    ]);
    expect(report.bySubjectKind).toHaveLength(6);
  });
});

describe('reportSheets', () => {
  const sheets = reportSheets(assembleAnnualReport(input()));

  it('ends each breakdown with a total equal to the sum of its rows, and to the summary figure', () => {
    const body = sheets.find((s) => s.key === ReportSheetKey.DecisionsByIssuingBody)!;
    expect(body.rows.at(-1)).toEqual(['Tổng cộng', 7, 3]);
    const codes = sheets.find((s) => s.key === ReportSheetKey.ByCatalogueCode)!;
    // Mã, hành vi, số hành vi (2026, 2025), tiền phạt (2026, 2025), đã nộp (2026, 2025)
    expect(codes.rows.at(-1)).toEqual(['Tổng cộng', '', 9, 0, 28_750_000, 10_000_000, 0, 0]);
  });

  it('writes CSV with a BOM and CRLF that reads back with its diacritics and numbers', () => {
    const sheet = sheets.find((s) => s.key === ReportSheetKey.InspectionsByPlanning)!;
    const csv = sheetCsv(sheet);
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(csv).toContain('\r\n');
    expect(parseCsv(csv)).toEqual([
      ['Hình thức', 'Số lượng năm 2026', 'Số lượng năm 2025'],
      ['Theo kế hoạch', '6', '0'],
      ['Đột xuất', '4', '0'],
      ['Tổng cộng', '10', '0'],
    ]);
  });

  it('quotes fields with commas and quotes', () => {
    const csv = sheetCsv({ ...sheets[0], columns: [{ header: 'Tên, "mã"', format: 'text', width: 1 }], rows: [['a,b']] });
    expect(parseCsv(csv)).toEqual([['Tên, "mã"'], ['a,b']]);
  });
});

describe('annualReportDocument', () => {
  it('formats the tables for print and charts the fines by subject kind in millions', () => {
    const doc = annualReportDocument(
      assembleAnnualReport(input()),
      { name: 'Sở Văn hóa và Thể thao tỉnh Thử', parentBody: 'Ủy ban nhân dân tỉnh Thử', placeName: 'Thử', abbreviation: 'SVHTT' },
      '2026-11-23',
    );
    const summary = doc.tables[0];
    expect(summary.rows.find((r) => r[0] === 'Tổng số tiền phạt theo quyết định')).toEqual([
      'Tổng số tiền phạt theo quyết định',
      'Đồng',
      '28.750.000',
      '10.000.000',
    ]);
    expect(summary.rows.find((r) => r[0] === 'Tổng thời hạn tước quyền sử dụng giấy phép')?.[2]).toBe('4,5');
    expect(doc.chart.categories.find((c) => c.label === 'Trang thông tin điện tử tổng hợp')?.values).toEqual([20, 0]);
    expect(doc.tables.every((t) => t.rows.every((r) => r.length === t.columns.length))).toBe(true);
  });
});
