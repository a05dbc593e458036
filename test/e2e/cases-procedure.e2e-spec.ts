import { Role } from '@app/common/role';
import { addDays, todayInVietnam } from '@libs/vn';
import { department, Department, startApp, TestApp } from './harness';
// Every call checked against the OpenAPI contract (answers, statuses, accepted bodies): test/e2e/api-client.ts.
import { checkedCall as call } from './api-client';
import { ensureCalendarCoversToday, generalSite, getCase, inspectingCase, NOT_PER_LICENCE, openCase, post, QUOTING_RULES, token } from './cases-support';

describe('case procedure: explanation, decision, deadlines, calendar, numbering', () => {
  let t: TestApp;
  let a: Department;
  let siteId: string;
  const today = todayInVietnam();

  beforeAll(async () => {
    t = await startApp();
    a = await department(t);
    siteId = await generalSite(t, a);
    await ensureCalendarCoversToday(t, a, today);
  });
  afterAll(() => t.close());

  const deadline = (c: { deadlines: { key: string }[] }, key: string): any => c.deadlines.find((d) => d.key === key);
  const transition = (id: string, step: string, body: Record<string, unknown>, role = Role.Inspector) => call(t, 'POST', `/cases/${id}/${step}`, { token: token(a, role), body });

  describe('with the right to explain (LXLVPHC Đ61 k1): from the record to a closed case', () => {
    let id: string;
    let violationId: string;
    const version = async () => (await getCase(t, a, id)).version;

    beforeAll(async () => {
      ({ id, violationId } = await inspectingCase(t, a, siteId, { code: QUOTING_RULES, detectedOn: today }));
      const draft = await post(t, a, `/cases/${id}/violation-record`, { drawnOn: today, drawnAt: '14:00', place: 'Trụ sở Sở' });
      const signed = await post(t, a, `/cases/${id}/violation-record/sign`, { version: draft.version });
      expect(signed.explanationRight).toBe(true);
      expect(signed.explanationLastDay > today).toBe(true);
    });

    it('should open the explanation window before the case can be ready for decision', async () => {
      const early = await transition(id, 'ready-for-decision', { version: await version() });
      expect(early.status).toBe(409);
      expect(early.body.details.missingStep).toBe('await_explanation');
      const awaiting = await transition(id, 'await-explanation', { version: await version() });
      expect(awaiting.body.status).toBe('awaiting_explanation');
      const c = await getCase(t, a, id);
      expect(deadline(c, 'explanation')).toMatchObject({ owner: 'offender', status: 'pending', citation: 'LXLVPHC Đ61' });
      expect(deadline(c, 'decision').rule).toMatch(/^1 tháng kể từ ngày lập biên bản/);
    });

    it('should refuse the decision while the explanation window is open', async () => {
      const res = await transition(id, 'decide', { version: await version(), decisionRef: '07/QĐ-XPHC', decidedOn: today }, Role.LegalOfficer);
      expect(res.status).toBe(409);
      expect(res.body.details.missingStep).toBe('explanation_window');
      expect(res.body.message).toMatch(/explanation window \(LXLVPHC Đ61\) runs until/);
    });

    it('should extend the decision deadline once, by 1 month, with the reason recorded (LXLVPHC Đ66 k1)', async () => {
      const res = await transition(id, 'extend-decision-deadline', { version: await version(), reason: 'Cần xác minh chủ sở hữu tên miền' }, Role.LegalOfficer);
      expect(res.status).toBe(200);
      expect(deadline(res.body, 'decision').rule).toContain('Cần xác minh chủ sở hữu tên miền');
      const again = await transition(id, 'extend-decision-deadline', { version: res.body.version, reason: 'lần hai' }, Role.LegalOfficer);
      expect(again.status).toBe(409);
      expect(again.body.message).toMatch(/already extended once/);
    });

    it('should accept a written waiver of the explanation, then the decision, execution and closing', async () => {
      const ready = await transition(id, 'ready-for-decision', { version: await version(), explanationOutcome: 'waived' });
      expect(ready.body).toMatchObject({ status: 'ready_for_decision', explanationOutcome: 'waived', explanationOutcomeOn: today });
      const decided = await transition(id, 'decide', { version: ready.body.version, decisionRef: '07/QĐ-XPHC', decidedOn: today }, Role.LegalOfficer);
      expect(decided.body).toMatchObject({ status: 'decided', decisionRef: '07/QĐ-XPHC', decidedOn: today });
      const received = await call(t, 'PATCH', `/cases/${id}`, { token: token(a, Role.LegalOfficer), body: { version: decided.body.version, decisionReceivedOn: today } });
      expect(deadline(received.body, 'payment')).toMatchObject({ countedFrom: today, status: 'pending', citation: expect.stringContaining('LXLVPHC Đ73 k1') });
      expect(deadline(received.body, 'payment').dueOn >= addDays(today, 10)).toBe(true);
      const executed = await transition(id, 'execute', { version: received.body.version, mode: 'paid', executedOn: today }, Role.LegalOfficer);
      expect(executed.body.status).toBe('executed');
      expect(deadline(executed.body, 'payment').status).toBe('met');
      const closed = await transition(id, 'close', { version: executed.body.version }, Role.LegalOfficer);
      expect(closed.body).toMatchObject({ status: 'closed', closureReason: 'sanction_executed', closedOn: today });
    });

    it('should not recompute the worksheet of a decided case', async () => {
      const res = await transition(id, `violations/${violationId}/recompute`, { version: 1 });
      expect(res.status).toBe(409);
    });
  });

  describe('worksheets', () => {
    it('should recompute a worksheet only on request, moving its version', async () => {
      const { id, violationId } = await inspectingCase(t, a, siteId, { code: NOT_PER_LICENCE, detectedOn: '2026-05-04' });
      const res = await transition(id, `violations/${violationId}/recompute`, { version: 1, note: 'danh mục đã cập nhật' });
      expect(res.status).toBe(200);
      expect(res.body.version).toBe(2);
      const [row] = await t.dataSource.query(`select action from audit_events where entity_id = $1 order by occurred_at desc limit 1`, [violationId]);
      expect(row.action).toBe('worksheet:recompute');
    });

    it('should keep the other facts of an ended act when one field is changed', async () => {
      const c = await openCase(t, a, siteId);
      const v = await post(t, a, `/cases/${c.id}/violations`, { code: NOT_PER_LICENCE, ongoingAtDetection: false, committedOn: '2026-03-01', endedOn: '2026-04-20', detectedOn: '2026-05-04', facts: 'x' });
      const res = await call(t, 'PATCH', `/cases/${c.id}/violations/${v.id}`, { token: token(a), body: { version: v.version, facts: 'Đăng 12 tin tự sản xuất' } });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ facts: 'Đăng 12 tin tự sản xuất', endedOn: '2026-04-20', committedOn: '2026-03-01', limitationLastDay: '2028-04-20' });
    });

    it('should name the field for an ended act without its end date', async () => {
      const c = await openCase(t, a, siteId);
      const res = await call(t, 'POST', `/cases/${c.id}/violations`, { token: token(a), body: { code: NOT_PER_LICENCE, ongoingAtDetection: false, detectedOn: '2026-05-04', facts: 'x' } });
      expect(res.status).toBe(422);
      expect(res.body.details.fields[0].field).toBe('endedOn');
    });
  });

  describe('deadlines in lists and the holiday calendar', () => {
    let late: string;
    let soon: string;

    beforeAll(async () => {
      late = (await inspectingCase(t, a, siteId, { code: NOT_PER_LICENCE, detectedOn: '2026-05-04' })).id;
      soon = (await inspectingCase(t, a, siteId, { code: NOT_PER_LICENCE, detectedOn: today })).id;
    });

    const ids = async (query: string): Promise<string[]> => (await call(t, 'GET', `/cases?${query}&pageSize=100`, { token: token(a, Role.Leader) })).body.items.map((c: { id: string }) => c.id);

    it('should list overdue cases and cases due within N days', async () => {
      expect(await ids('due=overdue')).toContain(late);
      expect(await ids('due=overdue')).not.toContain(soon);
      expect(await ids('due=within:10')).toContain(soon);
      expect(await ids('due=within:10')).not.toContain(late);
      const bad = await call(t, 'GET', '/cases?due=soon', { token: token(a) });
      expect(bad.status).toBe(422);
      expect(bad.body.details.fields[0].field).toBe('due');
    });

    it('should let an admin add and remove an announced day off, moving deadlines, audited', async () => {
      expect(deadline(await getCase(t, a, late), 'record').dueOn).toBe('2026-05-06');
      const entry = { date: '2026-05-05', kind: 'bridging-day-off', nameVi: 'Nghỉ hoán đổi thử nghiệm', source: 'Thông báo thử nghiệm' };
      expect((await call(t, 'POST', '/calendar', { token: token(a), body: entry })).status).toBe(403);
      const added = await post(t, a, '/calendar', entry, Role.DepartmentAdmin);
      const moved = deadline(await getCase(t, a, late), 'record');
      expect(moved.dueOn).toBe('2026-05-07');
      expect(moved.skipped).toEqual([{ date: '2026-05-05', reason: 'Nghỉ hoán đổi thử nghiệm', kind: 'bridging-day-off' }]);
      const duplicate = await call(t, 'POST', '/calendar', { token: token(a, Role.DepartmentAdmin), body: entry });
      expect(duplicate.status).toBe(409);
      expect((await call(t, 'DELETE', `/calendar/${added.id}`, { token: token(a, Role.DepartmentAdmin) })).status).toBe(200);
      expect(deadline(await getCase(t, a, late), 'record').dueOn).toBe('2026-05-06');
      const trail = await t.dataSource.query(`select action from audit_events where entity_type = 'calendar_entry' and entity_id = $1 order by occurred_at`, [added.id]);
      expect(trail.map((r: { action: string }) => r.action)).toEqual(['create', 'delete']);
    });

    it('should refuse a make-up working day on a weekday, naming the date', async () => {
      const res = await call(t, 'POST', '/calendar', { token: token(a, Role.DepartmentAdmin), body: { date: '2026-05-06', kind: 'make-up-working-day', nameVi: 'Làm bù', source: 'x' } });
      expect(res.status).toBe(422);
      expect(res.body.details.fields[0].field).toBe('date');
    });

    it('should list a year of the calendar with the statutory days', async () => {
      const res = await call(t, 'GET', '/calendar?year=2026', { token: token(a) });
      expect(res.body.covered).toBe(true);
      expect(res.body.entries.map((e: { date: string }) => e.date)).toEqual(expect.arrayContaining(['2026-01-01', '2026-04-30', '2026-05-01', '2026-09-02']));
    });
  });

  describe('annual plan and numbering', () => {
    it('should warn when the subject already has a planned inspection that year, and flag both in the plan', async () => {
      const planned = { kind: 'inspection', planning: 'planned', planYear: 2031 };
      const first = await post(t, a, `/cases/${(await openCase(t, a, siteId)).id}/inspections`, planned);
      expect(first.warnings).toEqual([]);
      const second = await post(t, a, `/cases/${(await openCase(t, a, siteId)).id}/inspections`, planned);
      expect(second.warnings[0]).toMatch(/already has a planned inspection in 2031/);
      const plan = await call(t, 'GET', '/inspection-plan?year=2031', { token: token(a, Role.Leader) });
      expect(plan.body.items).toHaveLength(2);
      expect(plan.body.items.every((i: { warnings: string[] }) => i.warnings.length === 1)).toBe(true);
    });

    it('should number cases and records without gaps or repeats when opened at the same moment', async () => {
      const d = await department(t);
      const site = await generalSite(t, d);
      const cases = await Promise.all([1, 2, 3, 4, 5].map(() => openCase(t, d, site)));
      expect(cases.map((c) => Number(c.number.split('/')[0])).sort()).toEqual([1, 2, 3, 4, 5]);
      const drafts = await Promise.all(
        cases.slice(0, 3).map(async (c) => {
          await post(t, d, `/cases/${c.id}/inspections`, { kind: 'check', planning: 'ad_hoc' });
          await post(t, d, `/cases/${c.id}/start-inspection`, { version: c.version });
          await post(t, d, `/cases/${c.id}/violations`, { code: NOT_PER_LICENCE, ongoingAtDetection: true, detectedOn: '2026-05-04', facts: 'x' });
          return { id: c.id, draft: await post(t, d, `/cases/${c.id}/violation-record`, { drawnOn: '2026-05-05', drawnAt: '08:00', place: 'Sở' }) };
        }),
      );
      const signed = await Promise.all(drafts.map((x) => post(t, d, `/cases/${x.id}/violation-record/sign`, { version: x.draft.version })));
      expect(signed.map((r) => r.number).sort()).toEqual(['01/BB-VPHC', '02/BB-VPHC', '03/BB-VPHC']);
    });
  });
});
