import { type FigureUnit, SUMMARY_LINES, TOTAL_LABEL, UNIT_LABELS } from './labels';
import type { AnnualReport, CountRow, Figure, SanctionRow } from './types';

/** The tables of the annual report, one per breakdown: the XLSX sheets, the CSV files and the PDF tables. */
export enum ReportSheetKey {
  Summary = 'summary',
  InspectionsByPlanning = 'inspections-by-planning',
  InspectionsByKind = 'inspections-by-kind',
  InspectionsBySubjectKind = 'inspections-by-subject-kind',
  ClosedWithoutSanction = 'closed-without-sanction',
  DecisionsByIssuingBody = 'decisions-by-issuing-body',
  DecisionsIssuedByKind = 'decisions-issued-by-kind',
  ByCatalogueCode = 'by-catalogue-code',
  BySubjectKind = 'by-subject-kind',
  ActiveLicences = 'active-licences',
  LicencesExpiring = 'licences-expiring',
}

export type CellFormat = 'text' | FigureUnit;

export interface SheetColumn {
  header: string;
  format: CellFormat;
  /** Relative width (characters in a spreadsheet). */
  width: number;
}

export type Cell = string | number;

export interface ReportSheet {
  key: ReportSheetKey;
  /** Sheet tab name (≤ 31 characters, no : \ / ? * [ ]). */
  name: string;
  title: string;
  columns: SheetColumn[];
  rows: Cell[][];
  /** The last row is "Tổng cộng", the sum of the rows above it. */
  hasTotal: boolean;
  /** Per-row unit of the number cells, where rows mix units (the summary); else each column's format holds. */
  rowUnits?: FigureUnit[];
}

/** How a cell is formatted: its row's unit where rows mix units, else its column's. */
export function cellFormat(sheet: ReportSheet, row: number, column: number): CellFormat {
  const format = sheet.columns[column].format;
  return format !== 'text' && sheet.rowUnits ? (sheet.rowUnits[row] ?? format) : format;
}

const text = (header: string, width = 40): SheetColumn => ({ header, format: 'text', width });
const num = (header: string, format: FigureUnit, width = 16): SheetColumn => ({ header, format, width });
const yearCols = (r: AnnualReport, label: string, format: FigureUnit): SheetColumn[] => [
  num(`${label} năm ${r.year}`, format, format === 'vnd' ? 20 : 16),
  num(`${label} năm ${r.previousYear}`, format, format === 'vnd' ? 20 : 16),
];
const pair = (f: Figure): number[] => [f.value, f.previousValue];
/** "2026-11-23" → "23/11/2026" */
const dmy = (iso: string): string => iso.split('-').reverse().join('/');

function totalRow(rows: Cell[][], labelColumns: number): Cell[] {
  const width = rows[0]?.length ?? labelColumns;
  return Array.from({ length: width }, (_, i) => {
    if (i === 0) return TOTAL_LABEL;
    if (i < labelColumns) return '';
    return rows.reduce((sum, row) => sum + (typeof row[i] === 'number' ? (row[i] as number) : 0), 0);
  });
}

function countSheet(r: AnnualReport, key: ReportSheetKey, name: string, title: string, rowHeader: string, rows: CountRow[]): ReportSheet {
  const body: Cell[][] = rows.map((row) => [row.label, ...pair(row.count)]);
  return {
    key,
    name,
    title,
    columns: [text(rowHeader), ...yearCols(r, 'Số lượng', 'count')],
    rows: [...body, totalRow(body, 1)],
    hasTotal: true,
  };
}

function sanctionSheet(
  r: AnnualReport,
  key: ReportSheetKey,
  name: string,
  title: string,
  byCode: boolean,
  rows: SanctionRow[],
): ReportSheet {
  const lead = byCode ? [text('Mã hành vi', 28), text('Hành vi vi phạm', 48)] : [text('Loại đối tượng')];
  const columns = [
    ...lead,
    ...(byCode ? [] : yearCols(r, 'Số quyết định', 'count')),
    ...yearCols(r, 'Số hành vi', 'count'),
    ...yearCols(r, 'Tiền phạt', 'vnd'),
    ...yearCols(r, 'Đã nộp', 'vnd'),
  ];
  const body: Cell[][] = rows.map((row) => [
    ...(byCode ? [row.key, row.label] : [row.label]),
    ...(row.decisions && !byCode ? pair(row.decisions) : []),
    ...pair(row.acts),
    ...pair(row.finesImposedVnd),
    ...pair(row.finesCollectedVnd),
  ]);
  return { key, name, title, columns, rows: [...body, totalRow(body, lead.length)], hasTotal: true };
}

function summarySheet(r: AnnualReport): ReportSheet {
  const rows: Cell[][] = SUMMARY_LINES.map((l) => [l.labelVi, UNIT_LABELS[l.unit], ...pair(r.summary[l.field])]);
  return {
    key: ReportSheetKey.Summary,
    name: 'Tổng hợp',
    title: `Số liệu tổng hợp năm ${r.year} (so với năm ${r.previousYear})`,
    columns: [text('Chỉ tiêu', 50), text('Đơn vị tính', 14), num(`Năm ${r.year}`, 'count', 20), num(`Năm ${r.previousYear}`, 'count', 20)],
    rows,
    hasTotal: false,
    rowUnits: SUMMARY_LINES.map((l) => l.unit),
  };
}

/** Every table of the report, in print order. Each breakdown ends with a total equal to the sum of its rows. */
export function reportSheets(r: AnnualReport): ReportSheet[] {
  const K = ReportSheetKey;
  return [
    summarySheet(r),
    countSheet(
      r,
      K.InspectionsByPlanning,
      'TTKT theo kế hoạch',
      'Cuộc thanh tra, kiểm tra theo kế hoạch và đột xuất',
      'Hình thức',
      r.inspectionsByPlanning,
    ),
    countSheet(r, K.InspectionsByKind, 'TTKT theo loại', 'Cuộc thanh tra, kiểm tra theo loại', 'Loại', r.inspectionsByKind),
    countSheet(
      r,
      K.InspectionsBySubjectKind,
      'TTKT theo đối tượng',
      'Cuộc thanh tra, kiểm tra theo loại đối tượng',
      'Loại đối tượng',
      r.inspectionsBySubjectKind,
    ),
    countSheet(
      r,
      K.ClosedWithoutSanction,
      'Không xử phạt',
      'Hồ sơ đóng không ra quyết định xử phạt, theo lý do',
      'Lý do',
      r.closedWithoutSanctionByReason,
    ),
    countSheet(
      r,
      K.DecisionsByIssuingBody,
      'QĐ theo thẩm quyền',
      'Quyết định xử phạt theo cơ quan ra quyết định',
      'Cơ quan',
      r.decisionsByIssuingBody,
    ),
    countSheet(
      r,
      K.DecisionsIssuedByKind,
      'QĐ theo loại',
      'Văn bản quyết định ban hành trong năm, theo loại',
      'Loại quyết định',
      r.decisionsIssuedByKind,
    ),
    sanctionSheet(r, K.ByCatalogueCode, 'Theo hành vi', 'Xử phạt theo hành vi vi phạm (mã danh mục)', true, r.byCatalogueCode),
    sanctionSheet(r, K.BySubjectKind, 'Theo đối tượng', 'Xử phạt theo loại đối tượng', false, r.bySubjectKind),
    countSheet(
      r,
      K.ActiveLicences,
      'Giấy phép hiệu lực',
      `Giấy phép có hiệu lực (tại ngày ${dmy(r.asOf)} và ngày ${dmy(r.previousAsOf)})`,
      'Loại giấy phép',
      r.activeLicencesByKind,
    ),
    countSheet(
      r,
      K.LicencesExpiring,
      'Giấy phép sắp hết hạn',
      `Giấy phép hết hạn trong năm ${r.year + 1} (và năm ${r.year})`,
      'Loại giấy phép',
      r.licencesExpiringByKind,
    ),
  ];
}

/**
 * How a sheet prints as a department files it: A4, as wide as the page and as many pages long as it takes, landscape
 * when its columns would not fit upright, the title and column header repeated on every page, pages numbered. Margins
 * as for an administrative document on A4 (NĐ 30/2020/NĐ-CP Phụ lục I: top and bottom 20–25 mm, left 30–35 mm for
 * binding, right 15–20 mm). Without it a spreadsheet prints the per-act sheet one column per page (18 pages in all).
 */
export interface SheetPrintLayout {
  orientation: 'portrait' | 'landscape';
  /** Rows repeated at the top of every page (the title, the scope line and the column header). */
  repeatRows: string;
  /** Millimetres. */
  margins: { top: number; bottom: number; left: number; right: number };
}

/** Column width units (characters) that fit across A4 upright between those margins at 100 %; wider sheets turn. */
export const PORTRAIT_WIDTH = 90;

export function printLayout(sheet: ReportSheet): SheetPrintLayout {
  const width = sheet.columns.reduce((sum, c) => sum + c.width, 0);
  return { orientation: width > PORTRAIT_WIDTH ? 'landscape' : 'portrait', repeatRows: '1:3', margins: { top: 20, bottom: 20, left: 30, right: 15 } };
}
