/**
 * Fault suite (issue 7 point 2): Redis unreachable while decisions are issued, the worker killed with
 * SIGKILL in the middle of rendering and restarted, PostgreSQL connections dropped during issuing
 * transactions. Each scenario ends with exactly one document per issued decision, numbers without gaps
 * or duplicates, and no half-written rows. Prints what it did. `npm run test:faults`.
 */
import { ChildProcess } from 'node:child_process';
import { DataSource } from 'typeorm';
import { Role } from '@app/common/role';
import { call, department, Department, startApp, TestApp } from '../e2e/harness';
import { cuttableQueueStore, CuttableQueueStore, QUEUE_BACKENDS, queueEnv } from '../e2e/queue-backends';
import { post } from '../e2e/cases-support';
import { draftDecision, readyCase, verifyRows, waitFor } from '../e2e/decisions-support';
import { REDIS_URL } from '../setup/test-env';
import { startProcess } from '../bench/bench-support';

interface Issued {
  id: string;
  number: string | null;
  status: number;
}

/** A magazine like the acceptance one, each with its own licence number. */
async function magazineWithLicence(t: TestApp, d: Department, n: number): Promise<string> {
  const agency = await post(t, d, '/registry/press-agencies', {
    kind: 'e_magazine',
    name: `Tạp chí thử lỗi số ${n}`,
    governingBody: 'Hội Văn học Nghệ thuật tỉnh Thử Nghiệm',
    headName: 'Lê Văn Hùng',
    address: 'Số 123 đường Nguyễn Thị Minh Khai, tỉnh Thử Nghiệm',
    scope: 'local',
  });
  await post(t, d, '/registry/licences', { kind: 'press_activity', holderType: 'press_agency', holderId: agency.id, number: `${400 + n}/GP-BTTTT`, issuer: 'Bộ Thông tin và Truyền thông', issuedOn: '2021-06-18' });
  return agency.id;
}

/** N cases ready for decision, each with a drafted decision, for one department. */
async function drafts(t: TestApp, d: Department, n: number): Promise<{ id: string; version: number }[]> {
  const out: { id: string; version: number }[] = [];
  for (let i = 0; i < n; i++) {
    const subject = await magazineWithLicence(t, d, i + 1);
    const c = await readyCase(t, d, subject);
    const draft = await draftDecision(t, d, c.id);
    out.push({ id: draft.id, version: draft.version });
  }
  return out;
}

const issueAll = (t: TestApp, d: Department, list: { id: string; version: number }[]): Promise<Issued[]> =>
  Promise.all(
    list.map(async (x) => {
      const res = await call(t, 'POST', `/decisions/${x.id}/issue`, { token: d.sessions[Role.LegalOfficer].token, body: { version: x.version } });
      return { id: x.id, number: res.status < 300 ? (res.body.number as string) : null, status: res.status };
    }),
  );

/** The invariants every scenario ends with, read straight from PostgreSQL. */
async function assertConsistent(ds: DataSource, departmentId: string): Promise<{ issued: number; documents: number }> {
  const decisions: { id: string; status: string; sequence: number | null; number: string | null; snapshot: boolean; case_status: string }[] = await ds.query(
    `select d.id, d.status, d.sequence, d.number, d.snapshot is not null as snapshot, c.status as case_status
       from sanction_decisions d join inspection_cases c on c.id = d.case_id where d.department_id = $1 order by d.sequence nulls last`,
    [departmentId],
  );
  const issued = decisions.filter((d) => d.status === 'issued');
  // Numbers 1..n: no gap, no duplicate.
  expect(issued.map((d) => d.sequence)).toEqual(issued.map((_, i) => i + 1));
  for (const d of issued) {
    expect(d.number).toMatch(/^\d{2,}\/QĐ-XPHC$/);
    expect(d.snapshot).toBe(true);
    expect(d.case_status).toBe('decided');
  }
  // No half-written drafts: a draft has no number and its case is not decided.
  for (const d of decisions.filter((x) => x.status === 'draft')) {
    expect(d.sequence).toBeNull();
    expect(d.case_status).not.toBe('decided');
  }
  const docs: { subject_id: string; n: number; ready: number }[] = await ds.query(
    `select subject_id, count(*)::int as n, count(*) filter (where status = 'ready')::int as ready
       from documents where kind = 'sanction_decision' and department_id = $1 group by subject_id`,
    [departmentId],
  );
  const byDecision = new Map(docs.map((r) => [r.subject_id, r]));
  for (const d of issued) {
    expect(byDecision.get(d.id)).toEqual({ subject_id: d.id, n: 1, ready: 1 });
  }
  return { issued: issued.length, documents: docs.length };
}

const allReady = async (ds: DataSource, departmentId: string, expected: number): Promise<boolean> => {
  const [{ n }] = await ds.query(`select count(*)::int as n from documents where kind = 'sanction_decision' and department_id = $1 and status = 'ready'`, [departmentId]);
  return n >= expected;
};

/** A worker process on the app's database and queue; `queue` overrides the store (QUEUE_BACKEND, its address). */
function spawnWorker(t: TestApp, queue: Record<string, string> = {}): ChildProcess {
  return startProcess('src/worker.ts', {
    DATABASE_URL: t.databaseUrl,
    REDIS_URL,
    QUEUE_PREFIX: t.queuePrefix,
    ...queue,
    DOCUMENT_SWEEP_AFTER_SECONDS: '1',
    WORKER_CONCURRENCY: '1',
    WORKER_LOCK_SECONDS: '3',
    LOG_LEVEL: 'error',
  });
}

const stop = (p: ChildProcess | undefined, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> =>
  new Promise((resolve) => {
    if (!p || p.exitCode !== null || p.signalCode !== null) return resolve();
    p.once('exit', () => resolve());
    p.kill(signal);
  });

/** Issues `n` decisions, starts a worker and returns once it has begun rendering (the moment to interrupt it). */
async function workerCaughtRendering(t: TestApp, n: number, queue: Record<string, string> = {}): Promise<{ d: Department; worker: ChildProcess; count: number }> {
  const d = await department(t);
  await verifyRows(t, d);
  const list = await drafts(t, d, n);
  expect((await issueAll(t, d, list)).every((r) => r.status === 200)).toBe(true);
  const worker = spawnWorker(t, queue);
  await waitFor(
    'the first render attempt',
    async () => {
      const [{ n: started }] = await t.dataSource.query(`select count(*)::int as n from documents where department_id = $1 and render_attempts > 0`, [d.id]);
      return started > 0;
    },
    90_000,
  );
  return { d, worker, count: list.length };
}

describe('faults', () => {
  // Issue 15: the scenarios that involve the queue run on both of its stores, Redis and BullMQ's PostgreSQL backend.
  describe.each(QUEUE_BACKENDS)('the queue store (%s) unreachable while decisions are issued', (backend) => {
    let store: CuttableQueueStore;
    let t: TestApp;
    let worker: ChildProcess | undefined;

    beforeAll(async () => {
      store = await cuttableQueueStore(backend);
      t = await startApp(store.throughProxy);
    });
    afterAll(async () => {
      await stop(worker);
      await t.close();
      await store.dispose();
    });

    it('should issue every decision with its document pending, then render each exactly once after the store returns', async () => {
      const { proxy } = store;
      const d = await department(t);
      await verifyRows(t, d);
      const list = await drafts(t, d, 4);
      await proxy.cut();
      const started = Date.now();
      const results = await issueAll(t, d, list);
      console.log(`faults/${backend}: issued ${results.filter((r) => r.status === 200).length}/${list.length} with the queue store cut in ${Date.now() - started} ms: ${results.map((r) => r.number).join(', ')}`);
      expect(results.map((r) => r.status)).toEqual(list.map(() => 200));
      const [{ pending }] = await t.dataSource.query(`select count(*)::int as pending from documents where kind = 'sanction_decision' and status = 'pending' and department_id = $1`, [d.id]);
      expect(pending).toBe(list.length);
      await proxy.restore();
      worker = spawnWorker(t, store.direct);
      await waitFor('documents rendered after the store returned', () => allReady(t.dataSource, d.id, list.length), 90_000);
      const summary = await assertConsistent(t.dataSource, d.id);
      console.log(`faults/${backend}: ${summary.issued} decisions, ${summary.documents} documents, numbers gapless`);
    }, 180_000);
  });

  describe.each(QUEUE_BACKENDS)('the worker killed with SIGKILL in the middle of rendering (jobs on %s)', (backend) => {
    let t: TestApp;
    let worker: ChildProcess | undefined;

    beforeAll(async () => {
      t = await startApp(queueEnv(backend));
    });
    afterAll(async () => {
      await stop(worker);
      await t.close();
    });

    it('should finish every document exactly once after the worker restarts', async () => {
      const caught = await workerCaughtRendering(t, 6, queueEnv(backend));
      const { d } = caught;
      const list = { length: caught.count };
      worker = caught.worker;
      await stop(worker, 'SIGKILL');
      const [{ ready }] = await t.dataSource.query(`select count(*)::int as ready from documents where department_id = $1 and status = 'ready'`, [d.id]);
      console.log(`faults/worker (${backend}): SIGKILL with ${ready}/${list.length} documents ready; restarting`);
      worker = spawnWorker(t, queueEnv(backend));
      await waitFor('every document after the restart', () => allReady(t.dataSource, d.id, list.length), 120_000);
      const summary = await assertConsistent(t.dataSource, d.id);
      console.log(`faults/worker (${backend}): ${summary.issued} decisions, ${summary.documents} documents after restart`);
    }, 240_000);
  });

  describe('the worker stopped with SIGTERM in the middle of rendering', () => {
    let t: TestApp;
    let worker: ChildProcess | undefined;

    beforeAll(async () => {
      t = await startApp();
    });
    afterAll(async () => {
      await stop(worker);
      await t.close();
    });

    it('should finish the document it is rendering before it exits (graceful shutdown)', async () => {
      const caught = await workerCaughtRendering(t, 4);
      const { d } = caught;
      const list = { length: caught.count };
      worker = caught.worker;
      const exited = Date.now();
      await stop(worker, 'SIGTERM');
      // Every render that had started when SIGTERM arrived finished: nothing is left half-done.
      const rows: { status: string; render_attempts: number }[] = await t.dataSource.query(
        `select status, render_attempts from documents where department_id = $1 and render_attempts > 0`,
        [d.id],
      );
      console.log(`faults/sigterm: worker exited ${Date.now() - exited} ms after SIGTERM; started renders: ${rows.map((r) => r.status).join(', ')}`);
      expect(rows.every((r) => r.status === 'ready')).toBe(true);
      worker = spawnWorker(t);
      await waitFor('the rest after a restart', () => allReady(t.dataSource, d.id, list.length), 120_000);
      await assertConsistent(t.dataSource, d.id);
    }, 240_000);
  });

  describe('PostgreSQL connections dropped during issuing transactions', () => {
    let t: TestApp;
    let worker: ChildProcess | undefined;

    beforeAll(async () => {
      t = await startApp();
    });
    afterAll(async () => {
      await stop(worker);
      await t.close();
    });

    it('should leave no half-issued decision and no gap in numbering, and issue the rest on retry', async () => {
      const d = await department(t);
      await verifyRows(t, d);
      const list = await drafts(t, d, 8);
      const dbName = new URL(t.databaseUrl).pathname.slice(1);
      let killed = 0;
      let killing = true;
      const killer = (async () => {
        // Terminate one busy connection at a time, a few times, while the issues run: some transactions die
        // half-way, the others go through, and the numbering must come out whole either way.
        while (killing && killed < 3) {
          const rows = await t.dataSource
            .query(
              `select pg_terminate_backend(pid) as ok from pg_stat_activity
                where datname = $1 and pid <> pg_backend_pid() and state in ('active', 'idle in transaction') limit 1`,
              [dbName],
            )
            .catch(() => []);
          killed += rows.length;
          await new Promise((r) => setTimeout(r, 25));
        }
      })();
      const first = await issueAll(t, d, list);
      killing = false;
      await killer;
      const statuses = first.map((r) => r.status);
      console.log(`faults/postgres: terminated ${killed} backends; first round statuses ${JSON.stringify(statuses)}`);
      // A dropped connection is the server's trouble, said as 503 with the error shape; never a half write.
      expect(statuses.every((s) => s === 200 || s === 503 || s === 409)).toBe(true);
      await assertConsistentSoFar(t.dataSource, d.id);

      // Retry what failed: each gets the next number.
      const remaining = [];
      for (const x of list) {
        const current = await call(t, 'GET', `/decisions/${x.id}`, { token: d.sessions[Role.LegalOfficer].token });
        if (current.body.status === 'draft') remaining.push({ id: x.id, version: current.body.version as number });
      }
      const second = await issueAll(t, d, remaining);
      expect(second.every((r) => r.status === 200)).toBe(true);
      worker = spawnWorker(t);
      await waitFor('documents for every decision', () => allReady(t.dataSource, d.id, list.length), 120_000);
      const summary = await assertConsistent(t.dataSource, d.id);
      console.log(`faults/postgres: ${summary.issued} decisions (${remaining.length} retried), ${summary.documents} documents, numbers gapless`);
    }, 240_000);
  });
});

/** Numbers so far are 1..n and every issued decision is whole (documents may still be pending). */
async function assertConsistentSoFar(ds: DataSource, departmentId: string): Promise<void> {
  const rows: { sequence: number; has_doc: boolean; case_status: string }[] = await ds.query(
    `select d.sequence, exists (select 1 from documents x where x.subject_id = d.id) as has_doc, c.status as case_status
       from sanction_decisions d join inspection_cases c on c.id = d.case_id
      where d.department_id = $1 and d.status = 'issued' order by d.sequence`,
    [departmentId],
  );
  expect(rows.map((r) => r.sequence)).toEqual(rows.map((_, i) => i + 1));
  for (const r of rows) {
    expect(r.has_doc).toBe(true);
    expect(r.case_status).toBe('decided');
  }
}
