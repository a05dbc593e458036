import { readFileSync } from 'node:fs';
import { call, startApp, TestApp } from '../e2e/harness';
import { SNAPSHOT, snapshotText } from './openapi-snapshot';

/**
 * The console's typed client is generated from src/console/api/openapi.json: an API change without a regenerated
 * snapshot (`npm run console:api`) would leave the console compiling against an API that no longer exists.
 */
describe('the OpenAPI snapshot of the console (issue 16)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('should equal the live /docs-json (run `npm run console:api` after changing a controller or DTO)', async () => {
    const res = await call(t, 'GET', '/docs-json');
    expect(res.status).toBe(200);
    const live = snapshotText(res.body);
    const committed = readFileSync(SNAPSHOT, 'utf8');
    if (live !== committed) {
      const a = JSON.parse(committed) as { paths: Record<string, unknown>; components: { schemas: Record<string, unknown> } };
      const b = res.body as typeof a;
      const differ = (x: Record<string, unknown>, y: Record<string, unknown>) =>
        [...new Set([...Object.keys(x), ...Object.keys(y)])].filter((k) => JSON.stringify(x[k]) !== JSON.stringify(y[k]));
      throw new Error(
        `src/console/api/openapi.json is stale: run \`npm run console:api\` and commit it with schema.gen.ts.\n` +
          `paths that differ: ${differ(a.paths, b.paths).join(', ') || 'none'}\nschemas that differ: ${differ(a.components.schemas, b.components.schemas).join(', ') || 'none'}`,
      );
    }
  });
});
