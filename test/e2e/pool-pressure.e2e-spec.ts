/**
 * Issue 12, finding 1: ten ordinary concurrent requests locked the API for good. Code inside a transaction took a
 * second pooled connection (blob storage, the catalogue's current view); with every connection held by a transaction
 * waiting for an eleventh, nothing moved again. Each family of endpoints that writes inside a transaction is sent
 * many times the pool size at once: every request must answer, and the API must serve afterwards.
 */
import { Role } from '@app/common/role';
import { PNG, QUOTING_RULES, generalSite, inspectingCase, post, token, upload } from './cases-support';
import { draftDecision, issue, magazine, readyCase, verifyRows } from './decisions-support';
import { call, department, Department, startApp, TestApp } from './harness';

const POOL = 10;
const BURST = 4 * POOL;
/** Longer than any honest request here, far shorter than "for ever". */
const CLIENT_TIMEOUT_MS = 30_000;

interface Burst {
  statuses: Record<number, number>;
  wallMs: number;
  slowestMs: number;
}

async function burst(n: number, request: (i: number) => Promise<{ status: number }>): Promise<Burst> {
  const started = Date.now();
  let slowest = 0;
  const statuses: Record<number, number> = {};
  await Promise.all(
    Array.from({ length: n }, async (_, i) => {
      const t0 = Date.now();
      const timeout = new Promise<{ status: number }>((resolve) => setTimeout(() => resolve({ status: 0 }), CLIENT_TIMEOUT_MS).unref());
      const { status } = await Promise.race([request(i), timeout]);
      slowest = Math.max(slowest, Date.now() - t0);
      statuses[status] = (statuses[status] ?? 0) + 1;
    }),
  );
  return { statuses, wallMs: Date.now() - started, slowestMs: slowest };
}

describe('the API under concurrent writes (pool of 10, PostgreSQL storage)', () => {
  let t: TestApp;
  let d: Department;
  const figures: string[] = [];

  beforeAll(async () => {
    t = await startApp({ DATABASE_POOL_SIZE: String(POOL), STORAGE_DRIVER: 'postgres' });
    d = await department(t);
  });
  afterAll(async () => {
    process.stdout.write(`pool pressure (pool ${POOL}, ${BURST} concurrent requests per family):\n${figures.join('\n')}\n`);
    await t.close();
  });

  /** No request hung (status 0), none failed for want of a connection (5xx), and the API answers at once afterwards. */
  async function expectHeld(family: string, result: Burst, ok: number[]): Promise<void> {
    figures.push(`  ${family.padEnd(12)} ${JSON.stringify(result.statuses)} in ${result.wallMs} ms (slowest ${result.slowestMs} ms)`);
    expect(Object.keys(result.statuses).map(Number).filter((s) => !ok.includes(s))).toEqual([]);
    const after = Date.now();
    expect((await call(t, 'GET', '/health/ready')).status).toBe(200);
    expect((await call(t, 'GET', '/cases', { token: token(d) })).status).toBe(200);
    expect(Date.now() - after).toBeLessThan(5_000);
  }

  it('should answer every evidence upload and download', async () => {
    const site = await generalSite(t, d);
    const c = await inspectingCase(t, d, site, { code: QUOTING_RULES, detectedOn: '2026-11-02' });
    const uploads = await burst(BURST, (i) => upload(t, token(d), c.id, { bytes: Buffer.concat([PNG, Buffer.from(` ${i}`)]), name: `anh-${i}.png`, type: 'image/png' }));
    await expectHeld('uploads', uploads, [201]);
    const list = await call(t, 'GET', `/cases/${c.id}/evidence`, { token: token(d) });
    const id = list.body[0].id;
    const downloads = await burst(BURST, () => call(t, 'GET', `/cases/${c.id}/evidence/${id}`, { token: token(d, Role.Leader) }));
    await expectHeld('downloads', downloads, [200]);
  }, 120_000);

  it('should answer every violation added to one case at once', async () => {
    const site = await generalSite(t, d, 'Trang tin tổng hợp Áp Lực');
    const c = await inspectingCase(t, d, site, { code: QUOTING_RULES, detectedOn: '2026-11-02' });
    const result = await burst(BURST, (i) =>
      call(t, 'POST', `/cases/${c.id}/violations`, { token: token(d), body: { code: QUOTING_RULES, ongoingAtDetection: true, detectedOn: '2026-11-02', facts: `Trích dẫn tin bài không ghi nguồn, lần ${i + 1}` } }),
    );
    await expectHeld('violations', result, [201]);
  }, 120_000);

  it('should answer every concurrent transition of one case (one wins, the others are told the version moved)', async () => {
    const site = await generalSite(t, d, 'Trang tin tổng hợp Chuyển Bước');
    const c = await post(t, d, '/cases', { title: 'Kiểm tra trang tin', subjectType: 'e_information_site', subjectId: site, origin: 'press_monitoring' });
    await post(t, d, `/cases/${c.id}/inspections`, { kind: 'check', planning: 'ad_hoc', decisionNumber: '31/QĐ-SVHTT' });
    const result = await burst(BURST, () => call(t, 'POST', `/cases/${c.id}/start-inspection`, { token: token(d), body: { version: c.version } }));
    await expectHeld('transitions', result, [200, 201, 409]);
    expect((result.statuses[200] ?? 0) + (result.statuses[201] ?? 0)).toBe(1);
  }, 120_000);

  it('should answer every concurrent issue of one draft, numbering it once', async () => {
    const subject = await magazine(t, d);
    const ready = await readyCase(t, d, subject);
    await verifyRows(t, d);
    const draft = await draftDecision(t, d, ready.id);
    const result = await burst(BURST, () => issue(t, d, draft));
    await expectHeld('issue', result, [200, 201, 409, 422]);
    expect((result.statuses[200] ?? 0) + (result.statuses[201] ?? 0)).toBe(1);
  }, 180_000);

  it('should answer every concurrent fine preview and catalogue read', async () => {
    const previews = await burst(BURST, () =>
      call(t, 'POST', '/fines/preview', { token: token(d, Role.LegalOfficer), body: { decisionDate: '2026-11-20', acts: [{ code: QUOTING_RULES, offenderType: 'organisation', detectedOn: '2026-11-02', ongoingAtDetection: true }] } }),
    );
    await expectHeld('previews', previews, [200, 429]);
    expect(previews.statuses[200]).toBeGreaterThan(0);
  }, 120_000);
});
