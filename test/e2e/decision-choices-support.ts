import { Role } from '@app/common/role';
import { DocumentKind, DocumentRecord, DocumentStatus } from '@app/documents/document.entity';
import { addDays } from '@libs/vn';
import { answer, apiAs, ok, type Schemas } from './api-client';
import { apiPath, Department, TestApp, waitFor } from './harness';
import { ensureCalendarCoversToday, generalSite } from './cases-support';
import { DRAFT, today } from './decisions-support';

/** Helpers of the issue 13 suites (officer's choices, the structured list of sanctions, the documents' căn cứ). */

export const legal = (d: Department): string => d.sessions[Role.LegalOfficer].token;

export interface ActCircumstances {
  code: string;
  facts: string;
  endedOn?: string;
  mitigating?: { code: string; facts?: string }[];
  aggravating?: { code: string; facts?: string }[];
}

/** Callers name circumstances by code in plain arrays; the server checks the codes (and refuses an unknown one). */
type Circumstances = Pick<Schemas['ViolationCreateDto'], 'mitigating' | 'aggravating'>;

export interface CaseOptions {
  subjectType: 'press_agency' | 'e_information_site';
  /** How the explanation went (LXLVPHC Đ61): waived, or received in writing or at a hearing. */
  explanation?: 'waived' | 'written' | 'hearing';
  verificationNeeded?: boolean;
}

/** A case carried through HTTP to "ready for decision", with the acts' circumstances as given. */
export async function readyCaseWith(t: TestApp, d: Department, subjectId: string, acts: ActCircumstances[], o: CaseOptions): Promise<{ id: string; violationIds: string[]; recordId: string }> {
  await ensureCalendarCoversToday(t, d, today);
  const api = apiAs(t, d);
  const detectedOn = addDays(today, -40);
  const c = await ok(
    api.POST('/api/cases', { body: { title: 'Vụ việc thử nghiệm', subjectType: o.subjectType, subjectId, origin: 'press_monitoring', verificationNeeded: o.verificationNeeded ?? false } }),
    201,
  );
  const path = { id: c.id };
  await ok(api.POST('/api/cases/{id}/inspections', { params: { path }, body: { kind: 'check', planning: 'ad_hoc', decisionNumber: '30/QĐ-SVHTT' } }), 201);
  await ok(api.POST('/api/cases/{id}/start-inspection', { params: { path }, body: { version: c.version } }));
  const violationIds: string[] = [];
  for (const a of acts) {
    const endedOn = a.endedOn ?? addDays(today, -50);
    const body: Schemas['ViolationCreateDto'] = { code: a.code, ongoingAtDetection: false, committedOn: addDays(endedOn, -90), endedOn, detectedOn, facts: a.facts, ...({ mitigating: a.mitigating ?? [], aggravating: a.aggravating ?? [] } as Circumstances) };
    violationIds.push((await ok(api.POST('/api/cases/{id}/violations', { params: { path }, body }), 201)).id);
  }
  const hearing = o.explanation === 'hearing';
  const record: Schemas['ViolationRecordCreateDto'] = {
    drawnOn: detectedOn,
    drawnAt: '09:00',
    place: 'Trụ sở Sở Văn hóa và Thể thao',
    officerTitle: 'Thanh tra viên chính',
    subjectStatement: 'Thống nhất với nội dung biên bản',
    explanationMode: hearing ? 'hearing' : 'written',
  };
  const draft = await ok(api.POST('/api/cases/{id}/violation-record', { params: { path }, body: record }), 201);
  const subject = { representativeGender: 'male' as const, representativeName: 'Nguyễn Văn An', representativeTitle: 'Giám đốc', address: 'Số 1 đường Lê Lợi, tỉnh Thử Nghiệm' };
  const signed = await ok(api.POST('/api/cases/{id}/violation-record/sign', { params: { path }, body: { version: draft.version, subject } }));
  const version = async (): Promise<number> => (await ok(api.GET('/api/cases/{id}', { params: { path } }))).version;
  if (signed.explanationRight) await ok(api.POST('/api/cases/{id}/await-explanation', { params: { path }, body: { version: await version() } }));
  const outcome = !signed.explanationRight ? {} : o.explanation === 'written' || hearing ? { explanationOutcome: 'received' as const, explanationOutcomeOn: today } : { explanationOutcome: 'waived' as const };
  await ok(api.POST('/api/cases/{id}/ready-for-decision', { params: { path }, body: { version: await version(), ...outcome } }));
  return { id: c.id, violationIds, recordId: signed.id };
}

/** A general site with its licence in the registry, which a suspension pre-fills. */
export async function siteWithLicence(t: TestApp, d: Department, number = '12/GP-TTĐT'): Promise<string> {
  const siteId = await generalSite(t, d);
  const licence: Schemas['LicenceCreateDto'] = {
    kind: 'general_site',
    holderType: 'e_information_site',
    holderId: siteId,
    number,
    issuer: 'Sở Văn hóa và Thể thao',
    issuedOn: `${today.slice(0, 4)}-01-10`,
    expiresOn: `${Number(today.slice(0, 4)) + 2}-06-30`,
  };
  await ok(apiAs(t, d).POST('/api/registry/licences', { body: licence }), 201);
  return siteId;
}

/** The magazine draft of the existing suites, without its take-down wording (the site's rows provide none). */
export const SITE_DRAFT: Schemas['DecisionDraftDto'] = { ...DRAFT, remedialMeasures: [] };

export async function draft(t: TestApp, d: Department, caseId: string, body: Schemas['DecisionDraftDto'] = SITE_DRAFT): Promise<Schemas['DecisionDto']> {
  return ok(apiAs(t, d, Role.LegalOfficer).POST('/api/cases/{caseId}/decisions', { params: { path: { caseId } }, body }), 201);
}

/** Issues the decision at its current version (the harness's `{ status, body }`: callers read refusals too). */
export const issueNow = async (t: TestApp, d: Department, id: string) => {
  const api = apiAs(t, d, Role.LegalOfficer);
  const current = await ok(api.GET('/api/decisions/{id}', { params: { path: { id } } }));
  return answer(api.POST('/api/decisions/{id}/issue', { params: { path: { id } }, body: { version: current.version } }));
};

/** The rendered PDF of a document once the worker has it ready. */
export async function renderedPdf(t: TestApp, kind: DocumentKind, subjectId: string, path: string, token: string): Promise<Buffer> {
  await waitFor(`the ${kind} document`, async () => {
    const doc = await t.dataSource.getRepository(DocumentRecord).findOne({ where: { kind, subjectId }, order: { revision: 'DESC' } });
    return doc?.status === DocumentStatus.Ready ? doc : null;
  }, 30_000);
  const res = await fetch(`${t.url}${apiPath(path)}`, { headers: { authorization: `Bearer ${token}` } });
  if (res.status !== 200) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return Buffer.from(await res.arrayBuffer());
}

/** pdftotext's text with the line breaks and page numbers a wrapped line can carry folded into single spaces. */
export const flat = (text: string | undefined): string => (text ?? '').replace(/\s+/g, ' ');
