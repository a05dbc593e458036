import type { AnnualReportDocument, ReportTable } from '@libs/pdf/report-types';
import { formatGrouped } from '@libs/vn';
import { SUBJECT_KIND_LABELS } from './labels';
import { type Cell, cellFormat, type ReportSheet, ReportSheetKey, reportSheets } from './sheets';
import { type AnnualReport, ReportSubjectKind } from './types';

/** "6,5" for half months; whole numbers grouped ("1.250.000"). */
export function formatNumberVi(v: number): string {
  const tenths = Math.round(v * 10);
  const whole = formatGrouped(Math.trunc(tenths / 10));
  return tenths % 10 === 0 ? whole : `${whole},${Math.abs(tenths % 10)}`;
}

/** The columns of a sheet the portrait page has room for (all of them unless listed). */
const PDF_COLUMNS: Partial<Record<ReportSheetKey, number[]>> = {
  // Mã, hành vi, số hành vi, tiền phạt (năm, năm trước)
  [ReportSheetKey.ByCatalogueCode]: [0, 1, 2, 4, 5],
  // Loại đối tượng, số quyết định, số hành vi, tiền phạt (năm, năm trước), đã nộp (năm)
  [ReportSheetKey.BySubjectKind]: [0, 1, 3, 5, 6, 7],
};

function pdfTable(sheet: ReportSheet): ReportTable {
  const picked = PDF_COLUMNS[sheet.key] ?? sheet.columns.map((_, i) => i);
  const cell = (row: Cell[], r: number, c: number): string => {
    const v = row[c];
    return typeof v === 'number' && cellFormat(sheet, r, c) !== 'text' ? formatNumberVi(v) : String(v);
  };
  return {
    title: sheet.title,
    columns: picked.map((c) => ({
      header: sheet.columns[c].header,
      align: sheet.columns[c].format === 'text' ? 'left' : 'right',
      width: sheet.columns[c].width,
    })),
    rows: sheet.rows.map((row, r) => picked.map((c) => cell(row, r, c))),
    totalRow: sheet.hasTotal,
  };
}

export interface ReportIssuer {
  name: string;
  parentBody: string | null;
  placeName: string;
  abbreviation: string;
}

/** The frozen input of the printable summary: every table of the report, and the fines by subject kind as a chart. */
export function annualReportDocument(r: AnnualReport, issuer: ReportIssuer, date: string): AnnualReportDocument {
  return {
    parentBody: issuer.parentBody ?? undefined,
    issuingBody: issuer.name,
    // The clerk writes the number in when the report is registered (NĐ 30/2020 Đ15); the symbol is printed.
    number: `       /BC-${issuer.abbreviation}`,
    place: issuer.placeName,
    date,
    year: r.year,
    previousYear: r.previousYear,
    scopeName: r.scope.departmentName ?? issuer.name,
    asOf: r.asOf,
    tables: reportSheets(r).map(pdfTable),
    chart: {
      title: `Số tiền phạt theo loại đối tượng, năm ${r.year} và năm ${r.previousYear}`,
      unit: 'triệu đồng',
      series: [`Năm ${r.year}`, `Năm ${r.previousYear}`],
      categories: Object.values(ReportSubjectKind).map((kind) => {
        const row = r.bySubjectKind.find((x) => x.key === kind);
        const millions = (v: number | undefined): number => Math.round((v ?? 0) / 100_000) / 10;
        return {
          label: SUBJECT_KIND_LABELS[kind],
          values: [millions(row?.finesImposedVnd.value), millions(row?.finesImposedVnd.previousValue)],
        };
      }),
    },
    notes: r.countingRules,
  };
}
