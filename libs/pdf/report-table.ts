import type { FontStyle } from './assets';
import type { DocumentWriter } from './writer';
import type { ReportTable } from './report-types';

// Tables of the annual summary: 11 pt cells (NĐ 30/2020 Phụ lục I allows smaller type in tables), thin rules.
const CELL_SIZE = 11;
const HEADER_SIZE = 11;
const TITLE_SIZE = 13;
const PAD_X = 3;
const PAD_Y = 2.5;
const RULE = 0.5;
const HEADER_FILL = '#e8e8e8';

interface Row {
  cells: string[];
  style: FontStyle;
  size: number;
  header: boolean;
}

function widths(w: DocumentWriter, table: ReportTable): number[] {
  const total = table.columns.reduce((s, c) => s + c.width, 0);
  return table.columns.map((c) => (w.width * c.width) / total);
}

function rowHeight(w: DocumentWriter, row: Row, cols: number[]): number {
  const heights = row.cells.map((text, i) => w.textHeight(text || ' ', row.style, row.size, cols[i] - 2 * PAD_X));
  return Math.max(...heights) + 2 * PAD_Y;
}

function drawRow(w: DocumentWriter, table: ReportTable, row: Row, cols: number[], height: number): void {
  const doc = w.doc;
  const top = doc.y;
  let x = w.left;
  if (row.header) doc.save().rect(w.left, top, w.width, height).fill(HEADER_FILL).restore();
  row.cells.forEach((text, i) => {
    const align = row.header ? 'center' : table.columns[i].align;
    w.place(text, x + PAD_X, top + PAD_Y, cols[i] - 2 * PAD_X, row.style, row.size, align);
    doc.save().lineWidth(RULE).rect(x, top, cols[i], height).stroke().restore();
    x += cols[i];
  });
  doc.x = w.left;
  doc.y = top + height;
}

/** Tables up to this height move whole to the next page rather than split. */
const KEEP_WHOLE = 260;

/** A titled table that flows across pages, repeating its header row on each new page; a total never sits alone. */
export function drawTable(w: DocumentWriter, table: ReportTable): void {
  const cols = widths(w, table);
  const header: Row = { cells: table.columns.map((c) => c.header), style: 'bold', size: HEADER_SIZE, header: true };
  const headerHeight = rowHeight(w, header, cols);
  const rows: Row[] = table.rows.map((cells, i) => ({
    cells,
    style: table.totalRow && i === table.rows.length - 1 ? 'bold' : 'regular',
    size: CELL_SIZE,
    header: false,
  }));
  const heights = rows.map((r) => rowHeight(w, r, cols));
  const whole = headerHeight + heights.reduce((s, h) => s + h, 0);
  const keep = whole <= KEEP_WHOLE ? whole : headerHeight + heights.slice(0, 2).reduce((s, h) => s + h, 0);
  w.paragraph(table.title, { style: 'bold', size: TITLE_SIZE, indent: 0, align: 'left', gapAfter: 4, keepWithNext: keep });
  drawRow(w, table, header, cols, headerHeight);
  rows.forEach((row, i) => {
    // The row before the total takes the total with it.
    const needed = heights[i] + (table.totalRow && i === rows.length - 2 ? heights[i + 1] : 0);
    const pages = w.pageCount();
    w.ensureSpace(needed);
    if (w.pageCount() !== pages) drawRow(w, table, header, cols, headerHeight);
    drawRow(w, table, row, cols, heights[i]);
  });
  w.doc.y += 10;
}
