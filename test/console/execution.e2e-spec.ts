import { readFileSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { Role } from '@app/common/role';
import { addDays, todayInVietnam } from '@libs/vn';
import { formatDateNumeric } from '@libs/vn/dates';
import { formatGrouped } from '@libs/vn/money';
import { department, Department, TestApp } from '../e2e/harness';
import { execution, issuedDecision, missionActs, startAppWithClock, TestClock, verifyRows } from '../e2e/execution-support';
import { buildConsole, launchBrowser, Login, newUser, screenshot, signIn } from './console-support';

jest.setTimeout(300_000);

const money = (n: number): string => `${formatGrouped(n)}\u00a0₫`;
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

/** Types a date into an antd DatePicker (dd/mm/yyyy) and confirms it. */
async function pickDate(field: Locator, iso: string): Promise<void> {
  await field.click();
  await field.fill(formatDateNumeric(iso));
  // Tab, not Enter: Enter in a field sends the form.
  await field.press('Tab');
}

/** A screenshot once the confirmation message has gone, so it does not cover the page. */
async function shot(page: Page, name: string, fullPage = true): Promise<void> {
  await page.locator('.ant-message-notice').first().waitFor({ state: 'detached', timeout: 10_000 }).catch(() => undefined);
  await screenshot(page, name, fullPage);
}

/**
 * Issue 16 §5, the execution of an issued decision in the console: as the legal officer, the delivery with its proof,
 * a partial payment once the 10 days have passed (the balance and the late charge step by step), a request for
 * instalments refused under LXLVPHC Đ79 k2 then granted (the schedule and the MQĐ05 PDF), a complaint; as a leader,
 * the same page without any button. The execution clock moves forward as in test/e2e/execution.e2e-spec.ts.
 */
describe('web console: the execution of a sanction decision (issue 16 §5)', () => {
  const clock = new TestClock();
  const T = todayInVietnam();
  let t: TestApp & { startWorker(): Promise<unknown> };
  let browser: Browser;
  let page: Page;
  let a: Department;
  let officer: Login;
  let leader: Login;
  let decision: { id: string; caseId: string; number: string; totalFineVnd: number };
  const url = () => `/decisions/${decision.id}/execution`;

  beforeAll(async () => {
    t = await startAppWithClock(clock, { CONSOLE_DIR: buildConsole() });
    await t.startWorker();
    a = await department(t, 'Sở Văn hóa và Thể thao tỉnh Thử Nghiệm');
    await verifyRows(t, a);
    officer = await newUser(t, a, Role.LegalOfficer, 'Nguyễn Thị Phương Thảo', 'thao.ntp');
    leader = await newUser(t, a, Role.Leader, 'Lê Minh Đạo', 'dao.lm');
    clock.set(0);
    // Four acts at 50 000 000 đồng: 200 000 000, the threshold for an organisation to pay in instalments (LXLVPHC Đ79 k1 a).
    decision = await issuedDecision(t, a, 'Tạp chí Văn hóa Thử Nghiệm', missionActs(4));
    browser = await launchBrowser();
    const context = await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', baseURL: t.url, viewport: { width: 1366, height: 860 }, acceptDownloads: true });
    page = await context.newPage();
    page.setDefaultTimeout(20_000);
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('should record the delivery with its proof file, on time, and start the 10 days to pay', async () => {
    clock.set(1);
    await signIn(page, officer.username, officer.password);
    await page.goto(url());
    await page.getByRole('heading', { name: `Thi hành quyết định số ${decision.number}` }).waitFor();
    await page.getByText('Chưa xác định', { exact: true }).first().waitFor();
    const form = page.getByRole('region', { name: 'Ghi nhận giao, gửi quyết định' });
    await pickDate(form.getByLabel('Ngày người vi phạm nhận'), addDays(T, 1));
    await form.getByLabel('Người nhận').fill('Lê Văn Hùng, Tổng Biên tập');
    await form.locator('input[type=file]').setInputFiles({ name: 'phieu-bao-phat.pdf', mimeType: 'application/pdf', buffer: PDF });
    await form.getByText('phieu-bao-phat.pdf').waitFor();
    await form.getByRole('button', { name: 'Ghi nhận giao quyết định' }).click();
    const table = page.getByRole('table', { name: 'Giao quyết định' });
    await table.getByText('Lê Văn Hùng, Tổng Biên tập').waitFor();
    await table.getByText('Đúng hạn', { exact: true }).waitFor();
    await table.getByRole('button', { name: 'Tải phieu-bao-phat.pdf' }).waitFor();
    const x = await execution(t, a, decision.id);
    expect(x.deliveries).toHaveLength(1);
    expect(x.deliveries[0]).toMatchObject({ receivedOn: addDays(T, 1), recipient: 'Lê Văn Hùng, Tổng Biên tập', late: false });
    expect(x.deliveries[0].proofFileId).toEqual(expect.any(String));
    const daysToPay = Math.round((Date.parse(x.payment.dues[0].dueOn) - Date.parse(addDays(T, 1))) / 86_400_000);
    await page.getByText(`Còn ${daysToPay} ngày`, { exact: true }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), table.getByRole('button', { name: 'Tải phieu-bao-phat.pdf' }).click()]);
    expect(readFileSync(await download.path()).subarray(0, 5).toString()).toBe('%PDF-');
    await shot(page, 'execution-delivery');
  });

  it('should take a partial payment after the deadline and show the balance and the late charge step by step', async () => {
    clock.set(20);
    // A new day: load the page again (the forms take the API's today as their default date).
    await page.goto(`${url()}#nop-phat`);
    await page.reload();
    await page.getByText('Số liệu tính đến ngày ' + formatDateNumeric(addDays(T, 20))).waitFor();
    const form = page.getByRole('region', { name: 'Ghi nhận nộp tiền phạt' });
    await form.getByLabel('Số tiền nộp (đồng)').fill('50000000');
    await form.getByLabel('Số biên lai, chứng từ').fill('BL-0001234');
    await form.locator('input[type=file]').setInputFiles({ name: 'bien-lai-BL-0001234.pdf', mimeType: 'application/pdf', buffer: PDF });
    await form.getByRole('button', { name: 'Ghi nhận nộp phạt' }).click();
    await page.getByText('Đã ghi nhận nộp 50.000.000\u00a0₫.').waitFor();
    const x = await execution(t, a, decision.id);
    const lc = x.payment.lateCharge;
    expect(x.payments).toHaveLength(1);
    expect(lc.chargeVnd).toBeGreaterThan(0);
    expect(lc.balanceVnd).toBe(200_000_000 - 50_000_000 + lc.chargeVnd);
    await page.getByText(money(lc.balanceVnd), { exact: true }).waitFor();
    await page.getByText(`Tiền chậm nộp đến nay: ${money(lc.chargeVnd)}`).waitFor();
    const steps = page.getByRole('table', { name: 'Cách tính' });
    for (const s of lc.steps) await steps.getByText(`${s.days} ngày × 0,05% × ${money(s.unpaidVnd)} = ${money(s.chargeVnd)}`).waitFor();
    await page.getByText('LXLVPHC Đ78 k1; NĐ 118/2021 Đ20 k3').waitFor();
    await page.getByText(/^Quá hạn \d+ ngày$/).waitFor();
    await shot(page, 'execution-late-charge');
  });

  it('should take a request for instalments, show the law refusing a plan under LXLVPHC Đ79 k2, then grant one in an MQĐ05 rendered as PDF', async () => {
    await page.getByRole('tab', { name: /Hoãn, nộp nhiều lần/ }).click();
    await page.waitForURL(/#hoan-nop-nhieu-lan$/);
    const form = page.getByRole('region', { name: 'Tiếp nhận đơn đề nghị' });
    await form.getByLabel('Lý do (hoàn cảnh khó khăn)').fill('Doanh thu quảng cáo giảm mạnh, tạp chí đang lỗ hai quý liên tiếp');
    await form.getByLabel('Cơ quan xác nhận khó khăn').fill('Thuế cơ sở 3 tỉnh Thử Nghiệm');
    await form.getByRole('button', { name: 'Tiếp nhận đơn' }).click();
    await page.getByText('Đang xem xét', { exact: true }).waitFor();
    await page.getByRole('button', { name: /^Ra quyết định về đơn/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('lần đầu ít nhất 40%', { exact: false }).waitFor();
    await dialog.getByLabel('Họ tên người ký').fill('Trần Thị Minh Thư');
    await dialog.getByLabel('Chức vụ người ký').fill('Giám đốc');
    await dialog.getByLabel('Số tiền lần 1 (đồng)').fill('60000000');
    await pickDate(dialog.getByLabel('Hạn nộp lần 1'), addDays(T, 40));
    await dialog.getByLabel('Số tiền lần 2 (đồng)').fill('140000000');
    await pickDate(dialog.getByLabel('Hạn nộp lần 2'), addDays(T, 100));
    await dialog.getByRole('button', { name: 'Ra quyết định' }).click();
    // The API's refusal, under the first instalment's amount, naming the rule.
    await dialog.getByText('Lần nộp thứ nhất phải ít nhất 40% số tiền phạt (80.000.000 ₫); đang ghi 60.000.000 ₫ (LXLVPHC Đ79 k2).').waitFor();
    await shot(page, 'execution-instalments-refused', false);
    await dialog.getByLabel('Số tiền lần 1 (đồng)').fill('80000000');
    await dialog.getByLabel('Số tiền lần 2 (đồng)').fill('120000000');
    await dialog.getByRole('button', { name: 'Ra quyết định' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('01/QĐ-NPNL', { exact: false }).first().waitFor();
    const schedule = page.getByRole('table', { name: 'Lịch nộp tiền phạt' });
    await schedule.getByText('80.000.000\u00a0₫').waitFor();
    await schedule.getByText(formatDateNumeric(addDays(T, 100))).waitFor();
    const pdfButton = page.getByRole('button', { name: 'Tải quyết định (PDF) 01/QĐ-NPNL' });
    await pdfButton.waitFor({ timeout: 60_000 });
    const [download] = await Promise.all([page.waitForEvent('download'), pdfButton.click()]);
    expect(readFileSync(await download.path()).subarray(0, 5).toString()).toBe('%PDF-');
    const x = await execution(t, a, decision.id);
    expect(x.requests[0]).toMatchObject({ status: 'granted', decisionNumber: '01/QĐ-NPNL', document: { status: 'ready' } });
    expect(x.payment.dues.map((d: { dueOn: string }) => d.dueOn)).toEqual([addDays(T, 40), addDays(T, 100)]);
    await shot(page, 'execution-instalments');
  });

  it('should record a complaint; execution goes on', async () => {
    await page.getByRole('tab', { name: /Khiếu nại, khởi kiện/ }).click();
    const form = page.getByRole('region', { name: 'Ghi nhận khiếu nại, khởi kiện' });
    await form.getByLabel('Cơ quan giải quyết / Tòa án').fill('Chủ tịch Ủy ban nhân dân tỉnh Thử Nghiệm');
    await form.getByLabel('Nội dung').fill('Tạp chí cho rằng loạt bài thứ hai không nằm ngoài tôn chỉ, mục đích đã được cấp phép');
    await form.getByRole('button', { name: 'Ghi nhận khiếu nại, khởi kiện' }).click();
    await page.getByText('Đã ghi nhận khiếu nại, khởi kiện.').waitFor();
    await page.getByRole('table', { name: 'Khiếu nại, khởi kiện' }).getByText('Chủ tịch Ủy ban nhân dân tỉnh Thử Nghiệm').waitFor();
    const x = await execution(t, a, decision.id);
    expect(x.complaints[0]).toMatchObject({ kind: 'complaint', outcome: 'pending', suspendedFrom: null });
    expect(x.executionSuspended).toBeNull();
    await shot(page, 'execution-complaint');
  });

  it('should record a remedial measure carried out, late against its deadline', async () => {
    await page.getByRole('tab', { name: /Biện pháp khắc phục/ }).click();
    const table = page.getByRole('table', { name: 'Biện pháp khắc phục' });
    await table.getByRole('button', { name: 'Ghi nhận đã thực hiện' }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Ghi chú').fill('Đã gỡ toàn bộ các bài viết; kiểm tra lại trên trang ngày 27/12');
    await dialog.locator('input[type=file]').setInputFiles({ name: 'bien-ban-kiem-tra-go-bo.pdf', mimeType: 'application/pdf', buffer: PDF });
    await dialog.getByRole('button', { name: 'Ghi nhận đã thực hiện' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('Đã ghi nhận biện pháp khắc phục hậu quả.').waitFor();
    const x = await execution(t, a, decision.id);
    expect(x.remedial[0]).toMatchObject({ doneOn: addDays(T, 20), status: 'late' });
    await table.getByText('Thực hiện muộn').waitFor();
    await shot(page, 'execution-remedial');
  });

  it('should show a leader the same page read-only', async () => {
    const context = await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', baseURL: t.url, viewport: { width: 1366, height: 860 } });
    const p = await context.newPage();
    p.setDefaultTimeout(20_000);
    await signIn(p, leader.username, leader.password);
    await p.goto(`${url()}#nop-phat`);
    await p.getByText('Bạn chỉ xem: việc ghi nhận thi hành quyết định do cán bộ pháp chế thực hiện.').waitFor();
    await p.getByRole('table', { name: 'Nộp phạt' }).getByRole('cell', { name: 'BL-0001234', exact: true }).waitFor();
    for (const name of ['Ghi nhận nộp phạt', 'Ghi nhận giao quyết định', 'Tiếp nhận đơn', 'Ghi nhận khiếu nại, khởi kiện', 'Ra quyết định cưỡng chế', 'Ghi nhận kết quả']) {
      expect(await p.getByRole('button', { name }).count()).toBe(0);
    }
    await p.getByRole('tab', { name: /Hoãn, nộp nhiều lần/ }).click();
    await p.getByRole('button', { name: 'Tải quyết định (PDF) 01/QĐ-NPNL' }).waitFor();
    expect(await p.getByRole('button', { name: /^Ra quyết định về đơn/ }).count()).toBe(0);
    await screenshot(p, 'execution-leader');
    await context.close();
  });
});
