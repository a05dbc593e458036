import { Role } from '@app/common/role';
import { addDays, todayInVietnam } from '@libs/vn';
import { answer, apiAs, ok, type Schemas } from './api-client';
import { ensureCalendarCoversToday } from './cases-support';
import { Department, TestApp, waitFor } from './harness';
import { verifyAndApprove } from './legal-support';

export { waitFor };

/** Helpers shared by the decisions suites: the magazine of the acceptance criteria and a case ready for decision. */

/** NĐ 119/2020 Đ5 k3 điểm b (one version since 2020; corrections-2026-12): operating differently from the press licence, 15–30M. */
export const LICENCE_ACT = '119/2020:Đ5.k3.b';
/** NĐ 119/2020 Đ8 k4 điểm e (as amended by NĐ 14/2022 Đ2 k10 c): off-mission, minor impact, 40–60M. */
export const MISSION_ACT = '119/2020:Đ8.k4.e';
export const MAGAZINE = 'Tạp chí Văn hóa và Đời sống Phương Nam';

export const today = todayInVietnam();

/** The magazine with its press licence, as the registry holds it. */
export async function magazine(t: TestApp, d: Department, name = MAGAZINE): Promise<string> {
  const api = apiAs(t, d);
  const agency = await ok(
    api.POST('/api/registry/press-agencies', {
      body: {
        kind: 'e_magazine',
        name,
        governingBody: 'Hội Văn học Nghệ thuật tỉnh Thử Nghiệm',
        headName: 'Lê Văn Hùng',
        address: 'Số 123 đường Nguyễn Thị Minh Khai, Phường Bàn Cờ, tỉnh Thử Nghiệm',
        scope: 'local',
        domains: ['vanhoaphuongnam.example'],
      },
    }),
    201,
  );
  const licence: Schemas['LicenceCreateDto'] = { kind: 'press_activity', holderType: 'press_agency', holderId: agency.id, number: '456/GP-BTTTT', issuer: 'Bộ Thông tin và Truyền thông', issuedOn: '2021-06-18' };
  await ok(api.POST('/api/registry/licences', { body: licence }), 201);
  return agency.id;
}

export interface ActSpec {
  code: string;
  endedOn: string;
  facts: string;
}

export const MAGAZINE_ACTS: ActSpec[] = [
  { code: LICENCE_ACT, endedOn: addDays(today, -60), facts: 'Tạp chí điện tử dùng giao diện trang chủ khác với mẫu đã được phê duyệt kèm theo Giấy phép số 456/GP-BTTTT' },
  { code: MISSION_ACT, endedOn: addDays(today, -50), facts: 'Đăng 37 tin, bài về vụ án hình sự, tai nạn giao thông, nằm ngoài tôn chỉ, mục đích đã được cấp phép' },
];

/**
 * A case about `subjectId` carried through HTTP to "ready for decision": inspection, the acts (ended, detected 40 days
 * ago), the signed violation record (with the representative's gender, so its PDF is requested), the explanation waived.
 */
export async function readyCase(
  t: TestApp,
  d: Department,
  subjectId: string,
  acts: ActSpec[] = MAGAZINE_ACTS,
  sign: Omit<Schemas['ViolationRecordSignDto'], 'version'> = { subject: { representativeGender: 'male' } },
): Promise<{ id: string; violationIds: string[] }> {
  await ensureCalendarCoversToday(t, d, today);
  const api = apiAs(t, d);
  const detectedOn = addDays(today, -40);
  const c = await ok(api.POST('/api/cases', { body: { title: 'Tạp chí hoạt động như báo điện tử', subjectType: 'press_agency', subjectId, origin: 'press_monitoring' } }), 201);
  const path = { id: c.id };
  await ok(api.POST('/api/cases/{id}/inspections', { params: { path }, body: { kind: 'check', planning: 'ad_hoc', decisionNumber: '30/QĐ-SVHTT' } }), 201);
  await ok(api.POST('/api/cases/{id}/start-inspection', { params: { path }, body: { version: c.version } }));
  const violationIds: string[] = [];
  for (const a of acts) {
    const body: Schemas['ViolationCreateDto'] = { code: a.code, ongoingAtDetection: false, committedOn: addDays(a.endedOn, -90), endedOn: a.endedOn, detectedOn, facts: a.facts };
    violationIds.push((await ok(api.POST('/api/cases/{id}/violations', { params: { path }, body }), 201)).id);
  }
  const draft = await ok(
    api.POST('/api/cases/{id}/violation-record', { params: { path }, body: { drawnOn: detectedOn, drawnAt: '09:00', place: 'Trụ sở Sở Văn hóa và Thể thao', subjectStatement: 'Thống nhất với nội dung biên bản' } }),
    201,
  );
  const signed = await ok(api.POST('/api/cases/{id}/violation-record/sign', { params: { path }, body: { version: draft.version, ...sign } }));
  const version = async (): Promise<number> => (await ok(api.GET('/api/cases/{id}', { params: { path } }))).version;
  if (signed.explanationRight) await ok(api.POST('/api/cases/{id}/await-explanation', { params: { path }, body: { version: await version() } }));
  await ok(api.POST('/api/cases/{id}/ready-for-decision', { params: { path }, body: { version: await version(), ...(signed.explanationRight ? { explanationOutcome: 'waived' as const } : {}) } }));
  return { id: c.id, violationIds };
}

/** A deputy director signing "KT. Giám đốc" under a delegation, with the sections of MQĐ02 filled in. */
export const DRAFT: Schemas['DecisionDraftDto'] = {
  signer: {
    fullName: 'Trần Thị Minh Thư',
    title: 'Phó Giám đốc',
    signerTitle: 'department-director',
    deputy: { headTitle: 'Giám đốc', delegationDecision: { number: '215/QĐ-GQXP', date: '2026-08-01' } },
  },
  issuingBody: { name: 'Sở Văn hóa và Thể thao', parentBody: 'Ủy ban nhân dân tỉnh Thử Nghiệm' },
  // Neither row provides an additional sanction (NĐ 119/2020 Đ5 k3, Đ8 k4); Đ8 provides the take-down.
  additionalSanctions: [],
  remedialMeasures: [{ description: 'Buộc gỡ bỏ 37 tin, bài không đúng tôn chỉ, mục đích', deadlineDays: 5 }],
  payment: { treasuryOrBank: 'Kho bạc Nhà nước Khu vực II', accountNumber: '3949.0.1234567.00000', accountName: 'Sở Văn hóa và Thể thao tỉnh Thử Nghiệm' },
  collectingBody: 'Kho bạc Nhà nước Khu vực II',
  executingBody: 'Phòng Quản lý Báo chí, Xuất bản',
  recipients: ['Như Điều 3', 'Cục Báo chí (Bộ VHTTDL)', 'Lưu: VT, Hồ sơ'],
};

export async function draftDecision(t: TestApp, d: Department, caseId: string, body: Schemas['DecisionDraftDto'] = DRAFT): Promise<Schemas['DecisionDto']> {
  return ok(apiAs(t, d, Role.LegalOfficer).POST('/api/cases/{caseId}/decisions', { params: { path: { caseId } }, body }), 201);
}

/**
 * Marks the shipped (inferred) version of each code in force today verified, as legal officers do after reading the
 * official text: one proposes, a second approves (four-eyes, issue 12 finding 8).
 */
export async function verifyRows(t: TestApp, d: Department, codes: string[] = [LICENCE_ACT, MISSION_ACT]): Promise<void> {
  await verifyAndApprove(t, d, codes);
}

/** Issues the decision (the harness's `{ status, body }`: callers read refusals too). */
export const issue = (t: TestApp, d: Department, decision: { id: string; version: number }) =>
  answer(apiAs(t, d, Role.LegalOfficer).POST('/api/decisions/{id}/issue', { params: { path: { id: decision.id } }, body: { version: decision.version } }));
