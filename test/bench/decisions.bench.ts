/**
 * Decisions per second through the whole pipeline (HTTP issue → job → worker render → blob store → ready), against the
 * raw libs/pdf render of the same decision in the same run, and the worker's peak memory. Run:
 *   npx ts-node -r tsconfig-paths/register --transpile-only test/bench/decisions.bench.ts [count]
 * Needs PostgreSQL and Redis (as the e2e tests); makes and drops its own database and queue prefix. The worker runs as
 * its own process, as in production; its peak memory is its VmHWM from /proc. Target ratio: ≥ 0.7.
 */
import 'reflect-metadata';
import { ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { loadConfig } from '@app/config/config.module';
import { renderDecisionPdf, type DecisionDocument } from '@libs/pdf';
import { department, TestApp } from '../e2e/harness';
import { DRAFT, draftDecision, issue, magazine, readyCase, verifyRows } from '../e2e/decisions-support';
import { inProcessApi } from './bench-support';

const COUNT = Number(process.argv[2] ?? 60);
const WARM_UP = 3;
const ISSUE_CONCURRENCY = 4;

/** The worker as production runs it: its own process (src/worker.ts), same database and queue prefix. */
function startWorker(): ChildProcess {
  return spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'src/worker.ts'], { env: process.env, stdio: ['ignore', 'ignore', 'inherit'] });
}

/** Peak resident set of a process (Linux), in MiB. */
function peakMemoryMiB(pid: number | undefined): string {
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? `${(Number(kb) / 1024).toFixed(0)} MiB` : 'n/a';
  } catch {
    return 'n/a (no /proc)';
  }
}

async function readyCount(t: TestApp, ids: string[]): Promise<number> {
  const rows: { n: number }[] = await t.dataSource.query(`select count(*)::int as n from documents where subject_id = any($1) and status = 'ready'`, [ids]);
  return rows[0].n;
}

async function untilReady(t: TestApp, ids: string[], timeoutMs = 120_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while ((await readyCount(t, ids)) < ids.length) {
    if (Date.now() > until) throw new Error(`only ${await readyCount(t, ids)} of ${ids.length} documents ready`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function timeRenders(input: DecisionDocument, n: number): Promise<number> {
  const start = performance.now();
  for (let i = 0; i < n; i++) await renderDecisionPdf(input);
  return performance.now() - start;
}

/** Issues the drafts with a few requests in flight, as several legal officers would. */
async function issueAll(t: TestApp, dep: Awaited<ReturnType<typeof department>>, drafts: { id: string; version: number }[]): Promise<void> {
  const queue = [...drafts];
  const lane = async (): Promise<void> => {
    for (let d = queue.shift(); d; d = queue.shift()) {
      const res = await issue(t, dep, d);
      if (res.status !== 200) throw new Error(`issue: ${res.status} ${JSON.stringify(res.body)}`);
    }
  };
  await Promise.all(Array.from({ length: ISSUE_CONCURRENCY }, lane));
}

async function main(): Promise<void> {
  const { t, dispose } = await inProcessApi();
  let worker: ChildProcess | undefined;
  try {
    const dep = await department(t);
    const agency = await magazine(t, dep);
    await verifyRows(t, dep);
    process.stdout.write(`preparing ${COUNT + WARM_UP} cases ready for decision… `);
    const drafts = [];
    // Signed without the subject identity, so no violation-record PDF competes with the decisions for the worker.
    for (let i = 0; i < COUNT + WARM_UP; i++) drafts.push(await draftDecision(t, dep, (await readyCase(t, dep, agency, undefined, {})).id, { ...DRAFT, subject: { representativeGender: 'male' } }));
    console.log('done');
    worker = startWorker();
    const warm = drafts.slice(0, WARM_UP);
    await issueAll(t, dep, warm);
    await untilReady(t, warm.map((d) => d.id));
    // The raw render of the same decision, half before and half after the pipeline, so a change in machine load
    // during the run weighs on both figures alike.
    const [row] = await t.dataSource.query(`select input from documents where subject_id = $1`, [warm[0].id]);
    const input = row.input as DecisionDocument;
    await renderDecisionPdf(input);
    let rawMs = await timeRenders(input, Math.floor(COUNT / 2));

    const timed = drafts.slice(WARM_UP);
    const start = performance.now();
    await issueAll(t, dep, timed);
    const issuedAt = performance.now();
    await untilReady(t, timed.map((d) => d.id));
    const pipelineMs = performance.now() - start;
    const peak = peakMemoryMiB(worker.pid);

    rawMs += await timeRenders(input, COUNT - Math.floor(COUNT / 2));

    const pipelineRate = (COUNT / pipelineMs) * 1000;
    const rawRate = (COUNT / rawMs) * 1000;
    console.log(`decisions: ${COUNT} (after ${WARM_UP} warm-up), ${ISSUE_CONCURRENCY} issue requests in flight, worker concurrency ${loadConfig().WORKER_CONCURRENCY}`);
    console.log(`pipeline: ${pipelineMs.toFixed(0)} ms (all issued after ${(issuedAt - start).toFixed(0)} ms) → ${pipelineRate.toFixed(1)} decisions/s`);
    console.log(`raw libs/pdf render of the same decision (same process as the API, half before, half after): ${rawMs.toFixed(0)} ms → ${rawRate.toFixed(1)} renders/s`);
    console.log(`ratio pipeline/raw: ${(pipelineRate / rawRate).toFixed(2)} (target ≥ 0.70)`);
    console.log(`worker peak memory (VmHWM): ${peak}`);
  } finally {
    worker?.kill('SIGTERM');
    await dispose();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
