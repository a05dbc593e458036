import { Role } from '@app/common/role';
import { todayInVietnam } from '@libs/vn';
import { department, Department, startApp, TestApp } from './harness';
// Every call checked against the OpenAPI contract (answers, statuses, accepted bodies): test/e2e/api-client.ts.
import { checkedCall as call } from './api-client';
import { ensureCalendarCoversToday, generalSite, inspectingCase, openCase, post, QUOTING_RULES, token } from './cases-support';

/**
 * Issue 16 follow-ups on the server: "giao cho tôi" (GET /cases?assignee=), a case's audit trail for its own case
 * staff (GET /audit?caseId=), and the deadline explanations in Vietnamese.
 */
jest.setTimeout(180_000);

describe('cases: assignee filter, case audit for case staff, Vietnamese deadline explanations', () => {
  let t: TestApp;
  let a: Department;
  let b: Department;
  let mineId: string;
  let otherId: string;
  let secondInspector: { id: string; token: string };
  const today = todayInVietnam();

  beforeAll(async () => {
    t = await startApp();
    a = await department(t);
    b = await department(t);
    await ensureCalendarCoversToday(t, a, today);
    const site = await generalSite(t, a);
    const created = await post(t, a, '/users', { username: `thanh.tra.hai.${Date.now()}`, fullName: 'Trần Thị Hai', role: 'inspector' }, Role.DepartmentAdmin);
    const login = await call(t, 'POST', '/auth/login', { body: { username: created.user.username, password: created.initialPassword } });
    secondInspector = { id: created.user.id, token: login.body.accessToken };
    // One case assigned to the department's first inspector (the opener by default), one to the second.
    mineId = (await openCase(t, a, site)).id;
    otherId = (await openCase(t, a, site, { assignedInspectorIds: [secondInspector.id] })).id;
    await openCase(t, b, await generalSite(t, b));
  }, 180_000);
  afterAll(() => t?.close());

  const ids = async (query: string, tok = token(a)) => {
    const res = await call(t, 'GET', `/cases?${query}&pageSize=100`, { token: tok });
    expect(res.status).toBe(200);
    return res.body.items.map((c: { id: string }) => c.id) as string[];
  };

  describe('GET /cases?assignee=', () => {
    it('should list only the caller\'s cases with assignee=me', async () => {
      const mine = await ids('assignee=me');
      expect(mine).toContain(mineId);
      expect(mine).not.toContain(otherId);
      const theirs = await ids('assignee=me', secondInspector.token);
      expect(theirs).toEqual([otherId]);
    });

    it('should filter by an inspector\'s id for a leader, within the leader\'s department only', async () => {
      expect(await ids(`assignee=${secondInspector.id}`, token(a, Role.Leader))).toEqual([otherId]);
      expect(await ids(`assignee=${secondInspector.id}`, token(b, Role.Leader))).toEqual([]);
    });

    it('should refuse an assignee that is neither "me" nor an id, naming the field', async () => {
      const res = await call(t, 'GET', '/cases?assignee=toi', { token: token(a) });
      expect(res.status).toBe(422);
      expect(res.body.details.fields[0].field).toBe('assignee');
    });
  });

  describe('GET /audit?caseId= for the case staff', () => {
    it('should let an inspector read the trail of a case of the department, with the actors\' names', async () => {
      const res = await call(t, 'GET', `/audit?caseId=${mineId}`, { token: token(a) });
      expect(res.status).toBe(200);
      expect(res.body.items.map((e: { action: string }) => e.action)).toContain('create');
      expect(res.body.items[0].actorName).toBe('Người dùng inspector');
      expect((await call(t, 'GET', `/audit?caseId=${mineId}`, { token: token(a, Role.LegalOfficer) })).status).toBe(200);
    });

    it('should answer another department\'s inspector 404, and an inspector without a case 403', async () => {
      expect((await call(t, 'GET', `/audit?caseId=${mineId}`, { token: token(b) })).status).toBe(404);
      expect((await call(t, 'GET', '/audit', { token: token(a) })).status).toBe(403);
      expect((await call(t, 'GET', '/audit', { token: token(a, Role.Leader) })).status).toBe(200);
    });
  });

  it('should explain each deadline in Vietnamese, dates as dd/mm/yyyy', async () => {
    const site = await generalSite(t, a, 'Trang tin tổng hợp Thời Hạn');
    const { id } = await inspectingCase(t, a, site, { code: QUOTING_RULES, detectedOn: today });
    const c = (await call(t, 'GET', `/cases/${id}`, { token: token(a) })).body;
    const record = c.deadlines.find((d: { key: string }) => d.key === 'record');
    const [y, m, d] = today.split('-');
    expect(record.how).toContain(`ngày làm việc, tính từ ngày tiếp theo ngày ${d}/${m}/${y}`);
    expect(record.rule).toBe('2 ngày làm việc kể từ ngày phát hiện vi phạm');
    for (const x of c.deadlines) expect(x.how).not.toMatch(/working day|from the|last day/);
  });
});
