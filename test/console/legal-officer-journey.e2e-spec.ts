import { readFileSync } from 'node:fs';
import { Role } from '@app/common/role';
import { addDays, todayInVietnam } from '@libs/vn/dates';
import { call, department, Department, TestApp } from '../e2e/harness';
import { ensureCalendarCoversToday } from '../e2e/cases-support';
import { DRAFT, magazine, MISSION_ACT, readyCase } from '../e2e/decisions-support';
import { OFFICIAL_TEXT } from '../e2e/legal-support';
import { draft, legal } from '../e2e/decision-choices-support';
import { ConsoleApp, launchBrowser, Login, newUser, screenshot, signIn, startConsole } from './console-support';

jest.setTimeout(240_000);

/** NĐ 119/2020 Đ8 k4 e (40–60M) with one mitigating circumstance: the officer chooses in 40–50M (LXLVPHC Đ23 k4). */
const MITIGATED = [{ code: MISSION_ACT, facts: 'Đăng 37 tin, bài về vụ án hình sự, tai nạn giao thông, nằm ngoài tôn chỉ, mục đích', mitigating: [{ code: 'Đ9.k1', facts: 'Đã tự gỡ 30 tin, bài trước khi lập biên bản' }] }];

/**
 * The magazine's case carried to "ready for decision" with the act's mitigating circumstance, through the raw harness
 * calls: the contract-checked helpers refuse the violation's answer while its circumstances' schema is being settled.
 */
async function readyMitigatedCase(t: TestApp, d: Department, subjectId: string): Promise<string> {
  const today = todayInVietnam();
  const send = async (path: string, body: Record<string, unknown>, method = 'POST'): Promise<any> => {
    const res = await call(t, method, path, { token: d.sessions[Role.Inspector].token, body });
    if (res.status >= 300) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const version = async (id: string): Promise<number> => (await call(t, 'GET', `/cases/${id}`, { token: d.sessions[Role.Inspector].token })).body.version;
  const detectedOn = addDays(today, -40);
  const c = await send('/cases', { title: 'Tạp chí đăng tin, bài ngoài tôn chỉ, mục đích', subjectType: 'press_agency', subjectId, origin: 'press_monitoring' });
  await send(`/cases/${c.id}/inspections`, { kind: 'check', planning: 'ad_hoc', decisionNumber: '30/QĐ-SVHTT' });
  await send(`/cases/${c.id}/start-inspection`, { version: c.version });
  const [act] = MITIGATED;
  const endedOn = addDays(today, -50);
  await send(`/cases/${c.id}/violations`, { code: act.code, ongoingAtDetection: false, committedOn: addDays(endedOn, -90), endedOn, detectedOn, facts: act.facts, mitigating: act.mitigating, aggravating: [] });
  const record = await send(`/cases/${c.id}/violation-record`, { drawnOn: detectedOn, drawnAt: '09:00', place: 'Trụ sở Sở Văn hóa và Thể thao', officerTitle: 'Thanh tra viên chính', subjectStatement: 'Thống nhất với nội dung biên bản', explanationMode: 'written' });
  const subject = { representativeGender: 'male', representativeName: 'Nguyễn Văn An', representativeTitle: 'Tổng Biên tập', address: 'Số 123 đường Nguyễn Thị Minh Khai, tỉnh Thử Nghiệm' };
  const signed = await send(`/cases/${c.id}/violation-record/sign`, { version: record.version, subject });
  if (signed.explanationRight) await send(`/cases/${c.id}/await-explanation`, { version: await version(c.id) });
  await send(`/cases/${c.id}/ready-for-decision`, { version: await version(c.id), ...(signed.explanationRight ? { explanationOutcome: 'waived' } : {}) });
  return c.id;
}

/**
 * Acceptance of issue 16, the legal officer's journey through the console: the decision list, the workspace with the
 * frozen worksheets, the refusal checklist on issue (unverified catalogue row, missing officer's choice), the choice
 * with its reason (a figure outside the band refused on the field), the measures, issuing with confirmation, the PDF
 * shown and downloaded, and the public verification page without login. API, PostgreSQL, Redis and worker are real.
 *
 * Set-up through the API: the ready case (test/e2e helpers) and its draft (POST /api/cases/{id}/decisions with the
 * signer and MQĐ02 sections); a second case is drafted through the button on the case page. The catalogue row is
 * verified in the console: the checklist's link leads to the queue (/legal/review), where the officer proposes the
 * verification and a second legal officer approves it (four-eyes).
 */
describe('web console: the legal officer journey (issue 16)', () => {
  let c: ConsoleApp;
  let a: Department;
  let officer: Login;
  let second: Login;
  let decisionId = '';
  let otherDraftId = '';
  let otherCaseId = '';

  beforeAll(async () => {
    c = await startConsole({ worker: true });
    a = await department(c.t, 'Sở Văn hóa và Thể thao tỉnh Thử Nghiệm');
    await ensureCalendarCoversToday(c.t, a, todayInVietnam());
    officer = await newUser(c.t, a, Role.LegalOfficer, 'Phạm Thị Pháp', 'phap.pt');
    second = await newUser(c.t, a, Role.LegalOfficer, 'Trần Quốc Chế', 'che.tq');
    const agencyId = await magazine(c.t, a);
    decisionId = (await draft(c.t, a, await readyMitigatedCase(c.t, a, agencyId), DRAFT)).id;
    // A second case, drafted from its page through the draft button.
    otherCaseId = (await readyCase(c.t, a, agencyId)).id;
  }, 240_000);
  afterAll(async () => {
    await c?.close();
  });

  const page = () => c.page;
  const tab = (name: RegExp | string) => page().getByRole('tab', { name });

  it('should draft a decision from the case page with the signer, and land in its workspace', async () => {
    await signIn(page(), officer.username, officer.password);
    await page().goto(`/cases/${otherCaseId}`);
    await page().getByRole('button', { name: 'Lập dự thảo quyết định xử phạt' }).click();
    const dialog = page().getByRole('dialog');
    await dialog.getByLabel('Họ và tên người ký').fill('Trần Thị Minh Thư');
    await dialog.getByLabel('Chức vụ (in trên quyết định)').fill('Giám đốc');
    await dialog.getByLabel('Thẩm quyền xử phạt').click();
    await page().locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: /^Giám đốc Sở$/ }).click();
    await dialog.getByRole('button', { name: 'Lập dự thảo' }).click();
    await page().waitForURL(/\/decisions\/[0-9a-f-]{36}/);
    otherDraftId = new URL(page().url()).pathname.split('/')[2];
    await page().getByRole('heading', { name: 'Dự thảo' }).waitFor();
    await page().getByText('Hành vi 2').first().waitFor();
  });

  it('should list the department\'s decisions and open the draft\'s workspace with the frozen worksheet step by step', async () => {
    await page().getByRole('link', { name: 'Quyết định', exact: true }).click();
    await page().waitForURL(/\/decisions/);
    await page().getByRole('heading', { name: 'Quyết định xử phạt' }).waitFor();
    await page().getByRole('link', { name: 'Dự thảo' }).first().waitFor();
    expect(await page().getByRole('link', { name: 'Dự thảo' }).count()).toBe(2);
    await page().locator(`a[href="/decisions/${decisionId}"]`).click();
    await page().getByRole('heading', { name: 'Dự thảo' }).waitFor();
    await page().getByText('Xác định văn bản áp dụng').first().waitFor();
    expect(await page().getByText('Cần quyết định mức phạt').count()).toBeGreaterThan(0);
    expect(await page().getByText('Tiền phạt: 40.000.000 ₫ – 50.000.000 ₫').count()).toBe(1);
    expect(await page().getByText(/NĐ 119\/2020 Đ8 k4/).count()).toBeGreaterThan(0);
    await screenshot(page(), 'decision-worksheet');
  });

  it('should refuse to issue and show every reason as a checklist with how to resolve it', async () => {
    await tab('Ban hành').click();
    // The checklist is there before anything is pressed (GET issue-check), and issuing refuses with the same list.
    await page().getByText(/Chưa ban hành được: còn 2 vấn đề cần xử lý/).first().waitFor();
    await page().getByRole('button', { name: 'Ban hành' }).click();
    const dialog = page().getByRole('dialog');
    await dialog.getByText(/Quyết định sẽ được cấp số và cố định/).waitFor();
    await dialog.getByRole('button', { name: 'Ban hành' }).click();
    await page().getByText(/Chưa ban hành được: còn \d+ vấn đề cần xử lý/).first().waitFor();
    expect(await page().getByText('Hành vi 1: Dòng danh mục áp dụng chưa được xác minh').count()).toBe(1);
    expect(await page().getByText('Hành vi 1: Chưa quyết định mức phạt trong khung (LXLVPHC Đ23 k4)').count()).toBe(1);
    expect(await page().getByRole('link', { name: 'Mở danh sách chờ xác minh' }).count()).toBe(1);
    await screenshot(page(), 'decision-refusals');
  });

  it('should take the officer to the choice form, refuse a figure outside the band on the field, and record the choice with its reason', async () => {
    await page().getByRole('button', { name: 'Đến ô chọn mức phạt' }).click();
    await page().waitForURL(/tab=acts/);
    const amount = page().getByLabel('Mức tiền phạt (đồng)');
    await amount.fill('55000000');
    await page().getByLabel('Lý do lựa chọn mức phạt').fill('Tái phạm nhiều lần');
    await page().getByRole('button', { name: 'Ghi nhận mức phạt' }).click();
    await page().getByText('Hành vi 1: mức đã nhập nằm ngoài khung cho phép (40.000.000 đồng đến 50.000.000 đồng).').waitFor();
    await amount.fill('45000000');
    await page().getByLabel('Lý do lựa chọn mức phạt').fill('Tổ chức đã chủ động gỡ bỏ phần lớn tin, bài vi phạm trước khi lập biên bản');
    await page().getByRole('button', { name: 'Ghi nhận mức phạt' }).click();
    await page().getByText(/^Đã chọn 45\.000\.000\s₫ lúc/).waitFor();
    expect(await page().getByText('45.000.000 ₫').count()).toBeGreaterThan(0);
    await screenshot(page(), 'decision-choice');
  });

  it('should show the measures pre-filled from the act\'s clause and change one only with a reason', async () => {
    await tab(/Hình thức bổ sung, biện pháp khắc phục/).click();
    await page().getByText('Biện pháp khắc phục hậu quả').first().waitFor();
    const change = page().getByRole('button', { name: /^Sửa dòng:/ }).first();
    await change.click();
    const dialog = page().getByRole('dialog');
    await dialog.getByLabel('Thời hạn thực hiện (số ngày kể từ ngày nhận)').fill('10');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog.getByText('Bắt buộc nhập.').waitFor();
    await dialog.getByLabel('Lý do').fill('Số tin, bài cần gỡ lớn: cần thêm thời gian để rà soát');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await page().getByText('Trong 10 ngày kể từ ngày nhận quyết định').waitFor();
    await page().getByText('Lý do: Số tin, bài cần gỡ lớn: cần thêm thời gian để rà soát').waitFor();
    await screenshot(page(), 'decision-measures');
  });

  it('should verify the catalogue row in the queue (proposed by the officer, approved by a second one) from the checklist', async () => {
    await tab('Ban hành').click();
    await page().getByText(/Chưa ban hành được: còn 1 vấn đề cần xử lý/).first().waitFor();
    await page().getByRole('link', { name: 'Mở danh sách chờ xác minh' }).click();
    await page().waitForURL(/\/legal\/review/);
    await page().getByRole('heading', { name: 'Xác minh danh mục' }).waitFor();
    await page().getByLabel('Lọc theo mã hoặc nội dung').fill('Đ8.k4');
    await page().getByLabel('Lọc theo mã hoặc nội dung').press('Enter');
    const row = page().getByRole('row').filter({ hasText: MISSION_ACT });
    await row.getByRole('button', { name: 'Xác minh', exact: true }).click();
    const dialog = page().getByRole('dialog', { name: /^Xác minh: / });
    await dialog.getByLabel('Số hiệu văn bản').fill(OFFICIAL_TEXT.instrument);
    await dialog.getByLabel('Số Công báo').fill(OFFICIAL_TEXT.gazette);
    await dialog.getByLabel('Trang', { exact: true }).fill(OFFICIAL_TEXT.page);
    await dialog.getByRole('button', { name: 'Gửi đề xuất xác minh' }).click();
    await row.getByText('Đang chờ phê duyệt').waitFor();

    // The second legal officer approves in a tab of their own (the session lives in sessionStorage).
    const context = await c.browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', baseURL: c.t.url, viewport: { width: 1366, height: 860 } });
    const other = await context.newPage();
    other.setDefaultTimeout(15_000);
    await signIn(other, second.username, second.password);
    await other.goto('/legal/review');
    const pending = other.getByRole('row').filter({ hasText: 'Phạm Thị Pháp' });
    await pending.getByRole('button', { name: 'Phê duyệt', exact: true }).click();
    const approve = other.getByRole('dialog', { name: /^Phê duyệt đề xuất: / });
    await approve.getByLabel('Ý kiến phê duyệt').fill('Đã đối chiếu Công báo');
    await approve.getByRole('button', { name: 'Xác nhận phê duyệt' }).click();
    await other.getByText('Không có đề xuất nào đang chờ phê duyệt.').waitFor();
    await context.close();
  });

  it('should issue once the row is verified, show the PDF in the page and download it', async () => {
    await page().goto(`/decisions/${decisionId}?tab=issue`);
    await page().getByText('Đủ điều kiện ban hành').waitFor();
    await screenshot(page(), 'decision-ready');
    await page().getByRole('button', { name: 'Ban hành' }).click();
    await page().getByRole('dialog').getByRole('button', { name: 'Ban hành' }).click();
    await page().getByRole('heading', { name: /^\d{2}\/QĐ-XPHC$/ }).waitFor();
    expect(await page().getByText('Đã ban hành').count()).toBeGreaterThan(0);
    expect(await page().getByText('Đang có hiệu lực').count()).toBeGreaterThan(0);
    expect(await page().getByRole('link', { name: 'Thi hành quyết định' }).count()).toBe(1);
    const frame = page().locator('iframe[title="Bản PDF quyết định"]');
    await frame.waitFor({ timeout: 60_000 });
    // Chromium's PDF viewer draws the pages a moment after the frame loads.
    await page().waitForTimeout(5000);
    await screenshot(page(), 'decision-issued');
    const [download] = await Promise.all([page().waitForEvent('download'), page().getByRole('button', { name: 'Tải bản PDF' }).click()]);
    expect(readFileSync(await download.path()).subarray(0, 5).toString()).toBe('%PDF-');
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  });

  it('should show the issued decision on the public verification page without login', async () => {
    const issued = (await call(c.t, 'GET', `/decisions/${decisionId}`, { token: legal(a) })).body;
    expect(issued.verificationCode).toBeTruthy();
    const browser = await launchBrowser();
    try {
      const context = await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', baseURL: c.t.url });
      const publicPage = await context.newPage();
      await publicPage.goto(`/verify/${issued.verificationCode}`);
      await publicPage.getByText(issued.number).waitFor();
      expect(await publicPage.getByRole('button', { name: 'Đăng xuất' }).count()).toBe(0);
    } finally {
      await browser.close();
    }
  });

  it('should list the issued decision with its number, date and total, the other still a draft', async () => {
    await page().getByRole('link', { name: 'Quyết định', exact: true }).click();
    await page().getByRole('link', { name: /^\d{2}\/QĐ-XPHC$/ }).waitFor();
    expect(await page().getByText('45.000.000 ₫').count()).toBe(1);
    expect(await page().locator(`a[href="/decisions/${otherDraftId}"]`).count()).toBe(1);
    await screenshot(page(), 'decision-list');
  });
});
