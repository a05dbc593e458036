import { Role } from '@app/common/role';
import { addDays, todayInVietnam } from '@libs/vn/dates';
import { post } from '../e2e/cases-support';
import { magazine } from '../e2e/decisions-support';
import { department, Department } from '../e2e/harness';
import { ConsoleApp, Login, newUser, screenshot, signIn, startConsole } from './console-support';
import { pickDate } from './pick-date';

jest.setTimeout(180_000);

const numeric = (iso: string): string => iso.split('-').reverse().join('/');

/** Issue 16 §3: the licence actions on a registry record, with their history; the licences about to expire. */
describe('web console: registry licences (issue 16 §3)', () => {
  let c: ConsoleApp;
  let a: Department;
  let legal: Login;
  let leader: Login;
  let inspector: Login;
  let agencyId: string;
  const today = todayInVietnam();
  const soon = addDays(today, 20);
  const later = addDays(today, 730);

  beforeAll(async () => {
    c = await startConsole();
    a = await department(c.t, 'Sở Văn hóa và Thể thao tỉnh Thử Nghiệm');
    legal = await newUser(c.t, a, Role.LegalOfficer, 'Võ Thị Pháp Chế', 'phapche.vt');
    leader = await newUser(c.t, a, Role.Leader, 'Nguyễn Văn Lãnh Đạo', 'lanhdao.nv');
    inspector = await newUser(c.t, a, Role.Inspector, 'Lê Minh Thanh Tra', 'thanhtra.lm');
    agencyId = await magazine(c.t, a);
    await post(c.t, a, '/registry/licences', { kind: 'supplement', holderType: 'press_agency', holderId: agencyId, number: '78/GP-STTTT', issuer: 'Sở Thông tin và Truyền thông', issuedOn: '2022-03-01', expiresOn: soon, periodicity: 'Phụ trương hằng tháng' });
    await post(c.t, a, '/registry/licences', { kind: 'supplement', holderType: 'press_agency', holderId: agencyId, number: '91/GP-STTTT', issuer: 'Sở Thông tin và Truyền thông', issuedOn: '2024-05-10', expiresOn: later });
  }, 120_000);
  afterAll(async () => {
    await c?.close();
  });

  it('should let the legal officer suspend a licence with its reason and reinstate it, both steps in its history', async () => {
    const page = c.page;
    await signIn(page, legal.username, legal.password);
    await page.goto(`/registry/press-agencies/${agencyId}`);
    await page.getByRole('heading', { name: 'Tạp chí Văn hóa và Đời sống Phương Nam' }).waitFor();

    await page.getByRole('button', { name: 'Đình chỉ 456/GP-BTTTT' }).click();
    const dialog = page.getByRole('dialog', { name: 'Đình chỉ, tước quyền sử dụng giấy phép 456/GP-BTTTT' });
    await dialog.waitFor();
    await pickDate(dialog, 'Đến hết ngày', numeric(addDays(today, 60)));
    await dialog.getByLabel('Lý do, căn cứ pháp lý').fill('Tước quyền sử dụng giấy phép 02 tháng theo điểm a khoản 8 Điều 5 Nghị định 119/2020/NĐ-CP');
    await dialog.getByLabel('Số, ký hiệu văn bản').fill('12/QĐ-XPHC');
    await screenshot(page, 'licence-suspend', false);
    await dialog.getByRole('button', { name: 'Ghi nhận' }).click();
    await dialog.waitFor({ state: 'detached' });

    const row = page.getByRole('row').filter({ hasText: '456/GP-BTTTT' }).first();
    await row.getByText('Đang bị đình chỉ').waitFor();
    const history = page.getByRole('region', { name: 'Lịch sử giấy phép 456/GP-BTTTT' });
    await history.getByText('Văn bản: 12/QĐ-XPHC').waitFor();
    expect(await history.textContent()).toContain('Tước quyền sử dụng giấy phép 02 tháng');

    await row.getByRole('button', { name: 'Cho hoạt động lại 456/GP-BTTTT' }).click();
    const again = page.getByRole('dialog', { name: 'Cho hoạt động trở lại: giấy phép 456/GP-BTTTT' });
    await again.getByLabel('Lý do, căn cứ pháp lý').fill('Cơ quan báo chí đã khắc phục hậu quả; Quyết định số 15/QĐ-SVHTT chấm dứt đình chỉ trước thời hạn');
    await again.getByRole('button', { name: 'Ghi nhận' }).click();
    await again.waitFor({ state: 'detached' });
    await row.getByText('Còn hiệu lực').waitFor();
    await history.getByText('Cho hoạt động trở lại').waitFor();
    const steps = await history.locator('.ant-timeline-item').allTextContents();
    expect(steps).toHaveLength(3);
    expect(steps[0]).toContain('Cấp');
    expect(steps[1]).toContain('Đình chỉ');
    expect(steps[2]).toContain('Cho hoạt động trở lại');
    expect(steps[2]).toContain('Quyết định số 15/QĐ-SVHTT');
    await screenshot(page, 'licence-history');

    // Revoking asks for a confirmation first; cancelling leaves the licence as it was.
    await row.getByRole('button', { name: 'Thu hồi 456/GP-BTTTT' }).click();
    const revoke = page.getByRole('dialog', { name: 'Thu hồi giấy phép 456/GP-BTTTT', exact: true });
    await revoke.getByLabel('Lý do, căn cứ pháp lý').fill('Thử hủy thao tác');
    await revoke.getByRole('button', { name: 'Thu hồi giấy phép' }).click();
    const confirm = page.getByRole('dialog', { name: 'Thu hồi giấy phép 456/GP-BTTTT? Việc này không hoàn tác được.' });
    await confirm.waitFor();
    await screenshot(page, 'licence-revoke-confirm', false);
    await confirm.getByRole('button', { name: 'Hủy' }).click();
    await confirm.waitFor({ state: 'detached' });
    await revoke.getByRole('button', { name: 'Hủy' }).click();
    await revoke.waitFor({ state: 'detached' });
    await row.getByText('Còn hiệu lực').waitFor();
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
  });

  it('should let an inspector amend a licence’s particulars but not suspend it (a legal act)', async () => {
    const page = c.page;
    await signIn(page, inspector.username, inspector.password);
    await page.goto(`/registry/press-agencies/${agencyId}`);
    const row = page.getByRole('row').filter({ hasText: '91/GP-STTTT' }).first();
    await row.getByRole('button', { name: 'Sửa đổi, bổ sung 91/GP-STTTT' }).waitFor();
    expect(await row.getByRole('button', { name: /^(Đình chỉ|Thu hồi|Cho hoạt động lại) / }).count()).toBe(0);
    await row.getByRole('button', { name: 'Sửa đổi, bổ sung 91/GP-STTTT' }).click();
    const dialog = page.getByRole('dialog', { name: 'Cấp sửa đổi, bổ sung giấy phép 91/GP-STTTT' });
    await dialog.getByLabel('Kỳ hạn xuất bản / thời lượng').fill('Phụ trương hằng quý');
    await dialog.getByLabel('Lý do, căn cứ pháp lý').fill('Cấp sửa đổi, bổ sung giấy phép: đổi kỳ hạn xuất bản phụ trương');
    await dialog.getByLabel('Số, ký hiệu văn bản').fill('05/GP-STTTT-SĐ');
    await dialog.getByRole('button', { name: 'Ghi nhận' }).click();
    await dialog.waitFor({ state: 'detached' });
    const history = page.getByRole('region', { name: 'Lịch sử giấy phép 91/GP-STTTT' });
    await history.getByText('Văn bản: 05/GP-STTTT-SĐ').waitFor();
    expect(await history.locator('.ant-timeline-item').allTextContents()).toEqual([expect.stringContaining('Cấp'), expect.stringContaining('Sửa đổi, bổ sung')]);
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
  });

  it('should show the leader the licences and their history without any action button', async () => {
    const page = c.page;
    await signIn(page, leader.username, leader.password);
    await page.goto(`/registry/press-agencies/${agencyId}`);
    await page.getByRole('heading', { name: 'Tạp chí Văn hóa và Đời sống Phương Nam' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: '456/GP-BTTTT' }).first();
    await row.waitFor();
    for (const action of ['Sửa đổi, bổ sung', 'Đình chỉ', 'Cho hoạt động lại', 'Thu hồi']) {
      expect(await page.getByRole('button', { name: new RegExp(`^${action} `) }).count()).toBe(0);
    }
    expect(await page.getByRole('columnheader', { name: 'Thao tác' }).count()).toBe(0);
  });

  it('should list a licence expiring within 30 days and not one expiring in two years', async () => {
    const page = c.page;
    await page.goto('/registry');
    await page.getByRole('link', { name: 'Giấy phép sắp hết hạn' }).click();
    await page.waitForURL(/\/registry\/licences\/expiring/);
    await page.getByRole('row').filter({ hasText: '78/GP-STTTT' }).waitFor();
    await page.getByLabel('Hết hạn trong vòng').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: /^30 ngày$/ }).click();
    await page.waitForURL(/within=30/);
    const row = page.getByRole('row').filter({ hasText: '78/GP-STTTT' });
    await row.getByRole('link', { name: 'Tạp chí Văn hóa và Đời sống Phương Nam' }).waitFor();
    expect(await row.textContent()).toContain(numeric(soon));
    expect(await row.textContent()).toContain('20 ngày');
    expect(await page.getByRole('row').filter({ hasText: '91/GP-STTTT' }).count()).toBe(0);
    await screenshot(page, 'licence-expiry');

    await page.goto('/registry/licences/expiring?within=365');
    await page.getByRole('row').filter({ hasText: '78/GP-STTTT' }).waitFor();
    expect(await page.getByRole('row').filter({ hasText: '91/GP-STTTT' }).count()).toBe(0);
  });
});
