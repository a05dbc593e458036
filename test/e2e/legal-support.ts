import { Role } from '@app/common/role';
import { todayInVietnam } from '@libs/vn';
import { call, Department, Session, TestApp } from './harness';

/** Helpers for the catalogue's four-eyes review (issue 12 finding 8, issue 14): propose, then a second officer approves. */

/** The official text a legal officer cites (văn bản gốc): instrument, gazette number or URL, page. */
export const OFFICIAL_TEXT = { instrument: '14/2022/NĐ-CP', gazette: 'Công báo số 171+172 năm 2022', page: '12' };

const seconds = new WeakMap<Department, Session>();

/** A second legal officer of the department, created by its admin through the API (once per department). */
export async function secondLegalOfficer(t: TestApp, d: Department): Promise<Session> {
  const known = seconds.get(d);
  if (known) return known;
  const username = `phap.che.hai.${d.id.slice(0, 8)}`;
  const created = await call(t, 'POST', '/users', {
    token: d.sessions[Role.DepartmentAdmin].token,
    body: { username, fullName: 'Trần Thị Pháp Chế', title: 'Chuyên viên pháp chế', role: Role.LegalOfficer },
  });
  if (created.status !== 201) throw new Error(`second legal officer: ${created.status} ${JSON.stringify(created.body)}`);
  const login = await call(t, 'POST', '/auth/login', { body: { username, password: created.body.initialPassword } });
  if (login.status !== 200) throw new Error(`second legal officer login: ${login.status} ${JSON.stringify(login.body)}`);
  const session: Session = { token: login.body.accessToken, userId: login.body.user.id, departmentId: d.id };
  seconds.set(d, session);
  return session;
}

/** The second legal officer approves a proposal; throws unless it is approved. */
export async function approve(t: TestApp, d: Department, changeId: string): Promise<any> {
  const officer = await secondLegalOfficer(t, d);
  const res = await call(t, 'POST', `/legal/catalogue/changes/${changeId}/approve`, { token: officer.token, body: { note: 'đã đối chiếu văn bản gốc' } });
  if (res.status !== 200) throw new Error(`approve ${changeId}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** The version of `code` in force on `on`, as the department reads it. */
export async function versionOn(t: TestApp, d: Department, code: string, on = todayInVietnam()): Promise<any> {
  const res = await call(t, 'GET', `/legal/catalogue/versions?code=${encodeURIComponent(code)}`, { token: d.sessions[Role.Inspector].token });
  if (res.status !== 200) throw new Error(`versions of ${code}: ${res.status}`);
  const v = res.body.versions.find((x: any) => x.effectiveFrom <= on && (x.effectiveTo === null || on <= x.effectiveTo));
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
    const res = await call(t, 'POST', '/legal/catalogue/verifications', {
      token: d.sessions[Role.LegalOfficer].token,
      body: { code, effectiveFrom: v.effectiveFrom, expectedRevision: v.revision, officialText: OFFICIAL_TEXT, note: 'khung tiền phạt đã đối chiếu' },
    });
    if (res.status !== 201) throw new Error(`verify ${code}: ${res.status} ${JSON.stringify(res.body)}`);
    await approve(t, d, res.body.verification.changeId);
  }
}

/**
 * A new, unverified version of `code` from `from` (as after an amending decree), proposed by the legal officer and
 * approved by a second one; the earlier open-ended version ends the day before.
 */
export async function unverifiedVersion(t: TestApp, d: Department, code: string, from: string): Promise<any> {
  const current = await versionOn(t, d, code, from);
  const res = await call(t, 'POST', '/legal/catalogue/versions', {
    token: d.sessions[Role.LegalOfficer].token,
    body: {
      code,
      effectiveFrom: from,
      amendedBy: '999/2026/NĐ-CP Đ1 k1',
      fine: current.fine,
      sourceUrl: 'https://vanban.chinhphu.vn/?pageid=27160&docid=999999',
      endPreviousVersion: true,
      note: 'test: a version not yet checked against the official text',
    },
  });
  if (res.status !== 201) throw new Error(`add version of ${code}: ${res.status} ${JSON.stringify(res.body)}`);
  return approve(t, d, res.body.addedBy.changeId);
}
