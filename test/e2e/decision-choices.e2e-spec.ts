import { INestApplicationContext } from '@nestjs/common';
import { Role } from '@app/common/role';
import { DocumentKind } from '@app/documents/document.entity';
import { hasPdftotext, pdfText } from '@libs/pdf/pdf-inspect';
import { amountInWords } from '@libs/vn';
import { answer, apiClient, ok, type Schemas } from './api-client';
import { department, Department, startApp, startWorker, TestApp } from './harness';
import { post } from './cases-support';
import { DRAFT, magazine, MISSION_ACT, verifyRows } from './decisions-support';
import { draft, flat, issueNow, legal, readyCaseWith, renderedPdf } from './decision-choices-support';

// Boots the API and a worker and walks cases through HTTP.
jest.setTimeout(120_000);

/** Đ8 k4 e (40–60M) with one mitigating circumstance: the officer chooses in 40–50M (LXLVPHC Đ23 k4). */
const MITIGATED = [{ code: MISSION_ACT, facts: 'Đăng 37 tin, bài nằm ngoài tôn chỉ, mục đích', mitigating: [{ code: 'Đ9.k1', facts: 'Đã tự gỡ 30 tin, bài trước khi lập biên bản' }] }];

describe('the officer\'s choice inside a band, recorded on the decision (issue 13 point 1; API + real worker)', () => {
  let t: TestApp;
  let worker: INestApplicationContext;
  let a: Department;
  let b: Department;
  let agencyId: string;

  beforeAll(async () => {
    t = await startApp();
    worker = await startWorker();
    a = await department(t);
    b = await department(t);
    agencyId = await magazine(t, a);
    await verifyRows(t, a, [MISSION_ACT]);
  });
  afterAll(async () => {
    await worker.close();
    await t.close();
  });

  const choose = (d: { id: string }, violationId: string, body: Omit<Schemas['OfficerChoiceDto'], 'violationId'>, token = legal(a)) =>
    answer(apiClient(t, token).POST('/api/decisions/{id}/choices', { params: { path: { id: d.id } }, body: { violationId, ...body } }));

  it('should reach an issued decision with the chosen amount and reason, printed in the PDF and counted in the report lines', async () => {
    const c = await readyCaseWith(t, a, agencyId, MITIGATED, { subjectType: 'press_agency' });
    const d = await draft(t, a, c.id, DRAFT);
    expect(d.acts[0]).toMatchObject({ status: 'needs-officer-choice', amountVnd: null, choice: null, bands: { amount: { minVnd: 40_000_000, maxVnd: 50_000_000 }, months: null } });
    expect(d.totalFineVnd).toBeNull();

    const refused = await issueNow(t, a, d.id);
    expect(refused.status).toBe(422);
    expect(refused.body.details.reasons).toEqual([
      expect.objectContaining({ code: 'needs_officer_choice', act: 0, message: expect.stringContaining('within 40.000.000 đồng đến 50.000.000 đồng (LXLVPHC Đ23 k4') }),
    ]);

    const outside = await choose(d, c.violationIds[0], { version: d.version, amountVnd: 55_000_000, reason: 'tái phạm' });
    expect(outside.status).toBe(422);
    expect(outside.body.details.fields[0].field).toBe('amountVnd');
    expect(outside.body.message).toContain(`Act 1 (${MISSION_ACT}): ${MISSION_ACT}: 55.000.000 đồng is outside the band 40.000.000 đồng to 50.000.000 đồng`);
    expect(outside.body.details).toMatchObject({ act: 0, band: '40.000.000 đồng đến 50.000.000 đồng' });
    const noReason = await choose(d, c.violationIds[0], { version: d.version, amountVnd: 45_000_000, reason: '' });
    expect([noReason.status, noReason.body.details.fields[0].field]).toEqual([422, 'reason']);

    const chosen = await choose(d, c.violationIds[0], { version: d.version, amountVnd: 45_000_000, reason: 'Đã khắc phục phần lớn hậu quả trước khi lập biên bản' });
    expect(chosen.status).toBe(200);
    expect(chosen.body.acts[0]).toMatchObject({ status: 'complete', amountVnd: 45_000_000, choice: { amountVnd: 45_000_000, reason: 'Đã khắc phục phần lớn hậu quả trước khi lập biên bản', stale: false } });
    expect(chosen.body.totalFineVnd).toBe(45_000_000);
    const [audit] = await t.dataSource.query(`select action, "after"->'change' as change from audit_events where entity_id = $1 order by occurred_at desc limit 1`, [d.id]);
    expect(audit).toMatchObject({ action: 'choice', change: { amountVnd: 45_000_000, reason: 'Đã khắc phục phần lớn hậu quả trước khi lập biên bản' } });

    const issued = await issueNow(t, a, d.id);
    expect(issued.status).toBe(200);
    expect(issued.body).toMatchObject({ status: 'issued', totalFineVnd: 45_000_000, acts: [{ amountVnd: 45_000_000, choice: { amountVnd: 45_000_000, stale: false } }] });
    // Frozen: the worksheet the decision used carries the choice and its cited step; the report line its amount.
    const [frozen] = await t.dataSource.query(
      `select snapshot->'worksheets'->0->'worksheet'->'acts'->0->'fine' as fine,
              (select count(*)::int from jsonb_array_elements(snapshot->'worksheets'->0->'worksheet'->'steps') s where s->>'key' = 'officer-choice') as steps
         from sanction_decisions where id = $1`,
      [d.id],
    );
    expect(frozen).toMatchObject({ fine: { amountVnd: 45_000_000, amountSource: 'officer-choice', chosenAmountReason: 'Đã khắc phục phần lớn hậu quả trước khi lập biên bản' }, steps: 1 });
    const [line] = await t.dataSource.query(`select fine_vnd from sanction_decision_lines where decision_id = $1`, [d.id]);
    expect(Number(line.fine_vnd)).toBe(45_000_000);
    expect((await choose(d, c.violationIds[0], { version: issued.body.version, amountVnd: 40_000_000, reason: 'x' })).status).toBe(409);

    const bytes = await renderedPdf(t, DocumentKind.SanctionDecision, d.id, `/decisions/${d.id}/pdf`, legal(a));
    if (!hasPdftotext) return;
    const text = flat(pdfText(bytes));
    expect(text).toContain(`Tổng số tiền phạt là: 45.000.000 đồng (bằng chữ: ${amountInWords(45_000_000)})`);
    expect(text).toContain('Đã tự gỡ 30 tin, bài trước khi lập biên bản');
  });

  it('should invalidate the choice when the worksheet is recomputed before the decision, and ask for it again', async () => {
    const c = await readyCaseWith(t, a, agencyId, MITIGATED, { subjectType: 'press_agency' });
    const d = await draft(t, a, c.id, DRAFT);
    const chosen = await choose(d, c.violationIds[0], { version: d.version, amountVnd: 42_000_000, reason: 'Khắc phục một phần' });
    expect(chosen.body.totalFineVnd).toBe(42_000_000);
    const [violation] = await ok(apiClient(t, legal(a)).GET('/api/cases/{id}/violations', { params: { path: { id: c.id } } }));
    await post(t, a, `/cases/${c.id}/violations/${violation.id}/recompute`, { version: violation.version, note: 'danh mục đã cập nhật' }, Role.LegalOfficer);

    const after = await ok(apiClient(t, legal(a)).GET('/api/decisions/{id}', { params: { path: { id: d.id } } }));
    expect(after.acts[0]).toMatchObject({ status: 'needs-officer-choice', amountVnd: null, choice: { amountVnd: 42_000_000, stale: true } });
    const refused = await issueNow(t, a, d.id);
    expect(refused.body.details.reasons).toEqual([expect.objectContaining({ code: 'needs_officer_choice', message: expect.stringContaining('no longer counts: the worksheet was recomputed after it') })]);

    const again = await choose(d, c.violationIds[0], { version: after.version, amountVnd: 42_000_000, reason: 'Khắc phục một phần (chọn lại sau khi tính lại)' });
    expect(again.body.acts[0]).toMatchObject({ amountVnd: 42_000_000, choice: { stale: false } });
    expect((await issueNow(t, a, d.id)).body).toMatchObject({ status: 'issued', totalFineVnd: 42_000_000 });
  });

  it('should refuse a choice where the law fixes the amount, and keep it to the department\'s legal officers', async () => {
    const c = await readyCaseWith(t, a, agencyId, [{ code: MISSION_ACT, facts: 'Đăng tin ngoài tôn chỉ' }], { subjectType: 'press_agency' });
    const d = await draft(t, a, c.id, DRAFT);
    expect(d.acts[0]).toMatchObject({ status: 'complete', amountVnd: 50_000_000, bands: null });
    const fixed = await choose(d, c.violationIds[0], { version: d.version, amountVnd: 45_000_000, reason: 'x' });
    expect([fixed.status, fixed.body.details.fields[0].field, fixed.body.message]).toEqual([422, 'amountVnd', expect.stringContaining('the law fixes the amount')]);
    const body = { version: d.version, amountVnd: 45_000_000, reason: 'x' };
    expect((await choose(d, c.violationIds[0], body, a.sessions[Role.Inspector].token)).status).toBe(403);
    expect((await choose(d, c.violationIds[0], body, legal(b))).status).toBe(404);
    const other = await choose(d, '00000000-0000-4000-8000-000000000000', body);
    expect([other.status, other.body.details.fields[0].field]).toEqual([422, 'violationId']);
  });
});
