import { Role } from '@app/common/role';
import { todayInVietnam } from '@libs/vn';
import { ensureCalendarCoversToday, generalSite, inspectingCase, NOT_PER_LICENCE, PNG, post, token, upload } from './cases-support';
import { draftDecision, magazine, readyCase } from './decisions-support';
import { call, Department, TestApp } from './harness';
import { RecordIds } from './openapi-support';

/**
 * One real record behind every kind of path id the API has, in department `d`: registry records, a licence, a case
 * being inspected with an inspection, a violation, a draft violation record and an evidence file. Keyed by the path
 * segment in front of the id (see `fillPath`).
 */
export async function populateDepartment(t: TestApp, d: Department): Promise<RecordIds> {
  const today = todayInVietnam();
  await ensureCalendarCoversToday(t, d, today);
  const tag = d.id.slice(0, 8);
  const site = await generalSite(t, d, `Trang tin tổng hợp ${tag}`);
  const agency = await post(t, d, '/registry/press-agencies', {
    kind: 'print_magazine',
    name: `Tạp chí Thử ${tag}`,
    governingBody: 'Hội Văn học',
    scope: 'local',
  });
  const office = await post(t, d, '/registry/representative-offices', { agencyName: `Báo Thử ${tag}`, address: '1 Lê Lợi' });
  const reporter = await post(t, d, '/registry/resident-reporters', {
    agencyName: `Báo Thử ${tag}`,
    fullName: 'Trần Thị B',
    representativeOfficeId: office.id,
  });
  const subject = await post(t, d, '/registry/unregistered-subjects', {
    kind: 'individual',
    name: 'Nguyễn Văn Không Phép',
    personalId: '001099012345',
  });
  const licence = await post(t, d, '/registry/licences', {
    kind: 'general_site',
    holderType: 'e_information_site',
    holderId: site,
    number: `${tag}/GP-STTTT`,
    issuer: 'Sở Thông tin và Truyền thông',
    issuedOn: '2024-01-10',
  });
  const c = await inspectingCase(t, d, site, { code: NOT_PER_LICENCE, committedOn: today, detectedOn: today });
  const inspections = await call(t, 'GET', `/cases/${c.id}/inspections`, { token: token(d) });
  await post(t, d, `/cases/${c.id}/violation-record`, { drawnOn: today, drawnAt: '09:30', place: 'Trụ sở Sở Văn hóa và Thể thao' });
  const evidence = await upload(t, token(d), c.id, { bytes: PNG, name: 'trang-chu.png', type: 'image/png' }, { violationId: c.violationId });
  if (evidence.status !== 201) throw new Error(`evidence: ${evidence.status} ${JSON.stringify(evidence.body)}`);
  const calendar = await call(t, 'GET', `/calendar?year=${today.slice(0, 4)}`, { token: token(d) });
  return {
    users: d.sessions[Role.Inspector].userId,
    'press-agencies': agency.id,
    'representative-offices': office.id,
    'resident-reporters': reporter.id,
    'e-information-sites': site,
    'unregistered-subjects': subject.id,
    licences: licence.id,
    calendar: calendar.body.entries[0].id,
    cases: c.id,
    inspections: inspections.body[0].id,
    violations: c.violationId,
    evidence: evidence.body.id,
  };
}

/** A draft sanction decision (quyết định xử phạt) of `d`, on a magazine case carried to "ready for decision". */
export async function populateDecision(t: TestApp, d: Department): Promise<RecordIds> {
  const agency = await magazine(t, d, `Tạp chí Thử ${d.id.slice(0, 8)}`);
  const c = await readyCase(t, d, agency);
  const decision = await draftDecision(t, d, c.id);
  return { decisions: decision.id };
}
