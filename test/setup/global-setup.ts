import './register-paths';
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { migrate } from '@app/cli/migrate';
import { withDatabase } from '@app/database/connection';
import { checkPostgres, checkRedis, UnreachableError } from '@app/database/preflight';
import { ADMIN_URL, REDIS_URL, RUN_ENV, TEMPLATE_ENV } from './test-env';

/**
 * Once per run: a template database with every migration applied. Each e2e file then clones it
 * (CREATE DATABASE … TEMPLATE …, milliseconds) so files run in parallel and leave nothing behind.
 */
export default async function globalSetup(): Promise<void> {
  try {
    await checkPostgres(ADMIN_URL);
    await checkRedis(REDIS_URL);
  } catch (e) {
    if (e instanceof UnreachableError) {
      // One line, then stop: a stack trace would hide the fix.
      process.stderr.write(`\ne2e tests need PostgreSQL and Redis: ${e.message}\n`);
      process.exit(1);
    }
    throw e;
  }
  const runId = randomBytes(4).toString('hex');
  const template = `pi_test_template_${runId}`;
  await migrate(withDatabase(ADMIN_URL, template), false, () => undefined);
  // A template must have no open connections when cloned.
  const admin = new Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()`, [template]);
  await admin.end();
  process.env[TEMPLATE_ENV] = template;
  process.env[RUN_ENV] = runId;
}
