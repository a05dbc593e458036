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
