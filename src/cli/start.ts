import 'reflect-metadata';
import { ChildProcess, fork } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { chooseServers, childEnv, ServerChoice, shown } from '@app/cli/embedded';
import { migrate } from '@app/cli/migrate';
import { runCli } from '@app/cli/run-cli';
import { seedDemo } from '@app/cli/seed-demo';
import { loadConfig, resetConfigCache } from '@app/config/config.module';
import type { AppConfig } from '@app/config/env.schema';
import { describeJwtSecret, resolveJwtSecret } from '@app/config/jwt-secret';
import { checkDependencies } from '@app/database/preflight';
import { dataSourceOptions } from '@app/entities';

const say = (line: string): boolean => process.stdout.write(`press-inspect: ${line}\n`);

/** How long the logins wait for the API and worker to say they are up before they are printed anyway. */
const SETTLE_TIMEOUT_MS = 90_000;

/**
 * The quick start: choose the servers (the configured ones, the defaults, or embedded mode), apply migrations, seed the
 * demo department (once), then run the API and the worker as two child processes. The demo logins are printed after
 * both have started, so their start-up logs do not scroll them away. Production runs `node dist/src/main.js` and
 * `node dist/src/worker.js` separately (see README, Operations).
 */
async function main(): Promise<void> {
  const choice = await chooseServers(loadConfig());
  let children: ChildProcess[] = [];
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    if (children.length === 0) void shutDown(choice, 130);
    for (const c of children) c.kill(signal);
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  try {
    // The children read the same environment: they use what was chosen here and never choose again.
    Object.assign(process.env, childEnv(choice));
    resetConfigCache();
    const config = loadConfig();
    if (choice.line) say(choice.line);
    await checkDependencies(config);
    // Here, before the API starts, so the quick start prints where its generated secret lives (the API reads it back).
    const secretLine = describeJwtSecret(resolveJwtSecret(config));
    if (secretLine) say(secretLine);
    await migrate(config.DATABASE_URL);
    const logins = process.argv.includes('--no-seed') ? '' : await seed(config);
    children = ['main', 'worker'].map((name) => fork(join(__dirname, '..', `${name}${extname(__filename)}`), { stdio: ['inherit', 'pipe', 'inherit', 'ipc'] }));
    const [api, worker] = children;
    api.stdout?.pipe(process.stdout);
    for (const c of children) {
      c.on('exit', (code) => {
        // One process gone means the system is not whole: stop the other and report.
        if (!stopping) {
          process.exitCode = code ?? 1;
          stop('SIGTERM');
        }
        if (children.every((x) => x.exitCode !== null || x.signalCode !== null)) void shutDown(choice, process.exitCode === undefined ? 0 : Number(process.exitCode));
      });
    }
    await settled(config, worker);
    if (stopping) return;
    if (logins) process.stdout.write(logins);
    say(`API on http://localhost:${config.PORT} (docs at /docs), worker running. Ctrl+C stops both.`);
  } catch (e) {
    await choice.embedded?.stop();
    throw e;
  }
}

/** Seeds the demo department once; its logins are returned to be printed later, and kept in DATA_DIR/demo-logins.txt. */
async function seed(config: AppConfig): Promise<string> {
  let out = '';
  const ds = await new DataSource(dataSourceOptions(config.DATABASE_URL, 2)).initialize();
  try {
    await seedDemo(ds, (s) => (out += s));
  } finally {
    await ds.destroy();
  }
  const file = resolve(config.DATA_DIR, 'demo-logins.txt');
  if (out.startsWith('seeded')) {
    writeFileSync(file, out, { mode: 0o600 });
    return `${out}press-inspect: these demo logins are shown once; they are also in ${shown(file)} (delete it once you have them)\n`;
  }
  return existsSync(file) ? `${out.trimEnd()} (or read ${shown(file)})\n` : out;
}

/** Resolves once the API answers /health/ready and the worker has logged that it started (or after a time limit). */
async function settled(config: AppConfig, worker: ChildProcess): Promise<void> {
  let workerUp = false;
  worker.stdout?.on('data', (chunk: Buffer) => {
    process.stdout.write(chunk);
    if (chunk.toString().includes('worker started')) workerUp = true;
  });
  const host = ['0.0.0.0', '::', 'localhost'].includes(config.HOST) ? '127.0.0.1' : config.HOST;
  const until = Date.now() + SETTLE_TIMEOUT_MS;
  // Below info the worker does not log its start: the API's readiness is then all there is to wait for.
  const workerSpeaks = ['info', 'debug', 'trace'].includes(config.LOG_LEVEL);
  let apiUp = false;
  while (Date.now() < until && !(apiUp && (workerUp || !workerSpeaks))) {
    if (!apiUp) apiUp = await fetch(`http://${host}:${config.PORT}/health/ready`).then((r) => r.ok, () => false);
    await new Promise((r) => setTimeout(r, 200));
  }
  // Let the last start-up lines through before ours.
  await new Promise((r) => setTimeout(r, 300));
}

async function shutDown(choice: ServerChoice, code: number): Promise<void> {
  await choice.embedded?.stop();
  process.exit(code);
}

runCli(
  'start',
  main,
  `usage: npm start [-- --no-seed]
Uses PostgreSQL and Redis as configured (DATABASE_URL, REDIS_URL, QUEUE_BACKEND), else the local ones when they answer,
else embedded mode (a PostgreSQL server from node_modules, data under DATA_DIR/postgres, jobs queued in it). Applies
migrations, seeds the demo department once (unless --no-seed), then runs the API and the worker until Ctrl+C. In
production run npm run start:api and npm run start:worker instead.`,
);
