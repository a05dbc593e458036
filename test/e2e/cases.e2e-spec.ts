import { Role } from '@app/common/role';
import { todayInVietnam } from '@libs/vn';
import { checkedCall } from './api-client';
import { apiPath, department, Department, startApp, TestApp } from './harness';
import { ensureCalendarCoversToday, EXE, generalSite, getCase, inspectingCase, NOT_PER_LICENCE, openCase, PDF, PNG, post, sha, token, upload } from './cases-support';

const LIMIT = 64 * 1024;

describe('inspection cases (HTTP against real PostgreSQL and Redis)', () => {
  let t: TestApp;
  let a: Department;
  let b: Department;
  let siteId: string;

  beforeAll(async () => {
    t = await startApp({ EVIDENCE_MAX_BYTES: String(LIMIT) });
    a = await department(t);
    b = await department(t);
    siteId = await generalSite(t, a);
    await ensureCalendarCoversToday(t, a, todayInVietnam());
  });
  afterAll(() => t.close());

  const count = (table: string) => t.dataSource.query(`select count(*)::int as n from ${table}`).then((r: { n: number }[]) => r[0].n);

  describe('acceptance: a general site acting as a newspaper, from opening to the violation record', () => {
    let caseId: string;
    let violationId: string;
    const evidence: { id: string; sha256: string }[] = [];

    it('should open a numbered case for a registered general e-information site', async () => {
      const c = await openCase(t, a, siteId, { origin: 'planned_inspection' });
      caseId = c.id;
      expect(c).toMatchObject({ status: 'open', subjectName: 'Trang tin tổng hợp Tin Tức Ví Dụ', assignedInspectorIds: [a.sessions[Role.Inspector].userId] });
      expect(c.number).toMatch(/^1\/\d{4}\/HS$/);
      expect(c.availableActions).toEqual(['close_without_sanction']);
    });

    it('should log a planned inspection and start it', async () => {
      const inspection = await post(t, a, `/cases/${caseId}/inspections`, {
        kind: 'inspection',
        planning: 'planned',
        planYear: 2026,
        decisionNumber: '25/QĐ-SVHTT',
        decisionDate: '2026-04-20',
        team: ['Nguyễn Văn A – Trưởng đoàn', 'Trần Thị B – Thành viên'],
        periodFrom: '2026-04-27',
        periodTo: '2026-04-29',
        place: 'Trụ sở Công ty TNHH Truyền thông Ví Dụ',
      });
      expect(inspection.warnings).toEqual([]);
      const c = await getCase(t, a, caseId);
      const moved = await post(t, a, `/cases/${caseId}/start-inspection`, { version: c.version });
      expect(moved.status).toBe('inspecting');
    });

    it('should record the violation with its worksheet frozen from libs/legal', async () => {
      const v = await post(t, a, `/cases/${caseId}/violations`, {
        code: NOT_PER_LICENCE,
        committedOn: '2026-03-01',
        ongoingAtDetection: true,
        detectedOn: '2026-04-28',
        facts: 'Trang tin tự sản xuất tin, bài như báo điện tử, không dẫn nguồn chính thức',
        aggravating: [{ code: 'Đ10.k1.b', facts: 'Đã đăng 12 bài từ 01/3 đến 28/4/2026' }],
      });
      violationId = v.id;
      expect(v).toMatchObject({ offenderType: 'organisation', explanationRight: false, limitationLastDay: '2028-04-28' });
      expect(v.worksheet.engineVersion).toMatch(/legal-engine/);
      expect(v.legalBasis).toContain('119/2020/NĐ-CP');
    });

    it('should answer 422 naming the field for a code the catalogue does not have', async () => {
      const res = await checkedCall(t, 'POST', `/cases/${caseId}/violations`, { token: token(a), body: { code: '119/2020:Đ99.k9', ongoingAtDetection: true, detectedOn: '2026-04-28', facts: 'x' } });
      expect(res.status).toBe(422);
      expect(res.body.details.fields[0].field).toBe('code');
    });

    it('should store two evidence files with their SHA-256, listed with hashes', async () => {
      for (const [bytes, name, type] of [[PNG, 'trang-chu.png', 'image/png'], [PDF, 'ban-luu.pdf', 'application/pdf']] as const) {
        const res = await upload(t, token(a), caseId, { bytes, name, type }, { violationId, sourceUrl: 'https://tintuc-example.vn/', capturedAt: '2026-04-28T09:15:00+07:00' });
        expect(res.status).toBe(201);
        expect(res.body).toMatchObject({ sha256: sha(bytes), size: bytes.length, contentType: type, violationId, capturedById: a.sessions[Role.Inspector].userId });
        evidence.push(res.body);
      }
      const list = await checkedCall(t, 'GET', `/cases/${caseId}/evidence`, { token: token(a, Role.Leader) });
      expect(list.body.map((e: { sha256: string }) => e.sha256)).toEqual([sha(PNG), sha(PDF)]);
    });

    it('should let those allowed download the bytes with x-content-sha256, audited', async () => {
      const res = await fetch(`${t.url}${apiPath(`/cases/${caseId}/evidence/${evidence[1].id}`)}`, { headers: { authorization: `Bearer ${token(a, Role.LegalOfficer)}` } });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/pdf');
      expect(res.headers.get('x-content-sha256')).toBe(sha(PDF));
      expect(Buffer.from(await res.arrayBuffer()).equals(PDF)).toBe(true);
      const [row] = await t.dataSource.query(`select actor_id from audit_events where action = 'evidence:download' and entity_id = $1`, [evidence[1].id]);
      expect(row.actor_id).toBe(a.sessions[Role.LegalOfficer].userId);
    });

    it('should draw and sign the violation record "01/BB-VPHC", moving the case to violations recorded', async () => {
      const draft = await post(t, a, `/cases/${caseId}/violation-record`, {
        drawnOn: '2026-04-29',
        drawnAt: '09:30',
        place: 'Trụ sở Sở Văn hóa và Thể thao',
        witnesses: [{ kind: 'person', fullName: 'Lê Văn C', occupationOrTitle: 'Nhân viên', addressOrAgency: 'Hà Nội' }],
        subjectStatement: 'Công ty thừa nhận vi phạm',
      });
      expect(draft).toMatchObject({ status: 'draft', number: null, explanationRight: false });
      expect(draft.acts).toEqual([expect.objectContaining({ violationId, code: NOT_PER_LICENCE })]);
      const signed = await post(t, a, `/cases/${caseId}/violation-record/sign`, { version: draft.version });
      expect(signed).toMatchObject({ status: 'signed', number: '01/BB-VPHC', explanationLastDay: null });
      expect((await getCase(t, a, caseId)).status).toBe('violations_recorded');
    });

    it('should show a decision deadline of 7 working days across 30/4, 1/5 and the weekend (LXLVPHC Đ66 k1)', async () => {
      const c = await getCase(t, a, caseId);
      const decision = c.deadlines.find((d) => d.key === 'decision')!;
      expect(decision).toMatchObject({ countedFrom: '2026-04-29', dueOn: '2026-05-12', citation: 'LXLVPHC Đ66 k1' });
      expect(decision.skipped.map((s: { date: string }) => s.date)).toEqual(['2026-04-30', '2026-05-01', '2026-05-02', '2026-05-03', '2026-05-09', '2026-05-10']);
      expect(decision.how).toContain('Ngày Chiến thắng (30/4)');
      const record = c.deadlines.find((d: { key: string }) => d.key === 'record');
      expect(record).toMatchObject({ countedFrom: '2026-04-28', dueOn: '2026-05-04', status: 'met', citation: expect.stringContaining('NĐ 118/2021 Đ12 k2') });
      expect(c.deadlines.map((d: { key: string }) => d.key)).toEqual(['record', 'decision', 'limitation']);
    });

    it('should freeze the signed record and its violations', async () => {
      const edit = await checkedCall(t, 'PATCH', `/cases/${caseId}/violation-record`, { token: token(a), body: { version: 2, place: 'Khác' } });
      expect(edit.status).toBe(409);
      expect(edit.body.code).toBe('RECORD_FROZEN');
      const v = await checkedCall(t, 'PATCH', `/cases/${caseId}/violations/${violationId}`, { token: token(a), body: { version: 1, facts: 'khác' } });
      expect(v.status).toBe(409);
    });

    it('should have written an audit row for each step, readable by a leader at GET /audit', async () => {
      const res = await checkedCall(t, 'GET', `/audit?caseId=${caseId}&pageSize=100`, { token: token(a, Role.Leader) });
      expect(res.status).toBe(200);
      const actions = res.body.items.map((e: { entityType: string; action: string }) => `${e.entityType}:${e.action}`).sort();
      expect(actions).toEqual(
        [
          'inspection_case:create',
          'inspection:create',
          'inspection_case:transition:start_inspection',
          'case_violation:create',
          'case_evidence:evidence:upload',
          'case_evidence:evidence:upload',
          'case_evidence:evidence:download',
          'violation_record:create',
          'violation_record:sign',
          'inspection_case:transition:record_violations',
        ].sort(),
      );
      expect(res.body.items.every((e: { requestId: string | null; actorId: string | null }) => e.requestId && e.actorId)).toBe(true);
      expect((await checkedCall(t, 'GET', `/audit?entity=inspection_case&entityId=${caseId}`, { token: token(a, Role.DepartmentAdmin) })).body.total).toBe(3);
      expect((await checkedCall(t, 'GET', '/audit', { token: token(a) })).status).toBe(403);
    });

    it('should refuse an UPDATE or DELETE of the audit table or the evidence table from SQL', async () => {
      await expect(t.dataSource.query(`update audit_events set action = 'x' where entity_id = $1`, [caseId])).rejects.toThrow(/append-only/);
      await expect(t.dataSource.query(`delete from case_evidence where case_id = $1`, [caseId])).rejects.toThrow(/append-only/);
    });
  });

  describe('guards and locking', () => {
    it('should answer 409 naming the missing violation record when moving to decided without one', async () => {
      const { id } = await inspectingCase(t, a, siteId, { code: NOT_PER_LICENCE, detectedOn: '2026-05-04' });
      const c = await getCase(t, a, id);
      const res = await checkedCall(t, 'POST', `/cases/${id}/decide`, { token: token(a, Role.LegalOfficer), body: { version: c.version, decisionRef: '05/QĐ-XPHC', decidedOn: todayInVietnam() } });
      expect(res.status).toBe(409);
      expect(res.body).toMatchObject({ code: 'INVALID_TRANSITION', details: { missingStep: 'violation_record' } });
      expect(res.body.message).toMatch(/violation record \(biên bản vi phạm hành chính/);
      expect((await getCase(t, a, id)).status).toBe('inspecting');
    });

    it('should answer 409 to an update carrying a stale version, changing nothing', async () => {
      const c = await openCase(t, a, siteId);
      expect((await checkedCall(t, 'PATCH', `/cases/${c.id}`, { token: token(a), body: { version: c.version, title: 'Lần 1' } })).status).toBe(200);
      const stale = await checkedCall(t, 'PATCH', `/cases/${c.id}`, { token: token(a), body: { version: c.version, title: 'Lần 2' } });
      expect(stale.status).toBe(409);
      expect(stale.body.code).toBe('STALE_VERSION');
      expect((await getCase(t, a, c.id)).title).toBe('Lần 1');
    });

    it('should change only the fields sent, keeping the others in the answer and the audit', async () => {
      const c = await openCase(t, a, siteId, { summary: 'Tóm tắt', originNote: 'Phản ánh số 12' });
      const res = await checkedCall(t, 'PATCH', `/cases/${c.id}`, { token: token(a), body: { version: c.version, complex: true } });
      expect(res.body).toMatchObject({ summary: 'Tóm tắt', originNote: 'Phản ánh số 12', complex: true, title: c.title, version: c.version + 1 });
      const [row] = await t.dataSource.query(`select after from audit_events where entity_id = $1 and action = 'update'`, [c.id]);
      expect(row.after).toMatchObject({ summary: 'Tóm tắt', complex: true });
      const inspection = await post(t, a, `/cases/${c.id}/inspections`, { kind: 'check', planning: 'ad_hoc' });
      expect(inspection).toMatchObject({ decisionNumber: '', team: [], findings: '', decisionDate: null });
    });

    it('should let exactly one of two simultaneous transitions with the same version succeed', async () => {
      const c = await openCase(t, a, siteId);
      await post(t, a, `/cases/${c.id}/inspections`, { kind: 'check', planning: 'ad_hoc' });
      const both = await Promise.all([1, 2].map(() => checkedCall(t, 'POST', `/cases/${c.id}/start-inspection`, { token: token(a), body: { version: c.version } })));
      expect(both.map((r) => r.status).sort()).toEqual([200, 409]);
      const audits = await t.dataSource.query(`select count(*)::int as n from audit_events where entity_id = $1 and action = 'transition:start_inspection'`, [c.id]);
      expect(audits[0].n).toBe(1);
    });

    it('should refuse every change to a closed case', async () => {
      const { id, violationId } = await inspectingCase(t, a, siteId, { code: NOT_PER_LICENCE, detectedOn: '2026-05-04' });
      const c = await getCase(t, a, id);
      const closed = await post(t, a, `/cases/${id}/close-without-sanction`, { version: c.version, reason: 'no_violation', note: 'Nội dung đăng tải có nguồn chính thức' });
      expect(closed).toMatchObject({ status: 'closed', closureReason: 'no_violation', availableActions: [] });
      const v = closed.version;
      const attempts = [
        checkedCall(t, 'PATCH', `/cases/${id}`, { token: token(a), body: { version: v, title: 'x' } }),
        checkedCall(t, 'POST', `/cases/${id}/inspections`, { token: token(a), body: { kind: 'check', planning: 'ad_hoc' } }),
        checkedCall(t, 'POST', `/cases/${id}/violations`, { token: token(a), body: { code: NOT_PER_LICENCE, ongoingAtDetection: true, detectedOn: '2026-05-04', facts: 'x' } }),
        checkedCall(t, 'POST', `/cases/${id}/violations/${violationId}/recompute`, { token: token(a), body: { version: 1 } }),
        checkedCall(t, 'POST', `/cases/${id}/violation-record`, { token: token(a), body: { drawnOn: '2026-05-05', drawnAt: '10:00', place: 'x' } }),
        checkedCall(t, 'POST', `/cases/${id}/start-inspection`, { token: token(a), body: { version: v } }),
        checkedCall(t, 'POST', `/cases/${id}/close-without-sanction`, { token: token(a), body: { version: v, reason: 'no_violation', note: 'x' } }),
        checkedCall(t, 'POST', `/cases/${id}/decide`, { token: token(a, Role.LegalOfficer), body: { version: v, decisionRef: '1/QĐ-XPHC', decidedOn: todayInVietnam() } }),
        upload(t, token(a), id, { bytes: PNG, name: 'x.png', type: 'image/png' }),
      ];
      const results = await Promise.all(attempts);
      expect(results.map((r) => [r.status, r.body.code])).toEqual(results.map(() => [409, 'RECORD_FROZEN']));
      expect((await getCase(t, a, id)).version).toBe(v);
    });
  });

  describe('evidence limits', () => {
    let caseId: string;

    beforeAll(async () => {
      caseId = (await openCase(t, a, siteId)).id;
    });

    it('should answer 413 for a file over the limit and store nothing', async () => {
      const [rows, blobs] = [await count('case_evidence'), await count('blobs')];
      const big = Buffer.concat([PNG, Buffer.alloc(LIMIT + 1, 0x41)]);
      const res = await upload(t, token(a), caseId, { bytes: big, name: 'lon.png', type: 'image/png' });
      expect(res.status).toBe(413);
      expect(res.body).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', message: expect.stringContaining(String(LIMIT)) });
      expect([await count('case_evidence'), await count('blobs')]).toEqual([rows, blobs]);
    });

    it('should answer 415 for a type outside the allow-list, recognised from the bytes not the name, and store nothing', async () => {
      const [rows, blobs] = [await count('case_evidence'), await count('blobs')];
      const res = await upload(t, token(a), caseId, { bytes: EXE, name: 'anh.png', type: 'image/png' });
      expect(res.status).toBe(415);
      expect(res.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
      expect([await count('case_evidence'), await count('blobs')]).toEqual([rows, blobs]);
    });

    it('should answer 422 naming a bad form field, and 415 for a JSON body', async () => {
      const bad = await upload(t, token(a), caseId, { bytes: PDF, name: 'a.pdf', type: 'application/pdf' }, { sourceUrl: 'javascript:alert(1)' });
      expect(bad.status).toBe(422);
      expect(bad.body.details.fields[0].field).toBe('sourceUrl');
      const json = await checkedCall(t, 'POST', `/cases/${caseId}/evidence`, { token: token(a), body: { file: 'x' } });
      expect(json.status).toBe(415);
    });
  });

  describe('departments and roles', () => {
    it('should answer 404 for another department’s case and let the ministry viewer read it', async () => {
      const c = await openCase(t, a, siteId);
      expect((await checkedCall(t, 'GET', `/cases/${c.id}`, { token: token(b) })).status).toBe(404);
      expect((await checkedCall(t, 'POST', `/cases/${c.id}/inspections`, { token: token(b), body: { kind: 'check', planning: 'ad_hoc' } })).status).toBe(404);
      expect((await checkedCall(t, 'GET', `/cases/${c.id}`, { token: token(a, Role.MinistryViewer) })).status).toBe(200);
      const list = await checkedCall(t, 'GET', '/cases?pageSize=100', { token: token(b) });
      expect(list.body.items.map((x: { id: string }) => x.id)).not.toContain(c.id);
    });

    it('should refuse a case about another department’s subject, naming subjectId', async () => {
      const res = await checkedCall(t, 'POST', '/cases', { token: token(b), body: { title: 'x', subjectType: 'e_information_site', subjectId: siteId, origin: 'referral' } });
      expect(res.status).toBe(422);
      expect(res.body.details.fields[0].field).toBe('subjectId');
    });

    it('should let leaders read but not open cases, and keep department admins out', async () => {
      expect((await checkedCall(t, 'GET', '/cases', { token: token(a, Role.Leader) })).status).toBe(200);
      expect((await checkedCall(t, 'POST', '/cases', { token: token(a, Role.Leader), body: { title: 'x', subjectType: 'e_information_site', subjectId: siteId, origin: 'referral' } })).status).toBe(403);
      expect((await checkedCall(t, 'GET', '/cases', { token: token(a, Role.DepartmentAdmin) })).status).toBe(403);
    });
  });
});
