import type { Cell, ReportSheet } from './sheets';

/** UTF-8 byte order mark: without it Excel reads the file as the ANSI code page and breaks the diacritics. */
export const UTF8_BOM = '\uFEFF';

/** RFC 4180 quoting: a field with a comma, quote or line break is quoted, its quotes doubled. */
function field(value: Cell): string {
  // Whole numbers, no grouping: Vietnamese Excel groups with "." and would misread "1.500.000" or "1,500,000".
  const text = typeof value === 'number' ? String(value) : value.normalize('NFC');
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One sheet as CSV: the BOM, a header row, the rows (and the total), CRLF line ends. */
export function sheetCsv(sheet: ReportSheet): string {
  const lines = [sheet.columns.map((c) => field(c.header)), ...sheet.rows.map((row) => row.map(field))];
  return UTF8_BOM + lines.map((l) => l.join(',')).join('\r\n') + '\r\n';
}

/** Reads back what `sheetCsv` writes (used by the tests; not a general CSV parser for foreign files). */
export function parseCsv(text: string): string[][] {
  const body = text.startsWith(UTF8_BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && body[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}
