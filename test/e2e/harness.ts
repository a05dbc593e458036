import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { INestApplicationContext } from '@nestjs/common';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import Redis from 'ioredis';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { ApiModule } from '@app/api.module';
import { configureHttpApp, fastifyOptions } from '@app/http';
import { WorkerModule } from '@app/worker.module';
import { setUpDepartment } from '@app/cli/bootstrap-data';
import { loadConfig, resetConfigCache } from '@app/config/config.module';
import { withDatabase } from '@app/database/connection';
import { Role } from '@app/common/role';
import { ADMIN_URL, REDIS_URL, RUN_ENV, TEMPLATE_ENV } from '../setup/test-env';

export interface Session {
  token: string;
  userId: string;
  departmentId: string | null;
}

export interface TestApp {
  url: string;
  app: NestFastifyApplication;
  dataSource: DataSource;
  databaseUrl: string;
  queuePrefix: string;
  close(): Promise<void>;
}

const admin = async <T>(fn: (c: Client) => Promise<T>): Promise<T> => {
  const c = new Client({ connectionString: ADMIN_URL });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
};

/** A fresh database cloned from the migrated template, and a queue prefix of its own. */
export async function isolatedEnvironment(env: Record<string, string> = {}): Promise<{ databaseUrl: string; queuePrefix: string; dispose(): Promise<void> }> {
  const template = process.env[TEMPLATE_ENV];
  if (!template) throw new Error('the e2e global setup did not run (no template database)');
  const id = randomBytes(4).toString('hex');
  const name = `pi_test_${id}_${process.env[RUN_ENV]}`;
  await admin((c) => c.query(`create database ${name} template ${template}`));
  const databaseUrl = withDatabase(ADMIN_URL, name);
  const queuePrefix = `pi-test-${id}`;
  Object.assign(process.env, { DATABASE_URL: databaseUrl, REDIS_URL, QUEUE_PREFIX: queuePrefix, LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent', NODE_ENV: 'test', ...env });
  resetConfigCache();
  return {
    databaseUrl,
    queuePrefix,
    dispose: async () => {
      await admin((c) => c.query(`drop database if exists ${name} with (force)`));
      const redis = new Redis(REDIS_URL);
      const keys = await redis.keys(`${queuePrefix}:*`);
      if (keys.length > 0) await redis.del(...keys);
      redis.disconnect();
    },
  };
}

/** Boots the real API (all modules, real PostgreSQL and Redis) listening on a free port. */
export async function startApp(env: Record<string, string> = {}): Promise<TestApp> {
  const iso = await isolatedEnvironment(env);
  const moduleRef = await Test.createTestingModule({ imports: [ApiModule] }).compile();
  const app = moduleRef.createNestApplication<NestFastifyApplication>(new FastifyAdapter(fastifyOptions()), { logger: false, abortOnError: false });
  await configureHttpApp(app, loadConfig());
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  return {
    url: `http://127.0.0.1:${address.port}`,
    app,
    dataSource: app.get(DataSource),
    databaseUrl: iso.databaseUrl,
    queuePrefix: iso.queuePrefix,
    close: async () => {
      await app.close();
      await iso.dispose();
    },
  };
}

/** Boots the real worker against the same database and queue prefix as `app` (env already set). */
export async function startWorker(): Promise<INestApplicationContext> {
  const moduleRef = await Test.createTestingModule({ imports: [WorkerModule] }).compile();
  moduleRef.useLogger(false);
  await moduleRef.init();
  return moduleRef;
}

export interface ApiResponse<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

/**
 * The address of an API path: controllers answer under /api (src/http.ts); the probes, the public /verify/:code,
 * the OpenAPI pages and the queue dashboard keep their root addresses. Tests name API paths without the prefix.
 */
export const apiPath = (path: string): string => (/^\/(api|health|verify|docs|admin\/queues)(\/|\?|-json|$)/.test(path) ? path : `/api${path}`);

/** One HTTP call through the real socket. */
export async function call<T = any>(t: TestApp, method: string, path: string, opts: { token?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<ApiResponse<T>> {
  const headers: Record<string, string> = { ...(opts.headers ?? {}) };
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  let body: RequestInit['body'];
  if (opts.body !== undefined) {
    headers['content-type'] ??= 'application/json';
    body = typeof opts.body === 'string' || opts.body instanceof Uint8Array ? (opts.body as RequestInit['body']) : JSON.stringify(opts.body);
  }
  const res = await fetch(`${t.url}${apiPath(path)}`, { method, headers, body });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    /* not JSON */
  }
  return { status: res.status, body: parsed as T, headers: res.headers };
}

export interface Department {
  id: string;
  sessions: Record<Role, Session>;
}

/** A department with one user per role (and a ministry viewer), each logged in through HTTP. */
export async function department(t: TestApp, name = `Sở Văn hóa và Thể thao ${randomBytes(2).toString('hex')}`): Promise<Department> {
  const suffix = randomBytes(3).toString('hex');
  const roles = [Role.Inspector, Role.LegalOfficer, Role.Leader, Role.DepartmentAdmin, Role.MinistryViewer];
  const { department: dep, logins } = await setUpDepartment(t.dataSource, {
    department: { name, parentBody: 'Ủy ban nhân dân tỉnh Thử Nghiệm', placeName: 'Thử Nghiệm', provinceCode: '99', abbreviation: 'SVHTT' },
    users: roles.map((role) => ({ username: `${role.replace('_', '.')}.${suffix}`, fullName: `Người dùng ${role}`, title: role, role, password: `pw-${role}-${suffix}` })),
  });
  const sessions = {} as Record<Role, Session>;
  for (const l of logins) {
    const res = await call(t, 'POST', '/auth/login', { body: { username: l.username, password: l.password } });
    if (res.status !== 200) throw new Error(`login ${l.username} failed: ${res.status} ${JSON.stringify(res.body)}`);
    sessions[l.role] = { token: res.body.accessToken, userId: res.body.user.id, departmentId: res.body.user.departmentId };
  }
  return { id: dep.id, sessions };
}

/** Polls until `probe` gives a value (documents rendering, sweeps), failing with what was awaited. */
export const waitFor = async <T>(what: string, probe: () => Promise<T | undefined | null | false>, timeoutMs = 20_000): Promise<T> => {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
};
