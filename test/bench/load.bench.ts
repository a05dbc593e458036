/**
 * Load benchmark (issue 7 point 1): login, case list with filters, case detail, fine preview and the
 * annual report, each driven open-loop at a fixed request rate against the real API in its own process.
 * Prints requests per second achieved and p50/p99 latency. Target: case list p99 ≤ 50 ms at 200 req/s
 * over 100 000 cases, zero errors.
 *
 *   npm run bench:load                    (LOAD_SECONDS=10 per scenario, LOAD_CASES=100000)
 *
 * LOAD_ONLY=name,… runs some scenarios; LOAD_WARM_UP_SECONDS (3); LOAD_TRACE=1 prints each second's p99;
 * DATABASE_POOL_SIZE passes through to the API; BENCH_NODE_ARGS (e.g. --cpu-prof) to its node.
 */
import 'reflect-metadata';
import { Agent, request as httpRequest } from 'node:http';
import { cpus } from 'node:os';
import { DataSource } from 'typeorm';
import { setUpDepartment } from '@app/cli/bootstrap-data';
import { dataSourceOptions } from '@app/entities';
import { Role } from '@app/common/role';
import { fmt, freePort, freshDatabase, percentile, REDIS_URL, startProcess, waitForHttp } from './bench-support';

const SECONDS = Number(process.env.LOAD_SECONDS ?? 10);
const CASES = Number(process.env.LOAD_CASES ?? 100_000);
const WARM_UP_SECONDS = Number(process.env.LOAD_WARM_UP_SECONDS ?? 3);
/** Comma-separated scenario names to run (default: all). */
const ONLY = process.env.LOAD_ONLY?.split(',');

interface Scenario {
  name: string;
  rate: number;
  request: (i: number) => { method: string; path: string; body?: unknown; auth: boolean };
}

async function seed(url: string): Promise<{ caseIds: string[]; password: string; username: string }> {
  const ds = await new DataSource(dataSourceOptions(url, 4)).initialize();
  const password = 'bench-password-1';
  const { department } = await setUpDepartment(ds, {
    department: { name: 'Sở Văn hóa và Thể thao (bench)', parentBody: 'UBND tỉnh Bench', placeName: 'Bench', provinceCode: '98', abbreviation: 'SVHTT' },
    users: [
      { username: 'bench.inspector', fullName: 'Bench Inspector', role: Role.Inspector, password },
      { username: 'bench.legal', fullName: 'Bench Legal', role: Role.LegalOfficer, password },
    ],
  });
  const [{ id: siteId }] = await ds.query(
    `insert into e_information_sites (department_id, name, domains, owner_name, search_text) values ($1, 'Trang bench', '{bench.vn}', 'Công ty Bench', 'trang bench') returning id`,
    [department.id],
  );
  // 100 000 cases spread over ten years and every status, inserted in one statement.
  await ds.query(
    `insert into inspection_cases (department_id, number, year, sequence, title, subject_type, subject_id, subject_name, origin, opened_on, status, search_text)
     select $1, g || '/' || (2017 + g % 10) || '/HS', 2017 + g % 10, g, 'Vụ việc số ' || g, 'e_information_site', $2, 'Trang bench',
            (array['planned_inspection','ad_hoc_inspection','complaint_or_report','press_monitoring','referral'])[1 + g % 5]::case_origin,
            make_date(2017 + g % 10, 1 + g % 12, 1 + g % 28),
            (array['open','inspecting','violations_recorded','ready_for_decision','closed'])[1 + g % 5]::case_status,
            'vu viec so ' || g || ' trang bench'
       from generate_series(1, $3::int) g`,
    [department.id, siteId, CASES],
  );
  // As autovacuum would have done on a live system: lets counts use index-only scans.
  await ds.query('vacuum analyze');
  // Write the seed out now, so the checkpoint it causes does not land inside a measured scenario.
  await ds.query('checkpoint');
  const rows: { id: string }[] = await ds.query(`select id from inspection_cases order by random() limit 500`);
  await ds.destroy();
  return { caseIds: rows.map((r) => r.id), password, username: 'bench.inspector' };
}

// node:http with keep-alive, not fetch: the load generator shares the two cores with the API and PostgreSQL, and
// undici's fetch spent about 2 ms of CPU per request, 4 times what a plain keep-alive request costs.
const agent = new Agent({ keepAlive: true, maxSockets: 512 });

function send(base: string, method: string, path: string, headers: Record<string, string>, body?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${base}${path}`, { method, headers, agent }, (res) => {
      res.on('data', () => undefined);
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** Fires requests at a fixed rate regardless of answers (open loop), so slow answers show as latency. */
async function drive(base: string, token: string, s: Scenario, seconds = SECONDS, report = true): Promise<void> {
  const latencies: number[] = [];
  const trace: [number, number][] = [];
  const statuses = new Map<number, number>();
  const total = Math.round(s.rate * seconds);
  const started = performance.now();
  const inflight: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / s.rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const { method, path, body, auth } = s.request(i);
    const payload = body ? JSON.stringify(body) : undefined;
    const headers: Record<string, string> = { ...(auth ? { authorization: `Bearer ${token}` } : {}), ...(payload ? { 'content-type': 'application/json' } : {}) };
    // Latency from when the request was due, so a late start of the generator counts against the server.
    const t0 = Math.min(due, performance.now());
    inflight.push(
      send(base, method, path, headers, payload)
        .then((status) => {
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
        })
        .catch(() => {
          statuses.set(0, (statuses.get(0) ?? 0) + 1);
        })
        .finally(() => {
          latencies.push(performance.now() - t0);
          trace.push([i, performance.now() - t0]);
        }),
    );
  }
  await Promise.all(inflight);
  if (!report) return;
  if (process.env.LOAD_TRACE) {
    const perSecond = new Map<number, number[]>();
    for (const [i, ms] of trace) perSecond.set(Math.floor(i / s.rate), [...(perSecond.get(Math.floor(i / s.rate)) ?? []), ms]);
    console.log([...perSecond].map(([sec, l]) => `${sec}s:${fmt(percentile(l.sort((a, b) => a - b), 99))}`).join(' '));
  }
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const errors = [...statuses].filter(([code]) => code === 0 || code >= 400).reduce((n, [, c]) => n + c, 0);
  console.log(
    `${s.name.padEnd(28)} target ${String(s.rate).padStart(4)} req/s  achieved ${(total / elapsed).toFixed(1).padStart(6)} req/s  ` +
      `p50 ${fmt(percentile(latencies, 50)).padStart(9)}  p90 ${fmt(percentile(latencies, 90)).padStart(9)}  p99 ${fmt(percentile(latencies, 99)).padStart(9)}  max ${fmt(latencies[latencies.length - 1] ?? 0).padStart(9)}  errors ${errors}  statuses ${JSON.stringify(Object.fromEntries(statuses))}`,
  );
}

async function main(): Promise<void> {
  const url = await freshDatabase('pi_bench_load');
  const t0 = Date.now();
  const { caseIds, password, username } = await seed(url);
  console.log(`seeded ${CASES} cases in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  const port = await freePort();
  const api = startProcess('src/main.ts', { DATABASE_URL: url, REDIS_URL, PORT: String(port), HOST: '127.0.0.1', QUEUE_PREFIX: 'pi-bench-load', ...(process.env.DATABASE_POOL_SIZE ? { DATABASE_POOL_SIZE: process.env.DATABASE_POOL_SIZE } : {}), LOGIN_RATE_PER_MINUTE: '100000', FINE_PREVIEW_RATE_PER_MINUTE: '100000', LOGIN_MAX_FAILURES: '1000' });
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(`${base}/health`);
    const login = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
    const { accessToken } = (await login.json()) as { accessToken: string };
    const docs = (await (await fetch(`${base}/docs-json`)).json()) as { paths: Record<string, unknown> };
    const statuses = ['open', 'inspecting', 'violations_recorded', 'ready_for_decision', 'closed'];
    const scenarios: Scenario[] = [
      { name: 'login (argon2id)', rate: 10, request: () => ({ method: 'POST', path: '/api/auth/login', body: { username, password }, auth: false }) },
      // argon2id at the library's defaults (64 MiB, 3 passes, 4 lanes) keeps about a core busy per 5 logins a second here.
      { name: 'login (argon2id) (5)', rate: 5, request: () => ({ method: 'POST', path: '/api/auth/login', body: { username, password }, auth: false }) },
      { name: 'case list, filtered', rate: 200, request: (i) => ({ method: 'GET', path: `/api/cases?status=${statuses[i % 5]}&page=${1 + (i % 50)}&pageSize=20`, auth: true }) },
      // Where the list still keeps its p99 on this machine (the load generator shares the two cores).
      { name: 'case list, filtered (150)', rate: 150, request: (i) => ({ method: 'GET', path: `/api/cases?status=${statuses[i % 5]}&page=${1 + (i % 50)}&pageSize=20`, auth: true }) },
      { name: 'case detail', rate: 200, request: (i) => ({ method: 'GET', path: `/api/cases/${caseIds[i % caseIds.length]}`, auth: true }) },
      {
        name: 'fine preview',
        rate: 200,
        request: (i) => ({
          method: 'POST',
          path: '/api/fines/preview',
          auth: true,
          body: { decisionDate: '2026-06-01', acts: [{ code: '119/2020:Đ8.k4.e', offenderType: i % 2 ? 'organisation' : 'individual', endedOn: '2025-03-01', ongoingAtDetection: false, detectedOn: '2025-04-01', mitigating: [], aggravating: [] }] },
        }),
      },
    ];
    if ('/api/reports/annual' in docs.paths) {
      scenarios.push({ name: 'annual report', rate: 20, request: (i) => ({ method: 'GET', path: `/api/reports/annual?year=${2017 + (i % 10)}`, auth: true }) });
    } else {
      console.log('annual report: route not present in this build, skipped');
    }
    console.log(
      `\n${SECONDS} s per scenario, open loop, API in its own process on this ${cpus().length}-core machine; each after an uncounted warm-up of ${WARM_UP_SECONDS} s at a fifth of its rate and ${WARM_UP_SECONDS} s at its rate\n`,
    );
    for (const s of scenarios.filter((x) => !ONLY || ONLY.some((o) => x.name.startsWith(o)))) {
      // Warm-up, not counted: a ramp, then the full rate long enough for the pool to open its connections and the
      // JIT to settle (the first seconds at a new rate measure connection set-up, not the steady state).
      await drive(base, accessToken, { ...s, rate: Math.max(1, Math.round(s.rate / 5)) }, WARM_UP_SECONDS, false);
      await drive(base, accessToken, s, WARM_UP_SECONDS, false);
      await drive(base, accessToken, s);
    }
  } finally {
    api.kill('SIGTERM');
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
