import { Client } from 'pg';
import { ADMIN_URL, RUN_ENV } from './test-env';

/** Drops the template and any database a crashed test file left behind in this run. */
export default async function globalTeardown(): Promise<void> {
  const runId = process.env[RUN_ENV];
  if (!runId) return;
  const admin = new Client({ connectionString: ADMIN_URL });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ datname: string }>(`select datname from pg_database where datname like $1`, [`pi_test_%${runId}%`]);
    for (const { datname } of rows) await admin.query(`drop database if exists "${datname}" with (force)`);
  } finally {
    await admin.end();
  }
}
