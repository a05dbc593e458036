import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Role } from '@app/common/role';
import { call, department, Department } from '../e2e/harness';
import { generalSite, openCase } from '../e2e/cases-support';
import { buildConsole, ConsoleApp, Login, newUser, screenshot, signIn, startConsole } from './console-support';

jest.setTimeout(120_000);

describe('web console: serving, sign-in and the shell (issue 16)', () => {
  let c: ConsoleApp;
  let a: Department;
  let inspector: Login;
  let admin: Login;

  beforeAll(async () => {
    c = await startConsole();
    a = await department(c.t, 'Sở Văn hóa và Thể thao tỉnh Thử Nghiệm');
    inspector = await newUser(c.t, a, Role.Inspector, 'Nguyễn Văn Thanh', 'thanh.nv');
    admin = await newUser(c.t, a, Role.DepartmentAdmin, 'Trần Thị Quản', 'quan.tt');
    const site = await generalSite(c.t, a);
    for (let i = 0; i < 23; i++) await openCase(c.t, a, site, { title: `Trang tin tổng hợp đăng tin như báo điện tử (lần ${i + 1})` });
  }, 180_000);
  afterAll(async () => {
    await c?.close();
  });

  describe('serving from the API process', () => {
    it('should answer a browser navigation anywhere outside /api with the console, never cached', async () => {
      for (const path of ['/', '/cases', '/registry/e-information-sites/abc']) {
        const res = await fetch(`${c.t.url}${path}`, { headers: { accept: 'text/html,application/xhtml+xml' } });
        expect(res.status).toBe(200);
        expect(res.headers.get('content-type')).toMatch(/text\/html/);
        expect(res.headers.get('cache-control')).toBe('no-cache');
        expect(await res.text()).toContain('<div id="root">');
      }
    });

    it('should send the pre-compressed bundle with a year of caching, and a 404 in the error shape for a stale asset', async () => {
      const html = await (await fetch(`${c.t.url}/`, { headers: { accept: 'text/html' } })).text();
      const script = /src="(\/assets\/index-[^"]+\.js)"/.exec(html)?.[1];
      expect(script).toBeDefined();
      const res = await fetch(`${c.t.url}${script}`, { headers: { 'accept-encoding': 'br, gzip' } });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-encoding')).toBe('br');
      expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      const stale = await fetch(`${c.t.url}/assets/index-0ld0ld.js`);
      expect(stale.status).toBe(404);
      expect(await stale.json()).toMatchObject({ code: 'NOT_FOUND' });
    });

    it('should keep the API under /api, answering JSON (and 404 in the error shape) even to a browser', async () => {
      const res = await fetch(`${c.t.url}/api/no-such-thing`, { headers: { accept: 'text/html' } });
      expect(res.status).toBe(404);
      expect(await res.json()).toMatchObject({ code: 'NOT_FOUND' });
      expect((await fetch(`${c.t.url}/cases`, { headers: { accept: 'application/json' } })).status).toBe(404);
      expect((await fetch(`${c.t.url}/health`)).status).toBe(200);
      expect((await call(c.t, 'GET', '/cases', { token: a.sessions[Role.Inspector].token })).status).toBe(200);
    });

    it('should answer /verify/:code with the page to a browser and JSON to everything else, varying on Accept', async () => {
      const page = await fetch(`${c.t.url}/verify/ABCDE-12345`, { headers: { accept: 'text/html' } });
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toMatch(/text\/html/);
      expect(page.headers.get('vary')).toMatch(/accept(?!-)/i);
      for (const accept of ['application/json', '*/*']) {
        const json = await fetch(`${c.t.url}/verify/ABCDE-12345`, { headers: { accept } });
        expect(json.status).toBe(404);
        expect(json.headers.get('vary')).toMatch(/accept(?!-)/i);
        expect(await json.json()).toMatchObject({ code: 'NOT_FOUND' });
      }
    });
  });

  describe('in the browser', () => {
    it('should refuse a wrong password with a message that says what to do', async () => {
      await c.page.goto('/login');
      await c.page.getByLabel('Tên đăng nhập').fill(inspector.username);
      await c.page.getByLabel('Mật khẩu').fill('sai-mat-khau');
      await c.page.getByRole('button', { name: 'Đăng nhập' }).click();
      const alert = c.page.getByRole('alert').filter({ hasText: 'không đúng' });
      await alert.waitFor();
      expect(await alert.textContent()).toContain('Tên đăng nhập hoặc mật khẩu không đúng');
      await screenshot(c.page, 'login-wrong-password');
    });

    it('should bring a signed-out visitor back to the address they asked for after signing in', async () => {
      await c.page.goto('/cases?status=open&pageSize=10');
      await c.page.waitForURL(/\/login\?redirect=/);
      await c.page.getByLabel('Tên đăng nhập').fill(inspector.username);
      await c.page.getByLabel('Mật khẩu').fill(inspector.password);
      await c.page.getByRole('button', { name: 'Đăng nhập' }).click();
      await c.page.waitForURL(/\/cases\?/);
      expect(new URL(c.page.url()).searchParams.get('status')).toBe('open');
      await c.page.getByRole('cell', { name: /^\d+\/\d{4}\/HS$/ }).first().waitFor();
    });

    it("should show the user's name and role and the menu of the role, and sign out", async () => {
      const banner = c.page.getByLabel('Tài khoản');
      expect(await banner.textContent()).toContain('Nguyễn Văn Thanh');
      expect(await banner.textContent()).toContain('Thanh tra viên');
      const nav = c.page.getByRole('navigation', { name: 'Chức năng chính' });
      expect(await nav.getByRole('link', { name: 'Hồ sơ vụ việc' }).count()).toBe(1);
      await c.page.getByRole('button', { name: 'Đăng xuất' }).click();
      await c.page.waitForURL(/\/login/);
      await c.page.goto('/cases');
      await c.page.waitForURL(/\/login\?redirect=/);
    });

    it('should page, sort and filter the case list through the URL, which a reload keeps', async () => {
      await signIn(c.page, inspector.username, inspector.password);
      await c.page.goto('/cases');
      await c.page.getByRole('cell', { name: /^23\/\d{4}\/HS$/ }).waitFor();
      expect(await c.page.getByText(/1–20 trên 23 hồ sơ/).count()).toBe(1);
      await screenshot(c.page, 'cases');
      await c.page.getByRole('listitem', { name: '2' }).click();
      await c.page.waitForURL(/[?&]page=2/);
      await c.page.getByText(/21–23 trên 23 hồ sơ/).waitFor();
      await c.page.reload();
      await c.page.getByText(/21–23 trên 23 hồ sơ/).waitFor();
      expect(await c.page.getByRole('row').count()).toBe(4); // header + 3
      await c.page.getByRole('columnheader', { name: 'Số hồ sơ' }).click();
      await c.page.waitForURL(/sort=number/);
      expect(new URL(c.page.url()).searchParams.get('page')).toBeNull();
      await c.page.getByRole('cell', { name: /^1\/\d{4}\/HS$/ }).waitFor();
      await c.page.goto('/cases?status=closed');
      await c.page.getByText('Chưa có hồ sơ nào khớp bộ lọc.').waitFor();
    });

    it('should let a user change their own password, refusing a wrong current one under its field', async () => {
      await signIn(c.page, inspector.username, inspector.password);
      await c.page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
      await c.page.getByLabel('Mật khẩu hiện tại').fill('khong-phai-mat-khau');
      await c.page.getByLabel('Mật khẩu mới', { exact: true }).fill('mot-cau-mat-khau-dai-hon');
      await c.page.getByLabel('Nhập lại mật khẩu mới').fill('mot-cau-mat-khau-dai-hon');
      await c.page.getByRole('button', { name: 'Đổi mật khẩu' }).last().click();
      await c.page.getByText('Mật khẩu hiện tại không đúng.').waitFor();
      await c.page.getByLabel('Mật khẩu hiện tại').fill(inspector.password);
      await c.page.getByRole('button', { name: 'Đổi mật khẩu' }).last().click();
      await c.page.getByText('Đã đổi mật khẩu. Các phiên đăng nhập khác đã kết thúc.').waitFor();
      await screenshot(c.page, 'password-changed');
      inspector = { ...inspector, password: 'mot-cau-mat-khau-dai-hon' };
      await c.page.getByRole('button', { name: 'Đăng xuất' }).click();
      await signIn(c.page, inspector.username, inspector.password);
      await c.page.getByRole('button', { name: 'Đăng xuất' }).click();
    });

    it('should give an administrator no case menu', async () => {
      await signIn(c.page, admin.username, admin.password);
      const nav = c.page.getByRole('navigation', { name: 'Chức năng chính' });
      expect(await nav.getByRole('link', { name: 'Hồ sơ vụ việc' }).count()).toBe(0);
      await c.page.getByRole('button', { name: 'Đăng xuất' }).click();
    });
  });

  it('should keep the initial script under 300 KB gzip and show the login form quickly (figures printed)', async () => {
    const dir = buildConsole();
    const html = readFileSync(join(dir, 'index.html'), 'utf8');
    const initial = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
    const gzip = initial.reduce((n, f) => n + gzipSync(readFileSync(join(dir, f)), { level: 9 }).length, 0);
    const chunks = readdirSync(join(dir, 'assets')).filter((f) => f.endsWith('.js')).length;
    const cold = await c.browser.newContext({ baseURL: c.t.url });
    const page = await cold.newPage();
    const started = Date.now();
    await page.goto('/login');
    await page.getByLabel('Tên đăng nhập').waitFor();
    const firstScreen = Date.now() - started;
    await cold.close();
    process.stdout.write(`console: initial ${initial.join(', ')} = ${(gzip / 1024).toFixed(0)} KB gzip; ${chunks} JS chunks; login form visible after ${firstScreen} ms (cold cache)\n`);
    expect(gzip).toBeLessThan(300 * 1024);
  });
});
