import { Role } from '@app/common/role';
import { hasPdftotext, pdfText } from '@libs/pdf/pdf-inspect';
import { addDays, todayInVietnam } from '@libs/vn';
import { getCase } from './cases-support';
import { execution, executionPdf, issuedDecision, legal, missionActs, record, startAppWithClock, TestClock, verifyRows } from './execution-support';
import { department, Department, TestApp } from './harness';
// Every call checked against the OpenAPI contract (answers, statuses, accepted bodies): test/e2e/api-client.ts.
import { checkedCall as call } from './api-client';

/**
 * Issue 13 acceptance, end to end through HTTP on the real PostgreSQL, Redis and worker: a decision paid in two
 * instalments, the last one late; the late charge as the rule computes it; the case executed and closed only then.
 */
describe('execution of a sanction decision (issue 13 points 5 and 7)', () => {
  const clock = new TestClock();
  const T = todayInVietnam();
  let t: TestApp & { startWorker(): Promise<unknown> };
  let a: Department;
  let b: Department;

  beforeAll(async () => {
    t = await startAppWithClock(clock);
    await t.startWorker();
    a = await department(t);
    b = await department(t);
    await verifyRows(t, a);
  }, 120_000);
  afterAll(() => t.close());

  const transition = async (caseId: string, step: string, body: Record<string, unknown> = {}) => {
    const version = (await getCase(t, a, caseId)).version;
    return call(t, 'POST', `/cases/${caseId}/${step}`, { token: legal(a), body: { version, ...body } });
  };

  describe('two instalments, the last one late', () => {
    let decision: { id: string; caseId: string; number: string; totalFineVnd: number };
    let requestId: string;

    beforeAll(async () => {
      // Four acts at 50 000 000 đồng: 200 000 000, the threshold for an organisation to pay in instalments (LXLVPHC Đ79 k1 a).
      clock.set(0);
      decision = await issuedDecision(t, a, 'Tạp chí Thử Trả Góp', missionActs(4));
    }, 120_000);

    it('should record the delivery, and show the payment deadline 10 days from receipt', async () => {
      clock.set(1);
      const x = await record(t, a, decision.id, 'deliveries', { method: 'in_person', sentOn: addDays(T, 1), receivedOn: addDays(T, 1), recipient: 'Lê Văn Hùng, Tổng Biên tập' }, Role.Inspector);
      expect(decision.totalFineVnd).toBe(200_000_000);
      expect(x.delivery).toMatchObject({ deliveredOn: addDays(T, 1), receivedOn: addDays(T, 1), status: 'met' });
      expect(x.deliveries[0].late).toBe(false);
      expect(x.payment.deadline).toMatchObject({ countedFrom: addDays(T, 1), citation: expect.stringContaining('LXLVPHC Đ73 k1') });
      expect(x.payment.deadline.dueOn >= addDays(T, 11)).toBe(true);
    });

    it('should refuse closing or executing the case before anything is paid, naming what is missing', async () => {
      const close = await transition(decision.caseId, 'close');
      expect(close.status).toBe(409);
      expect(close.body.details.missingStep).toBe('payment');
      expect(close.body.message).toContain('200.000.000 đồng are still owed');
      const execute = await transition(decision.caseId, 'execute', { mode: 'paid', executedOn: T });
      expect(execute.status).toBe(409);
      expect(execute.body.details.missingStep).toBe('payment');
    });

    it('should refuse an instalment plan the law does not allow, naming the rule', async () => {
      clock.set(3);
      const req = await record(t, a, decision.id, 'requests', { kind: 'instalments', receivedOn: addDays(T, 3), requestDate: addDays(T, 2), reason: 'Doanh thu quảng cáo giảm mạnh', hardshipConfirmedBy: 'Thuế cơ sở 3 tỉnh Thử Nghiệm' });
      requestId = req.requests[0].id;
      expect(req.requests[0].status).toBe('pending');
      clock.set(8);
      const signer = { fullName: 'Trần Thị Minh Thư', title: 'Phó Giám đốc', deputy: { headTitle: 'Giám đốc', delegation: { number: '215/QĐ-GQXP', date: '2026-08-01' } } };
      const low = await call(t, 'POST', `/decisions/${decision.id}/execution/requests/decide`, {
        token: legal(a),
        body: { requestId, grant: true, decidedOn: addDays(T, 8), signer, recipients: ['Như Điều 3', 'Lưu: VT, Hồ sơ'], instalments: [{ amountVnd: 60_000_000, dueOn: addDays(T, 40) }, { amountVnd: 140_000_000, dueOn: addDays(T, 100) }] },
      });
      expect(low.status).toBe(422);
      expect(low.body.message).toContain('LXLVPHC Đ79 k2');
      expect(low.body.details.fields[0].field).toBe('instalments[0].amountVnd');
      const x = await execution(t, a, decision.id);
      expect(x.requests[0].status).toBe('pending');
    });

    it('should grant two instalments (first 40 %) in a decision of form MQĐ05, rendered as PDF', async () => {
      const signer = { fullName: 'Trần Thị Minh Thư', title: 'Phó Giám đốc', deputy: { headTitle: 'Giám đốc', delegation: { number: '215/QĐ-GQXP', date: '2026-08-01' } } };
      const x = await record(t, a, decision.id, 'requests/decide', {
        requestId,
        grant: true,
        decidedOn: addDays(T, 8),
        signer,
        executingBody: 'Phòng Quản lý Báo chí, Xuất bản',
        recipients: ['Như Điều 3', 'Lưu: VT, Hồ sơ'],
        instalments: [
          { amountVnd: 80_000_000, dueOn: addDays(T, 40) },
          { amountVnd: 120_000_000, dueOn: addDays(T, 100) },
        ],
      });
      expect(x.requests[0]).toMatchObject({ status: 'granted', decisionNumber: '01/QĐ-NPNL' });
      expect(x.payment.dues.map((d: { dueOn: string }) => d.dueOn)).toEqual([addDays(T, 40), addDays(T, 100)]);
      const pdf = await executionPdf(t, a, decision.id, requestId);
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      if (hasPdftotext) {
        const text = (pdfText(pdf) ?? '').replace(/\s+/g, ' ');
        expect(text).toContain('Nộp tiền phạt nhiều lần');
        expect(text).toContain('Số tiền nộp phạt lần thứ nhất là: 80.000.000 đồng (bằng chữ: tám mươi triệu đồng)');
      }
    });

    it('should take the first instalment on time and the second 12 days late, with the late charge of the rule', async () => {
      clock.set(30);
      const first = await record(t, a, decision.id, 'payments', { amountVnd: 80_000_000, paidOn: addDays(T, 30), channel: 'state_treasury', receiptNumber: 'BL-0001234' });
      expect(first.payment.lateCharge).toMatchObject({ chargeVnd: 0, balanceVnd: 120_000_000 });
      clock.set(112);
      // Worked example (LXLVPHC Đ78 k1): 12 days late × 0.05 % × 120 000 000 đồng unpaid = 720 000 đồng.
      const days = 12;
      const unpaid = 120_000_000;
      const expected = (days * unpaid * 5) / 10_000;
      expect(expected).toBe(720_000);
      const before = await execution(t, a, decision.id);
      expect(before.payment.lateCharge.chargeVnd).toBe(expected);
      expect(before.payment.lateCharge.steps).toEqual([expect.objectContaining({ from: addDays(T, 101), to: addDays(T, 112), days, unpaidVnd: unpaid, chargeVnd: expected })]);
      expect(before.payment.status).toBe('overdue');
      const last = await record(t, a, decision.id, 'payments', { amountVnd: unpaid + expected, paidOn: addDays(T, 112), channel: 'public_service_portal', receiptNumber: 'DVC-2026-99' });
      expect(last.payment.lateCharge).toMatchObject({ chargeVnd: expected, chargePaidVnd: expected, balanceVnd: 0, settledOn: addDays(T, 112) });
      expect(last.facts).toMatchObject({ paidInFull: true, balanceVnd: 0 });
    });

    it('should then name the remedial measure still missing, and execute and close once it is done', async () => {
      const early = await transition(decision.caseId, 'execute', { mode: 'paid', executedOn: T });
      expect(early.status).toBe(409);
      expect(early.body.details.missingStep).toBe('remedial_measures');
      expect(early.body.message).toMatch(/remedial measure\(s\) of the decision are not recorded as done \(LXLVPHC Đ85\)/);
      for (const m of (await execution(t, a, decision.id)).remedial) {
        await record(t, a, decision.id, 'remedial', { measureIndex: m.index, doneOn: addDays(T, 20), note: 'Đã gỡ các tin, bài' }, Role.Inspector);
      }
      const executed = await transition(decision.caseId, 'execute', { mode: 'paid', executedOn: T });
      expect({ status: executed.status, body: executed.body }).toMatchObject({ status: 200, body: { status: 'executed' } });
      const closed = await transition(decision.caseId, 'close');
      expect(closed.body).toMatchObject({ status: 'closed', closureReason: 'sanction_executed' });
    });

    it('should have audited every step of the execution', async () => {
      const rows: { action: string }[] = await t.dataSource.query(`select action from audit_events where entity_id = $1 and entity_type = 'decision_execution' order by occurred_at`, [decision.id]);
      expect(rows.map((r) => r.action)).toEqual(['execution:delivery', 'execution:request', 'execution:request-granted', 'execution:payment', 'execution:payment', ...rows.slice(5).map(() => 'execution:remedial-done')]);
      expect(rows.length).toBeGreaterThan(5);
    });
  });

  describe('postponement (MQĐ03), then enforcement (MQĐ08) when the postponed fine is not paid', () => {
    let decision: { id: string; caseId: string; number: string };

    beforeAll(async () => {
      clock.set(0);
      a = await department(t);
      await verifyRows(t, a);
      decision = await issuedDecision(t, a, 'Tạp chí Thử Cưỡng Chế', missionActs(1));
      await record(t, a, decision.id, 'deliveries', { method: 'registered_post', sentOn: T, receivedOn: T });
    }, 120_000);

    const signer = { fullName: 'Nguyễn Văn Giám', title: 'Giám đốc', deputy: null };

    it('should grant a postponement of at most 3 months in form MQĐ03, and refuse a longer one under LXLVPHC Đ76 k1', async () => {
      clock.set(4);
      const x = await record(t, a, decision.id, 'requests', { kind: 'postponement', receivedOn: addDays(T, 2), requestDate: addDays(T, 2), reason: 'Hỏa hoạn tại trụ sở', hardshipConfirmedBy: 'Ủy ban nhân dân phường Bàn Cờ' });
      const requestId = x.requests[0].id;
      const tooLong = await call(t, 'POST', `/decisions/${decision.id}/execution/requests/decide`, { token: legal(a), body: { requestId, grant: true, decidedOn: addDays(T, 4), signer, recipients: ['Như Điều 3', 'Lưu: VT, Hồ sơ'], postponedUntil: addDays(T, 200) } });
      expect(tooLong.status).toBe(422);
      expect(tooLong.body.message).toContain('LXLVPHC Đ76 k1');
      const granted = await record(t, a, decision.id, 'requests/decide', { requestId, grant: true, decidedOn: addDays(T, 4), signer, recipients: ['Như Điều 3', 'Lưu: VT, Hồ sơ'], postponedUntil: addDays(T, 30) });
      expect(granted.requests[0]).toMatchObject({ status: 'granted', decisionNumber: '01/QĐ-HQĐPT', postponedUntil: addDays(T, 30) });
      expect(granted.payment.dues).toEqual([expect.objectContaining({ amountVnd: 50_000_000, dueOn: addDays(T, 30) })]);
      const text = (pdfText(await executionPdf(t, a, decision.id, requestId)) ?? '').replace(/\s+/g, ' ');
      if (hasPdftotext) expect(text).toContain('Hoãn thi hành quyết định phạt tiền');
    });

    it('should refuse enforcement while the postponed fine is not yet due', async () => {
      const res = await call(t, 'POST', `/decisions/${decision.id}/execution/enforcements`, { token: legal(a), body: { measure: 'account_deduction', decidedOn: addDays(T, 4), signer, enforcementDecreeBasis: 'Căn cứ Nghị định quy định về cưỡng chế thi hành quyết định xử phạt vi phạm hành chính', days: 10, holderName: 'Ngân hàng Thử', holderAddress: '1 Lê Lợi', accountNumber: '0071001234567', recipients: ['Như Điều 3', 'Lưu: VT, Hồ sơ'] } });
      expect(res.status).toBe(409);
      expect(res.body.message).toContain('LXLVPHC Đ85 k1');
    });

    it('should mark the decision "enforcement due" after the deadline, then record and render the enforcement decision', async () => {
      clock.set(45);
      const due = await execution(t, a, decision.id);
      expect(due.enforcementDue).toBe(true);
      expect(due.enforcementReason).toContain('LXLVPHC Đ73 k1, Đ85 k1');
      const x = await record(t, a, decision.id, 'enforcements', {
        measure: 'account_deduction',
        decidedOn: addDays(T, 45),
        signer,
        enforcementDecreeBasis: 'Căn cứ Nghị định quy định về cưỡng chế thi hành quyết định xử phạt vi phạm hành chính',
        verificationRecord: { number: '03/BB-XMCC', date: addDays(T, 44) },
        days: 10,
        holderName: 'Ngân hàng Thương mại cổ phần Ngoại thương Việt Nam, Chi nhánh Thử Nghiệm',
        holderAddress: 'Số 1 Lê Lợi, tỉnh Thử Nghiệm',
        accountNumber: '0071001234567',
        recipients: ['Như Điều 3', 'Lưu: VT, Hồ sơ'],
      });
      // 15 days late on 50 000 000: 15 × 0.05 % × 50 000 000 = 375 000 đồng, enforced with the fine.
      expect(x.enforcements[0]).toMatchObject({ number: '01/QĐ-CCXP', measure: 'account_deduction', form: 'MQĐ08', amountVnd: 50_375_000 });
      expect(x.enforcementDue).toBe(false);
      const text = (pdfText(await executionPdf(t, a, decision.id, x.enforcements[0].id)) ?? '').replace(/\s+/g, ' ');
      if (hasPdftotext) {
        expect(text).toContain('Cưỡng chế khấu trừ tiền từ tài khoản');
        expect(text).toContain('50.375.000 đồng (bằng chữ: năm mươi triệu ba trăm bảy mươi lăm nghìn đồng)');
      }
      clock.set(46);
      const carried = await record(t, a, decision.id, 'enforcements/carried-out', { enforcementId: x.enforcements[0].id, carriedOutOn: addDays(T, 46) });
      expect(carried.facts.enforced).toBe(true);
      expect(carried.outstanding).toEqual([expect.stringContaining('remedial measure')]);
    });
  });

  describe('department scope, roles, bad input, nothing half-written', () => {
    let decision: { id: string };

    beforeAll(async () => {
      clock.set(0);
      a = await department(t);
      await verifyRows(t, a);
      decision = await issuedDecision(t, a, 'Tạp chí Thử Phạm Vi', missionActs(1));
    }, 120_000);

    it('should answer 404 to another department, for reading and for writing', async () => {
      expect((await call(t, 'GET', `/decisions/${decision.id}/execution`, { token: legal(b) })).status).toBe(404);
      const res = await call(t, 'POST', `/decisions/${decision.id}/execution/payments`, { token: legal(b), body: { amountVnd: 1_000, paidOn: T, channel: 'state_treasury', receiptNumber: 'X' } });
      expect(res.status).toBe(404);
    });

    it('should let only legal officers record payments; leaders read', async () => {
      const body = { amountVnd: 1_000, paidOn: T, channel: 'state_treasury', receiptNumber: 'X' };
      for (const role of [Role.Inspector, Role.Leader, Role.DepartmentAdmin]) {
        expect((await call(t, 'POST', `/decisions/${decision.id}/execution/payments`, { token: a.sessions[role].token, body })).status).toBe(403);
      }
      expect((await call(t, 'GET', `/decisions/${decision.id}/execution`, { token: a.sessions[Role.Leader].token })).status).toBe(200);
    });

    it('should refuse bad input with a 422 naming the field, and keep nothing of a refused payment', async () => {
      const pay = (body: Record<string, unknown>) => call(t, 'POST', `/decisions/${decision.id}/execution/payments`, { token: legal(a), body: { amountVnd: 1_000, paidOn: T, channel: 'state_treasury', receiptNumber: 'BL-1', ...body } });
      const cases: [Record<string, unknown>, string][] = [
        [{ amountVnd: 0 }, 'amountVnd'],
        [{ amountVnd: 1.5 }, 'amountVnd'],
        [{ paidOn: '2026-02-30' }, 'paidOn'],
        [{ paidOn: addDays(T, 1) }, 'paidOn'],
        [{ channel: 'cash' }, 'channel'],
        [{ amountVnd: 50_000_001 }, 'amountVnd'],
      ];
      for (const [body, field] of cases) {
        const res = await pay(body);
        expect({ body, status: res.status, fields: res.body.details?.fields?.map((f: { field: string }) => f.field) }).toEqual({ body, status: 422, fields: [field] });
      }
      const [{ n }] = await t.dataSource.query(`select count(*)::int as n from fine_payments where decision_id = $1`, [decision.id]);
      expect(n).toBe(0);
      const delivery = await call(t, 'POST', `/decisions/${decision.id}/execution/deliveries`, { token: legal(a), body: { method: 'in_person', sentOn: T, refused: true } });
      expect(delivery.status).toBe(422);
      expect(delivery.body.details.fields[0].field).toBe('refusalRecordNumber');
    });

    it('should record a refusal to receive with its record (MBB06), counting as received that day', async () => {
      const x = await record(t, a, decision.id, 'deliveries', { method: 'in_person', sentOn: T, refused: true, refusalRecordNumber: '01/BB-KNQĐ' }, Role.Inspector);
      expect(x.deliveries[0]).toMatchObject({ refused: true, refusalRecordNumber: '01/BB-KNQĐ' });
      expect(x.delivery.receivedOn).toBe(T);
    });

    it('should record a complaint without stopping execution, and a suspension only with its reference', async () => {
      const bad = await call(t, 'POST', `/decisions/${decision.id}/execution/complaints`, { token: legal(a), body: { kind: 'complaint', filedOn: T, body: 'Giám đốc Sở', summary: 'Khiếu nại mức phạt', suspendedFrom: T } });
      expect(bad.status).toBe(422);
      expect(bad.body.details.fields[0].field).toBe('suspensionReference');
      const x = await record(t, a, decision.id, 'complaints', { kind: 'complaint', filedOn: T, body: 'Giám đốc Sở Văn hóa và Thể thao', summary: 'Khiếu nại mức phạt' });
      expect(x.complaints[0].outcome).toBe('pending');
      expect(x.executionSuspended).toBeNull();
      const amended = await call(t, 'POST', `/decisions/${decision.id}/execution/complaints/outcome`, { token: legal(a), body: { complaintId: x.complaints[0].id, outcome: 'amended', outcomeOn: T } });
      expect(amended.status).toBe(422);
      expect(amended.body.details.fields[0].field).toBe('correctionDecisionId');
      const upheld = await record(t, a, decision.id, 'complaints/outcome', { complaintId: x.complaints[0].id, outcome: 'upheld', outcomeOn: T });
      expect(upheld.complaints[0]).toMatchObject({ outcome: 'upheld', outcomeOn: T });
    });
  });
});
