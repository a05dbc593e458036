import { Role } from '@app/common/role';
import { department, Department, startApp, TestApp } from './harness';
// Every call checked against the OpenAPI contract (answers, statuses, accepted bodies): test/e2e/api-client.ts.
import { checkedCall as call } from './api-client';
import { approve, OFFICIAL_TEXT, versionOn } from './legal-support';

/**
 * Browsing the catalogue as the console does (issue 16 §6): the filters by article and by verification state on top of
 * text, instrument, field, subject and date, through HTTP against the real database.
 */
describe('legal catalogue browse filters: article and verification state (HTTP against real PostgreSQL)', () => {
  let t: TestApp;
  let a: Department;
  let b: Department;
  const list = (query: string, d: Department = a) => call(t, 'GET', `/legal/catalogue?${query}`, { token: d.sessions[Role.Inspector].token });
  type Row = { code: string; article: number; instrument: string; draft: boolean; verified: boolean; pendingApproval: boolean };

  beforeAll(async () => {
    t = await startApp();
    a = await department(t);
    b = await department(t);
  });
  afterAll(() => t.close());

  it('lists only the rows of one article of one decree', async () => {
    const res = await list(`instrument=${encodeURIComponent('119/2020/NĐ-CP')}&article=20`);
    expect(res.status).toBe(200);
    const items: Row[] = res.body.items;
    expect(items.length).toBeGreaterThan(0);
    expect(res.body.count).toBe(items.length);
    expect(items.every((r) => r.article === 20 && r.instrument === '119/2020/NĐ-CP')).toBe(true);
    expect(items.map((r) => r.code)).toEqual(expect.arrayContaining(['119/2020:Đ20.k2.a', '119/2020:Đ20.k5']));
  });

  it('filters by verification state: draft rows, unverified rows, verified rows', async () => {
    const drafts: Row[] = (await list('verification=draft')).body.items;
    expect(drafts.length).toBeGreaterThan(0);
    expect(drafts.every((r) => r.draft)).toBe(true);
    const unverified: Row[] = (await list('verification=unverified')).body.items;
    expect(unverified.length).toBeGreaterThan(0);
    expect(unverified.every((r) => !r.draft && !r.verified)).toBe(true);
    const all: Row[] = (await list('')).body.items;
    const verified: Row[] = (await list('verification=verified')).body.items;
    expect(verified.every((r) => r.verified && !r.draft)).toBe(true);
    expect(drafts.length + unverified.length + verified.length).toBe(all.length);
  });

  it("shows a department its own proposal as pending, then every department the row as verified once a second officer approves", async () => {
    const code = '119/2020:Đ20.k5';
    const v = await versionOn(t, a, code);
    expect(v.verified).toBe(false);
    const proposed = await call(t, 'POST', '/legal/catalogue/verifications', {
      token: a.sessions[Role.LegalOfficer].token,
      body: { code, effectiveFrom: v.effectiveFrom, expectedRevision: v.revision, officialText: OFFICIAL_TEXT, note: 'đã đối chiếu' },
    });
    expect(proposed.status).toBe(201);
    const pendingA: Row[] = (await list('verification=pending')).body.items;
    expect(pendingA.map((r) => r.code)).toContain(code);
    expect((await list('verification=pending', b)).body.items.map((r: Row) => r.code)).not.toContain(code);
    await approve(t, a, proposed.body.verification.changeId);
    const verifiedB: Row[] = (await list(`verification=verified&article=20&text=${encodeURIComponent(code)}`, b)).body.items;
    expect(verifiedB.map((r) => r.code)).toContain(code);
  });

  it.each([
    ['article=0', 'article'],
    ['article=abc', 'article'],
    ['verification=approved', 'verification'],
    ['subject=organisation', 'subject'],
  ])('refuses %s with a 422 naming the field', async (query, field) => {
    const res = await list(query);
    expect(res.status).toBe(422);
    expect(JSON.stringify(res.body.details)).toContain(field);
  });
});
