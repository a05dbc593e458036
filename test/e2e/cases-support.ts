import { createHash } from 'node:crypto';
import { Role } from '@app/common/role';
import { apiAs, checkedCall, ok, type Schemas } from './api-client';
import { apiPath, Department, TestApp } from './harness';

/** Helpers shared by the cases suites: registry subjects, cases, multipart uploads. */

export const sha = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

export const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('ảnh chụp màn hình trang chủ')]);
export const PDF = Buffer.from('%PDF-1.7\nBản lưu trang tin ngày 28/4/2026\n%%EOF\n');
export const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(64, 0)]);

/**
 * A general site acting as a newspaper, 10–20M (NĐ 119/2020 Đ20 k1). The "not per licence" act itself is a draft row
 * since issue 14 (its point was never read: 119/2020:Đ20.k1), which no violation may cite; these suites use the act of
 * the same clause that usually goes with it, reposting press works without the agency's consent (Đ20 k1 e).
 */
export const NOT_PER_LICENCE = '119/2020:Đ20.k1.e';
/** Citation rules of a general site, 20–30M: the 30M maximum gives an organisation the right to explain (LXLVPHC Đ61 k1). */
export const QUOTING_RULES = '119/2020:Đ20.k2.a';

export const token = (d: Department, role: Role = Role.Inspector): string => d.sessions[role].token;

export async function generalSite(t: TestApp, d: Department, name = 'Trang tin tổng hợp Tin Tức Ví Dụ'): Promise<string> {
  const body = { name, domains: ['tintuc-example.vn'], ownerName: 'Công ty TNHH Truyền thông Ví Dụ' };
  return (await ok(apiAs(t, d).POST('/api/registry/e-information-sites', { body }), 201)).id;
}

/** A case about the general site `subjectId` (or another subject through `extra`), opened by the inspector. */
export async function openCase(t: TestApp, d: Department, subjectId: string, extra: Partial<Schemas['CaseCreateDto']> = {}): Promise<Schemas['CaseDto']> {
  const body: Schemas['CaseCreateDto'] = { title: 'Trang tin tổng hợp hoạt động như báo điện tử', subjectType: 'e_information_site', subjectId, origin: 'press_monitoring', ...extra };
  return ok(apiAs(t, d).POST('/api/cases', { body }), 201);
}

/** A POST that must succeed, checked against the OpenAPI contract (for paths built at run time; else use the typed client). */
export async function post(t: TestApp, d: Department, path: string, body: unknown, role: Role = Role.Inspector): Promise<any> {
  const res = await checkedCall(t, 'POST', path, { token: token(d, role), body });
  if (res.status !== 201 && res.status !== 200) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

export const getCase = async (t: TestApp, d: Department, id: string): Promise<Schemas['CaseDto']> => ok(apiAs(t, d).GET('/api/cases/{id}', { params: { path: { id } } }));

/** A case in "inspecting" with one violation detected on `detectedOn`. */
export async function inspectingCase(
  t: TestApp,
  d: Department,
  siteId: string,
  violation: Omit<Schemas['ViolationCreateDto'], 'ongoingAtDetection' | 'facts'> & Partial<Schemas['ViolationCreateDto']>,
): Promise<{ id: string; violationId: string }> {
  const api = apiAs(t, d);
  const c = await openCase(t, d, siteId);
  const path = { id: c.id };
  await ok(api.POST('/api/cases/{id}/inspections', { params: { path }, body: { kind: 'check', planning: 'ad_hoc', decisionNumber: '30/QĐ-SVHTT' } }), 201);
  await ok(api.POST('/api/cases/{id}/start-inspection', { params: { path }, body: { version: c.version } }));
  const v = await ok(api.POST('/api/cases/{id}/violations', { params: { path }, body: { ongoingAtDetection: true, facts: 'Tự sản xuất tin tức như báo điện tử', ...violation } }), 201);
  return { id: c.id, violationId: v.id };
}

export interface UploadResult {
  status: number;
  body: any;
}

/** A multipart upload through the real socket (the harness's `call` sends JSON). */
export async function upload(t: TestApp, auth: string, caseId: string, file: { bytes: Buffer; name: string; type: string }, fields: Record<string, string> = {}): Promise<UploadResult> {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  form.append('file', new Blob([new Uint8Array(file.bytes)], { type: file.type }), file.name);
  const res = await fetch(`${t.url}${apiPath(`/cases/${caseId}/evidence`)}`, { method: 'POST', headers: { authorization: `Bearer ${auth}` }, body: form });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    /* not JSON */
  }
  return { status: res.status, body };
}

/** Makes sure the calendar covers this year and the next, so deadlines counted from today can be computed. */
export async function ensureCalendarCoversToday(t: TestApp, d: Department, today: string): Promise<void> {
  const year = Number(today.slice(0, 4));
  for (const y of [year, year + 1]) {
    if ((await ok(apiAs(t, d).GET('/api/calendar', { params: { query: { year: y } } }))).covered) continue;
    const body: Schemas['CalendarEntryCreateDto'] = { date: `${y}-01-01`, kind: 'public-holiday', nameVi: 'Tết Dương lịch (01/01)', source: 'BLLĐ 45/2019/QH14 Đ112 k1 a' };
    await ok(apiAs(t, d, Role.DepartmentAdmin).POST('/api/calendar', { body }), 201);
  }
}
