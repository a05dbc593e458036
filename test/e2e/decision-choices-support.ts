import { Role } from '@app/common/role';
import { DocumentKind, DocumentRecord, DocumentStatus } from '@app/documents/document.entity';
import { addDays } from '@libs/vn';
import { apiPath, call, Department, TestApp, waitFor } from './harness';
import { ensureCalendarCoversToday, generalSite, post } from './cases-support';
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

export interface CaseOptions {
  subjectType: 'press_agency' | 'e_information_site';
  /** How the explanation went (LXLVPHC Đ61): waived, or received in writing or at a hearing. */
  explanation?: 'waived' | 'written' | 'hearing';
  verificationNeeded?: boolean;
}

/** A case carried through HTTP to "ready for decision", with the acts' circumstances as given. */
export async function readyCaseWith(t: TestApp, d: Department, subjectId: string, acts: ActCircumstances[], o: CaseOptions): Promise<{ id: string; violationIds: string[]; recordId: string }> {
  await ensureCalendarCoversToday(t, d, today);
  const detectedOn = addDays(today, -40);
  const c = await post(t, d, '/cases', { title: 'Vụ việc thử nghiệm', subjectType: o.subjectType, subjectId, origin: 'press_monitoring', verificationNeeded: o.verificationNeeded ?? false });
  await post(t, d, `/cases/${c.id}/inspections`, { kind: 'check', planning: 'ad_hoc', decisionNumber: '30/QĐ-SVHTT' });
  await post(t, d, `/cases/${c.id}/start-inspection`, { version: c.version });
  const violationIds: string[] = [];
  for (const a of acts) {
    const endedOn = a.endedOn ?? addDays(today, -50);
    const v = await post(t, d, `/cases/${c.id}/violations`, { code: a.code, ongoingAtDetection: false, committedOn: addDays(endedOn, -90), endedOn, detectedOn, facts: a.facts, mitigating: a.mitigating ?? [], aggravating: a.aggravating ?? [] });
    violationIds.push(v.id);
  }
  const hearing = o.explanation === 'hearing';
  const draft = await post(t, d, `/cases/${c.id}/violation-record`, {
    drawnOn: detectedOn,
    drawnAt: '09:00',
    place: 'Trụ sở Sở Văn hóa và Thể thao',
    officerTitle: 'Thanh tra viên chính',
    subjectStatement: 'Thống nhất với nội dung biên bản',
    explanationMode: hearing ? 'hearing' : 'written',
  });
  const signed = await post(t, d, `/cases/${c.id}/violation-record/sign`, { version: draft.version, subject: { representativeGender: 'male', representativeName: 'Nguyễn Văn An', representativeTitle: 'Giám đốc', address: 'Số 1 đường Lê Lợi, tỉnh Thử Nghiệm' } });
  const version = async (): Promise<number> => (await call(t, 'GET', `/cases/${c.id}`, { token: d.sessions[Role.Inspector].token })).body.version;
  if (signed.explanationRight) await post(t, d, `/cases/${c.id}/await-explanation`, { version: await version() });
  const outcome = !signed.explanationRight ? {} : o.explanation === 'written' || hearing ? { explanationOutcome: 'received', explanationOutcomeOn: today } : { explanationOutcome: 'waived' };
  await post(t, d, `/cases/${c.id}/ready-for-decision`, { version: await version(), ...outcome });
  return { id: c.id, violationIds, recordId: signed.id };
}

/** A general site with its licence in the registry, which a suspension pre-fills. */
export async function siteWithLicence(t: TestApp, d: Department, number = '12/GP-TTĐT'): Promise<string> {
  const siteId = await generalSite(t, d);
  await post(t, d, '/registry/licences', { kind: 'general_site', holderType: 'e_information_site', holderId: siteId, number, issuer: 'Sở Văn hóa và Thể thao', issuedOn: `${today.slice(0, 4)}-01-10`, expiresOn: `${Number(today.slice(0, 4)) + 2}-06-30` });
  return siteId;
}

/** The magazine draft of the existing suites, without its take-down wording (the site's rows provide none). */
export const SITE_DRAFT = { ...DRAFT, remedialMeasures: [] };

export async function draft(t: TestApp, d: Department, caseId: string, body: Record<string, unknown> = SITE_DRAFT): Promise<any> {
  return post(t, d, `/cases/${caseId}/decisions`, body, Role.LegalOfficer);
}

export const issueNow = async (t: TestApp, d: Department, id: string) => {
  const current = (await call(t, 'GET', `/decisions/${id}`, { token: legal(d) })).body;
  return call(t, 'POST', `/decisions/${id}/issue`, { token: legal(d), body: { version: current.version } });
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
