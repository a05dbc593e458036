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

/** What an official report adds to the figures: its registered number, who signs, where it goes. */
export interface ReportIssue {
  /** The number the report got in the department's register of outgoing documents (NĐ 30/2020 Đ15), if any. */
  number?: number;
  signer?: AnnualReportDocument['signer'];
  recipients?: string[];
}

/**
 * Nơi nhận of the annual report: the Ministry's press department, the provincial people's committee the department
 * reports to, and the department's own file (NĐ 30/2020 Phụ lục I: "Lưu: VT, <unit>").
 */
export function defaultRecipients(issuer: ReportIssuer): string[] {
  return ['Bộ Văn hóa, Thể thao và Du lịch (Cục Báo chí)', ...(issuer.parentBody ? [`${issuer.parentBody} (để báo cáo)`] : []), 'Lưu: VT, Thanh tra Sở'];
}

/**
 * The frozen input of the printable summary: every table of the report, and the fines by subject kind as a chart,
 * closed as an official report. Without a registered number it prints no "Số:" line (never a bare "Số: /"); the
 * director signs unless another signer is named, the name left for hand when none is given.
 */
export function annualReportDocument(r: AnnualReport, issuer: ReportIssuer, date: string, issue: ReportIssue = {}): AnnualReportDocument {
  return {
    parentBody: issuer.parentBody ?? undefined,
    issuingBody: issuer.name,
    // NĐ 30/2020 Đ15: numbers below 10 are written with a leading zero ("05/BC-…").
    number: issue.number === undefined ? undefined : `${String(issue.number).padStart(2, '0')}/BC-${issuer.abbreviation}`,
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
    signer: issue.signer ?? { title: 'Giám đốc' },
    recipients: issue.recipients ?? defaultRecipients(issuer),
  };
}
