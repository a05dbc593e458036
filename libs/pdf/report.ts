import { formatDateVi, formatPlaceDateLine, isIsoDate } from '@libs/vn';
import { isWordingTable, loadTemplate } from './assets';
import { type Columns, columnsHeight, drawColumns, drawHeader, drawTitle, recipientLines, SIGNATURE_SPACE, type StackedLine } from './blocks';
import { DocumentWriter } from './writer';
import { drawBarChart } from './report-chart';
import { drawTable } from './report-table';
import type { AnnualReportDocument } from './report-types';
import { DocumentInputError } from './validate';
import { fill } from './wording';

// The printable annual summary (báo cáo số liệu năm), an official report of the department (NĐ 30/2020 Phụ lục I):
// header (with its number once registered), title, the tables and a bar chart, then Nơi nhận and the signature block.

/** About one blank 11 pt line above "Nơi nhận". */
const CLOSING_GAP = 8;

const REPORT_KEYS = [
  'title',
  'summary',
  'scope',
  'moneyUnit',
  'section',
  'chartSection',
  'chartLegendNote',
  'notesHeading',
  'generated',
  'pageNumber',
  'endMark',
  'signer.deputyPrefix',
] as const;
type ReportWording = Record<(typeof REPORT_KEYS)[number], string>;

export function reportWording(): ReportWording {
  return loadTemplate('report/annual.json', (v): v is ReportWording => isWordingTable(v, REPORT_KEYS, []));
}

/** Refuses an input that would print gaps or misaligned tables; the worker fails the job at once on it. */
export function validateAnnualReport(d: AnnualReportDocument): void {
  const problems: string[] = [];
  if (!d.issuingBody?.trim()) problems.push('issuingBody is empty');
  if (!d.place?.trim()) problems.push('place is empty');
  if (!d.signer?.title?.trim()) problems.push('signer.title is empty');
  if (!d.recipients?.length || d.recipients.some((r) => !r.trim())) problems.push('recipients is empty');
  for (const [name, date] of [
    ['date', d.date],
    ['asOf', d.asOf],
  ] as const) {
    if (!isIsoDate(date)) problems.push(`${name} is not a date`);
  }
  if (!Number.isInteger(d.year) || d.previousYear !== d.year - 1) problems.push('year and previousYear do not follow each other');
  d.tables.forEach((t, i) => {
    if (t.columns.length === 0) problems.push(`tables[${i}] has no columns`);
    t.rows.forEach((r, j) => {
      if (r.length !== t.columns.length) problems.push(`tables[${i}].rows[${j}] has ${r.length} cells for ${t.columns.length} columns`);
    });
  });
  if (d.chart.categories.some((c) => c.values.some((v) => !Number.isFinite(v) || v < 0))) {
    problems.push('chart values must be finite and not negative');
  }
  if (problems.length > 0) throw new DocumentInputError(problems);
}

/** NĐ 30/2020 Đ13: a deputy signs "KT. <HEAD TITLE>" above their own title; room for the signature and seal below. */
function signerLines(t: ReportWording, s: AnnualReportDocument['signer']): StackedLine[] {
  const upper = (text: string): string => text.toLocaleUpperCase('vi');
  const lines: StackedLine[] = [];
  if (s.headTitle) lines.push({ text: `${t['signer.deputyPrefix']}${upper(s.headTitle)}`, style: 'bold', size: 14 });
  lines.push({ text: upper(s.title), style: 'bold', size: 14 });
  // No name given: the space stays for the signature, the seal and the name written in by hand.
  lines.push({ text: s.fullName ?? ' ', style: 'bold', size: 14, spaceBefore: SIGNATURE_SPACE });
  return lines;
}

/** Renders the annual summary to PDF bytes; the same input gives the same bytes. */
export async function renderAnnualReportPdf(d: AnnualReportDocument): Promise<Buffer> {
  validateAnnualReport(d);
  const t = reportWording();
  const summary = fill(t.summary, { year: d.year });
  const w = new DocumentWriter({ title: summary, subject: d.scopeName, author: d.issuingBody, date: d.date, input: d, firstPageFooter: 0 });
  drawHeader(w, {
    parentBody: d.parentBody,
    issuingBody: d.issuingBody,
    number: d.number,
    placeDateLine: formatPlaceDateLine(d.place, d.date),
  });
  drawTitle(w, t.title, [{ text: summary, style: 'bold' }]);
  w.paragraph(fill(t.scope, { scope: d.scopeName, year: d.year, previousYear: d.previousYear, asOf: formatDateVi(d.asOf) }), {
    style: 'italic',
    size: 13,
  });
  w.paragraph(t.moneyUnit, { style: 'italic', size: 13 });
  d.tables.forEach((table, i) => drawTable(w, { ...table, title: fill(t.section, { n: i + 1, title: table.title }) }));
  drawBarChart(w, { ...d.chart, title: fill(t.section, { n: d.tables.length + 1, title: d.chart.title }) });
  w.paragraph(fill(t.chartLegendNote, { unit: d.chart.unit }), { style: 'italic', size: 11, indent: 0 });
  w.paragraph(t.notesHeading, { style: 'bold', size: 12, indent: 0, keepWithNext: 30 });
  for (const note of d.notes) w.paragraph(`- ${note}`, { size: 12, indent: 0 });
  const closing: Columns = { left: recipientLines(d.recipients), right: signerLines(t, d.signer), leftAlign: 'left', leftShare: 0.45 };
  // The body ends with "./." and the signature never stands alone on a page: the last paragraph goes over with it.
  const last = `${t.generated}${t.endMark}`;
  w.paragraph(last, { style: 'italic', size: 11, indent: 0, keepWithNext: columnsHeight(w, closing) + CLOSING_GAP });
  w.doc.y += CLOSING_GAP;
  drawColumns(w, closing);
  w.numberPages((page) => fill(t.pageNumber, { page }));
  return w.finish();
}
