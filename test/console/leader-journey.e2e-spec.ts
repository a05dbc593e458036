import { readFileSync } from 'node:fs';
import { Role } from '@app/common/role';
import { call, department, Department } from '../e2e/harness';
import { draftDecision, magazine, readyCase, verifyRows, waitFor } from '../e2e/decisions-support';
import { issue } from '../e2e/reports-support';
import { ConsoleApp, Login, newUser, screenshot, signIn, startConsole } from './console-support';

jest.setTimeout(180_000);

/**
 * Acceptance of issue 16, the leader's journey: the dashboard shows the year's totals equal to GET /reports/annual, a
 * drill-down lists the decisions behind the fines total, the XLSX downloads. And the public verification page of the
 * issued decision shows it without a login.
 */
describe('web console: the leader journey and the public verification page (issue 16)', () => {
  let c: ConsoleApp;
  let a: Department;
  let leader: Login;
  let decision: { id: string; number: string; verificationCode: string };

  beforeAll(async () => {
    c = await startConsole({ worker: true });
    a = await department(c.t, 'Sở Văn hóa và Thể thao tỉnh Thử Nghiệm');
    leader = await newUser(c.t, a, Role.Leader, 'Lê Minh Đạo', 'dao.lm');
    const ready = await readyCase(c.t, a, await magazine(c.t, a));
    await verifyRows(c.t, a);
    const draft = await draftDecision(c.t, a, ready.id);
    const issued = await issue(c.t, a, draft.id);
    const body = (await call(c.t, 'GET', `/decisions/${issued.id}`, { token: a.sessions[Role.LegalOfficer].token })).body;
    decision = { id: issued.id, number: issued.number, verificationCode: body.verificationCode };
    await waitFor('the decision PDF', async () => (await call(c.t, 'GET', `/decisions/${issued.id}/document`, { token: a.sessions[Role.LegalOfficer].token })).body.status === 'ready', 60_000);
  }, 180_000);
  afterAll(async () => {
    await c?.close();
  });

  it("should show the year's totals as the API counts them, open the decisions behind the fines and download the XLSX", async () => {
    const year = new Date().getFullYear();
    const api = (await call(c.t, 'GET', `/reports/annual?year=${year}`, { token: a.sessions[Role.Leader].token })).body;
    const fines: number = api.summary.finesImposedVnd.value;
    expect(fines).toBeGreaterThan(0);
    await signIn(c.page, leader.username, leader.password);
    await c.page.waitForURL(/\/reports/);
    const money = `${fines.toLocaleString('vi-VN').replace(/,/g, '.')}\u00a0₫`;
    const card = c.page.locator('.ant-card').filter({ hasText: 'Tổng số tiền phạt' });
    await card.getByText(money, { exact: true }).waitFor();
    expect(await c.page.locator('.ant-card').filter({ hasText: 'Quyết định xử phạt' }).first().locator('.ant-statistic-content').textContent()).toBe(String(api.summary.sanctionDecisions.value));
    await screenshot(c.page, 'dashboard');
    await card.getByRole('button', { name: 'Xem chi tiết Tổng số tiền phạt' }).click();
    const drawer = c.page.getByRole('dialog', { name: 'Tổng số tiền phạt' });
    await drawer.getByRole('cell', { name: decision.number }).waitFor();
    await screenshot(c.page, 'dashboard-drill-down', false);
    await drawer.getByRole('button', { name: 'Close' }).or(drawer.getByRole('button', { name: 'Đóng' })).first().click();
    const [download] = await Promise.all([c.page.waitForEvent('download'), c.page.getByRole('button', { name: 'Tải báo cáo (Excel)' }).click()]);
    expect(readFileSync(await download.path()).subarray(0, 2).toString()).toBe('PK');
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
