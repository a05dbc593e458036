import { createOperator } from '@app/cli/create-operator';
import { Role } from '@app/common/role';
import { department, Department } from '../e2e/harness';
import { ConsoleApp, Login, newUser, screenshot, signIn, startConsole } from './console-support';
import { pickDate, pickOption } from './pick-date';

jest.setTimeout(180_000);


/** Issue 16 §8: the department's details, the holiday calendar, the system operator's page. */
describe('web console: administration pages (issue 16 §8)', () => {
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

  it('should let the department admin edit the names printed on documents, with the API’s refusal under its field', async () => {
    const page = c.page;
    await signIn(page, admin.username, admin.password);
    await page.goto('/admin/department');
    await page.getByRole('heading', { name: 'Thông tin Sở' }).waitFor();
    expect(await page.getByLabel('Tên cơ quan', { exact: true }).inputValue()).toBe('Sở Văn hóa và Thể thao tỉnh Thử Nghiệm');

    // Lower case is refused by the API (document symbols are capitals): its message stands under the field.
    await page.getByLabel('Chữ viết tắt tên cơ quan').fill('svhtt');
    await page.getByRole('button', { name: 'Lưu' }).click();
    const abbreviation = page.locator('.ant-form-item-has-error').filter({ hasText: 'Chữ viết tắt tên cơ quan' });
    await abbreviation.getByText('Chỉ gồm chữ in hoa, chữ số và dấu gạch ngang, ví dụ SVHTT.').waitFor();
    await screenshot(page, 'admin-department-error');

    await page.getByLabel('Chữ viết tắt tên cơ quan').fill('SVHTT-TN');
    await page.getByLabel('Tên cơ quan', { exact: true }).fill('Sở Văn hóa, Thể thao và Du lịch tỉnh Thử Nghiệm');
    await page.getByLabel('Cơ quan chủ quản').fill('Ủy ban nhân dân tỉnh Thử Nghiệm');
    await page.getByLabel('Địa danh').fill('Thử Nghiệm');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã lưu thông tin Sở.').waitFor();
    await page.getByLabel('Phần đầu văn bản sẽ in').getByText('SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH THỬ NGHIỆM').waitFor();
    await screenshot(page, 'admin-department');

    await page.reload();
    await page.getByRole('heading', { name: 'Thông tin Sở' }).waitFor();
    expect(await page.getByLabel('Tên cơ quan', { exact: true }).inputValue()).toBe('Sở Văn hóa, Thể thao và Du lịch tỉnh Thử Nghiệm');
    expect(await page.getByLabel('Chữ viết tắt tên cơ quan').inputValue()).toBe('SVHTT-TN');
  });

  it('should let the department admin add a make-up working day to the calendar and delete it', async () => {
    const page = c.page;
    await page.goto('/admin/calendar');
    await page.getByRole('heading', { name: 'Lịch nghỉ lễ, ngày làm việc bù' }).waitFor();
    await page.getByText(/thời hạn tính theo ngày làm việc \(Luật Xử lý vi phạm hành chính\)/).waitFor();
    await page.getByRole('button', { name: 'Năm sau' }).click();
    await page.waitForURL(/year=2027/);
    await page.getByRole('cell', { name: 'Tết Dương lịch', exact: false }).first().waitFor();

    await page.getByRole('button', { name: 'Thêm ngày' }).click();
    const drawer = page.getByRole('dialog', { name: 'Thêm ngày nghỉ hoặc ngày làm bù' });
    await drawer.waitFor();
    // A Friday cannot be a make-up working day: the API says so under the date.
    await pickDate(page, 'Ngày', '12/02/2027');
    await pickOption(drawer, 'Loại ngày', 'Làm bù');
    await drawer.getByLabel('Tên ngày').fill('Làm bù cho ngày nghỉ hoán đổi thứ Sáu 12/02/2027');
    await drawer.getByLabel('Căn cứ').fill('Thông báo số 9999/TB-BNV ngày 01/12/2026 của Bộ Nội vụ');
    await drawer.getByRole('button', { name: 'Thêm ngày' }).click();
    await drawer.locator('.ant-form-item-has-error').getByText('Ngày làm bù phải là thứ Bảy hoặc Chủ nhật.').waitFor();

    await pickDate(page, 'Ngày', '20/02/2027');
    await drawer.getByRole('button', { name: 'Thêm ngày' }).click();
    await page.getByText('Đã thêm vào lịch.').waitFor();
    const row = page.getByRole('row').filter({ hasText: 'Làm bù cho ngày nghỉ hoán đổi thứ Sáu 12/02/2027' });
    await row.waitFor();
    expect(await row.textContent()).toContain('20/02/2027');
    expect(await row.textContent()).toContain('Thứ Bảy');
    await screenshot(page, 'admin-calendar');

    await row.getByRole('button', { name: /^Xóa/ }).click();
    await page.getByRole('tooltip').getByText(/Xóa “Làm bù cho ngày nghỉ hoán đổi/).waitFor();
    await screenshot(page, 'admin-calendar-delete', false);
    await page.getByRole('tooltip').getByRole('button', { name: 'Xóa' }).click();
    await page.getByText('Đã xóa khỏi lịch.').waitFor();
    await row.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
  });

  it('should land the system operator on the operations page with the services ready and a working queue dashboard link', async () => {
    let printed = '';
    await createOperator(c.t.dataSource, ['--username', 'van.hanh', '--name', 'Đặng Văn Vận'], (s) => (printed += s));
    const password = /system_operator\s+van\.hanh\s+(\S+)/.exec(printed)?.[1] ?? '';
    const page = c.page;
    await signIn(page, 'van.hanh', password);
    await page.waitForURL(/\/admin\/operations/);
    await page.getByRole('heading', { name: 'Vận hành hệ thống' }).waitFor();
    await page.getByText('Tất cả dịch vụ sẵn sàng').waitFor();
    for (const service of ['Cơ sở dữ liệu PostgreSQL', 'Hàng đợi công việc (Redis)', 'Kết nối tới cơ sở dữ liệu (pool)']) {
      expect(await page.getByRole('row').filter({ hasText: service }).textContent()).toContain('Sẵn sàng');
    }
    await screenshot(page, 'admin-operations');

    // A click opens the dashboard's sign-in page with the operator's token in the fragment (not in the link itself);
    // that page trades it for the dashboard's cookie and goes on to the dashboard.
    const link = page.getByRole('link', { name: 'Mở bảng theo dõi hàng đợi' });
    expect(await link.getAttribute('href')).toBe('/admin/queues');
    const [dashboard] = await Promise.all([c.context.waitForEvent('page'), link.click()]);
    await dashboard.waitForURL((u) => (u.pathname === '/admin/queues' || u.pathname === '/admin/queues/') && u.hash === '');
    await dashboard.waitForLoadState('domcontentloaded');
    const answer = await dashboard.request.get('/admin/queues/api/queues');
    expect(answer.status()).toBe(200);
    await dashboard.close();
  });
});
