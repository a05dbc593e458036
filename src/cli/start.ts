import 'reflect-metadata';
import { ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { migrate } from '@app/cli/migrate';
import { runCli } from '@app/cli/run-cli';
import { seedDemo } from '@app/cli/seed-demo';
import { loadConfig } from '@app/config/config.module';
import { describeJwtSecret, resolveJwtSecret } from '@app/config/jwt-secret';
import { checkDependencies } from '@app/database/preflight';
import { dataSourceOptions } from '@app/entities';

/**
 * The quick start: check PostgreSQL and Redis, apply migrations, seed the demo department (once), then
 * run the API and the worker as two child processes. Production runs `node dist/src/main.js` and
 * `node dist/src/worker.js` separately (see README, Operations).
 */
async function main(): Promise<void> {
  const config = loadConfig();
  await checkDependencies(config);
  // Here, before the API starts, so the quick start prints where its generated secret lives (the API reads it back).
  const secretLine = describeJwtSecret(resolveJwtSecret(config));
  if (secretLine) process.stdout.write(`press-inspect: ${secretLine}\n`);
  await migrate(config.DATABASE_URL);
  if (!process.argv.includes('--no-seed')) {
    const ds = await new DataSource(dataSourceOptions(config.DATABASE_URL, 2)).initialize();
    try {
      await seedDemo(ds);
    } finally {
      await ds.destroy();
    }
  }
  const children: ChildProcess[] = ['main.js', 'worker.js'].map((f) => fork(join(__dirname, '..', f), { stdio: 'inherit' }));
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    for (const c of children) c.kill(signal);
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  for (const c of children) {
    c.on('exit', (code) => {
      // One process gone means the system is not whole: stop the other and report.
      if (!stopping) {
        process.exitCode = code ?? 1;
        stop('SIGTERM');
      }
    });
  }
  process.stdout.write(`press-inspect: API on http://localhost:${config.PORT} (docs at /docs), worker running. Ctrl+C stops both.\n`);
}

runCli(
  'start',
  main,
  `usage: npm start [-- --no-seed]
Checks PostgreSQL and Redis, applies migrations, seeds the demo department once (unless --no-seed), then runs the API
and the worker until Ctrl+C. In production run npm run start:api and npm run start:worker instead.`,
);
