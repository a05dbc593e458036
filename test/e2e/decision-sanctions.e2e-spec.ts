import { INestApplicationContext } from '@nestjs/common';
import { Role } from '@app/common/role';
import { DocumentKind } from '@app/documents/document.entity';
import { hasPdftotext, pdfText } from '@libs/pdf/pdf-inspect';
import { addDays, formatDateNumeric } from '@libs/vn';
import { checkedCall } from './api-client';
import { department, Department, startApp, startWorker, TestApp } from './harness';
import { QUOTING_RULES } from './cases-support';
import { DRAFT, LICENCE_ACT, MAGAZINE, magazine, MISSION_ACT, today, verifyRows } from './decisions-support';
import { draft, flat, issueNow, legal, readyCaseWith, renderedPdf, siteWithLicence } from './decision-choices-support';
import { loadOpenApi, resolve, type OpenApiDoc, type Schema } from './openapi-support';

// Boots the API and a worker and walks several cases through HTTP.
jest.setTimeout(180_000);

const SITE_LICENCE = 'Tước quyền sử dụng Giấy phép thiết lập trang thông tin điện tử tổng hợp số 12/GP-TTĐT';

/** Where a value departs from its documented schema: undocumented keys, missing required ones, wrong types. */
function departures(doc: OpenApiDoc, schema: Schema, value: unknown, at = '$'): string[] {
  const s = resolve(doc, schema);
  if (value === null) return s.nullable ? [] : [`${at}: null, documented as not nullable`];
  if (s.enum && !s.enum.includes(value)) return [`${at}: ${JSON.stringify(value)} is not one of ${JSON.stringify(s.enum)}`];
  switch (s.type) {
    case 'array':
      return Array.isArray(value) ? value.flatMap((v, i) => (s.items ? departures(doc, s.items, v, `${at}[${i}]`) : [])) : [`${at}: not an array`];
    case 'string':
      return typeof value === 'string' ? [] : [`${at}: not a string`];
    case 'integer':
      return Number.isInteger(value) ? [] : [`${at}: not an integer`];
    case 'number':
      return typeof value === 'number' ? [] : [`${at}: not a number`];
    case 'boolean':
      return typeof value === 'boolean' ? [] : [`${at}: not a boolean`];
    default: {
      if (!s.properties) return [];
      if (typeof value !== 'object' || Array.isArray(value)) return [`${at}: not an object`];
      const v = value as Record<string, unknown>;
      const undocumented = Object.keys(v).filter((k) => !(k in (s.properties ?? {}))).map((k) => `${at}.${k}: not documented`);
      const missing = (s.required ?? []).filter((k) => !(k in v)).map((k) => `${at}.${k}: documented as required, absent`);
      const nested = Object.entries(v).flatMap(([k, x]) => (s.properties?.[k] && x !== undefined ? departures(doc, s.properties[k], x, `${at}.${k}`) : []));
      return [...undocumented, ...missing, ...nested];
    }
  }
}

describe('one source of truth for what a decision imposes, the căn cứ of the file, and the decisions contract (issue 13 points 2-4)', () => {
  let t: TestApp;
  let worker: INestApplicationContext;
  let a: Department;
  let siteId: string;
  let agencyId: string;
  let doc: OpenApiDoc;
  /** Every request body sent and response received by this suite, by operation key, for the contract test. */
  const seen: { key: string; request?: unknown; response: unknown }[] = [];
  const send = async (method: string, path: string, key: string, body?: unknown) => {
    const res = await checkedCall(t, method, path, { token: legal(a), body });
    if (res.status < 300) seen.push({ key, request: body, response: res.body });
    return res;
  };

  beforeAll(async () => {
    t = await startApp();
    worker = await startWorker();
    a = await department(t);
    siteId = await siteWithLicence(t, a);
    agencyId = await magazine(t, a);
    await verifyRows(t, a, [LICENCE_ACT, MISSION_ACT]);
    doc = await loadOpenApi(t);
  });
  afterAll(async () => {
    await worker.close();
    await t.close();
  });

  let kept: any;
  let dropped: any;

  describe('a general site whose act provides a licence suspension (NĐ 119/2020 Đ20 k2 a)', () => {
    it('should pre-fill the suspension of the registry\'s licence, print the 2 months chosen, and refuse a kind the clause does not provide', async () => {
      const c = await readyCaseWith(t, a, siteId, [{ code: QUOTING_RULES, facts: 'Trích dẫn tin bài không ghi nguồn', mitigating: [{ code: 'Đ9.k2', facts: 'Tự nguyện khai báo' }] }], { subjectType: 'e_information_site' });
      const d = (await send('POST', `/cases/${c.id}/decisions`, 'POST /cases/{caseId}/decisions', { ...DRAFT, remedialMeasures: [] })).body;
      expect(d.measures).toEqual([
        expect.objectContaining({ kind: 'licence-suspension', violationId: c.violationIds[0], licence: { number: '12/GP-TTĐT', label: 'Giấy phép thiết lập trang thông tin điện tử tổng hợp' }, description: SITE_LICENCE, months: null, dropped: false, origin: 'worksheet', providedBy: expect.stringContaining('Điều 20 Nghị định số 119/2020/NĐ-CP') }),
      ]);
      expect(d.acts[0].bands).toMatchObject({ amount: { minVnd: 20_000_000, maxVnd: 25_000_000 }, months: { minMonths: 1, maxMonths: 6.5 } });

      const remedial = await checkedCall(t, 'POST', `/decisions/${d.id}/measures`, { token: legal(a), body: { version: d.version, violationId: c.violationIds[0], kind: 'remedial-measure', description: 'Buộc gỡ bỏ tin bài', reason: 'x' } });
      expect([remedial.status, remedial.body.details.fields[0].field]).toEqual([422, 'kind']);
      expect(remedial.body.message).toContain('119/2020:Đ20.k2.a');
      const outside = await checkedCall(t, 'POST', `/decisions/${d.id}/choices`, { token: legal(a), body: { version: d.version, violationId: c.violationIds[0], suspensionMonths: 7, reason: 'x' } });
      expect([outside.status, outside.body.details.band]).toEqual([422, '20.000.000 đồng đến 25.000.000 đồng; 1 tháng đến 6,5 tháng']);

      const chosen = (await send('POST', `/decisions/${d.id}/choices`, 'POST /decisions/{id}/choices', { version: d.version, violationId: c.violationIds[0], amountVnd: 22_000_000, suspensionMonths: 2, reason: 'Tự nguyện khai báo, vi phạm trong thời gian ngắn' })).body;
      expect(chosen.measures[0].months).toBe(2);
      const issued = await issueNow(t, a, d.id);
      expect(issued.status).toBe(200);
      expect(issued.body.measures).toEqual([expect.objectContaining({ kind: 'licence-suspension', months: 2, dropped: false })]);
      kept = issued.body;
      seen.push({ key: 'POST /decisions/{id}/issue', response: issued.body });

      const bytes = await renderedPdf(t, DocumentKind.SanctionDecision, d.id, `/decisions/${d.id}/pdf`, legal(a));
      if (!hasPdftotext) return;
      expect(flat(pdfText(bytes))).toContain(`b) Hình thức xử phạt bổ sung: ${SITE_LICENCE}, thời hạn 02 tháng, kể từ ngày Quyết định này có hiệu lực thi hành.`);
    });

    it('should drop a suspension only with a reason, print "Không" and keep the reason on the frozen list', async () => {
      const c = await readyCaseWith(t, a, siteId, [{ code: QUOTING_RULES, facts: 'Trích dẫn tin bài không ghi nguồn' }], { subjectType: 'e_information_site' });
      const d = await draft(t, a, c.id);
      expect(d.measures).toEqual([expect.objectContaining({ kind: 'licence-suspension', months: 6.5 })]);
      const key = d.measures[0].key;
      const noReason = await checkedCall(t, 'PATCH', `/decisions/${d.id}/measures`, { token: legal(a), body: { version: d.version, key, dropped: true, reason: '' } });
      expect([noReason.status, noReason.body.details.fields[0].field]).toEqual([422, 'reason']);
      const res = await send('PATCH', `/decisions/${d.id}/measures`, 'PATCH /decisions/{id}/measures', { version: d.version, key, dropped: true, reason: 'Trang tin đã tự đình chỉ hoạt động và khắc phục trước khi ra quyết định' });
      expect(res.body.measures).toEqual([expect.objectContaining({ key, dropped: true, reason: 'Trang tin đã tự đình chỉ hoạt động và khắc phục trước khi ra quyết định' })]);
      const [audit] = await t.dataSource.query(`select action from audit_events where entity_id = $1 order by occurred_at desc limit 1`, [d.id]);
      expect(audit.action).toBe('measure:drop');
      const issued = await issueNow(t, a, d.id);
      expect(issued.status).toBe(200);
      dropped = issued.body;
      expect(dropped.measures).toEqual([expect.objectContaining({ key, dropped: true })]);
      const bytes = await renderedPdf(t, DocumentKind.SanctionDecision, d.id, `/decisions/${d.id}/pdf`, legal(a));
      if (hasPdftotext) expect(flat(pdfText(bytes))).toContain('b) Hình thức xử phạt bổ sung: Không.');
    });

    it('should count in the annual report exactly the suspension the decisions print, and the dropped one nowhere', async () => {
      const res = await checkedCall(t, 'GET', `/reports/annual?year=${today.slice(0, 4)}`, { token: a.sessions[Role.Leader].token });
      expect(res.status).toBe(200);
      expect([res.body.summary.licenceSuspensions.value, res.body.summary.licenceSuspensionMonths.value]).toEqual([1, 2]);
      const lines = await t.dataSource.query(`select decision_id, licence_suspension_months::float as months from sanction_decision_lines where decision_id = any($1) order by months desc`, [[kept.id, dropped.id]]);
      expect(lines).toEqual([{ decision_id: kept.id, months: 2 }, { decision_id: dropped.id, months: 0 }]);
    });
  });

  describe('the records of the file in the căn cứ (MQĐ02) and the violation record (MBB01)', () => {
    it('should cite the written explanation and the verification record, and refuse to issue without the verification record', async () => {
      const c = await readyCaseWith(
        t,
        a,
        agencyId,
        [
          { code: LICENCE_ACT, facts: 'Dùng giao diện khác mẫu đã phê duyệt', mitigating: [{ code: 'Đ9.k1', facts: 'Đã sửa giao diện' }, { code: 'Đ9.k2', facts: 'Tự nguyện khai báo' }] },
          { code: MISSION_ACT, facts: 'Đăng 37 tin, bài ngoài tôn chỉ, mục đích' },
        ],
        { subjectType: 'press_agency', explanation: 'written', verificationNeeded: true },
      );
      const d = await draft(t, a, c.id, DRAFT);
      const refused = await issueNow(t, a, d.id);
      expect(refused.body.details.reasons).toEqual([expect.objectContaining({ code: 'document_incomplete', message: expect.stringContaining('verificationRecords: the case needed verification (LXLVPHC Đ59)') })]);
      const verifiedOn = addDays(today, -20);
      const patched = await send('PATCH', `/decisions/${d.id}`, 'PATCH /decisions/{id}', { version: d.version, verificationRecords: [{ number: '02/BB-XM', date: verifiedOn }] });
      expect(patched.body.verificationRecords).toEqual([{ number: '02/BB-XM', date: verifiedOn }]);
      const issued = await issueNow(t, a, d.id);
      expect(issued.status).toBe(200);
      const bytes = await renderedPdf(t, DocumentKind.SanctionDecision, d.id, `/decisions/${d.id}/pdf`, legal(a));
      const record = (await checkedCall(t, 'GET', `/cases/${c.id}/violation-record`, { token: legal(a) })).body;
      const recordBytes = await renderedPdf(t, DocumentKind.ViolationRecord, record.id, `/cases/${c.id}/violation-record/pdf`, legal(a));
      if (!hasPdftotext) return;
      const text = flat(pdfText(bytes));
      expect(text).toContain(`Căn cứ Văn bản giải trình của ${MAGAZINE} nhận ngày ${formatDateNumeric(today)};`);
      expect(text).toContain(`Căn cứ Biên bản xác minh tình tiết của vụ việc vi phạm hành chính số 02/BB-XM lập ngày ${formatDateNumeric(verifiedOn)};`);
      expect(text).toContain('Hành vi thứ hai: Buộc gỡ bỏ 37 tin, bài không đúng tôn chỉ, mục đích');
      const recordText = flat(pdfText(recordBytes));
      // MBB01 item 3: each act's full provision, its own circumstances, what its clause provides; the drafter's title.
      expect(recordText).toContain('Hành vi thứ hai: điểm e khoản 4 Điều 8 Nghị định số 119/2020/NĐ-CP, được sửa đổi, bổ sung bởi điểm c khoản 10 Điều 2 Nghị định số 14/2022/NĐ-CP');
      expect(recordText).toMatch(/Tình tiết giảm nhẹ: - Hành vi thứ nhất: [^.]*\(Đã sửa giao diện\); [^.]*\(Tự nguyện khai báo\)/);
      expect(recordText).toMatch(/có thể áp dụng: - Hành vi thứ hai: Buộc gỡ bỏ tin, bài nằm ngoài tôn chỉ, mục đích, quy định tại Điều 8 Nghị định số 119\/2020\/NĐ-CP/);
      expect(recordText).toMatch(/NGƯỜI LẬP BIÊN BẢN \(Ký, ghi rõ chức vụ, họ và tên\) Thanh tra viên chính/);
    });

    it('should require and cite the hearing record when the explanation was heard in person (LXLVPHC Đ61 k2)', async () => {
      const c = await readyCaseWith(t, a, agencyId, [{ code: MISSION_ACT, facts: 'Đăng tin ngoài tôn chỉ' }], { subjectType: 'press_agency', explanation: 'hearing' });
      const d = await draft(t, a, c.id, DRAFT);
      expect((await issueNow(t, a, d.id)).body.details.reasons).toEqual([expect.objectContaining({ code: 'document_incomplete', message: expect.stringContaining('hearingRecord') })]);
      await send('PATCH', `/decisions/${d.id}`, 'PATCH /decisions/{id}', { version: d.version, hearingRecord: { number: '03/BB-GTTT', date: today } });
      const issued = await issueNow(t, a, d.id);
      expect(issued.status).toBe(200);
      const [row] = await t.dataSource.query(`select snapshot->'document'->'legalBases' as bases from sanction_decisions where id = $1`, [d.id]);
      expect(row.bases).toContain(`Căn cứ Biên bản phiên giải trình trực tiếp số 03/BB-GTTT lập ngày ${formatDateNumeric(today)}`);
      expect(row.bases.join('\n')).not.toContain('Văn bản giải trình');
    });
  });

  describe('the contract of /docs-json for decisions', () => {
    it('should document remedial measures as the server takes them (description, not descriptionVi/descriptionEn)', () => {
      const body = doc.paths['/api/cases/{caseId}/decisions']?.post?.requestBody ?? doc.paths['/cases/{caseId}/decisions']?.post?.requestBody;
      const item = resolve(doc, resolve(doc, body?.content['application/json'].schema as Schema).properties?.remedialMeasures?.items as Schema);
      expect(Object.keys(item.properties ?? {}).sort()).toEqual(['deadlineDate', 'deadlineDays', 'description']);
    });

    it('should document every request this suite sent and every response it received, with nothing undocumented', async () => {
      // The remaining decisions routes, each once: reads, a list, a correction, an added line.
      await send('GET', `/decisions/${kept.id}`, 'GET /decisions/{id}');
      await send('GET', `/decisions?caseId=${kept.caseId}`, 'GET /decisions');
      await send('GET', `/decisions/${kept.id}/document`, 'GET /decisions/{id}/document');
      await send('POST', `/decisions/${dropped.id}/corrections`, 'POST /decisions/{id}/corrections', { kind: 'correct', reason: 'Đính chính địa chỉ' });
      const c = await readyCaseWith(t, a, siteId, [{ code: QUOTING_RULES, facts: 'Trích dẫn không ghi nguồn' }], { subjectType: 'e_information_site' });
      const d = await draft(t, a, c.id);
      const added = await send('POST', `/decisions/${d.id}/measures`, 'POST /decisions/{id}/measures', {
        version: d.version,
        violationId: c.violationIds[0],
        kind: 'licence-suspension',
        description: 'Tước quyền sử dụng Giấy phép thiết lập trang thông tin điện tử tổng hợp số 13/GP-TTĐT',
        licence: { number: '13/GP-TTĐT', label: 'Giấy phép thiết lập trang thông tin điện tử tổng hợp' },
        reason: 'Trang tin hoạt động theo hai giấy phép',
      });
      expect(added.body.measures.map((m: any) => [m.origin, m.licence.number, m.months])).toEqual([['worksheet', '12/GP-TTĐT', 6.5], ['officer', '13/GP-TTĐT', 6.5]]);
      const operation = (key: string) => {
        const [method, path] = key.split(' ');
        const op = doc.paths[`/api${path}`]?.[method.toLowerCase()] ?? doc.paths[path]?.[method.toLowerCase()];
        if (!op) throw new Error(`${key} is not in /docs-json`);
        return op;
      };
      const problems = seen.flatMap(({ key, request, response }) => {
        const op = operation(key);
        const ok = Object.entries(op.responses ?? {}).find(([status]) => status.startsWith('2'))?.[1];
        const out = ok?.content?.['application/json'].schema;
        const reqSchema = op.requestBody?.content['application/json']?.schema;
        return [
          ...(out ? departures(doc, out, response).map((p) => `${key} response ${p}`) : [`${key}: no documented response`]),
          ...(request !== undefined && reqSchema ? departures(doc, reqSchema, request).map((p) => `${key} request ${p}`) : []),
        ];
      });
      expect(new Set(seen.map((x) => x.key)).size).toBeGreaterThanOrEqual(10);
      expect(problems).toEqual([]);
    });
  });
});
