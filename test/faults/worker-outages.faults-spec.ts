/**
 * Issue 12, findings 2, 3 and 5: the worker must outlive a PostgreSQL outage longer than its retry budget, a document
 * whose render job failed for good must still be rendered once the database is back (the sweeper's re-queue used to
 * be a no-op on the failed job's id), and the sweeper must come back after Redis loses all its data (its repeatable
 * schedule lived only in Redis). Prints how long the outage lasted and how many documents were recovered.
 */
import { ChildProcess } from 'node:child_process';
import Redis from 'ioredis';
import { Role } from '@app/common/role';
import { withDatabase, databaseName } from '@app/database/connection';
import { call, department, startApp, TestApp } from '../e2e/harness';
import { TcpProxy } from '../e2e/tcp-proxy';
import { post } from '../e2e/cases-support';
import { draftDecision, readyCase, verifyRows, waitFor } from '../e2e/decisions-support';
import { ADMIN_URL, REDIS_URL } from '../setup/test-env';
import { startProcess } from '../bench/bench-support';

const stop = (p: ChildProcess | undefined): Promise<void> =>
  new Promise((resolve) => {
    if (!p || p.exitCode !== null || p.signalCode !== null) return resolve();
    p.once('exit', () => resolve());
    p.kill('SIGKILL');
  });

const alive = (p: ChildProcess): boolean => p.exitCode === null && p.signalCode === null;

async function documentStates(t: TestApp, departmentId: string): Promise<Record<string, number>> {
  const rows: { status: string; n: number }[] = await t.dataSource.query(`select status, count(*)::int as n from documents where kind = 'sanction_decision' and department_id = $1 group by status`, [departmentId]);
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}

let licences = 0;

/** A magazine with a press licence of its own number, carried to an issued decision. */
async function issueOne(t: TestApp, d: Awaited<ReturnType<typeof department>>, name: string): Promise<void> {
  const subject = await post(t, d, '/registry/press-agencies', { kind: 'e_magazine', name, governingBody: 'Hội Văn học Nghệ thuật tỉnh Thử Nghiệm', headName: 'Lê Văn Hùng', address: 'Số 123 đường Nguyễn Thị Minh Khai, tỉnh Thử Nghiệm', scope: 'local' });
  await post(t, d, '/registry/licences', { kind: 'press_activity', holderType: 'press_agency', holderId: subject.id, number: `${700 + ++licences}/GP-BTTTT`, issuer: 'Bộ Thông tin và Truyền thông', issuedOn: '2021-06-18' });
  const c = await readyCase(t, d, subject.id);
  const draft = await draftDecision(t, d, c.id);
  const res = await call(t, 'POST', `/decisions/${draft.id}/issue`, { token: d.sessions[Role.LegalOfficer].token, body: { version: draft.version } });
  expect(res.status).toBe(200);
}

describe('worker outages', () => {
  describe('PostgreSQL down for longer than the retry budget', () => {
    const pg = new TcpProxy(Number(new URL(ADMIN_URL).port || 5432), new URL(ADMIN_URL).hostname);
    let t: TestApp;
    let worker: ChildProcess | undefined;

    beforeAll(async () => {
      // The producer sets a job's attempts and backoff: the API enqueues, so it carries the short retry budget.
      t = await startApp({ JOB_ATTEMPTS: '2', JOB_BACKOFF_MS: '200' });
      await pg.start();
    });
    afterAll(async () => {
      await stop(worker);
      await t.close();
      await pg.cut();
    });

    it('should keep the worker running and render every document once the database is back', async () => {
      const d = await department(t);
      await verifyRows(t, d);
      const proxied = new URL(withDatabase(ADMIN_URL, databaseName(t.databaseUrl)));
      proxied.port = String(pg.port);
      // Two attempts 200 ms apart: the budget is spent in well under a second, the outage lasts several.
      worker = startProcess('src/worker.ts', {
        DATABASE_URL: proxied.toString(),
        REDIS_URL,
        QUEUE_PREFIX: t.queuePrefix,
        JOB_ATTEMPTS: '2',
        JOB_BACKOFF_MS: '200',
        DOCUMENT_SWEEP_AFTER_SECONDS: '2',
        SCHEDULE_CHECK_SECONDS: '1',
        DATABASE_ACQUIRE_TIMEOUT_MS: '1000',
        LOG_LEVEL: 'fatal',
      });
      await issueOne(t, d, 'Tạp chí Trước Sự Cố');
      await waitFor('the first document', async () => (await documentStates(t, d.id)).ready === 1, 60_000);

      await pg.cut();
      const cutAt = Date.now();
      await issueOne(t, d, 'Tạp chí Trong Sự Cố Một');
      await issueOne(t, d, 'Tạp chí Trong Sự Cố Hai');
      // Long enough for both jobs to use every attempt and reach their failure handler while the database is away.
      await new Promise((r) => setTimeout(r, 8_000));
      const outageMs = Date.now() - cutAt;
      expect(alive(worker)).toBe(true);
      await pg.restore();

      await waitFor('every document rendered after the outage', async () => (await documentStates(t, d.id)).ready === 3, 60_000);
      expect(alive(worker)).toBe(true);
      expect(await documentStates(t, d.id)).toEqual({ ready: 3 });
      console.log(`faults/worker: PostgreSQL away ${(outageMs / 1000).toFixed(1)} s (retry budget ~0.6 s); worker stayed up; 2 documents whose jobs had failed were rendered after it returned`);
    }, 240_000);
  });

  describe('Redis loses all its data while the worker runs', () => {
    const redisProxy = new TcpProxy(Number(new URL(REDIS_URL).port || 6379), new URL(REDIS_URL).hostname);
    let t: TestApp;
    let worker: ChildProcess | undefined;
    const redis = new Redis(REDIS_URL);

    beforeAll(async () => {
      await redisProxy.start();
      t = await startApp({ REDIS_URL: `redis://127.0.0.1:${redisProxy.port}` });
    });
    afterAll(async () => {
      await stop(worker);
      await t.close();
      await redisProxy.cut();
      redis.disconnect();
    });

    it('should bring the sweeper back, so a document whose enqueue was lost is still rendered', async () => {
      const d = await department(t);
      await verifyRows(t, d);
      worker = startProcess('src/worker.ts', {
        DATABASE_URL: t.databaseUrl,
        REDIS_URL,
        QUEUE_PREFIX: t.queuePrefix,
        DOCUMENT_SWEEP_AFTER_SECONDS: '2',
        SCHEDULE_CHECK_SECONDS: '1',
        LOG_LEVEL: 'fatal',
      });
      const schedulerKeys = async (): Promise<string[]> => (await redis.keys(`${t.queuePrefix}:*`)).filter((k) => k.includes('repeat'));
      await waitFor('the worker to register its schedules', async () => (await schedulerKeys()).length > 0, 60_000);

      // A Redis restart without persistence: every key of this installation is gone, the schedules with them.
      const wiped = await redis.keys(`${t.queuePrefix}:*`);
      if (wiped.length > 0) await redis.del(...wiped);
      // And the API cannot enqueue the next document: it stays pending, only the sweeper can find it.
      await redisProxy.cut();
      await issueOne(t, d, 'Tạp chí Mất Hàng Đợi');
      expect(await documentStates(t, d.id)).toEqual({ pending: 1 });
      // The API stays cut off while we wait: its Redis client would otherwise send the buffered job on reconnecting,
      // and the document would render without the sweeper.
      const started = Date.now();
      await waitFor('the pending document rendered by the sweeper', async () => (await documentStates(t, d.id)).ready === 1, 60_000);
      await redisProxy.restore();
      console.log(`faults/worker: Redis wiped (${wiped.length} keys); schedules re-asserted and the lost document rendered ${((Date.now() - started) / 1000).toFixed(1)} s later`);
    }, 240_000);
  });
});
