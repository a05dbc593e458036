import { randomBytes } from 'node:crypto';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { ApiModule } from '@app/api.module';
import { configureHttpApp, fastifyOptions } from '@app/http';
import { loadConfig, resetConfigCache } from '@app/config/config.module';
import { Role } from '@app/common/role';
import { call, department, Department, startApp, TestApp } from './harness';
import { draftDecision, issue, magazine, readyCase, verifyRows } from './decisions-support';
import { post } from './cases-support';

/**
 * Issue 12: the public verification (tra cứu quyết định, `GET /verify/{code}`) said nothing of what happened to a
 * decision after it was issued, so an annulled decision read as genuine (finding 4); and its rate limit lived in one
 * process's memory, reset by a restart and sidestepped with a forged X-Forwarded-For (low finding).
 */
const LIMIT = 60;
const code = () => randomBytes(5).toString('hex').toUpperCase().replace(/[ILOU]/g, '7').slice(0, 10);

/** Another API process on the same database and queue prefix as the last app started (its environment is still set). */
async function anotherApi(): Promise<{ url: string; close(): Promise<void> }> {
  resetConfigCache();
  const moduleRef = await Test.createTestingModule({ imports: [ApiModule] }).compile();
  const app = moduleRef.createNestApplication<NestFastifyApplication>(new FastifyAdapter(fastifyOptions()), { logger: false, abortOnError: false });
  await configureHttpApp(app, loadConfig());
  await app.listen(0, '127.0.0.1');
  return { url: `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`, close: () => app.close() };
}

describe('public verification: the standing of a decision and a shared look-up limit (issue 12)', () => {
  describe('standing (finding 4)', () => {
    let t: TestApp;
    let a: Department;
    const decisions: Record<'sanction' | 'correct' | 'amend' | 'annul', { id: string; number: string; issuedOn: string; verificationCode: string }> = {} as never;

    beforeAll(async () => {
      t = await startApp({ TRUST_PROXY: 'loopback' });
      a = await department(t);
      const c = await readyCase(t, a, await magazine(t, a));
      await verifyRows(t, a);
      const issued = await issue(t, a, await draftDecision(t, a, c.id));
      if (issued.status !== 200) throw new Error(`issue: ${issued.status} ${JSON.stringify(issued.body)}`);
      decisions.sanction = issued.body;
    }, 120_000);
    afterAll(() => t.close());

    /** Each look-up from an address of its own (the test plays the proxy), so the look-up limit stays out of the way. */
    let n = 0;
    const verify = (d: { verificationCode: string }) => call(t, 'GET', `/verify/${d.verificationCode}`, { headers: { 'x-forwarded-for': `198.18.1.${++n}` } });
    const ref = (kind: string, d: { number: string; issuedOn: string }) => ({ kind, number: d.number, issuedOn: d.issuedOn });

    async function later(kind: 'correct' | 'amend' | 'annul'): Promise<void> {
      const draft = await post(t, a, `/decisions/${decisions.sanction.id}/corrections`, { kind, reason: `Lý do ${kind}` }, Role.LegalOfficer);
      const res = await issue(t, a, draft);
      if (res.status !== 200) throw new Error(`issue ${kind}: ${res.status} ${JSON.stringify(res.body)}`);
      decisions[kind] = res.body;
    }

    it('should say a decision nothing has changed is in force', async () => {
      const res = await verify(decisions.sanction);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ kind: 'sanction', standing: 'in_force', changedBy: null, original: null, number: decisions.sanction.number });
    });

    it('should say a corrected decision is corrected, naming the correction’s number and date (MQĐ39)', async () => {
      await later('correct');
      expect((await verify(decisions.sanction)).body).toMatchObject({ standing: 'corrected', changedBy: ref('correct', decisions.correct) });
      expect((await verify(decisions.correct)).body).toMatchObject({
        kind: 'correct',
        standing: 'in_force',
        changedBy: null,
        original: ref('sanction', decisions.sanction),
      });
    });

    it('should say an amended decision is amended, naming the amendment (MQĐ38), which outranks the correction', async () => {
      await later('amend');
      expect((await verify(decisions.sanction)).body).toMatchObject({ standing: 'amended', changedBy: ref('amend', decisions.amend) });
      expect((await verify(decisions.amend)).body).toMatchObject({ kind: 'amend', standing: 'in_force', original: ref('sanction', decisions.sanction) });
      // A correction stands until the chain is annulled.
      expect((await verify(decisions.correct)).body.standing).toBe('in_force');
    });

    it('should never present an annulled decision as standing: annulled, naming the annulment (MQĐ40), for every decision of the chain', async () => {
      await later('annul');
      for (const kind of ['sanction', 'correct', 'amend'] as const) {
        const res = await verify(decisions[kind]);
        expect([kind, res.status, res.body.standing, res.body.changedBy]).toEqual([kind, 200, 'annulled', ref('annul', decisions.annul)]);
      }
      expect((await verify(decisions.annul)).body).toMatchObject({ kind: 'annul', standing: 'in_force', changedBy: null, original: ref('sanction', decisions.sanction) });
    });
  });

  describe('the look-up limit (low finding)', () => {
    it(`should not let X-Forwarded-For from a peer that is not a proxy (TRUST_PROXY unset) reset the count: 429 after ${LIMIT}`, async () => {
      // The default, whatever an earlier app of this file set (the harness leaves its settings in process.env).
      delete process.env.TRUST_PROXY;
      const t = await startApp();
      try {
        const statuses: number[] = [];
        for (let i = 0; i <= LIMIT; i++) statuses.push((await call(t, 'GET', `/verify/${code()}`, { headers: { 'x-forwarded-for': `203.0.113.${i}` } })).status);
        expect(statuses.slice(0, LIMIT).every((s) => s === 404)).toBe(true);
        expect(statuses[LIMIT]).toBe(429);
      } finally {
        await t.close();
      }
    }, 120_000);

    it(`should count one address's look-ups across API processes and restarts (in Redis): 429 at the ${LIMIT + 1}st, whichever process answers`, async () => {
      // TRUST_PROXY=loopback: the test plays the reverse proxy, which appends the address it saw (192.0.2.200).
      const t = await startApp({ TRUST_PROXY: 'loopback' });
      const others: { url: string; close(): Promise<void> }[] = [];
      const lookUp = async (url: string) =>
        (await fetch(`${url}/verify/${code()}`, { headers: { 'x-forwarded-for': `10.0.0.${Math.floor(Math.random() * 250)}, 192.0.2.200` } })).status;
      try {
        others.push(await anotherApi());
        const statuses: number[] = [];
        for (let i = 0; i < LIMIT / 2; i++) statuses.push(await lookUp(t.url));
        for (let i = 0; i < LIMIT / 2; i++) statuses.push(await lookUp(others[0].url));
        expect(statuses.every((s) => s === 404)).toBe(true);
        expect(await lookUp(others[0].url)).toBe(429);
        expect(await lookUp(t.url)).toBe(429);
        // A restart (a new process on the same Redis) does not start the count again.
        await others.shift()?.close();
        others.push(await anotherApi());
        expect(await lookUp(others[0].url)).toBe(429);
        // Another client address is not affected.
        expect((await fetch(`${t.url}/verify/${code()}`, { headers: { 'x-forwarded-for': '192.0.2.201' } })).status).toBe(404);
      } finally {
        for (const o of others) await o.close();
        await t.close();
      }
    }, 120_000);
  });
});
