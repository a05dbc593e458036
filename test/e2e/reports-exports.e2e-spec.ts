import { INestApplicationContext } from '@nestjs/common';
import ExcelJS from 'exceljs';
import { Role } from '@app/common/role';
import { hasPdftotext, pdfText, sha256 } from '@libs/pdf/pdf-inspect';
import { parseCsv, UTF8_BOM } from '@libs/reports';
import { apiPath, department, Department, startApp, startWorker, TestApp } from './harness';
// Every call checked against the OpenAPI contract (answers, statuses, accepted bodies): test/e2e/api-client.ts.
import { checkedCall as call } from './api-client';
import { waitFor } from './decisions-support';
import { buildWorld, ReportWorld } from './reports-support';

jest.setTimeout(120_000);

const download = async (
  t: TestApp,
  path: string,
  d: Department,
  role = Role.Leader,
): Promise<{ status: number; bytes: Buffer; headers: Headers }> => {
  const res = await fetch(`${t.url}${apiPath(path)}`, { headers: { authorization: `Bearer ${d.sessions[role].token}` } });
  return { status: res.status, bytes: Buffer.from(await res.arrayBuffer()), headers: res.headers };
};

describe('annual report exports: XLSX, CSV and the PDF summary (API + real worker)', () => {
  let t: TestApp;
  let worker: INestApplicationContext;
  let w: ReportWorld;
  let report: any;

  beforeAll(async () => {
    t = await startApp();
    worker = await startWorker();
    w = await buildWorld(t, await department(t), await department(t));
    report = (await call(t, 'GET', `/reports/annual?year=${w.year}`, { token: w.a.sessions[Role.Leader].token })).body;
  });
  afterAll(async () => {
    await worker.close();
    await t.close();
  });

  it('should export a workbook that reads back with the same numbers, one sheet per breakdown', async () => {
    const res = await download(t, `/reports/annual.xlsx?year=${w.year}`, w.a);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="bao-cao-nam-${w.year}.xlsx"; filename*=UTF-8''bao-cao-nam-${w.year}.xlsx`,
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.bytes as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual([
      'Tổng hợp',
      'TTKT theo kế hoạch',
      'TTKT theo loại',
      'TTKT theo đối tượng',
      'Không xử phạt',
      'QĐ theo thẩm quyền',
      'QĐ theo loại',
      'Theo hành vi',
      'Theo đối tượng',
      'Giấy phép hiệu lực',
      'Giấy phép sắp hết hạn',
    ]);
    const summary = book.getWorksheet('Tổng hợp')!;
    const line = (label: string) => summary.getRows(4, summary.rowCount)!.find((r) => r.getCell(1).value === label)!;
    const fines = line('Tổng số tiền phạt theo quyết định');
    expect([fines.getCell(3).value, fines.getCell(3).numFmt]).toEqual([75_000_000, '#,##0 "₫"']);
    expect(line('Quyết định xử phạt vi phạm hành chính').getCell(3).value).toBe(report.summary.sanctionDecisions.value);
    expect(line('Số tiền phạt đã nộp (thu được)').getCell(3).value).toBe(50_000_000);
    expect(summary.getRow(3).getCell(3).value).toBe(`Năm ${w.year}`);
    const bySubject = book.getWorksheet('Theo đối tượng')!;
    const total = bySubject.getRow(bySubject.actualRowCount).values as unknown[];
    // Loại đối tượng, số quyết định (năm, năm trước), số hành vi (…), tiền phạt (…), đã nộp (…)
    expect(total.slice(1)).toEqual(['Tổng cộng', 2, 0, 2, 0, 75_000_000, 0, 50_000_000, 0]);
  });

  it('should export one breakdown as CSV with a BOM, whose diacritics and numbers round-trip', async () => {
    const res = await download(t, `/reports/annual.csv?year=${w.year}&sheet=by-subject-kind`, w.a);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toContain(`filename="bao-cao-nam-${w.year}-by-subject-kind.csv"`);
    expect([...res.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = res.bytes.toString('utf8');
    expect(text.startsWith(UTF8_BOM)).toBe(true);
    const rows = parseCsv(text);
    expect(rows[0][0]).toBe('Loại đối tượng');
    expect(rows.find((r) => r[0] === 'Tạp chí (in, điện tử)')).toEqual([
      'Tạp chí (in, điện tử)',
      '1',
      '0',
      '1',
      '0',
      '50000000',
      '0',
      '50000000',
      '0',
    ]);
    expect(rows.find((r) => r[0] === 'Trang thông tin điện tử tổng hợp')?.[5]).toBe('25000000');
    const bad = await call(t, 'GET', `/reports/annual.csv?year=${w.year}&sheet=everything`, { token: w.a.sessions[Role.Leader].token });
    expect(bad.status).toBe(422);
    expect(bad.body.details.fields[0].field).toBe('sheet');
  });

  it('should render the PDF summary through the document pipeline, and reuse it while the figures stay the same', async () => {
    const legal = w.a.sessions[Role.LegalOfficer].token;
    const requested = await call(t, 'POST', '/reports/annual/pdf', { token: legal, body: { year: w.year } });
    expect(requested.status).toBe(201);
    expect(requested.body).toMatchObject({
      year: w.year,
      departmentId: w.a.id,
      revision: 1,
      status: expect.stringMatching(/pending|ready/),
      download: `/reports/annual/pdf?year=${w.year}&departmentId=${w.a.id}`,
    });
    const ready = await waitFor('the report PDF', async () => {
      const s = await call(t, 'GET', `/reports/annual/pdf/status?year=${w.year}`, { token: legal });
      return s.body.status === 'ready' ? s.body : null;
    });
    const pdf = await download(t, requested.body.download, w.a, Role.LegalOfficer);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('x-content-sha256')).toBe(sha256(pdf.bytes));
    expect(ready.sha256).toBe(sha256(pdf.bytes));
    if (hasPdftotext) {
      const text = pdfText(pdf.bytes) ?? '';
      expect(text).toContain(
        `Số liệu thanh tra, kiểm tra và xử phạt vi phạm hành chính trong lĩnh vực báo chí, thông tin điện tử năm ${w.year}`,
      );
      expect(text).toContain('Tổng số tiền phạt theo quyết định Đồng 75.000.000');
      expect(text).toContain('Tạp chí (in, điện tử)');
    }
    const again = await call(t, 'POST', '/reports/annual/pdf', { token: legal, body: { year: w.year } });
    expect(again.body).toMatchObject({ id: requested.body.id, revision: 1 });
    const [audit] = await t.dataSource.query(
      `select count(*)::int as n from audit_events where action = 'report:pdf-request' and entity_id = $1`,
      [requested.body.id],
    );
    expect(audit.n).toBe(1);
  });

  it('should keep the PDF to one department and to its own users', async () => {
    const viewer = w.a.sessions[Role.MinistryViewer].token;
    const all = await call(t, 'POST', '/reports/annual/pdf', { token: viewer, body: { year: w.year } });
    expect(all.status).toBe(422);
    expect(all.body.details.fields[0].field).toBe('departmentId');
    const other = await call(t, 'GET', `/reports/annual/pdf/status?year=${w.year}&departmentId=${w.a.id}`, {
      token: w.b.sessions[Role.Leader].token,
    });
    expect(other.status).toBe(404);
    const none = await call(t, 'GET', `/reports/annual/pdf/status?year=${w.year}`, { token: w.b.sessions[Role.Leader].token });
    expect(none.status).toBe(404);
  });
});
