import { Role } from '@app/common/role';
import { todayInVietnam } from '@libs/vn/dates';
import { call, department, Department } from '../e2e/harness';
import { ensureCalendarCoversToday, generalSite, openCase, post, QUOTING_RULES } from '../e2e/cases-support';
import { draftDecision } from '../e2e/decisions-support';
import { ConsoleApp, Login, newUser, screenshot, signIn, startConsole } from './console-support';

jest.setTimeout(240_000);

const ddmmyyyy = (iso: string) => iso.split('-').reverse().join('/');

/**
 * Issue 16 §2 and §4: the case steps that need a form, in Chromium on the real API: the explanation (written mode,
 * then its outcome), closing without sanction with its ground (and the API's refusal first), the legal officer's
 * extension of the decision deadline, "giao cho tôi" in the lists, and the audit tab read by an inspector.
 */
describe('web console: case transitions with forms (issue 16)', () => {
  let c: ConsoleApp;
  let a: Department;
  let inspector: Login;
  let legal: Login;
  let explained: { id: string; number: string };
  let unfounded: { id: string; number: string };
  let notMine: { id: string; number: string };
  let decided = '';
  const today = todayInVietnam();

  beforeAll(async () => {
    c = await startConsole();
    a = await department(c.t, 'Sở Văn hóa và Thể thao tỉnh Thử Nghiệm');
    await ensureCalendarCoversToday(c.t, a, today);
    inspector = await newUser(c.t, a, Role.Inspector, 'Nguyễn Văn Thanh', 'thanh.nv');
    legal = await newUser(c.t, a, Role.LegalOfficer, 'Phạm Thị Pháp', 'phap.pt');
    const login = (await call(c.t, 'POST', '/auth/login', { body: { username: inspector.username, password: inspector.password } })).body;
    // The inspector's own cases (the opener is assigned by default) and steps, so the audit trail names them.
    const asMe = async (path: string, body: unknown) => {
      const res = await call(c.t, 'POST', path, { token: login.accessToken, body });
      if (res.status !== 200 && res.status !== 201) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body;
    };
    const site = await generalSite(c.t, a, 'Trang tin tổng hợp Tin Nhanh Thử Nghiệm');
    // A case with the right to explain (30M maximum for an organisation), recorded and signed through the API.
    const open = (title: string, origin: string) => asMe('/cases', { title, subjectType: 'e_information_site', subjectId: site, origin });
    const first = await open('Trang tin vi phạm quy định trích dẫn lại thông tin', 'press_monitoring');
    await asMe(`/cases/${first.id}/inspections`, { kind: 'check', planning: 'ad_hoc', decisionNumber: '30/QĐ-SVHTT' });
    await asMe(`/cases/${first.id}/start-inspection`, { version: first.version });
    await asMe(`/cases/${first.id}/violations`, { code: QUOTING_RULES, ongoingAtDetection: true, detectedOn: today, facts: 'Trích dẫn lại tin, bài của báo điện tử không ghi rõ nguồn, không có văn bản đồng ý' });
    const draft = await asMe(`/cases/${first.id}/violation-record`, { drawnOn: today, drawnAt: '09:00', place: 'Trụ sở Sở Văn hóa và Thể thao', explanationMode: 'written' });
    await asMe(`/cases/${first.id}/violation-record/sign`, { version: draft.version, subject: { representativeGender: 'male' } });
    explained = { id: first.id, number: first.number };
    const second = await open('Phản ánh trang tin đăng tin sai sự thật', 'complaint_or_report');
    unfounded = { id: second.id, number: second.number };
    const other = await openCase(c.t, a, site, { title: 'Hồ sơ của thanh tra viên khác' });
    // A case decided by reference (before the decision workspace), for the execution and the closing.
    const third = await openCase(c.t, a, site, { title: 'Trang tin đăng lại tin, bài không ghi nguồn' });
    await post(c.t, a, `/cases/${third.id}/inspections`, { kind: 'check', planning: 'ad_hoc', decisionNumber: '31/QĐ-SVHTT' });
    await post(c.t, a, `/cases/${third.id}/start-inspection`, { version: third.version });
    await post(c.t, a, `/cases/${third.id}/violations`, { code: QUOTING_RULES, ongoingAtDetection: true, detectedOn: today, facts: 'Đăng lại tin, bài không ghi nguồn' });
    const d3 = await post(c.t, a, `/cases/${third.id}/violation-record`, { drawnOn: today, drawnAt: '10:00', place: 'Trụ sở Sở Văn hóa và Thể thao' });
    await post(c.t, a, `/cases/${third.id}/violation-record/sign`, { version: d3.version, subject: { representativeGender: 'male' } });
    const v3 = async () => (await call(c.t, 'GET', `/cases/${third.id}`, { token: a.sessions[Role.Inspector].token })).body.version as number;
    await post(c.t, a, `/cases/${third.id}/await-explanation`, { version: await v3() });
    await post(c.t, a, `/cases/${third.id}/ready-for-decision`, { version: await v3(), explanationOutcome: 'waived' });
    await post(c.t, a, `/cases/${third.id}/decide`, { version: await v3(), decisionRef: '07/QĐ-XPHC', decidedOn: today }, Role.LegalOfficer);
    decided = third.id;
    notMine = { id: other.id, number: other.number };
  }, 240_000);
  afterAll(async () => {
    await c?.close();
  });

  const page = () => c.page;
  const dialog = () => page().getByRole('dialog');
  const statusTag = (text: string) => page().locator('.page-head .ant-tag').filter({ hasText: text });

  it('should list only the inspector\'s cases with "Giao cho tôi", in the list and in "Việc của tôi"', async () => {
    await signIn(page(), inspector.username, inspector.password);
    await page().goto('/cases');
    await page().getByRole('link', { name: notMine.number }).waitFor();
    await page().getByRole('checkbox', { name: 'Giao cho tôi' }).check();
    await page().waitForURL(/assignee=me/);
    await page().getByRole('link', { name: notMine.number }).waitFor({ state: 'detached' });
    const numbers = await page().locator('.ant-table-tbody tr.ant-table-row td:first-child').allTextContents();
    expect(numbers.sort()).toEqual([explained.number, unfounded.number].sort());
    await screenshot(page(), 'case-list-mine');
    await page().getByRole('link', { name: 'Việc của tôi' }).click();
    await page().getByText('Hồ sơ giao cho tôi', { exact: true }).waitFor();
    await page().getByRole('link', { name: explained.number }).waitFor();
    expect(await page().getByRole('link', { name: notMine.number }).count()).toBe(0);
    await screenshot(page(), 'case-my-work');
  });

  it('should open the written explanation window, then record the explanation received and move to ready for decision', async () => {
    await page().goto(`/cases/${explained.id}`);
    await statusTag('Đã lập biên bản').waitFor();
    await page().getByRole('button', { name: 'Chuyển chờ giải trình' }).click();
    await dialog().getByText('Giải trình bằng văn bản (5 ngày làm việc)').waitFor();
    await dialog().getByLabel('Ghi chú').fill('Đã giao biên bản cho người đại diện, hướng dẫn quyền giải trình bằng văn bản');
    await screenshot(page(), 'case-await-explanation', false);
    await dialog().getByRole('button', { name: 'Chuyển chờ giải trình' }).click();
    await statusTag('Chờ giải trình').waitFor();

    await page().getByRole('button', { name: 'Chuyển đủ điều kiện ra quyết định' }).click();
    await dialog().getByLabel(/Đã nhận giải trình/).check();
    await dialog().getByLabel('Ngày nhận giải trình hoặc văn bản từ chối').waitFor();
    await screenshot(page(), 'case-explanation-outcome', false);
    await dialog().getByRole('button', { name: 'Chuyển đủ điều kiện ra quyết định' }).click();
    await statusTag('Đủ điều kiện ra quyết định').waitFor();
    await page().getByText(`Đã nhận giải trình (văn bản hoặc biên bản phiên giải trình trực tiếp) (ngày ${ddmmyyyy(today)})`).waitFor();
    const body = (await call(c.t, 'GET', `/cases/${explained.id}`, { token: a.sessions[Role.Inspector].token })).body;
    expect(body).toMatchObject({ status: 'ready_for_decision', explanationOutcome: 'received', explanationOutcomeOn: today });
    // Deadlines are explained in Vietnamese.
    await page().getByText(/ngày làm việc, tính từ ngày tiếp theo ngày/).first().waitFor();
    await screenshot(page(), 'case-ready-for-decision');
  });

  it('should show the inspector the case\'s audit trail', async () => {
    await page().getByRole('tab', { name: 'Nhật ký' }).click();
    await page().getByRole('cell', { name: 'Chuyển hồ sơ: Chuyển chờ giải trình' }).waitFor();
    await page().getByRole('cell', { name: 'Chuyển hồ sơ: Chuyển đủ điều kiện ra quyết định' }).waitFor();
    expect(await page().getByRole('cell', { name: 'Nguyễn Văn Thanh' }).count()).toBeGreaterThan(0);
    await screenshot(page(), 'case-audit-inspector');
  });

  it('should show the API\'s refusal of a ground that does not hold, then close the case without sanction on its ground', async () => {
    await page().goto(`/cases/${unfounded.id}`);
    await statusTag('Mới mở').waitFor();
    await page().getByRole('button', { name: 'Đóng hồ sơ không xử phạt' }).click();
    const pick = async (text: string) => {
      await dialog().getByLabel('Căn cứ không ra quyết định xử phạt').click();
      await page().locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: text }).first().click();
    };
    await pick('Đã hết thời hiệu xử phạt');
    await dialog().getByLabel('Tình tiết, căn cứ cụ thể').fill('Hành vi xảy ra đã lâu');
    await dialog().getByRole('button', { name: 'Đóng hồ sơ không xử phạt' }).click();
    await page().getByRole('button', { name: 'Xác nhận' }).click();
    const alert = dialog().getByRole('alert');
    await alert.getByText(/Không thể đóng hồ sơ không xử phạt: hồ sơ chưa có hành vi vi phạm nào có thời hiệu/).waitFor();
    await alert.getByText(/Mã yêu cầu:/).waitFor();
    await screenshot(page(), 'case-close-refused', false);
    await pick('Không có vi phạm hành chính');
    await dialog().getByLabel('Tình tiết, căn cứ cụ thể').fill('Kiểm tra trang tin: các tin bị phản ánh có nguồn trích dẫn đầy đủ, không phát hiện vi phạm.');
    await dialog().getByRole('button', { name: 'Đóng hồ sơ không xử phạt' }).click();
    await page().getByRole('button', { name: 'Xác nhận' }).click();
    await statusTag('Đã đóng').waitFor();
    await page().getByText(/Không có vi phạm hành chính\. Đóng ngày/).waitFor();
    expect(await page().getByRole('button', { name: 'Đóng hồ sơ không xử phạt' }).count()).toBe(0);
    await screenshot(page(), 'case-closed-without-sanction');
  });

  it('should let the legal officer extend the decision deadline once with a reason, showing the new deadline', async () => {
    await page().getByRole('button', { name: 'Đăng xuất' }).click();
    await signIn(page(), legal.username, legal.password);
    await page().goto(`/cases/${explained.id}`);
    await statusTag('Đủ điều kiện ra quyết định').waitFor();
    // The legal officer's entry to the decision sits in the case header.
    await page().locator('.page-head').getByRole('button', { name: 'Lập dự thảo quyết định xử phạt' }).waitFor();
    const before = (await call(c.t, 'GET', `/cases/${explained.id}`, { token: a.sessions[Role.LegalOfficer].token })).body;
    const dueBefore: string = before.deadlines.find((d: { key: string }) => d.key === 'decision').dueOn;
    await page().getByRole('button', { name: 'Gia hạn thời hạn ra quyết định' }).click();
    await dialog().getByText(ddmmyyyy(dueBefore), { exact: false }).waitFor();
    await dialog().getByRole('button', { name: 'Gia hạn thời hạn ra quyết định' }).click();
    await dialog().locator('.ant-form-item-has-error').filter({ hasText: 'Lý do gia hạn' }).waitFor();
    await dialog().getByLabel(/Lý do gia hạn/).fill('Vụ việc có nhiều tình tiết phức tạp: cần xác minh chủ sở hữu tên miền và giám định nội dung 37 tin, bài');
    await screenshot(page(), 'case-extension-form', false);
    await dialog().getByRole('button', { name: 'Gia hạn thời hạn ra quyết định' }).click();
    await page().getByRole('button', { name: 'Xác nhận' }).click();
    await page().getByText(/^Đã gia hạn\. Thời hạn ra quyết định mới/).waitFor();
    const after = (await call(c.t, 'GET', `/cases/${explained.id}`, { token: a.sessions[Role.LegalOfficer].token })).body;
    const dueAfter: string = after.deadlines.find((d: { key: string }) => d.key === 'decision').dueOn;
    expect(dueAfter > dueBefore).toBe(true);
    await page().getByText(`Đã gia hạn. Thời hạn ra quyết định mới: ${ddmmyyyy(dueAfter)}.`).waitFor();
    await page().getByText(`Hạn cuối: ${ddmmyyyy(dueAfter)}`, { exact: false }).first().waitFor();
    await page().getByText('Vụ việc có nhiều tình tiết phức tạp', { exact: false }).first().waitFor();
    expect(await page().getByRole('button', { name: 'Gia hạn thời hạn ra quyết định' }).count()).toBe(0);
    await screenshot(page(), 'case-extended');
  });

  it('should list the case\'s decisions with their links once the legal officer has drafted one', async () => {
    const draft = await draftDecision(c.t, a, explained.id);
    await page().reload();
    const card = page().locator('.ant-card').filter({ hasText: 'Quyết định của hồ sơ' });
    await card.getByText('Quyết định xử phạt vi phạm hành chính').waitFor();
    await card.getByText('Dự thảo').waitFor();
    expect(await card.getByRole('link', { name: 'Mở quyết định' }).getAttribute('href')).toBe(`/decisions/${draft.id}`);
    await page().locator('.page-head').getByRole('button', { name: 'Mở dự thảo quyết định' }).waitFor();
    await screenshot(page(), 'case-decisions');
  });

  it('should record the execution of a decided case, then close it after a confirmation', async () => {
    await page().goto(`/cases/${decided}`);
    await statusTag('Đã ra quyết định').waitFor();
    await page().getByRole('button', { name: 'Ghi nhận đã chấp hành' }).click();
    await dialog().getByLabel('Hình thức chấp hành').waitFor();
    await dialog().getByLabel('Ngày chấp hành xong').waitFor();
    await screenshot(page(), 'case-execute-form', false);
    await dialog().getByRole('button', { name: 'Ghi nhận đã chấp hành' }).click();
    await page().getByRole('button', { name: 'Xác nhận' }).click();
    await statusTag('Đã chấp hành').waitFor();
    await page().getByText(`Tự nguyện chấp hành (đã nộp tiền phạt) · ${ddmmyyyy(today)}`).waitFor();
    await page().getByRole('button', { name: 'Đóng hồ sơ', exact: true }).click();
    await dialog().getByText('Sau khi đóng, hồ sơ chỉ còn để xem', { exact: false }).waitFor();
    await dialog().getByRole('button', { name: 'Đóng hồ sơ', exact: true }).click();
    await page().getByRole('button', { name: 'Xác nhận' }).click();
    await statusTag('Đã đóng').waitFor();
    await page().getByText(/Quyết định xử phạt đã được chấp hành\. Đóng ngày/).waitFor();
    // The picture shows the closed case, not the two notices of the steps.
    await page().locator('.ant-message-notice').first().waitFor({ state: 'detached', timeout: 10_000 });
    await screenshot(page(), 'case-closed');
  });
});
