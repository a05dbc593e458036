import 'reflect-metadata';
import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import Redis from 'ioredis';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { ApiModule } from '@app/api.module';
import { migrate } from '@app/cli/migrate';
import { loadConfig, resetConfigCache } from '@app/config/config.module';
import { withDatabase } from '@app/database/connection';
import { configureHttpApp, fastifyOptions } from '@app/http';
import type { TestApp } from '../e2e/harness';

export const ROOT = join(__dirname, '..', '..');
export const ADMIN_URL = process.env.BENCH_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** A fresh, migrated database for one benchmark run. */
export async function freshDatabase(name: string): Promise<string> {
  const admin = new Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.end();
  const url = withDatabase(ADMIN_URL, name);
  await migrate(url, false, () => undefined);
  return url;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** Starts an entry point (src/main.ts or src/worker.ts) in its own process, as in production. */
export function startProcess(entry: string, env: Record<string, string>): ChildProcess {
  // BENCH_NODE_ARGS, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof", profiles the server under load.
  const extra = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
  return spawn(process.execPath, [...extra, '-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', entry], {
    cwd: ROOT,
    env: { ...process.env, TS_NODE_PROJECT: join(ROOT, 'tsconfig.json'), LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

export async function waitForHttp(url: string, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

export const percentile = (sorted: number[], p: number): number => (sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]);

export const fmt = (ms: number): string => `${ms.toFixed(1)} ms`;

/**
 * The real API in this process on a fresh migrated database and queue prefix of its own (env set for the run), and
 * how to drop both afterwards. For benchmarks that drive it through the e2e helpers (which take a TestApp).
 */
export async function inProcessApi(env: Record<string, string> = {}): Promise<{ t: TestApp; dispose(): Promise<void> }> {
  const id = randomBytes(4).toString('hex');
  const database = `pi_bench_${id}`;
  const prefix = `pi-bench-${id}`;
  await migrate(withDatabase(ADMIN_URL, database), false, () => undefined);
  Object.assign(process.env, { DATABASE_URL: withDatabase(ADMIN_URL, database), REDIS_URL, QUEUE_PREFIX: prefix, LOG_LEVEL: 'silent', SWEEPER_ENABLED: 'false', ...env });
  // Some modules read the configuration when imported: drop what they cached before the bench's database was set.
  resetConfigCache();
  if (loadConfig().DATABASE_URL !== process.env.DATABASE_URL) throw new Error('the bench must run against its own database');
  const moduleRef = await Test.createTestingModule({ imports: [ApiModule] }).compile();
  const app = moduleRef.createNestApplication<NestFastifyApplication>(new FastifyAdapter(fastifyOptions()), { logger: false });
  await configureHttpApp(app, loadConfig());
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as { port: number };
  const t: TestApp = { url: `http://127.0.0.1:${port}`, app, dataSource: app.get(DataSource), databaseUrl: process.env.DATABASE_URL ?? '', queuePrefix: prefix, close: () => app.close() };
  return {
    t,
    dispose: async () => {
      await app.close();
      const admin = new Client({ connectionString: ADMIN_URL });
      await admin.connect();
      await admin.query(`drop database if exists ${database} with (force)`);
      await admin.end();
      const redis = new Redis(REDIS_URL);
      const keys = await redis.keys(`${prefix}:*`);
      if (keys.length > 0) await redis.del(...keys);
      redis.disconnect();
    },
  };
}
