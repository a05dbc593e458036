/**
 * Annual report: the endpoint's median time against the raw SQL of the same aggregation, in one run.
 *
 *   npx ts-node -r tsconfig-paths/register --transpile-only test/bench/report.bench.ts
 *
 * Makes its own database (pi_bench_reports), seeds it (test/bench/seed-report-data.ts; REPORT_BENCH_FULL=1 for the
 * full volume of issue 6; REPORT_BENCH_REUSE=1 to measure the last seeded database again), boots the API in this process, then for one department and for all departments times
 * GET /reports/annual (median of N through HTTP, with a token) and the statement `annualReportSql` builds, run as the
 * service runs it (`runReportSql`: one transaction with its settings) through a plain pg client (median of N), the two
 * alternating. Targets: ratio ≤ 1.3; ≤ 300 ms absolute (secondary).
 */
import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { ApiModule } from '@app/api.module';
import { configureHttpApp, fastifyOptions } from '@app/http';
import { migrate } from '@app/cli/migrate';
import { loadConfig, resetConfigCache } from '@app/config/config.module';
import { withDatabase } from '@app/database/connection';
import { annualReportSql, runReportSql } from '@app/reports/report-sql';
import { Role } from '@app/common/role';
import { createUser } from '@app/users/users.service';
import { todayInVietnam } from '@libs/vn';
import { FULL_VOLUME, SMALL_VOLUME, seedReportData } from './seed-report-data';

const ADMIN_URL = process.env.BENCH_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DB = 'pi_bench_reports';
const RUNS = Number(process.env.REPORT_BENCH_RUNS ?? 21);
const YEAR = 2026;

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x: number): string => `${x.toFixed(1)} ms`.padStart(10);

async function freshDatabase(): Promise<string> {
  const admin = new Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`drop database if exists ${DB} with (force)`);
  await admin.end();
  const url = withDatabase(ADMIN_URL, DB);
  await migrate(url, false, () => undefined);
  return url;
}

async function boot(databaseUrl: string): Promise<{ app: NestFastifyApplication; url: string }> {
  Object.assign(process.env, {
    DATABASE_URL: databaseUrl,
    LOG_LEVEL: 'silent',
    QUEUE_PREFIX: 'pi-bench-reports',
    SWEEPER_ENABLED: 'false',
  });
  resetConfigCache();
  const app = await NestFactory.create<NestFastifyApplication>(ApiModule, new FastifyAdapter(fastifyOptions()), { logger: false });
  await configureHttpApp(app, loadConfig());
  await app.listen(0, '127.0.0.1');
  return { app, url: `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}` };
}

async function login(url: string, username: string, password: string): Promise<string> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!res.ok) throw new Error(`login ${username}: ${res.status}`);
  return ((await res.json()) as { accessToken: string }).accessToken;
}

/** Medians of `a` and `b`, run alternately (after warm-ups) so drift on the machine affects both alike. */
async function timeBoth(runs: number, a: () => Promise<void>, b: () => Promise<void>): Promise<[number, number]> {
  for (let i = 0; i < 3; i++) {
    await a();
    await b();
  }
  const samples: [number[], number[]] = [[], []];
  for (let i = 0; i < runs; i++) {
    for (const [k, fn] of [a, b].entries()) {
      const t0 = performance.now();
      await fn();
      samples[k].push(performance.now() - t0);
    }
  }
  return [median(samples[0]), median(samples[1])];
}

/** REPORT_BENCH_REUSE=1 measures the database a previous run seeded (seeding the full volume takes minutes). */
async function seeded(): Promise<string> {
  if (process.env.REPORT_BENCH_REUSE === '1') {
    const url = withDatabase(ADMIN_URL, DB);
    const c = new Client({ connectionString: url });
    await c.connect();
    const [{ n }] = (await c.query(`select count(*)::int as n from sanction_decision_lines`)).rows as { n: number }[];
    await c.query(`delete from users where username like 'bench.%'`);
    await c.end();
    console.log(`reusing ${DB}: ${n} report lines`);
    return url;
  }
  const volume = process.env.REPORT_BENCH_FULL === '1' ? FULL_VOLUME : SMALL_VOLUME;
  const databaseUrl = await freshDatabase();
  const seedStarted = performance.now();
  const counts = await seedReportData(databaseUrl, volume, (s) => console.log(s));
  console.log(`seeded in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s: ${JSON.stringify(counts)}`);
  return databaseUrl;
}

async function main(): Promise<void> {
  const databaseUrl = await seeded();

  const { app, url } = await boot(databaseUrl);
  const ds = app.get(DataSource);
  const [{ id: departmentId }] = (await ds.query(`select id from departments order by province_code limit 1`)) as { id: string }[];
  const users = await ds.transaction(async (m) => ({
    leader: await createUser(m, { username: 'bench.leader', fullName: 'Lãnh đạo Sở', role: Role.Leader, departmentId }),
    ministry: await createUser(m, { username: 'bench.ministry', fullName: 'Cán bộ Bộ', role: Role.MinistryViewer, departmentId: null }),
  }));
  const tokens = {
    leader: await login(url, 'bench.leader', users.leader.password),
    ministry: await login(url, 'bench.ministry', users.ministry.password),
  };
  const pg = new Client({ connectionString: databaseUrl });
  await pg.connect();
  const today = todayInVietnam();
  console.log(`\nGET /reports/annual?year=${YEAR} — median of ${RUNS} runs each, alternating (after 3 warm-ups)`);
  console.log(`${'scope'.padEnd(18)}${'endpoint'.padStart(10)}${'raw SQL'.padStart(10)}${'ratio'.padStart(8)}`);
  try {
    for (const scope of [
      { name: 'one department', token: tokens.leader, departmentId },
      { name: 'all departments', token: tokens.ministry, departmentId: null },
    ]) {
      const sql = annualReportSql({ year: YEAR, departmentId: scope.departmentId, today });
      const [endpoint, raw] = await timeBoth(
        RUNS,
        async () => {
          const res = await fetch(`${url}/api/reports/annual?year=${YEAR}`, { headers: { authorization: `Bearer ${scope.token}` } });
          if (res.status !== 200) throw new Error(`report: ${res.status} ${await res.text()}`);
          await res.arrayBuffer();
        },
        async () => {
          await runReportSql((text, values) => pg.query(text, values).then((r) => r.rows), sql);
        },
      );
      console.log(`${scope.name.padEnd(18)}${ms(endpoint)}${ms(raw)}${(endpoint / raw).toFixed(2).padStart(8)}`);
    }
  } finally {
    await pg.end();
    await app.close();
  }
  console.log('\ntargets: ratio ≤ 1.3; endpoint ≤ 300 ms (secondary)');
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
