/**
 * Embedded mode (issue 15): with no DATABASE_URL or REDIS_URL and nothing answering at the default addresses (pointed
 * here at closed ports, since this machine runs PostgreSQL and Redis on the real ones), `npm start` runs a PostgreSQL
 * server from node_modules with its data in a fresh DATA_DIR, queues the jobs in it, and a decision goes from draft to a
 * downloaded PDF through HTTP; stopped and started again, everything is still there. Then the data moves to a real
 * server with pg_dump and pg_restore, as the README says. Prints the cold start time and the data folder's size.
 */
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { Role } from '@app/common/role';
import { withDatabase } from '@app/database/connection';
import { sha256 } from '@libs/pdf/pdf-inspect';
import { freePort } from '../bench/bench-support';
import { ADMIN_URL, RUN_ENV } from '../setup/test-env';
import { call, Department, Session, TestApp, waitFor } from './harness';
import { draftDecision, issue, magazine, readyCase, verifyRows } from './decisions-support';

const ROOT = join(__dirname, '..', '..');

interface Running {
  process: ChildProcess;
  output: () => string;
  startedInMs: number;
}

/** `npm start` as a fresh clone runs it, from the sources (no build needed), with the servers' defaults closed. */
async function start(env: Record<string, string>): Promise<Running> {
  const inherited = { ...process.env };
  for (const key of ['DATABASE_URL', 'REDIS_URL', 'QUEUE_BACKEND', 'QUEUE_DATABASE_URL', 'QUEUE_PREFIX', 'JWT_SECRET', 'PUBLIC_BASE_URL']) delete inherited[key];
  const began = Date.now();
  const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'src/cli/start.ts'], {
    cwd: ROOT,
    env: { ...inherited, TS_NODE_PROJECT: join(ROOT, 'tsconfig.json'), NODE_ENV: 'development', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr.on('data', (c: Buffer) => (out += c.toString()));
  await waitFor('the start line', async () => {
    if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}:\n${out}`);
    return /press-inspect: API on http/.test(out);
  }, 240_000);
  return { process: child, output: () => out, startedInMs: Date.now() - began };
}

const stop = (r: Running): Promise<number | null> =>
  new Promise((resolve) => {
    r.process.once('exit', (code) => resolve(code));
    r.process.kill('SIGTERM');
  });

/** The demo department as its users see it: each demo login used through HTTP. */
async function demoDepartment(t: TestApp, output: string): Promise<Department> {
  const sessions = {} as Record<Role, Session>;
  let id = '';
  for (const [, role, username, password] of output.matchAll(/^\s+(\w+)\s+(demo\.\w+)\s+(\S+)$/gm)) {
    const res = await call(t, 'POST', '/auth/login', { body: { username, password } });
    if (res.status !== 200) throw new Error(`login ${username}: ${res.status}`);
    sessions[role as Role] = { token: res.body.accessToken, userId: res.body.user.id, departmentId: res.body.user.departmentId };
    id ||= res.body.user.departmentId ?? '';
  }
  return { id, sessions };
}

describe('embedded mode: npm start with nothing installed but Node.js', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'pi-embedded-'));
  let env: Record<string, string>;
  let t: TestApp;
  let running: Running | undefined;
  let issued: { id: string; number: string; pdfSha256: string };
  let legalPassword: string;

  beforeAll(async () => {
    const [port, pgPort, closedPg, closedRedis] = [await freePort(), await freePort(), await freePort(), await freePort()];
    env = {
      DATA_DIR: join(dataDir, 'data'),
      PORT: String(port),
      HOST: '127.0.0.1',
      EMBEDDED_POSTGRES_PORT: String(pgPort),
      DEFAULT_DATABASE_URL: `postgres://postgres@127.0.0.1:${closedPg}/press_inspect`,
      DEFAULT_REDIS_URL: `redis://127.0.0.1:${closedRedis}`,
    };
    t = { url: `http://127.0.0.1:${port}` } as TestApp;
  });
  afterAll(async () => {
    if (running && running.process.exitCode === null) await stop(running);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('should start in embedded mode, say so in one line, and take a decision from draft to a downloaded PDF through HTTP', async () => {
    running = await start(env);
    const out = running.output();
    console.log(`embedded: cold start (fresh data folder: initdb, migrations, demo seed, API and worker up) in ${running.startedInMs} ms`);
    const line = out.split('\n').filter((l) => l.includes('embedded mode'));
    expect(line).toHaveLength(1);
    expect(line[0]).toMatch(/PostgreSQL created from node_modules on 127\.0\.0\.1:\d+, data in .*\/data\/postgres .*jobs queued in it; to use real servers set DATABASE_URL and REDIS_URL/);
    // The logins come after the start-up logs, just before the last line, and are kept in a file the output names.
    expect(out.indexOf('Logins (shown once')).toBeGreaterThan(out.indexOf('embedded mode'));
    expect(existsSync(join(env.DATA_DIR, 'demo-logins.txt'))).toBe(true);

    const ready = await call(t, 'GET', '/health/ready');
    expect(ready.body).toMatchObject({ status: 'ok', info: { database: { status: 'up' }, queue: { status: 'up', backend: 'postgres' } } });

    const a = await demoDepartment(t, out);
    legalPassword = /demo\.legal\s+(\S+)/.exec(out)![1];
    const agencyId = await magazine(t, a);
    await verifyRows(t, a);
    const draft = await draftDecision(t, a, (await readyCase(t, a, agencyId)).id);
    const res = await issue(t, a, draft);
    expect(res.status).toBe(200);
    const legal = a.sessions[Role.LegalOfficer].token;
    await waitFor('the decision PDF', async () => (await call(t, 'GET', `/decisions/${draft.id}/document`, { token: legal })).body.status === 'ready', 60_000);
    const pdf = await fetch(`${t.url}/api/decisions/${draft.id}/pdf`, { headers: { authorization: `Bearer ${legal}` } });
    expect(pdf.status).toBe(200);
    const bytes = Buffer.from(await pdf.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    issued = { id: draft.id, number: res.body.number, pdfSha256: sha256(bytes) };

    expect(await stop(running)).toBe(0);
    // PostgreSQL was shut down cleanly (its lock file is gone), not left running.
    expect(existsSync(join(env.DATA_DIR, 'postgres', 'postmaster.pid'))).toBe(false);
  }, 400_000);

  it('should find everything again after a restart: the same logins, the decision and its PDF', async () => {
    running = await start(env);
    const out = running.output();
    console.log(`embedded: warm start (existing data folder) in ${running.startedInMs} ms`);
    expect(out).toMatch(/embedded mode .*PostgreSQL started from node_modules/);
    expect(out).toMatch(/demo department already seeded/);
    const login = await call(t, 'POST', '/auth/login', { body: { username: 'demo.legal', password: legalPassword } });
    expect(login.status).toBe(200);
    const token = login.body.accessToken as string;
    expect((await call(t, 'GET', `/decisions/${issued.id}`, { token })).body).toMatchObject({ status: 'issued', number: issued.number });
    const pdf = await fetch(`${t.url}/api/decisions/${issued.id}/pdf`, { headers: { authorization: `Bearer ${token}` } });
    expect(sha256(Buffer.from(await pdf.arrayBuffer()))).toBe(issued.pdfSha256);
  }, 400_000);

  it('should move to a real PostgreSQL with pg_dump and pg_restore (README, Operations)', async () => {
    const size = execFileSync('du', ['-sk', join(env.DATA_DIR, 'postgres')], { encoding: 'utf8' }).split('\t')[0];
    console.log(`embedded: data folder ${Math.round(Number(size) / 1024)} MiB after one decision`);
    let pgDump: string;
    try {
      pgDump = execFileSync('pg_dump', ['--version'], { encoding: 'utf8' });
    } catch {
      console.log('embedded: no pg_dump on this machine; the move was not tried');
      return;
    }
    const password = readFileSync(join(env.DATA_DIR, 'postgres.password'), 'utf8').trim();
    const dump = join(dataDir, 'press_inspect.dump');
    execFileSync('pg_dump', ['-Fc', '-h', '127.0.0.1', '-p', env.EMBEDDED_POSTGRES_PORT, '-U', 'postgres', '-f', dump, 'press_inspect'], { env: { ...process.env, PGPASSWORD: password } });
    const target = `pi_test_moved_${process.env[RUN_ENV]}`;
    const admin = new Client({ connectionString: ADMIN_URL });
    await admin.connect();
    try {
      await admin.query(`drop database if exists ${target} with (force)`);
      await admin.query(`create database ${target}`);
      const url = new URL(withDatabase(ADMIN_URL, target));
      execFileSync('pg_restore', ['--no-owner', '-h', url.hostname, '-p', url.port || '5432', '-U', decodeURIComponent(url.username) || 'postgres', '-d', target, dump]);
      const moved = new Client({ connectionString: url.toString() });
      await moved.connect();
      const { rows } = await moved.query(`select number from sanction_decisions where id = $1`, [issued.id]);
      await moved.end();
      console.log(`embedded: moved with ${pgDump.trim()}`);
      expect(rows).toEqual([{ number: issued.number }]);
    } finally {
      await admin.query(`drop database if exists ${target} with (force)`);
      await admin.end();
    }
  }, 120_000);
});
