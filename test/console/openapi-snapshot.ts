/**
 * `npm run console:api`: boots the API as the e2e tests do (migrated template database, real Redis) and writes its
 * OpenAPI document to src/console/api/openapi.json, the snapshot the console's typed client is generated from
 * (`openapi-typescript` then writes schema.gen.ts). test/console/openapi-snapshot.e2e-spec.ts fails when it is stale.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import globalSetup from '../setup/global-setup';
import globalTeardown from '../setup/global-teardown';
import { call, startApp } from '../e2e/harness';

export const SNAPSHOT = join(__dirname, '..', '..', 'src', 'console', 'api', 'openapi.json');

/** The snapshot's text: stable key order as Nest emits it, two-space indent, final newline. */
export const snapshotText = (doc: unknown): string => `${JSON.stringify(doc, null, 2)}\n`;

async function main(): Promise<void> {
  await globalSetup();
  try {
    const t = await startApp();
    try {
      const res = await call(t, 'GET', '/docs-json');
      if (res.status !== 200) throw new Error(`/docs-json answered ${res.status}`);
      writeFileSync(SNAPSHOT, snapshotText(res.body));
      process.stdout.write(`wrote ${SNAPSHOT}\n`);
    } finally {
      await t.close();
    }
  } finally {
    await globalTeardown();
  }
}

if (require.main === module) {
  main().then(
    () => process.exit(0),
    (e: unknown) => {
      process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
      process.exit(1);
    },
  );
}
