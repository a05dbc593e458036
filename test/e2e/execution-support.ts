import { INestApplicationContext } from '@nestjs/common';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { ApiModule } from '@app/api.module';
import { Role } from '@app/common/role';
import { loadConfig } from '@app/config/config.module';
import { ExecutionClock } from '@app/execution/execution-clock';
import { configureHttpApp, fastifyOptions } from '@app/http';
import { WorkerModule } from '@app/worker.module';
import { addDays, todayInVietnam } from '@libs/vn';
import { post } from './cases-support';
import { DRAFT, draftDecision, issue, magazine, MISSION_ACT, readyCase, verifyRows, type ActSpec } from './decisions-support';
import { apiAs, type Schemas, ok } from './api-client';
import { Department, isolatedEnvironment, TestApp, waitFor } from './harness';

/**
 * The execution module counts on its own clock (ExecutionClock): these suites move it forward through the months of
 * an instalment plan while the rest of the application, the database and the queue keep real time. Decisions are
 * issued on the real today; the clock then says which later day it is.
 */
export class TestClock {
  day = todayInVietnam();

  today(): string {
    return this.day;
  }

  /** Real today + n days. */
  set(n: number): string {
    this.day = addDays(todayInVietnam(), n);
    return this.day;
  }
}

/** The real API (and, when asked, the real worker) with the execution clock replaced by `clock`. */
export async function startAppWithClock(clock: TestClock, env: Record<string, string> = {}): Promise<TestApp & { startWorker(): Promise<INestApplicationContext> }> {
  const iso = await isolatedEnvironment(env);
  const moduleRef = await Test.createTestingModule({ imports: [ApiModule] }).overrideProvider(ExecutionClock).useValue(clock).compile();
  const app = moduleRef.createNestApplication<NestFastifyApplication>(new FastifyAdapter(fastifyOptions()), { logger: false, abortOnError: false });
  await configureHttpApp(app, loadConfig());
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const workers: INestApplicationContext[] = [];
  return {
    url: `http://127.0.0.1:${address.port}`,
    app,
    dataSource: app.get(DataSource),
    databaseUrl: iso.databaseUrl,
    queuePrefix: iso.queuePrefix,
    startWorker: async () => {
      const ref = await Test.createTestingModule({ imports: [WorkerModule] }).overrideProvider(ExecutionClock).useValue(clock).compile();
      ref.useLogger(false);
      await ref.init();
      workers.push(ref);
      return ref;
    },
    close: async () => {
      for (const w of workers) await w.close();
      await app.close();
      await iso.dispose();
    },
  };
}

export const legal = (d: Department): string => d.sessions[Role.LegalOfficer].token;

/** `n` acts of NĐ 119/2020 Đ8 k4 e (off-mission, 40–60M: 50 000 000 đồng each at the middle of the range). */
export const missionActs = (n: number): ActSpec[] =>
  Array.from({ length: n }, (_, i) => ({ code: MISSION_ACT, endedOn: addDays(todayInVietnam(), -50 - i), facts: `Đăng loạt bài thứ ${i + 1} nằm ngoài tôn chỉ, mục đích đã được cấp phép` }));

/** A magazine case carried to an issued decision on the real today, with `acts`; returns the decision. */
export async function issuedDecision(t: TestApp, d: Department, name: string, acts: ActSpec[]): Promise<{ id: string; caseId: string; number: string; totalFineVnd: number }> {
  const agency = await magazine(t, d, name);
  const c = await readyCase(t, d, agency, acts);
  const draft = await draftDecision(t, d, c.id, DRAFT);
  const res = await issue(t, d, draft);
  if (res.status !== 200) throw new Error(`issue: ${res.status} ${JSON.stringify(res.body)}`);
  return { id: res.body.id, caseId: c.id, number: res.body.number, totalFineVnd: res.body.totalFineVnd };
}

export { verifyRows };

export const execution = async (t: TestApp, d: Department, id: string): Promise<Schemas['ExecutionDto']> =>
  ok(apiAs(t, d, Role.LegalOfficer).GET('/api/decisions/{id}/execution', { params: { path: { id } } }));

export const record = (t: TestApp, d: Department, id: string, what: string, body: unknown, role = Role.LegalOfficer) => post(t, d, `/decisions/${id}/execution/${what}`, body, role);

/** Waits for an execution decision's PDF and returns its bytes. */
export async function executionPdf(t: TestApp, d: Department, decisionId: string, subjectId: string): Promise<Buffer> {
  return waitFor(`the PDF of ${subjectId}`, async () => {
    const res = await fetch(`${t.url}/api/decisions/${decisionId}/execution/document?subjectId=${subjectId}`, { headers: { authorization: `Bearer ${legal(d)}` } });
    return res.status === 200 ? Buffer.from(await res.arrayBuffer()) : undefined;
  }, 30_000);
}
