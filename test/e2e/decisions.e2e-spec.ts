import { INestApplicationContext } from '@nestjs/common';
import { Role } from '@app/common/role';
import { hasPdftotext, pageCount, pdfText, sha256 } from '@libs/pdf/pdf-inspect';
import { amountInWords } from '@libs/vn';
import { apiPath, department, Department, startApp, startWorker, TestApp } from './harness';
// Every call checked against the OpenAPI contract (answers, statuses, accepted bodies): test/e2e/api-client.ts.
import { checkedCall as call } from './api-client';
import { post } from './cases-support';
import { unverifiedVersion } from './legal-support';
import { DRAFT, draftDecision, issue, LICENCE_ACT, MAGAZINE, magazine, MISSION_ACT, readyCase, today, verifyRows, waitFor } from './decisions-support';

const pdf = async (t: TestApp, path: string, token: string): Promise<{ status: number; bytes: Buffer; headers: Headers }> => {
  const res = await fetch(`${t.url}${apiPath(path)}`, { headers: { authorization: `Bearer ${token}` } });
  return { status: res.status, bytes: Buffer.from(await res.arrayBuffer()), headers: res.headers };
};

// Boots the API and a worker and walks cases through HTTP: slower than Jest's 5 s default on a busy machine.
jest.setTimeout(60_000);

describe('sanction decisions: draft, refuse, issue, print, verify (API + real worker)', () => {
  let t: TestApp;
  let worker: INestApplicationContext;
  let a: Department;
  let b: Department;
  let agencyId: string;
  const legal = (d: Department = a) => d.sessions[Role.LegalOfficer].token;

  beforeAll(async () => {
    t = await startApp();
    worker = await startWorker();
    a = await department(t);
    b = await department(t);
    agencyId = await magazine(t, a);
  });
  afterAll(async () => {
    await worker.close();
    await t.close();
  });

  describe('the acceptance decision: a magazine with two acts (NĐ 119/2020 Đ5 k3 b and Đ8 k4 e, as amended by NĐ 14/2022)', () => {
    let caseId: string;
    let decision: any;

    beforeAll(async () => {
      caseId = (await readyCase(t, a, agencyId)).id;
    });

    it('should draft from the case ready for decision, with the subject from the registry and the signed record', async () => {
      decision = await draftDecision(t, a, caseId);
      expect(decision).toMatchObject({ status: 'draft', kind: 'sanction', number: null, totalFineVnd: 72_500_000, standing: null, document: null });
      expect(decision.subject).toMatchObject({ kind: 'organisation', name: MAGAZINE, representativeName: 'Lê Văn Hùng', representativeGender: 'male', registrationNumber: '456/GP-BTTTT' });
      expect(decision.acts.map((x: any) => [x.code, x.amountVnd])).toEqual([[LICENCE_ACT, 22_500_000], [MISSION_ACT, 50_000_000]]);
    });

    it('should refuse to issue on the shipped, unverified rows, listing each one (422 LEGAL_RULE_VIOLATION)', async () => {
      const res = await issue(t, a, decision);
      expect(res.status).toBe(422);
      expect(res.body.code).toBe('LEGAL_RULE_VIOLATION');
      expect(res.body.details.reasons).toEqual([
        expect.objectContaining({ code: 'unverified_rule', act: 0, message: expect.stringContaining(LICENCE_ACT) }),
        expect.objectContaining({ code: 'unverified_rule', act: 1, message: expect.stringContaining(MISSION_ACT) }),
      ]);
      expect((await call(t, 'GET', `/decisions/${decision.id}`, { token: legal() })).body).toMatchObject({ status: 'draft', number: null, version: decision.version });
    });

    it('should issue "01/QĐ-XPHC" once a legal officer has verified both rows, moving the case to decided', async () => {
      await verifyRows(t, a);
      const res = await issue(t, a, decision);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'issued', number: '01/QĐ-XPHC', sequence: 1, year: Number(today.slice(0, 4)), issuedOn: today, totalFineVnd: 72_500_000, standing: 'in_force' });
      expect(res.body.verificationCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{10}$/);
      expect(res.body.verificationUrl).toMatch(new RegExp(`/verify/${res.body.verificationCode}$`));
      expect(res.body.document).toMatchObject({ status: 'pending', revision: 1 });
      decision = res.body;
      const c = (await call(t, 'GET', `/cases/${caseId}`, { token: legal() })).body;
      expect(c).toMatchObject({ status: 'decided', decisionRef: '01/QĐ-XPHC', decidedOn: today });
      const [audit] = await t.dataSource.query(`select action from audit_events where entity_id = $1 order by occurred_at desc limit 1`, [decision.id]);
      expect(audit.action).toBe('issue');
    });

    it('should render the PDF within seconds, with the number, subject, each legal basis and the total in words', async () => {
      const ready = await waitFor('the decision PDF', async () => {
        const s = await call(t, 'GET', `/decisions/${decision.id}/document`, { token: legal() });
        return s.body.status === 'ready' ? s.body : null;
      }, 15_000);
      const file = await pdf(t, `/decisions/${decision.id}/pdf`, legal());
      expect(file.status).toBe(200);
      expect(file.headers.get('content-type')).toBe('application/pdf');
      expect(sha256(file.bytes)).toBe(ready.sha256);
      expect(file.headers.get('x-content-sha256')).toBe(ready.sha256);
      // Acceptance: one or two pages.
      expect(pageCount(file.bytes)).toBeLessThanOrEqual(2);
      if (!hasPdftotext) return;
      // Page by page, without the page number that opens page 2 (NĐ 30/2020), so a line may run across the break.
      const pages = Array.from({ length: pageCount(file.bytes) }, (_, i) => pdfText(file.bytes, i + 1) ?? '');
      const text = pages.map((p, i) => (i === 0 ? p : p.replace(/^\d+ /, ''))).join(' ');
      for (const expected of [
        'Số: 01/QĐ-XPHC',
        MAGAZINE,
        'điểm b khoản 3 Điều 5 Nghị định số 119/2020/NĐ-CP',
        'điểm e khoản 4 Điều 8 Nghị định số 119/2020/NĐ-CP, được sửa đổi, bổ sung bởi điểm c khoản 10 Điều 2 Nghị định số 14/2022/NĐ-CP',
        'Căn cứ Quyết định số 215/QĐ-GQXP ngày 01/08/2026 về việc giao quyền xử phạt vi phạm hành chính',
        'KT. GIÁM ĐỐC',
        '72.500.000 đồng',
        `(bằng chữ: ${amountInWords(72_500_000)})`,
        `Mã tra cứu: ${decision.verificationCode.slice(0, 5)}-${decision.verificationCode.slice(5)}`,
      ]) {
        expect(text).toContain(expected);
      }
    });

    it('should answer GET /verify/:code without a login with the number, date, body, subject, total, hash and standing only', async () => {
      const status = (await call(t, 'GET', `/decisions/${decision.id}/document`, { token: legal() })).body;
      const res = await call(t, 'GET', `/verify/${decision.verificationCode.toLowerCase().replace(/^(.{5})/, '$1-')}`);
      expect(res.status).toBe(200);
      // Issue 12 finding 4: the answer also says whether the decision still stands.
      expect(res.body).toEqual({
        kind: 'sanction',
        standing: 'in_force',
        changedBy: null,
        original: null,
        number: '01/QĐ-XPHC',
        issuedOn: today,
        issuingBody: 'Sở Văn hóa và Thể thao',
        subjectName: MAGAZINE,
        totalFineVnd: 72_500_000,
        sha256: status.sha256,
      });
      expect((await call(t, 'GET', '/verify/ZZZZZZZZZZ')).status).toBe(404);
      expect((await call(t, 'GET', '/verify/not-a-code')).status).toBe(404);
    });

    it('should keep an issued decision frozen: PATCH and a second issue answer 409 RECORD_FROZEN, the database refuses an UPDATE', async () => {
      const patch = await call(t, 'PATCH', `/decisions/${decision.id}`, { token: legal(), body: { version: decision.version, recipients: ['Lưu: VT'] } });
      expect(patch.status).toBe(409);
      expect(patch.body.code).toBe('RECORD_FROZEN');
      expect((await issue(t, a, decision)).body.code).toBe('RECORD_FROZEN');
      await expect(t.dataSource.query(`update sanction_decisions set total_fine_vnd = 1 where id = $1`, [decision.id])).rejects.toThrow(/issued and cannot change/);
    });

    it('should let the ministry viewer read it, answer 404 to another department and 403 to a department admin', async () => {
      expect((await call(t, 'GET', `/decisions/${decision.id}`, { token: a.sessions[Role.MinistryViewer].token })).status).toBe(200);
      expect((await call(t, 'GET', `/decisions/${decision.id}`, { token: legal(b) })).status).toBe(404);
      expect((await call(t, 'GET', `/decisions/${decision.id}/pdf`, { token: legal(b) })).status).toBe(404);
      expect((await call(t, 'GET', `/decisions/${decision.id}`, { token: a.sessions[Role.DepartmentAdmin].token })).status).toBe(403);
      expect((await call(t, 'GET', `/decisions/${decision.id}`, { token: a.sessions[Role.Leader].token })).status).toBe(200);
      const list = await call(t, 'GET', `/decisions?caseId=${caseId}&status=issued&year=${today.slice(0, 4)}`, { token: a.sessions[Role.Inspector].token });
      expect(list.body).toMatchObject({ total: 1, items: [{ id: decision.id }] });
      expect((await call(t, 'GET', `/decisions?caseId=${caseId}`, { token: legal(b) })).body.total).toBe(0);
    });

    it('should correct it with a new decision (MQĐ39) of its own number, linked to the original, then annul it (MQĐ40)', async () => {
      const draft = await post(t, a, `/decisions/${decision.id}/corrections`, { kind: 'correct', reason: 'Đính chính địa chỉ trụ sở' }, Role.LegalOfficer);
      expect(draft).toMatchObject({ kind: 'correct', status: 'draft', originalDecisionId: decision.id, correctionReason: 'Đính chính địa chỉ trụ sở' });
      const corrected = await issue(t, a, draft);
      expect(corrected.status).toBe(200);
      expect(corrected.body.number).toBe('02/QĐ-XPHC');
      const original = (await call(t, 'GET', `/decisions/${decision.id}`, { token: legal() })).body;
      expect(original).toMatchObject({ standing: 'corrected', corrections: [{ id: draft.id, kind: 'correct', number: '02/QĐ-XPHC' }] });

      const annul = await post(t, a, `/decisions/${decision.id}/corrections`, { kind: 'annul', reason: 'Hủy bỏ do sai thẩm quyền' }, Role.LegalOfficer);
      expect((await issue(t, a, annul)).body.number).toBe('03/QĐ-XPHC');
      expect((await call(t, 'GET', `/decisions/${decision.id}`, { token: legal() })).body.standing).toBe('annulled');
      const again = await call(t, 'POST', `/decisions/${decision.id}/corrections`, { token: legal(), body: { kind: 'amend', reason: 'x' } });
      expect(again.status).toBe(409);
    });
  });

  describe('refusals', () => {
    it('should list every reason at once: an unverified rule, an act past the limitation (LXLVPHC Đ6) and above the signer\'s cap (LXLVPHC Đ52)', async () => {
      // An unverified row within the inspector's cap: since issue 14 none is shipped for the press, so a legal officer
      // enters (and a second approves) an unverified version of Đ13 k1 a, as after an amending decree.
      await unverifiedVersion(t, a, '119/2020:Đ13.k1.a', '2026-08-01');
      const { id } = await readyCase(t, a, agencyId, [
        { code: MISSION_ACT, endedOn: '2024-06-30', facts: 'Đăng tin ngoài tôn chỉ, mục đích đến hết tháng 6 năm 2024' },
        { code: '119/2020:Đ13.k1.a', endedOn: '2026-09-01', facts: 'Ngăn trở việc phát hành sản phẩm báo chí hợp pháp' },
      ]);
      const d = await draftDecision(t, a, id, { ...DRAFT, signer: { fullName: 'Nguyễn Văn An', title: 'Thanh tra viên', signerTitle: 'inspector' } });
      const res = await issue(t, a, d);
      expect(res.status).toBe(422);
      const reasons = res.body.details.reasons.map((r: any) => [r.code, r.act]);
      expect(reasons).toEqual(expect.arrayContaining([['time_barred', 0], ['above_signer_cap', 0], ['unverified_rule', 1]]));
      expect(reasons).toHaveLength(3);
      expect(res.body.details.reasons[1].message).toMatch(/Thanh tra viên has a cap of 50\.000\.000 đồng against the bracket maximum 60\.000\.000 đồng/);
      const [counter] = await t.dataSource.query(`select count(*)::int as n from sanction_decisions where case_id = $1 and number is not null`, [id]);
      expect(counter.n).toBe(0);
    });

    it('should name what the printed form still lacks, and refuse drafting before the case is ready (409)', async () => {
      const { id } = await readyCase(t, a, agencyId, undefined, {});
      const d = await draftDecision(t, a, id, { ...DRAFT, payment: null });
      const res = await issue(t, a, d);
      expect(res.body.details.reasons.map((r: any) => r.message)).toEqual(
        expect.arrayContaining(['subject.representativeGender is required on the printed decision']),
      );
      const fixed = await call(t, 'PATCH', `/decisions/${d.id}`, { token: legal(), body: { version: d.version, subject: { representativeGender: 'female' } } });
      expect(fixed.body.subject).toMatchObject({ representativeGender: 'female', name: MAGAZINE });
      const next = await issue(t, a, fixed.body);
      expect(next.body.details.reasons).toEqual([expect.objectContaining({ code: 'document_incomplete', message: 'payment.treasuryOrBank is empty' })]);
      const early = await post(t, a, '/cases', { title: 'Mới mở', subjectType: 'press_agency', subjectId: agencyId, origin: 'press_monitoring' });
      expect((await call(t, 'POST', `/cases/${early.id}/decisions`, { token: legal(), body: DRAFT })).status).toBe(409);
      expect((await call(t, 'POST', `/cases/${early.id}/decisions`, { token: a.sessions[Role.Inspector].token, body: DRAFT })).status).toBe(403);
    });

    it('should refuse an additional sanction that neither act\'s clause provides, naming both clauses (422)', async () => {
      const { id } = await readyCase(t, a, agencyId);
      const d = await draftDecision(t, a, id, { ...DRAFT, additionalSanctions: [{ description: 'Tước quyền sử dụng Giấy phép hoạt động báo chí số 456/GP-BTTTT', period: '01 tháng' }] });
      const res = await issue(t, a, d);
      expect(res.status).toBe(422);
      expect(res.body.details.reasons).toEqual([expect.objectContaining({ code: 'additional_sanction_not_provided', message: expect.stringContaining(`${LICENCE_ACT}, ${MISSION_ACT}`) })]);
    });

    it('should name the field of a bad draft (422)', async () => {
      const { id } = await readyCase(t, a, agencyId);
      const res = await call(t, 'POST', `/cases/${id}/decisions`, { token: legal(), body: { ...DRAFT, signer: { ...DRAFT.signer, signerTitle: 'mayor' }, effectiveDate: '2026-02-30' } });
      expect(res.status).toBe(422);
      expect(res.body.details.fields.map((f: any) => f.field)).toEqual(expect.arrayContaining(['signer.signerTitle', 'effectiveDate']));
    });
  });

  it('should throttle public look-ups from one address (60 a minute), so codes cannot be walked', async () => {
    const statuses = await Promise.all(Array.from({ length: 70 }, () => call(t, 'GET', '/verify/0000000000').then((r) => r.status)));
    expect(statuses).toContain(429);
    expect(statuses.filter((s) => s === 404).length).toBeLessThanOrEqual(60);
  });
});
