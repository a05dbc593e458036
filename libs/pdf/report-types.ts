import type { IsoDate } from './types';

/** One table of the summary: text already formatted (numbers grouped), so the layout only places it. */
export interface ReportTable {
  title: string;
  columns: { header: string; align: 'left' | 'right'; /** relative width */ width: number }[];
  rows: string[][];
  /** The last row is the total: printed bold. */
  totalRow: boolean;
}

/** Grouped vertical bars: the year and the year before, per category. */
export interface ReportBarChart {
  title: string;
  /** e.g. "triệu đồng": values are already in this unit. */
  unit: string;
  /** Legend of the two series: [this year, the year before]. */
  series: [string, string];
  categories: { label: string; values: [number, number] }[];
}

/**
 * The frozen input of the printable annual summary (báo cáo số liệu năm). Plain JSON: stored with the document row and
 * rendered later by the worker, so the same input always gives the same bytes.
 */
export interface AnnualReportDocument {
  parentBody?: string;
  issuingBody: string;
  /** Number and symbol without "Số: ", e.g. "05/BC-SVHTT"; none until the report is registered: no "Số:" line then. */
  number?: string;
  place: string;
  /** The day the summary was drawn up. */
  date: IsoDate;
  year: number;
  previousYear: number;
  /** e.g. the department's name. */
  scopeName: string;
  asOf: IsoDate;
  tables: ReportTable[];
  chart: ReportBarChart;
  notes: string[];
  /** Who signs (NĐ 30/2020 Đ13): the head's title, or a deputy's with "KT." and the head's; the name may be left to hand. */
  signer: { title: string; headTitle?: string; fullName?: string };
  /** Nơi nhận (NĐ 30/2020 Phụ lục I). */
  recipients: string[];
}
