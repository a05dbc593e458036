import { Role } from '@app/common/role';
import { todayInVietnam } from '@libs/vn';
import { apiAs, apiClient, ok, type Schemas } from './api-client';
import { Department, Session, TestApp } from './harness';

/** Helpers for the catalogue's four-eyes review (issue 12 finding 8, issue 14): propose, then a second officer approves. */

/** The official text a legal officer cites (văn bản gốc): instrument, gazette number or URL, page. */
export const OFFICIAL_TEXT = { instrument: '14/2022/NĐ-CP', gazette: 'Công báo số 171+172 năm 2022', page: '12' };

const seconds = new WeakMap<Department, Session>();

/** A second legal officer of the department, created by its admin through the API (once per department). */
export async function secondLegalOfficer(t: TestApp, d: Department): Promise<Session> {
  const known = seconds.get(d);
  if (known) return known;
  const username = `phap.che.hai.${d.id.slice(0, 8)}`;
  const created = await ok(
    apiAs(t, d, Role.DepartmentAdmin).POST('/api/users', { body: { username, fullName: 'Trần Thị Pháp Chế', title: 'Chuyên viên pháp chế', role: Role.LegalOfficer } }),
    201,
  );
  const login = await ok(apiClient(t).POST('/api/auth/login', { body: { username, password: created.initialPassword } }), 200);
  const session: Session = { token: login.accessToken, userId: login.user.id, departmentId: d.id };
  seconds.set(d, session);
  return session;
}

/** The second legal officer approves a proposal; throws unless it is approved. */
export async function approve(t: TestApp, d: Department, changeId: string): Promise<Schemas['CatalogueRowDto']> {
  const officer = await secondLegalOfficer(t, d);
  return ok(apiClient(t, officer.token).POST('/api/legal/catalogue/changes/{id}/approve', { params: { path: { id: changeId } }, body: { note: 'đã đối chiếu văn bản gốc' } }), 200);
}

/** The version of `code` in force on `on`, as the department reads it. */
export async function versionOn(t: TestApp, d: Department, code: string, on = todayInVietnam()): Promise<Schemas['CatalogueRowDto']> {
  const { versions } = await ok(apiAs(t, d).GET('/api/legal/catalogue/versions', { params: { query: { code } } }));
  const v = versions.find((x) => x.effectiveFrom <= on && (x.effectiveTo === null || on <= x.effectiveTo));
  if (!v) throw new Error(`no version of ${code} in force on ${on}`);
  return v;
}

/**
 * Verifies the version of each code in force today, as legal officers do after reading the official text: one
 * proposes, a second approves. A version verified already is left as it is.
 */
export async function verifyAndApprove(t: TestApp, d: Department, codes: string[]): Promise<void> {
  for (const code of codes) {
    const v = await versionOn(t, d, code);
    if (v.verified) continue;
    const body: Schemas['VerificationDto'] = { code, effectiveFrom: v.effectiveFrom, expectedRevision: v.revision, officialText: OFFICIAL_TEXT, note: 'khung tiền phạt đã đối chiếu' };
    const proposed = await ok(apiAs(t, d, Role.LegalOfficer).POST('/api/legal/catalogue/verifications', { body }), 201);
    await approve(t, d, proposed.verification!.changeId);
  }
}

/**
 * A new, unverified version of `code` from `from` (as after an amending decree), proposed by the legal officer and
 * approved by a second one; the earlier open-ended version ends the day before.
 */
export async function unverifiedVersion(t: TestApp, d: Department, code: string, from: string): Promise<Schemas['CatalogueRowDto']> {
  const current = await versionOn(t, d, code, from);
  const body: Schemas['AddVersionDto'] = {
    code,
    effectiveFrom: from,
    amendedBy: '999/2026/NĐ-CP Đ1 k1',
    fine: current.fine,
    sourceUrl: 'https://vanban.chinhphu.vn/?pageid=27160&docid=999999',
    endPreviousVersion: true,
    note: 'test: a version not yet checked against the official text',
  };
  const added = await ok(apiAs(t, d, Role.LegalOfficer).POST('/api/legal/catalogue/versions', { body }), 201);
  return approve(t, d, added.addedBy!.changeId);
}
