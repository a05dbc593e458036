import { INestApplicationContext } from '@nestjs/common';
import { Role } from '@app/common/role';
import { JobName, QueueName } from '@app/jobs/job.catalogue';
import { JobQueue } from '@app/jobs/job-queue.service';
import { addDays, addMonths } from '@libs/vn';
import { type Api, apiClient, ok, type Schemas } from './api-client';
import { department, Department, startApp, startWorker, TestApp, waitFor } from './harness';
import { QUOTING_RULES } from './cases-support';
import { today } from './decisions-support';
import { draft, issueNow, legal, readyCaseWith, siteWithLicence } from './decision-choices-support';

// Boots the API and a worker; the nightly licence sweep runs through the queue for chosen days.
jest.setTimeout(180_000);

/**
 * Issue 13 point 5, the licence suspension carried out: an issued decision's 2-month suspension (NĐ 119/2020 Đ20 k2 a)
 * suspends the registry's licence from the day the decision takes effect, linked to the decision; the nightly sweep
 * starts it and reinstates the licence after its last day; annulling the decision lifts it. The shipped catalogue has no
 * citable magazine row with a licence suspension (NĐ 119/2020 Đ8 "k0.l" is a draft row), so the subject is the general
 * site of the decisions suites, with its licence 12/GP-TTĐT in the registry.
 */
describe('the licence suspension a decision imposes, carried out in the registry (issue 13 point 5)', () => {
  let t: TestApp;
  let worker: INestApplicationContext;
  let a: Department;
  /** The department's legal officer, through the typed client checked against the OpenAPI document. */
  let api: Api;

  beforeAll(async () => {
    t = await startApp();
    worker = await startWorker();
    a = await department(t);
    api = apiClient(t, legal(a));
  });
  afterAll(async () => {
    await worker.close();
    await t.close();
  });

  const sweep = async (asOf: string): Promise<string> => {
    const jobs = t.app.get(JobQueue);
    await jobs.enqueue({ name: JobName.LicenceExpirySweep, data: { asOf } });
    const job = await waitFor(`the licence sweep of ${asOf}`, async () => {
      const j = await jobs.queue(QueueName.Maintenance).getJob(`licence-expiry-sweep.${asOf}`);
      // Read again once completed: a snapshot taken while it ran carries no return value.
      return j && (await j.isCompleted()) ? jobs.queue(QueueName.Maintenance).getJob(j.id as string) : undefined;
    }, 30_000);
    return job?.returnvalue as string;
  };
  const licenceOf = async (holderId: string) => (await ok(api.GET('/api/registry/licences', { params: { query: { holderId } } }))).items[0];
  const history = async (id: string) => ok(api.GET('/api/registry/licences/{id}/history', { params: { path: { id } } }));
  const executionOf = async (id: string) => ok(api.GET('/api/decisions/{id}/execution', { params: { path: { id } } }));

  /** A site case with a 2-month suspension chosen, issued with the given effective date (null: on signing). */
  async function issuedWithSuspension(number: string, effectiveDate: string | null): Promise<{ siteId: string; decision: Schemas['DecisionDto'] }> {
    const siteId = await siteWithLicence(t, a, number);
    const c = await readyCaseWith(t, a, siteId, [{ code: QUOTING_RULES, facts: 'Trích dẫn tin bài không ghi nguồn', mitigating: [{ code: 'Đ9.k2', facts: 'Tự nguyện khai báo' }] }], { subjectType: 'e_information_site' });
    const d = await draft(t, a, c.id);
    const path = { id: d.id };
    const dated = effectiveDate ? await ok(api.PATCH('/api/decisions/{id}', { params: { path }, body: { version: d.version, effectiveDate } })) : d;
    const choice = { version: dated.version, violationId: c.violationIds[0], amountVnd: 22_000_000, suspensionMonths: 2, reason: 'Tự nguyện khai báo' };
    await ok(api.POST('/api/decisions/{id}/choices', { params: { path }, body: choice }), 200);
    const issued = await issueNow(t, a, d.id);
    expect(issued.status).toBe(200);
    return { siteId, decision: issued.body };
  }

  it('should refuse to issue a suspension of a licence the registry does not hold, naming it', async () => {
    const siteId = await siteWithLicence(t, a, '14/GP-TTĐT');
    const c = await readyCaseWith(t, a, siteId, [{ code: QUOTING_RULES, facts: 'Trích dẫn không ghi nguồn' }], { subjectType: 'e_information_site' });
    const d = await draft(t, a, c.id);
    const edit: Schemas['MeasureEditDto'] = {
      version: d.version,
      key: d.measures[0].key,
      dropped: false,
      licence: { number: '99/GP-TTĐT', label: 'Giấy phép thiết lập trang thông tin điện tử tổng hợp' },
      description: 'Tước quyền sử dụng Giấy phép thiết lập trang thông tin điện tử tổng hợp số 99/GP-TTĐT',
      reason: 'Số giấy phép theo hồ sơ',
    };
    await ok(api.PATCH('/api/decisions/{id}/measures', { params: { path: { id: d.id } }, body: edit }), 200);
    const refused = await issueNow(t, a, d.id);
    expect(refused.status).toBe(422);
    expect(refused.body.details.reasons).toContainEqual(expect.objectContaining({ code: 'licence_not_in_registry', message: expect.stringContaining('99/GP-TTĐT') }));
    const [{ n }] = await t.dataSource.query(`select count(*)::int as n from licence_suspensions where department_id = $1`, [a.id]);
    expect(n).toBe(0);
  });

  it('should suspend the licence from the effective date for the months imposed, start it and reinstate it by the nightly sweep', async () => {
    const effective = addDays(today, 3);
    const { siteId, decision } = await issuedWithSuspension('12/GP-TTĐT', effective);
    // LXLVPHC Đ25 k2: from the day it takes effect; 2 calendar months, the last day the day before the corresponding one.
    const lastDay = addDays(addMonths(effective, 2), -1);
    let licence = await licenceOf(siteId);
    expect(licence.status).toBe('active');
    let events = await history(licence.id);
    expect(events.at(-1)).toMatchObject({ kind: 'suspended', effectiveOn: effective, until: lastDay, reference: decision.number, decisionId: decision.id });

    // Imposed and not started: the case's execute guard still waits for it.
    let execution = await executionOf(decision.id);
    expect(execution.facts.suspensionOutstanding).toBe(1);
    expect(execution.outstanding.join(' ')).toContain(`licence số 12/GP-TTĐT from ${effective}`);

    expect(await sweep(addDays(effective, -1))).toBe('skipped');
    expect((await licenceOf(siteId)).status).toBe('active');
    expect(await sweep(effective)).toBe('done');
    licence = await licenceOf(siteId);
    expect([licence.status, licence.suspendedFrom, licence.suspendedUntil]).toEqual(['suspended', effective, lastDay]);
    execution = await executionOf(decision.id);
    expect(execution.facts.suspensionOutstanding).toBe(0);

    expect(await sweep(lastDay)).toBe('skipped');
    expect((await licenceOf(siteId)).status).toBe('suspended');
    expect(await sweep(addDays(lastDay, 1))).toBe('done');
    expect((await licenceOf(siteId)).status).toBe('active');
    events = await history(licence.id);
    expect(events.map((e) => [e.kind, e.effectiveOn, e.decisionId])).toEqual([
      ['issued', `${today.slice(0, 4)}-01-10`, null],
      ['suspended', effective, decision.id],
      ['suspension_started', effective, decision.id],
      ['reinstated', addDays(lastDay, 1), decision.id],
    ]);

    // The annual report counts exactly this suspension, from the decision's structured list.
    const report = await ok(apiClient(t, a.sessions[Role.Leader].token).GET('/api/reports/annual', { params: { query: { year: Number(today.slice(0, 4)) } } }));
    expect([report.summary.licenceSuspensions.value, report.summary.licenceSuspensionMonths.value]).toEqual([1, 2]);
  });

  it('should suspend at once a licence whose decision takes effect on signing, and lift it when the decision is annulled', async () => {
    const { siteId, decision } = await issuedWithSuspension('15/GP-TTĐT', null);
    const licence = await licenceOf(siteId);
    expect([licence.status, licence.suspendedFrom]).toEqual(['suspended', today]);
    expect((await executionOf(decision.id)).facts.suspensionOutstanding).toBe(0);

    const annul = await ok(api.POST('/api/decisions/{id}/corrections', { params: { path: { id: decision.id } }, body: { kind: 'annul', reason: 'Khiếu nại được chấp nhận: hủy quyết định' } }), 201);
    const issued = await issueNow(t, a, annul.id);
    expect(issued.status).toBe(200);
    expect((await licenceOf(siteId)).status).toBe('active');
    const events = await history(licence.id);
    expect(events.at(-1)).toMatchObject({ kind: 'suspension_lifted', effectiveOn: today, reference: issued.body.number, decisionId: annul.id });
    expect(events.at(-1)?.reason).toContain(`decision ${decision.number} was annulled by decision ${issued.body.number}`);
    // Nothing is left for the nightly sweep to end.
    await sweep(addDays(today, 70));
    expect((await history(licence.id)).at(-1)?.kind).toBe('suspension_lifted');
  });
});
