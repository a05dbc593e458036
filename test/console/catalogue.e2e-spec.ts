import type { Page } from 'playwright-core';
import { Role } from '@app/common/role';
import { call, department, Department } from '../e2e/harness';
import { OFFICIAL_TEXT } from '../e2e/legal-support';
import { ConsoleApp, Login, newUser, screenshot, signIn, startConsole } from './console-support';

jest.setTimeout(180_000);

/**
 * Issue 16 §6, the legal catalogue in the console: an inspector finds an act by the words inspectors use (without
 * diacritics) and reads its versions and sources; a legal officer verifies a row from the queue and a second legal
 * officer approves it (four-eyes), after which the act shows as verified; a leader reads the queue without actions.
 */
describe('web console: the legal catalogue, one act, and the verification queue (issue 16 §6)', () => {
  let c: ConsoleApp;
  let a: Department;
  let inspector: Login;
  let officer: Login;
  let second: Login;
  let leader: Login;
  const CODE = '119/2020:Đ20.k5';

  /** A fresh tab per user: the session lives in sessionStorage. */
  async function as(user: Login): Promise<Page> {
    const context = await c.browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', baseURL: c.t.url, viewport: { width: 1366, height: 860 } });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await signIn(page, user.username, user.password);
    return page;
  }

  beforeAll(async () => {
    c = await startConsole();
    a = await department(c.t, 'Sở Văn hóa và Thể thao tỉnh Thử Nghiệm');
    inspector = await newUser(c.t, a, Role.Inspector, 'Nguyễn Văn Thanh', 'thanh.nv');
    officer = await newUser(c.t, a, Role.LegalOfficer, 'Phạm Thị Pháp', 'phap.pt');
    second = await newUser(c.t, a, Role.LegalOfficer, 'Trần Quốc Chế', 'che.tq');
    leader = await newUser(c.t, a, Role.Leader, 'Lê Minh Đạo', 'dao.lm');
  }, 180_000);
  afterAll(async () => {
    await c?.close();
  });

  it('should find an act by words typed without diacritics and show its versions and sources', async () => {
    const page = await as(inspector);
    await page.goto('/legal/catalogue');
    await page.getByRole('heading', { name: 'Danh mục hành vi vi phạm' }).waitFor();
    const search = page.getByLabel('Tìm kiếm', { exact: true });

    await search.fill('bao hoa');
    await page.getByRole('button', { name: 'Lọc', exact: true }).click();
    await page.waitForURL(/q=bao(\+|%20)hoa/);
    await page.getByRole('link', { name: CODE, exact: true }).waitFor();

    await search.fill('ton chi muc dich');
    await page.getByRole('button', { name: 'Lọc', exact: true }).click();
    const act = page.getByRole('link', { name: '119/2020:Đ8.k4.e', exact: true });
    await act.waitFor();
    expect(await page.getByRole('row').filter({ has: act }).textContent()).toMatch(/tôn chỉ, mục đích/);
    // The fine band in VND, right-aligned in its column.
    expect(await page.getByRole('row').filter({ has: act }).textContent()).toMatch(/\d{1,3}(\.\d{3})+\u00a0₫ – \d{1,3}(\.\d{3})+\u00a0₫/);
    await screenshot(page, 'catalogue-list');

    // The state is in the URL: a reload keeps the search.
    await page.reload();
    await act.waitFor();

    await act.click();
    await page.waitForURL(/\/legal\/catalogue\/.+/);
    await page.getByRole('heading', { level: 2, name: /NĐ 119\/2020 Đ8 k4 điểm e/ }).waitFor();
    await page.getByText('Các phiên bản', { exact: true }).waitFor();
    await page.getByText('Nguồn văn bản đã đọc').waitFor();
    await page.getByText('Khung tiền phạt', { exact: true }).first().waitFor();
    expect(await page.getByRole('button', { name: 'Xác minh', exact: true }).count()).toBe(0);
    await screenshot(page, 'catalogue-act');
    await page.context().close();
  });

  it('should let a legal officer verify a row from the queue and a second legal officer approve it, then show it verified', async () => {
    const first = await as(officer);
    await first.goto('/legal/review');
    await first.getByRole('heading', { name: 'Xác minh danh mục' }).waitFor();
    await first.getByLabel('Lọc theo mã hoặc nội dung').fill('Đ20.k5');
    await first.getByLabel('Lọc theo mã hoặc nội dung').press('Enter');
    const row = first.getByRole('row').filter({ hasText: CODE });
    await row.getByRole('button', { name: 'Xác minh', exact: true }).click();
    const dialog = first.getByRole('dialog', { name: /^Xác minh: / });
    await dialog.getByLabel('Số hiệu văn bản').fill(OFFICIAL_TEXT.instrument);
    await dialog.getByLabel('Số Công báo').fill(OFFICIAL_TEXT.gazette);
    await dialog.getByLabel('Trang', { exact: true }).fill(OFFICIAL_TEXT.page);
    await dialog.getByLabel('Nội dung đã đối chiếu').fill('Khung tiền phạt 40–60 triệu đồng đúng với văn bản gốc');
    await dialog.getByRole('button', { name: 'Gửi đề xuất xác minh' }).click();
    await row.getByText('Đang chờ phê duyệt').waitFor();
    await first.getByText('Đề xuất của bạn: cần một cán bộ pháp chế khác phê duyệt').waitFor();
    // The proposer cannot approve: no approve button on the own proposal.
    expect(await first.getByRole('button', { name: 'Phê duyệt', exact: true }).count()).toBe(0);
    await first.context().close();

    const other = await as(second);
    await other.goto('/legal/review');
    const pending = other.getByRole('row').filter({ hasText: 'Phạm Thị Pháp' });
    await pending.getByRole('button', { name: 'Phê duyệt', exact: true }).waitFor();
    await screenshot(other, 'catalogue-review');
    await pending.getByRole('button', { name: 'Phê duyệt', exact: true }).click();
    const approve = other.getByRole('dialog', { name: /^Phê duyệt đề xuất: / });
    await approve.getByLabel('Ý kiến phê duyệt').fill('Đã đối chiếu Công báo');
    await approve.getByRole('button', { name: 'Xác nhận phê duyệt' }).click();
    await other.getByText('Không có đề xuất nào đang chờ phê duyệt.').waitFor();

    await other.goto(`/legal/catalogue/${encodeURIComponent(CODE)}`);
    await other.getByRole('heading', { level: 2, name: /Đ20 k5/ }).waitFor();
    await other.locator('.ant-tag').filter({ hasText: 'Đã xác minh' }).first().waitFor();
    await other.getByText(/Trần Quốc Chế/).first().waitFor();
    const api = await call(c.t, 'GET', `/legal/catalogue/versions?code=${encodeURIComponent(CODE)}`, { token: a.sessions[Role.Inspector].token });
    expect(api.body.versions.every((v: { verified: boolean }) => v.verified)).toBe(true);
    await screenshot(other, 'catalogue-act-verified');
    await other.context().close();
  });

  it('should show a leader the queue read-only, without actions', async () => {
    // A proposal waits, so the leader sees what a legal officer would act on.
    const queue = (await call(c.t, 'GET', '/legal/catalogue/review', { token: a.sessions[Role.LegalOfficer].token })).body;
    const item = queue.items.find((i: { problem: string; pendingChangeId: string | null }) => i.problem === 'unverified' && i.pendingChangeId === null);
    const proposed = await call(c.t, 'POST', '/legal/catalogue/verifications', {
      token: a.sessions[Role.LegalOfficer].token,
      body: { code: item.code, effectiveFrom: item.effectiveFrom, expectedRevision: item.revision, officialText: OFFICIAL_TEXT },
    });
    expect(proposed.status).toBe(201);

    const page = await as(leader);
    await page.goto('/legal/review');
    await page.getByText('Bạn chỉ xem hàng đợi', { exact: false }).waitFor();
    await page.getByRole('row').filter({ hasText: 'Đề xuất xác minh' }).first().waitFor();
    for (const name of ['Xác minh', 'Phê duyệt', 'Từ chối', 'Hoàn thiện dòng nháp', 'Rút đề xuất']) {
      expect(await page.getByRole('button', { name, exact: true }).count()).toBe(0);
    }
    await screenshot(page, 'catalogue-review-leader', false);
    await page.context().close();
  });
});
