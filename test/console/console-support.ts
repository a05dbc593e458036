/**
 * Browser tests of the web console: the console is built once per Jest run into a temporary folder, the real API
 * serves it (CONSOLE_DIR) from the e2e harness, and Debian's chromium drives it through playwright-core.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { Role } from '@app/common/role';
import { call, Department, startApp, startWorker, TestApp } from '../e2e/harness';
import { RUN_ENV } from '../setup/test-env';

const ROOT = join(__dirname, '..', '..');
export const SCREENSHOTS = join(ROOT, 'dist', 'test-screenshots');

/** Builds the console with Vite once per test run (files of one run share it); returns its folder. */
export function buildConsole(): string {
  const dir = join(tmpdir(), `pi-console-${process.env[RUN_ENV] ?? 'local'}`);
  const lock = `${dir}.lock`;
  const until = Date.now() + 120_000;
  for (;;) {
    if (existsSync(join(dir, 'index.html')) && !existsSync(lock)) return dir;
    try {
      mkdirSync(lock);
      break;
    } catch {
      // Another test file of this run is building it: wait (a lock older than two minutes is a crashed build).
      if (Date.now() > until || Date.now() - statSync(lock).mtimeMs > 120_000) rmSync(lock, { recursive: true, force: true });
      execFileSync('sleep', ['0.2']);
    }
  }
  try {
    // --bypass-lock: Vite 8 refuses a second build of the same project at once; each run builds into its own folder,
    // so two test runs on one machine (a developer's and a CI's) may build side by side.
    if (!existsSync(join(dir, 'index.html'))) {
      execFileSync(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', join(ROOT, 'src', 'console', 'vite.config.mts'), '--logLevel', 'error', '--bypass-lock'], {
        cwd: ROOT,
        env: { ...process.env, CONSOLE_OUT_DIR: dir, NODE_ENV: 'production' },
        stdio: ['ignore', 'ignore', 'inherit'],
      });
    }
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
  return dir;
}

export interface ConsoleApp {
  t: TestApp;
  worker: INestApplicationContext | null;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/** The real API serving the built console (with the worker when documents are rendered), and a browser page on it. */
export async function startConsole(opts: { worker?: boolean; env?: Record<string, string> } = {}): Promise<ConsoleApp> {
  const dir = buildConsole();
  const t = await startApp({ CONSOLE_DIR: dir, ...(opts.env ?? {}) });
  const worker = opts.worker ? await startWorker() : null;
  const browser = await launchBrowser();
  const context = await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', baseURL: t.url, viewport: { width: 1366, height: 860 }, acceptDownloads: true });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return {
    t,
    worker,
    browser,
    context,
    page,
    close: async () => {
      await browser.close();
      await worker?.close();
      await t.close();
    },
  };
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
  });
}

/** Writes dist/test-screenshots/<name>.png (the committed set lives in test/fixtures/console/). */
export async function screenshot(page: Page, name: string, fullPage = true): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  // Let antd's transitions (tabs, messages, modals) settle so the picture shows the page, not an animation.
  await page.waitForTimeout(400);
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage });
}

/** Signs in through the login form and waits for the shell. */
export async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
}

export interface Login {
  username: string;
  password: string;
  fullName: string;
}

/** A user of the department created through the API (as an administrator would), with the password shown once. */
export async function newUser(t: TestApp, d: Department, role: Exclude<Role, Role.MinistryViewer>, fullName: string, username: string): Promise<Login> {
  const res = await call(t, 'POST', '/users', { token: d.sessions[Role.DepartmentAdmin].token, body: { username, fullName, title: fullName.split(' ')[0], role } });
  if (res.status !== 201) throw new Error(`user ${username}: ${res.status} ${JSON.stringify(res.body)}`);
  return { username, password: res.body.initialPassword, fullName };
}
