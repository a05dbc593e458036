/**
 * Console pages, time to a usable screen (issue 16 §10: "no page takes longer than a second to show on this machine").
 *
 * The real API in this process serves a console freshly built by Vite, on a department with a working year's data
 * (cases in every state, issued decisions, registry entries); Chromium (playwright-core) opens each main page as its
 * user and waits until the page's own content is on screen (not just the shell). Each page is opened ROUNDS times;
 * the first visit (cold, bundle chunk not yet cached) and the median of the rest are printed. The baseline, measured in
 * the same run, is the login page, which calls no API: the ratio is what a page's data and rendering add to it.
 *
 *   npm run bench:console [-- rounds]
 */
import { performance } from 'node:perf_hooks';
import type { Locator, Page } from 'playwright-core';
import { Role } from '@app/common/role';
import { department, Department, TestApp } from '../e2e/harness';
import { openCase, generalSite } from '../e2e/cases-support';
import { draftDecision, issue, magazine, readyCase, verifyRows } from '../e2e/decisions-support';
import { buildConsole, launchBrowser, Login, newUser, signIn } from '../console/console-support';
import { RUN_ENV } from '../setup/test-env';
import { inProcessApi, percentile } from './bench-support';

const ROUNDS = Math.max(2, Number(process.argv[2] ?? 6));
const CASES = 120;
const DECISIONS = 8;
const TARGET_MS = 1000;

interface Screen {
  name: string;
  user: 'inspector' | 'legal' | 'leader' | 'admin';
  path: string;
  /** The page's own content, visible once its data has arrived. */
  ready: (page: Page) => Locator;
}

async function seed(t: TestApp, d: Department): Promise<{ caseId: string; decisionId: string }> {
  const site = await generalSite(t, d);
  let caseId = '';
  for (let i = 0; i < CASES; i++) caseId = (await openCase(t, d, site, { title: `Trang tin tổng hợp đăng tin như báo điện tử (vụ ${i + 1})` })).id;
  const agency = await magazine(t, d);
  await verifyRows(t, d);
  let decisionId = '';
  for (let i = 0; i < DECISIONS; i++) {
    const draft = await draftDecision(t, d, (await readyCase(t, d, agency)).id);
    const res = await issue(t, d, draft);
    if (res.status !== 200) throw new Error(`issue: ${res.status} ${JSON.stringify(res.body)}`);
    decisionId = draft.id;
  }
  return { caseId, decisionId };
}

async function timeOpen(page: Page, screen: Screen): Promise<number> {
  const start = performance.now();
  await page.goto(screen.path);
  await screen.ready(page).first().waitFor({ timeout: 30_000 });
  return performance.now() - start;
}

async function main(): Promise<void> {
  // A build of its own (buildConsole caches one per test run id).
  process.env[RUN_ENV] = `bench-${Date.now()}`;
  const consoleDir = buildConsole();
  const { t, dispose } = await inProcessApi({ CONSOLE_DIR: consoleDir });
  const browser = await launchBrowser();
  try {
    const d = await department(t, 'Sở Văn hóa và Thể thao tỉnh Thử Nghiệm');
    process.stdout.write(`seeding ${CASES} cases and ${DECISIONS} issued decisions… `);
    const { caseId, decisionId } = await seed(t, d);
    console.log('done');
    const users: Record<Screen['user'], Login> = {
      inspector: await newUser(t, d, Role.Inspector, 'Nguyễn Văn Thanh', 'thanh.nv'),
      legal: await newUser(t, d, Role.LegalOfficer, 'Trần Thị Pháp', 'phap.tt'),
      leader: await newUser(t, d, Role.Leader, 'Lê Văn Lãnh', 'lanh.lv'),
      admin: await newUser(t, d, Role.DepartmentAdmin, 'Phạm Thị Quản', 'quan.pt'),
    };
    const screens: Screen[] = [
      { name: 'Việc của tôi', user: 'inspector', path: '/my-work', ready: (p) => p.getByRole('heading', { name: 'Việc của tôi' }) },
      { name: 'Hồ sơ vụ việc (danh sách)', user: 'inspector', path: '/cases', ready: (p) => p.getByRole('cell', { name: /^\d+\/\d{4}\/HS$/ }) },
      { name: 'Hồ sơ vụ việc (một hồ sơ)', user: 'inspector', path: `/cases/${caseId}`, ready: (p) => p.getByRole('heading', { name: /\/HS$/ }) },
      { name: 'Đối tượng quản lý', user: 'inspector', path: '/registry', ready: (p) => p.getByRole('row').nth(1) },
      { name: 'Danh mục hành vi', user: 'inspector', path: '/legal/catalogue', ready: (p) => p.getByRole('row').nth(1) },
      { name: 'Quyết định (danh sách)', user: 'legal', path: '/decisions', ready: (p) => p.getByRole('link', { name: /QĐ-XPHC$/ }) },
      { name: 'Quyết định (một quyết định)', user: 'legal', path: `/decisions/${decisionId}`, ready: (p) => p.getByRole('heading', { name: /QĐ-XPHC$/ }) },
      { name: 'Thi hành quyết định', user: 'legal', path: `/decisions/${decisionId}/execution`, ready: (p) => p.getByRole('heading', { name: /^Thi hành quyết định/ }) },
      { name: 'Xác minh danh mục', user: 'legal', path: '/legal/review', ready: (p) => p.getByRole('row').nth(1) },
      { name: 'Số liệu năm', user: 'leader', path: '/reports', ready: (p) => p.getByRole('heading', { name: /^Số liệu năm/ }) },
      { name: 'Người dùng', user: 'admin', path: '/admin/users', ready: (p) => p.getByRole('cell', { name: 'thanh.nv' }) },
      { name: 'Lịch nghỉ', user: 'admin', path: '/admin/calendar', ready: (p) => p.getByRole('heading', { name: /Lịch nghỉ/ }) },
    ];

    const context = await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', baseURL: t.url, viewport: { width: 1366, height: 860 } });
    const page = await context.newPage();
    // Baseline: the login page (no API call), the same number of rounds, first visit cold.
    const login: Screen = { name: 'Đăng nhập (baseline)', user: 'inspector', path: '/login', ready: (p) => p.getByLabel('Tên đăng nhập') };
    const rows: { name: string; cold: number; median: number }[] = [];
    const measure = async (screen: Screen): Promise<void> => {
      const times: number[] = [];
      for (let i = 0; i < ROUNDS; i++) times.push(await timeOpen(page, screen));
      const warm = times.slice(1).sort((a, b) => a - b);
      rows.push({ name: screen.name, cold: times[0], median: percentile(warm, 50) });
    };
    await measure(login);
    let signedIn: Screen['user'] | null = null;
    for (const screen of screens) {
      if (signedIn !== screen.user) {
        await signIn(page, users[screen.user].username, users[screen.user].password);
        signedIn = screen.user;
      }
      await measure(screen);
    }
    await context.close();

    const base = rows[0].median;
    console.log(`console pages: time until the page's own content is visible (Chromium, ${ROUNDS} visits each; cold = first visit)`);
    console.log(`${'page'.padEnd(30)} ${'cold'.padStart(9)} ${'median'.padStart(9)} ${'× login'.padStart(8)}  target ≤ ${TARGET_MS} ms`);
    for (const r of rows) {
      const verdict = r.median <= TARGET_MS ? 'ok' : 'OVER';
      console.log(`${r.name.padEnd(30)} ${r.cold.toFixed(0).padStart(7)} ms ${r.median.toFixed(0).padStart(7)} ms ${(r.median / base).toFixed(2).padStart(8)}  ${verdict}`);
    }
    const slowest = rows.slice(1).reduce((a, b) => (b.median > a.median ? b : a));
    console.log(`slowest: ${slowest.name}, median ${slowest.median.toFixed(0)} ms (${(slowest.median / base).toFixed(2)}× the login page)`);
  } finally {
    await browser.close();
    await dispose();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
