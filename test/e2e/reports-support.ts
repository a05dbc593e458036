import { recordDecisionLines } from '@app/decisions/decision-lines';
import { Role } from '@app/common/role';
import { addDays } from '@libs/vn';
import { Department, TestApp } from './harness';
// Every call checked against the OpenAPI contract (answers, statuses, accepted bodies): test/e2e/api-client.ts.
import { checkedCall as call } from './api-client';
import { ensureCalendarCoversToday, generalSite, post, QUOTING_RULES } from './cases-support';
import { DRAFT, LICENCE_ACT, magazine, MISSION_ACT, today, verifyRows } from './decisions-support';

/**
 * The known dataset of the reports suites, built through HTTP (cases, inspections, violations, records, decisions and
 * their corrections, executions, licences). Department A, this year:
 * - C1 magazine: decision D1 (Đ5 k3 b 22 500 000 + Đ8 k4 e 50 000 000 = 72 500 000), amended by D1a to the Đ8 k4 e act
 *   alone (50 000 000); executed by payment, then closed.
 * - C2 magazine: decision D2 (Đ8 k4 e, 50 000 000), annulled.
 * - C3 general site: decision D3 (Đ20 k2 a, 25 000 000, licence suspension), corrected (đính chính); enforced.
 * - C4 general site: a planned inspection, closed without sanction (no violation).
 * - C5 magazine: an inspection decided on 15/12 of last year; the case is still open.
 * Department B: one magazine decision (Đ8 k4 e, 50 000 000) that A must never see.
 */
export interface ReportWorld {
  a: Department;
  b: Department;
  year: number;
  d1: Issued;
  d1a: Issued;
  d2: Issued;
  d3: Issued;
  c1: string;
  c3: string;
  c4: string;
}

export interface Issued {
  id: string;
  number: string;
}

const legal = (d: Department) => d.sessions[Role.LegalOfficer].token;
const caseVersion = async (t: TestApp, d: Department, id: string): Promise<number> =>
  (await call(t, 'GET', `/cases/${id}`, { token: legal(d) })).body.version;

/** A case carried to "ready for decision" with its acts ended 2 months ago and detected 40 days ago. */
async function readyCase(
  t: TestApp,
  d: Department,
  subject: { type: string; id: string },
  codes: string[],
): Promise<{ id: string; violationIds: string[] }> {
  const detectedOn = addDays(today, -40);
  const c = await post(t, d, '/cases', {
    title: 'Hoạt động như báo điện tử',
    subjectType: subject.type,
    subjectId: subject.id,
    origin: 'press_monitoring',
  });
  await post(t, d, `/cases/${c.id}/inspections`, { kind: 'check', planning: 'ad_hoc', decisionNumber: '30/QĐ-KT' });
  await post(t, d, `/cases/${c.id}/start-inspection`, { version: c.version });
  const violationIds: string[] = [];
  for (const code of codes) {
    const endedOn = addDays(today, -60);
    const v = await post(t, d, `/cases/${c.id}/violations`, {
      code,
      ongoingAtDetection: false,
      committedOn: addDays(endedOn, -90),
      endedOn,
      detectedOn,
      facts: `Vi phạm ${code}`,
    });
    violationIds.push(v.id);
  }
  const draft = await post(t, d, `/cases/${c.id}/violation-record`, {
    drawnOn: detectedOn,
    drawnAt: '09:00',
    place: 'Trụ sở Sở Văn hóa và Thể thao',
  });
  const signed = await post(t, d, `/cases/${c.id}/violation-record/sign`, {
    version: draft.version,
    subject: { representativeGender: 'male' },
  });
  if (signed.explanationRight) await post(t, d, `/cases/${c.id}/await-explanation`, { version: await caseVersion(t, d, c.id) });
  await post(t, d, `/cases/${c.id}/ready-for-decision`, {
    version: await caseVersion(t, d, c.id),
    ...(signed.explanationRight ? { explanationOutcome: 'waived' } : {}),
  });
  return { id: c.id, violationIds };
}

/**
 * Issues through HTTP, then records the report lines as the issuing transaction will once the lead wires
 * `recordDecisionLines` into it (it is idempotent, so this stays correct afterwards).
 */
export async function issue(t: TestApp, d: Department, decisionId: string): Promise<Issued> {
  const current = (await call(t, 'GET', `/decisions/${decisionId}`, { token: legal(d) })).body;
  const res = await call(t, 'POST', `/decisions/${decisionId}/issue`, { token: legal(d), body: { version: current.version } });
  if (res.status !== 200) throw new Error(`issue: ${res.status} ${JSON.stringify(res.body)}`);
  await t.dataSource.transaction((m) => recordDecisionLines(m, decisionId));
  return { id: decisionId, number: res.body.number };
}

async function decide(t: TestApp, d: Department, caseId: string, body: Record<string, unknown> = {}): Promise<Issued> {
  const draft = await post(t, d, `/cases/${caseId}/decisions`, { ...DRAFT, ...body }, Role.LegalOfficer);
  return issue(t, d, draft.id);
}

async function correction(
  t: TestApp,
  d: Department,
  of: Issued,
  kind: 'amend' | 'correct' | 'annul',
  change: Record<string, unknown> = {},
): Promise<Issued> {
  const draft = await post(t, d, `/decisions/${of.id}/corrections`, { kind, reason: `Lý do ${kind}` }, Role.LegalOfficer);
  if (Object.keys(change).length > 0) {
    const res = await call(t, 'PATCH', `/decisions/${draft.id}`, { token: legal(d), body: { version: draft.version, ...change } });
    if (res.status !== 200) throw new Error(`patch: ${res.status} ${JSON.stringify(res.body)}`);
  }
  return issue(t, d, draft.id);
}

/**
 * Records what the case's "execute" guard asks for since issue 13: the decision delivered, its fine paid in full and its
 * remedial measures done (an enforcement cannot fall due on the day the decision is issued, so an "enforced" case of
 * these reports pays too; the report counts the mode given here).
 */
async function settle(t: TestApp, d: Department, caseId: string): Promise<void> {
  const decisions = (await call(t, 'GET', `/decisions?caseId=${caseId}&kind=sanction&status=issued`, { token: legal(d) })).body.items as { id: string }[];
  for (const { id } of decisions) {
    const x = (await call(t, 'GET', `/decisions/${id}/execution`, { token: legal(d) })).body;
    if (x.deliveries.length === 0) await post(t, d, `/decisions/${id}/execution/deliveries`, { method: 'in_person', sentOn: today, receivedOn: today }, Role.LegalOfficer);
    if (x.payment.lateCharge.balanceVnd > 0) {
      await post(t, d, `/decisions/${id}/execution/payments`, { amountVnd: x.payment.lateCharge.balanceVnd, paidOn: today, channel: 'state_treasury', receiptNumber: `BL-${id.slice(0, 8)}` }, Role.LegalOfficer);
    }
    for (const r of x.remedial.filter((m: { doneOn: string | null }) => m.doneOn === null)) {
      await post(t, d, `/decisions/${id}/execution/remedial`, { measureIndex: r.index, doneOn: today }, Role.LegalOfficer);
    }
  }
}

async function execute(t: TestApp, d: Department, caseId: string, mode: 'paid' | 'enforced', close: boolean): Promise<void> {
  await settle(t, d, caseId);
  await post(t, d, `/cases/${caseId}/execute`, { version: await caseVersion(t, d, caseId), mode, executedOn: today }, Role.LegalOfficer);
  if (close) await post(t, d, `/cases/${caseId}/close`, { version: await caseVersion(t, d, caseId) }, Role.LegalOfficer);
}

async function siteWithLicence(t: TestApp, d: Department): Promise<string> {
  const siteId = await generalSite(t, d);
  await post(t, d, '/registry/licences', {
    kind: 'general_site',
    holderType: 'e_information_site',
    holderId: siteId,
    number: '12/GP-TTĐT',
    issuer: 'Sở Văn hóa và Thể thao',
    issuedOn: `${today.slice(0, 4)}-01-10`,
    expiresOn: `${Number(today.slice(0, 4)) + 1}-06-30`,
  });
  return siteId;
}

export async function buildWorld(t: TestApp, a: Department, b: Department): Promise<ReportWorld> {
  const year = Number(today.slice(0, 4));
  await ensureCalendarCoversToday(t, a, today);
  await ensureCalendarCoversToday(t, b, today);
  await verifyRows(t, a, [LICENCE_ACT, MISSION_ACT]);
  const mag = { type: 'press_agency', id: await magazine(t, a) };
  const site = { type: 'e_information_site', id: await siteWithLicence(t, a) };

  const c1 = await readyCase(t, a, mag, [LICENCE_ACT, MISSION_ACT]);
  const d1 = await decide(t, a, c1.id);
  const d1a = await correction(t, a, d1, 'amend', { violationIds: [c1.violationIds[1]] });
  await execute(t, a, c1.id, 'paid', true);

  const c2 = await readyCase(t, a, mag, [MISSION_ACT]);
  const d2 = await decide(t, a, c2.id);
  await correction(t, a, d2, 'annul');

  const c3 = await readyCase(t, a, site, [QUOTING_RULES]);
  const d3 = await decide(t, a, c3.id, {
    // Đ20 k2 a provides no remedial measure, so the magazine draft's take-down order is not carried over.
    remedialMeasures: [],
    subject: {
      address: 'Số 1 đường Lê Lợi, tỉnh Thử Nghiệm',
      representativeName: 'Nguyễn Văn An',
      representativeGender: 'male',
      representativeTitle: 'Giám đốc',
    },
  });
  await correction(t, a, d3, 'correct');
  await execute(t, a, c3.id, 'enforced', false);

  const c4 = await post(t, a, '/cases', {
    title: 'Kiểm tra theo kế hoạch',
    subjectType: site.type,
    subjectId: site.id,
    origin: 'planned_inspection',
  });
  await post(t, a, `/cases/${c4.id}/inspections`, {
    kind: 'inspection',
    planning: 'planned',
    planYear: year,
    decisionNumber: '12/QĐ-TTr',
    decisionDate: today,
  });
  await post(t, a, `/cases/${c4.id}/close-without-sanction`, {
    version: await caseVersion(t, a, c4.id),
    reason: 'no_violation',
    note: 'Không phát hiện vi phạm',
  });

  const c5 = await post(t, a, '/cases', {
    title: 'Kiểm tra cuối năm trước',
    subjectType: mag.type,
    subjectId: mag.id,
    origin: 'planned_inspection',
  });
  await post(t, a, `/cases/${c5.id}/inspections`, {
    kind: 'check',
    planning: 'planned',
    planYear: year - 1,
    decisionNumber: '99/QĐ-KT',
    decisionDate: `${year - 1}-12-15`,
  });

  const magB = { type: 'press_agency', id: await magazine(t, b, 'Tạp chí của Sở khác') };
  const c6 = await readyCase(t, b, magB, [MISSION_ACT]);
  await decide(t, b, c6.id);
  return { a, b, year, d1, d1a, d2, d3, c1: c1.id, c3: c3.id, c4: c4.id };
}

/** Every figure of a report (objects with `value` and `drillDown`), with where it sits. */
export function figuresOf(
  report: unknown,
  path = '',
): { path: string; value: number; previousValue: number; drillDown: string; previousDrillDown: string }[] {
  if (typeof report !== 'object' || report === null) return [];
  const o = report as Record<string, unknown>;
  if (typeof o.drillDown === 'string' && typeof o.value === 'number') {
    return [
      {
        path,
        value: o.value,
        previousValue: o.previousValue as number,
        drillDown: o.drillDown,
        previousDrillDown: o.previousDrillDown as string,
      },
    ];
  }
  return Object.entries(o).flatMap(([k, v]) => figuresOf(v, path ? `${path}.${k}` : k));
}
