import { Role } from '@app/common/role';
import { department, Department } from '../e2e/harness';
import { ConsoleApp, Login, newUser, screenshot, signIn, startConsole } from './console-support';

jest.setTimeout(120_000);

/** Acceptance of issue 16, the administrator's journey: create a user, who logs in and changes their password. */
describe('web console: the administrator journey (issue 16)', () => {
  let c: ConsoleApp;
  let a: Department;
  let admin: Login;

  beforeAll(async () => {
    c = await startConsole();
    a = await department(c.t, 'Sở Văn hóa và Thể thao tỉnh Thử Nghiệm');
    admin = await newUser(c.t, a, Role.DepartmentAdmin, 'Trần Thị Quản', 'quan.tt');
  }, 120_000);
  afterAll(async () => {
    await c?.close();
  });

  it('should create a user whose password is shown once, who then signs in and changes it', async () => {
    const page = c.page;
    await signIn(page, admin.username, admin.password);
    await page.waitForURL(/\/admin\/users/);
    await page.getByRole('button', { name: 'Thêm người dùng' }).click();
    await page.getByLabel('Họ và tên').fill('Võ Thị Pháp Chế');
    await page.getByLabel('Tên đăng nhập').fill('phapche.vt');
    await page.getByLabel('Chức danh').fill('Chuyên viên pháp chế');
    await page.getByLabel('Vai trò').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: 'Cán bộ pháp chế' }).click();
    await page.getByRole('button', { name: 'Tạo người dùng' }).click();
    const dialog = page.getByRole('dialog', { name: 'Mật khẩu ban đầu' });
    await dialog.waitFor();
    const password = ((await dialog.locator('code').textContent()) ?? '').trim();
    expect(password.length).toBeGreaterThanOrEqual(12);
    await screenshot(page, 'admin-user-created', false);
    await dialog.getByRole('button', { name: 'Đã ghi lại' }).click();
    await page.getByRole('cell', { name: 'Võ Thị Pháp Chế' }).waitFor();
    await screenshot(page, 'admin-users');
    await page.getByRole('button', { name: 'Đăng xuất' }).click();

    await signIn(page, 'phapche.vt', password);
    expect(await page.getByLabel('Tài khoản').textContent()).toContain('Cán bộ pháp chế');
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await page.getByLabel('Mật khẩu hiện tại').fill(password);
    await page.getByLabel('Mật khẩu mới', { exact: true }).fill('phapche-mat-khau-rieng-2026');
    await page.getByLabel('Nhập lại mật khẩu mới').fill('phapche-mat-khau-rieng-2026');
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).last().click();
    await page.getByText('Đã đổi mật khẩu. Các phiên đăng nhập khác đã kết thúc.').waitFor();
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await signIn(page, 'phapche.vt', 'phapche-mat-khau-rieng-2026');
  });
});
