import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApp, TestApp } from './harness';

/** Issue 15: without a built console, the root address still says where the API and its documentation are. */
describe('GET / when the web console is not built', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp({ CONSOLE_DIR: '/nonexistent/console' });
  });
  afterAll(() => t.close());

  it('should link the API docs for a browser, and name them for an API client', async () => {
    const page = await fetch(`${t.url}/`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(await page.text()).toMatch(/<a href="\/docs">/);
    const json = await fetch(`${t.url}/`, { headers: { accept: 'application/json' } });
    expect(await json.json()).toMatchObject({ docs: '/docs', openapi: '/docs-json', health: '/health/ready' });
    expect((await fetch(`${t.url}/docs`)).status).toBe(200);
  });
});

/**
 * Issue 15: @fastify/static runs with content-disposition 2.0.1 (an override: 3.x declares Node >= 22, an EBADENGINE
 * warning on every install under Node 20). The console is still served through sendFile and its static route.
 */
describe('the web console served with the overridden content-disposition', () => {
  let t: TestApp;
  const dir = mkdtempSync(join(tmpdir(), 'pi-console-'));
  beforeAll(async () => {
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>press-inspect console</title>');
    writeFileSync(join(dir, 'assets', 'app-abc123.js'), 'console.log("console");');
    t = await startApp({ CONSOLE_DIR: dir });
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('should answer a navigation with index.html and serve an asset with its long cache', async () => {
    const page = await fetch(`${t.url}/cases/123`, { headers: { accept: 'text/html' } });
    expect([page.status, await page.text()]).toEqual([200, '<!doctype html><title>press-inspect console</title>']);
    const asset = await fetch(`${t.url}/assets/app-abc123.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });
});
