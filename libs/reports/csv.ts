import type { Cell, ReportSheet } from './sheets';

/** UTF-8 byte order mark: without it Excel reads the file as the ANSI code page and breaks the diacritics. */
export const UTF8_BOM = '\uFEFF';

/**
 * What makes a spreadsheet read a text cell as a formula: `=`, `+`, `-`, `@` (and their full-width forms, which some
 * spreadsheet versions accept as well), or a tab, carriage return or line feed in front of one (OWASP "CSV injection").
 */
const FORMULA_START = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * A text cell as data, never as a formula: one that a spreadsheet would evaluate (a catalogue description such as
 * `=HYPERLINK(…)` written by anyone who may edit the catalogue) gets a leading apostrophe, the prefix a spreadsheet
 * itself uses to keep typed text literal. Numbers are never passed here: a negative amount stays a number.
 */
export function inertText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * RFC 4180 quoting, and more: a field with a comma, a semicolon (the list separator Excel uses with Vietnamese
 * regional settings, which would otherwise split `a;=1+1` into a second cell that is a formula), a quote or a line
 * break is quoted, its quotes doubled. Text is made inert first.
 */
function field(value: Cell): string {
  // Whole numbers, no grouping: Vietnamese Excel groups with "." and would misread "1.500.000" or "1,500,000".
  const text = typeof value === 'number' ? String(value) : inertText(value.normalize('NFC'));
  return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One sheet as CSV: the BOM, a header row, the rows (and the total), CRLF line ends. */
export function sheetCsv(sheet: ReportSheet): string {
  const lines = [sheet.columns.map((c) => field(c.header)), ...sheet.rows.map((row) => row.map(field))];
  return UTF8_BOM + lines.map((l) => l.join(',')).join('\r\n') + '\r\n';
}

/**
 * Reads back what `sheetCsv` writes (used by the tests; not a general CSV parser for foreign files). `separator` ";"
 * reads it as Excel does under Vietnamese regional settings.
 */
export function parseCsv(text: string, separator: ',' | ';' = ','): string[][] {
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
    else if (ch === separator) {
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
