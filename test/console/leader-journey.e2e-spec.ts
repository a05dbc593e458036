import { readFileSync } from 'node:fs';
import { Role } from '@app/common/role';
import { call, department, Department } from '../e2e/harness';
import { draftDecision, readyCase, verifyRows, waitFor } from '../e2e/decisions-support';
import { buildWorld, issue } from '../e2e/reports-support';
import { ConsoleApp, Login, newUser, screenshot, signIn, startConsole } from './console-support';

jest.setTimeout(240_000);

/** How the console writes a count and an amount (vi-VN grouping; Node's ICU may lack the locale). */
const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
const vnd = (n: number) => `${grouped(n)}\u00a0₫`;

/** Summary figures checked on screen, with their labels (money ones in VND). */
const CHECKED: [key: string, label: string, money?: boolean][] = [
  ['inspections', 'Cuộc thanh tra, kiểm tra'],
  ['casesOpened', 'Hồ sơ mở trong năm'],
  ['casesClosed', 'Hồ sơ đóng trong năm'],
  ['sanctionDecisions', 'Quyết định xử phạt'],
  ['sanctionedActs', 'Hành vi vi phạm bị xử phạt'],
  ['finesImposedVnd', 'Tổng số tiền phạt', true],
  ['finesCollectedVnd', 'Tiền phạt đã nộp', true],
  ['licenceSuspensions', 'Tước quyền sử dụng giấy phép'],
  ['activitySuspensions', 'Đình chỉ hoạt động'],
];

/**
 * Acceptance of issue 16 §7, the leader's dashboard: the year's totals equal to GET /reports/annual beside the year
 * before, charts, a drill-down listing the decisions behind the fines total, the XLSX, CSV and PDF downloads; the
 * ministry viewer switching department. And the public verification page of the issued decision without a login.
 */
describe('web console: the leader journey and the public verification page (issue 16)', () => {
  let c: ConsoleApp;
  let a: Department;
  let b: Department;
  let leader: Login;
  let decision: { id: string; number: string; verificationCode: string };
  const year = new Date().getFullYear();
  const report = async (d: Department, role: Role, query = '') => (await call(c.t, 'GET', `/reports/annual?year=${year}${query}`, { token: d.sessions[role].token })).body;

  beforeAll(async () => {
    c = await startConsole({ worker: true });
    a = await department(c.t, 'Sở Văn hóa và Thể thao tỉnh Thử Nghiệm');
    b = await department(c.t, 'Sở Văn hóa, Thể thao và Du lịch tỉnh Mẫu Sơn');
    leader = await newUser(c.t, a, Role.Leader, 'Lê Minh Đạo', 'dao.lm');
    // The annual report's dataset (both departments, both years), then one more decision of A for the verification page.
    const w = await buildWorld(c.t, a, b);
    const magazineId: string = (await call(c.t, 'GET', `/cases/${w.c1}`, { token: a.sessions[Role.LegalOfficer].token })).body.subjectId;
    const ready = await readyCase(c.t, a, magazineId);
    await verifyRows(c.t, a);
    const draft = await draftDecision(c.t, a, ready.id);
    const issued = await issue(c.t, a, draft.id);
    const body = (await call(c.t, 'GET', `/decisions/${issued.id}`, { token: a.sessions[Role.LegalOfficer].token })).body;
    decision = { id: issued.id, number: issued.number, verificationCode: body.verificationCode };
    await waitFor('the decision PDF', async () => (await call(c.t, 'GET', `/decisions/${issued.id}/document`, { token: a.sessions[Role.LegalOfficer].token })).body.status === 'ready', 60_000);
  }, 240_000);
  afterAll(async () => {
    await c?.close();
  });

  it("should show the year's totals beside the year before as the API counts them, draw the charts and open the decisions behind the fines", async () => {
    const api = await report(a, Role.Leader);
    expect(api.summary.finesImposedVnd.value).toBeGreaterThan(0);
    await signIn(c.page, leader.username, leader.password);
    await c.page.waitForURL(/\/reports/);
    await c.page.getByRole('heading', { name: `Số liệu năm ${year}`, level: 1 }).waitFor();
    const summary = c.page.locator('.ant-card').filter({ has: c.page.getByRole('heading', { name: 'Tổng hợp so với năm trước' }) });
    const table = summary.getByRole('table');
    await table.waitFor();
    expect(await table.getByRole('columnheader').allTextContents()).toEqual(expect.arrayContaining([`Năm ${year}`, `Năm ${year - 1}`, 'Tăng, giảm']));
    for (const [key, label, money] of CHECKED) {
      const f = api.summary[key];
      const show = money ? vnd : grouped;
      await table.getByRole('button', { name: `${label}, năm ${year}: ${show(f.value)}`, exact: true }).waitFor();
      await table.getByRole('button', { name: `${label}, năm ${year - 1}: ${show(f.previousValue)}`, exact: true }).waitFor();
    }
    // The key figure: this year, the change and last year.
    const fines = c.page.locator('.ant-card').filter({ hasText: 'Tổng số tiền phạt' }).first();
    await fines.getByText(vnd(api.summary.finesImposedVnd.value), { exact: true }).waitFor();
    await fines.getByText(`Năm ${year - 1}: ${vnd(api.summary.finesImposedVnd.previousValue)}`).waitFor();
    // Charts: SVG bars, this year and the year before.
    const chart = c.page.getByRole('figure', { name: `Biểu đồ: Các chỉ tiêu chính, năm ${year} so với năm ${year - 1}` });
    await chart.waitFor();
    expect(await chart.locator('rect').count()).toBeGreaterThan(4);
    expect(await c.page.getByRole('figure', { name: /^Biểu đồ: / }).count()).toBeGreaterThanOrEqual(6);
    // Replaced catalogue codes never show raw: the act column names the provision.
    expect(await c.page.getByText(/^\d+\/\d{4}:Đ/).count()).toBe(0);
    await screenshot(c.page, 'leader-dashboard');

    await fines.getByRole('button', { name: 'Xem chi tiết Tổng số tiền phạt' }).click();
    const drawer = c.page.getByRole('dialog', { name: `Tổng số tiền phạt — năm ${year}` });
    await drawer.getByRole('cell', { name: decision.number }).waitFor();
    await drawer.getByText(`Tổng: ${vnd(api.summary.finesImposedVnd.value)}`).waitFor();
    await screenshot(c.page, 'leader-drill-down', false);
    await c.page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });

    // A bar of a chart opens its records too.
    await chart.getByRole('button', { name: `Quyết định xử phạt, năm ${year}: ${grouped(api.summary.sanctionDecisions.value)}` }).click();
    await c.page.getByRole('dialog', { name: `Quyết định xử phạt — năm ${year}` }).getByRole('cell', { name: decision.number }).waitFor();
    await c.page.keyboard.press('Escape');
  });

  it('should download the report as XLSX, CSV and, once the worker has rendered it, PDF', async () => {
    const [xlsx] = await Promise.all([c.page.waitForEvent('download'), c.page.getByRole('button', { name: 'Tải báo cáo (Excel)' }).click()]);
    expect(readFileSync(await xlsx.path()).subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
    expect(xlsx.suggestedFilename()).toBe(`bao-cao-nam-${year}.xlsx`);

    await c.page.getByRole('button', { name: 'Tải bảng (CSV)' }).click();
    const [csv] = await Promise.all([c.page.waitForEvent('download'), c.page.getByRole('menuitem', { name: 'Tổng hợp', exact: true }).click()]);
    const text = readFileSync(await csv.path(), 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.slice(1).split('\r\n')[0]).toBe(`Chỉ tiêu,Đơn vị tính,Năm ${year},Năm ${year - 1}`);

    const pdfDownload = c.page.waitForEvent('download', { timeout: 90_000 });
    await c.page.getByRole('button', { name: 'Tải báo cáo (PDF)' }).click();
    await c.page.getByRole('progressbar').waitFor();
    await c.page.getByText('Đang tạo báo cáo PDF…').first().waitFor();
    const pdf = await pdfDownload;
    expect(readFileSync(await pdf.path()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await c.page.getByRole('progressbar').waitFor({ state: 'detached' });
  });

  it("should let the ministry viewer choose a department and see that department's totals", async () => {
    // The ministry viewer the harness creates with every department (as test/e2e/reports.e2e-spec.ts uses it).
    const [{ username }] = await c.t.dataSource.query(`select username from users where id = $1`, [b.sessions[Role.MinistryViewer].userId]);
    const password = `pw-${Role.MinistryViewer}-${String(username).split('.').at(-1)}`;
    await c.t.dataSource.query(`update users set full_name = 'Trần Thu Hà' where id = $1`, [b.sessions[Role.MinistryViewer].userId]);
    const all = await report(b, Role.MinistryViewer);
    const ofA = await report(b, Role.MinistryViewer, `&departmentId=${a.id}`);
    const ofB = await report(b, Role.MinistryViewer, `&departmentId=${b.id}`);
    expect(ofB.summary.finesImposedVnd.value).toBeGreaterThan(0);
    expect(ofB.summary.finesImposedVnd.value).not.toBe(ofA.summary.finesImposedVnd.value);

    const context = await c.browser.newContext({ baseURL: c.t.url, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', viewport: { width: 1366, height: 860 } });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await signIn(page, username, password);
    await page.waitForURL(/\/reports/);
    const inspections = (n: number) => page.getByRole('button', { name: `Cuộc thanh tra, kiểm tra, năm ${year}: ${grouped(n)}`, exact: true }).first();
    const fines = page.locator('.ant-card').filter({ hasText: 'Tổng số tiền phạt' }).first();
    await page.getByText(/^Tất cả các Sở · so sánh với năm/).waitFor();
    await fines.getByText(vnd(all.summary.finesImposedVnd.value), { exact: true }).waitFor();
    // The PDF summary is made for one department.
    expect(await page.getByRole('button', { name: 'Tải báo cáo (PDF)' }).isDisabled()).toBe(true);

    const choose = async (name: string) => {
      await page.getByLabel('Sở', { exact: true }).click();
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: name }).click();
    };
    await choose('Sở Văn hóa, Thể thao và Du lịch tỉnh Mẫu Sơn');
    await page.waitForURL(new RegExp(`departmentId=${b.id}`));
    await page.getByText(/^Sở Văn hóa, Thể thao và Du lịch tỉnh Mẫu Sơn · so sánh với năm/).waitFor();
    await inspections(ofB.summary.inspections.value).waitFor();
    await fines.getByText(vnd(ofB.summary.finesImposedVnd.value), { exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'Tải báo cáo (PDF)' }).isDisabled()).toBe(false);

    await choose('Sở Văn hóa và Thể thao tỉnh Thử Nghiệm');
    await page.waitForURL(new RegExp(`departmentId=${a.id}`));
    await fines.getByText(vnd(ofA.summary.finesImposedVnd.value), { exact: true }).waitFor();
    await inspections(ofA.summary.inspections.value).waitFor();
    // The address keeps the choice: a reload shows the same department.
    await page.reload();
    await page.getByText(/^Sở Văn hóa và Thể thao tỉnh Thử Nghiệm · so sánh với năm/).waitFor();
    await screenshot(page, 'reports-ministry', false);
    await context.close();
  });

  it('should show the decision on its public verification page without a login', async () => {
    const visitor = await c.browser.newContext({ baseURL: c.t.url, locale: 'vi-VN', viewport: { width: 390, height: 844 }, isMobile: true });
    const phone = await visitor.newPage();
    await phone.goto(`/verify/${decision.verificationCode}`);
    await phone.getByText(decision.number, { exact: true }).waitFor();
    expect(await phone.getByText('Đang có hiệu lực').count()).toBe(1);
    await screenshot(phone, 'verify-phone');
    await visitor.close();
  });
});
