import { randomUUID } from 'node:crypto';
import { Role } from '@app/common/role';
import { todayInVietnam } from '@libs/vn';
import { PNG, upload } from './cases-support';
import { ApiResponse, apiPath, call, department, Department, startApp, TestApp } from './harness';
import { populateDecision, populateDepartment } from './openapi-fixtures';
import {
  ALL_ROLES,
  countChanges,
  errorShapeProblem,
  fillPath,
  loadOpenApi,
  Operation,
  operations,
  RecordIds,
  Schema,
  SHARED_ACROSS_DEPARTMENTS,
  tableCounts,
  WRITE_ROLES,
  writeOperations,
} from './openapi-support';

/**
 * Issue 7 point 4, generated from the OpenAPI document: every route with a path id refuses another department's
 * record (404 or 403, never 2xx or 5xx, nothing written), and the role matrix of every write route holds.
 */
const DEPARTMENT_ROLES = [Role.Inspector, Role.LegalOfficer, Role.Leader, Role.DepartmentAdmin];
const today = todayInVietnam();

/** A body the validator accepts, built from the schema's required fields, so a refusal is the department check's. */
function validBody(s: Schema): unknown {
  if (s.nullable) return null;
  if (s.enum) return s.enum[0];
  if (s.format === 'date') return today;
  if (s.format === 'date-time') return new Date().toISOString();
  if (s.format === 'uuid') return randomUUID();
  if (s.type === 'string') return 'Nội dung thử';
  if (s.type === 'integer' || s.type === 'number') return Math.max(s.minimum ?? 1, 1);
  if (s.type === 'boolean') return false;
  if (s.type === 'array') return [];
  return Object.fromEntries((s.required ?? []).map((k) => [k, validBody((s.properties ?? {})[k] ?? {})]));
}

/** Where the schema's minimal body is not enough (formats the schema cannot express). */
const BODY_OVERRIDES: Record<string, Record<string, unknown>> = {
  'POST /cases/{id}/violation-record': { drawnOn: today, drawnAt: '09:30', place: 'Trụ sở Sở' },
  'POST /cases/{id}/inspections': { kind: 'check', planning: 'ad_hoc' },
  'POST /cases/{id}/violations': { code: '119/2020:Đ20.k2.a', ongoingAtDetection: true, detectedOn: today, facts: 'Nội dung' },
  'POST /cases/{id}/decide': { version: 1, decisionRef: '01/QĐ-XPHC', decidedOn: today },
  'POST /registry/licences/{id}/suspend': { version: 1, from: today, until: today, reason: 'Thử' },
};

const bodyFor = (op: Operation): unknown => BODY_OVERRIDES[op.key] ?? (op.body && op.body.contentType === 'application/json' ? validBody(op.body.schema) : undefined);

async function send(t: TestApp, op: Operation, url: string, token: string, body: unknown): Promise<ApiResponse> {
  if (op.body?.contentType === 'multipart/form-data') {
    const res = await upload(t, token, url.split('/')[2], { bytes: PNG, name: 'anh.png', type: 'image/png' });
    return { ...res, headers: new Headers() };
  }
  return call(t, op.method.toUpperCase(), url, { token, body });
}

/** Sum of every `version` column per table: an update anywhere changes it even when no row is added. */
async function versionSums(t: TestApp): Promise<Record<string, number>> {
  const tables: { name: string }[] = await t.dataSource.query(`select table_name as name from information_schema.columns where table_schema = 'public' and column_name = 'version' order by 1`);
  const out: Record<string, number> = {};
  for (const { name } of tables) out[name] = Number((await t.dataSource.query(`select coalesce(sum(version), 0)::bigint as s from "${name}"`))[0].s);
  return out;
}

describe('security generated from the OpenAPI document (issue 7.4)', () => {
  let t: TestApp;
  let a: Department;
  let b: Department;
  let idsA: RecordIds;
  let ops: Operation[];
  let writes: Operation[];

  beforeAll(async () => {
    t = await startApp();
    a = await department(t);
    b = await department(t);
    const doc = await loadOpenApi(t);
    ops = operations(doc);
    writes = writeOperations(doc);
    idsA = await populateDepartment(t, a);
    if (ops.some((o) => o.key === 'POST /cases/{caseId}/decisions')) Object.assign(idsA, await populateDecision(t, a));
    await populateDepartment(t, b);
  }, 120_000);
  afterAll(() => t.close());

  it('should have a declared role expectation for every write route, and none for routes that are gone', () => {
    const unclassified = writes.filter((o) => !(o.key in WRITE_ROLES)).map((o) => o.key);
    const stale = Object.keys(WRITE_ROLES).filter((k) => !writes.some((o) => o.key === k));
    expect({ unclassified, stale }).toEqual({ unclassified: [], stale: [] });
  });

  it('should refuse another department’s record on every route with a path id: 404 or 403, and write nothing', async () => {
    const routes = ops.filter((o) => o.pathParams.length > 0 && !(o.key in SHARED_ACROSS_DEPARTMENTS));
    const before = { counts: await tableCounts(t.dataSource), versions: await versionSums(t) };
    const problems: string[] = [];
    const unpopulated: string[] = [];
    const statuses: Record<string, number> = {};
    for (const op of routes) {
      const { url: path, missing } = fillPath(op.path, idsA);
      if (missing.length > 0) {
        unpopulated.push(`${op.key} (no record made for ${missing.join(', ')})`);
        continue;
      }
      // A required query parameter gets a valid value, so the validator lets the request reach the department check.
      const query = op.queryParams.filter((q) => q.required).map((q) => `${q.name}=${encodeURIComponent(String(validBody(q.schema)))}`);
      const url = query.length > 0 ? `${path}?${query.join('&')}` : path;
      const seen: number[] = [];
      for (const role of DEPARTMENT_ROLES) {
        const res = await send(t, op, url, b.sessions[role].token, bodyFor(op));
        seen.push(res.status);
        statuses[res.status] = (statuses[res.status] ?? 0) + 1;
        if (res.status !== 404 && res.status !== 403) problems.push(`${op.key} as B's ${role}: ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
        else if (errorShapeProblem(res.body)) problems.push(`${op.key} as B's ${role}: ${errorShapeProblem(res.body)}`);
      }
      // At least one role passed the role check, so the refusal came from the department scope.
      if (!seen.includes(404)) problems.push(`${op.key}: only 403 for every role of B; the department check was never reached`);
    }
    const after = { counts: await tableCounts(t.dataSource), versions: await versionSums(t) };
    process.stdout.write(
      `\nisolation: ${routes.length - unpopulated.length} routes with a path id × ${DEPARTMENT_ROLES.length} roles of department B on department A's records; answers ${JSON.stringify(statuses)}\n` +
        `  shared by design: ${Object.keys(SHARED_ACROSS_DEPARTMENTS).join('; ')}\n` +
        (unpopulated.length > 0 ? `  not checked (no record of that kind made): ${unpopulated.join('; ')}\n` : ''),
    );
    expect(problems).toEqual([]);
    expect(unpopulated).toEqual([]);
    expect(countChanges(before.counts, after.counts)).toEqual([]);
    expect(countChanges(before.versions, after.versions)).toEqual([]);
  });

  it('should hold the role matrix on every write route: 403 for the roles not declared, never 403 for those declared', async () => {
    const before = await tableCounts(t.dataSource);
    const problems: string[] = [];
    const rows: string[] = [];
    for (const op of writes) {
      const declared = WRITE_ROLES[op.key];
      if (declared === undefined || declared === 'public') continue;
      // Unknown ids and an empty body: the allowed roles meet 404 or 422, so nothing is written.
      const { url } = fillPath(op.path, {});
      const cells: string[] = [];
      for (const role of ALL_ROLES) {
        const res = await call(t, op.method.toUpperCase(), url, {
          token: a.sessions[role].token,
          body: op.body?.contentType === 'application/json' ? {} : undefined,
        });
        const allowed = declared.includes(role);
        cells.push(`${role}:${res.status}`);
        if (allowed && (res.status === 403 || res.status === 401 || res.status >= 500)) problems.push(`${op.key}: ${role} is declared allowed but got ${res.status}`);
        if (!allowed && (res.status !== 403 || (res.body as { code?: string }).code !== 'FORBIDDEN')) problems.push(`${op.key}: ${role} should get 403 FORBIDDEN, got ${res.status}`);
      }
      rows.push(`    ${op.key.padEnd(58)} ${cells.join('  ')}`);
    }
    process.stdout.write(`\nrole matrix (${rows.length} write routes × ${ALL_ROLES.length} roles):\n${rows.join('\n')}\n`);
    expect(problems).toEqual([]);
    expect(countChanges(before, await tableCounts(t.dataSource))).toEqual([]);
  });

  describe('references to another department’s records inside a body', () => {
    const refused = (res: ApiResponse) => res.status === 404 || res.status === 422 || res.status === 403;

    it('should not open a case on another department’s subject, nor assign its inspector', async () => {
      const foreignSubject = await call(t, 'POST', '/cases', {
        token: b.sessions[Role.Inspector].token,
        body: { title: 'Thử', subjectType: 'e_information_site', subjectId: idsA['e-information-sites'], origin: 'press_monitoring' },
      });
      expect(refused(foreignSubject)).toBe(true);
      const site = await call(t, 'POST', '/registry/e-information-sites', {
        token: b.sessions[Role.Inspector].token,
        body: { name: 'Trang B', domains: ['b.example'], ownerName: 'Công ty B' },
      });
      const foreignInspector = await call(t, 'POST', '/cases', {
        token: b.sessions[Role.Inspector].token,
        body: {
          title: 'Thử',
          subjectType: 'e_information_site',
          subjectId: site.body.id,
          origin: 'press_monitoring',
          assignedInspectorIds: [a.sessions[Role.Inspector].userId],
        },
      });
      expect(foreignInspector.status).toBe(422);
      expect(JSON.stringify(foreignInspector.body)).not.toContain(a.id);
    });

    it('should not license another department’s site, nor attach a reporter to its office', async () => {
      const licence = await call(t, 'POST', '/registry/licences', {
        token: b.sessions[Role.Inspector].token,
        body: {
          kind: 'general_site',
          holderType: 'e_information_site',
          holderId: idsA['e-information-sites'],
          number: '9/GP-X',
          issuer: 'Sở B',
          issuedOn: '2024-01-01',
        },
      });
      expect(refused(licence)).toBe(true);
      const reporter = await call(t, 'POST', '/registry/resident-reporters', {
        token: b.sessions[Role.Inspector].token,
        body: { agencyName: 'Báo B', fullName: 'Phóng viên B', representativeOfficeId: idsA['representative-offices'] },
      });
      expect(refused(reporter)).toBe(true);
    });
  });

  describe('evidence downloads (tải chứng cứ)', () => {
    const path = () => `/cases/${idsA.cases}/evidence/${idsA.evidence}`;
    const downloads = async () => Number((await t.dataSource.query(`select count(*)::int as n from audit_events where action = 'evidence:download' and entity_id = $1`, [idsA.evidence]))[0].n);

    it('should serve the bytes to the department’s case readers, auditing each download with who took it', async () => {
      const before = await downloads();
      const res = await fetch(`${t.url}${apiPath(path())}`, { headers: { authorization: `Bearer ${a.sessions[Role.Leader].token}` } });
      expect(res.status).toBe(200);
      expect(Buffer.from(await res.arrayBuffer()).equals(PNG)).toBe(true);
      expect(res.headers.get('content-security-policy')).toContain('sandbox');
      const [row] = await t.dataSource.query(`select actor_id, department_id from audit_events where action = 'evidence:download' and entity_id = $1 order by occurred_at desc limit 1`, [
        idsA.evidence,
      ]);
      expect(row).toEqual({ actor_id: a.sessions[Role.Leader].userId, department_id: a.id });
      expect(await downloads()).toBe(before + 1);
    });

    it('should refuse without a token (401), another department (404), a role outside the case readers (403), auditing none', async () => {
      const before = await downloads();
      expect((await call(t, 'GET', path())).status).toBe(401);
      for (const role of DEPARTMENT_ROLES) expect([403, 404]).toContain((await call(t, 'GET', path(), { token: b.sessions[role].token })).status);
      expect((await call(t, 'GET', path(), { token: a.sessions[Role.DepartmentAdmin].token })).status).toBe(403);
      expect(await downloads()).toBe(before);
    });
  });

  it('should let a department admin grant only department roles, spelled as stored (not the ministry viewer)', async () => {
    for (const role of ['ministry_viewer', 'Inspector', 'DepartmentAdmin', 'department_admin ']) {
      const res = await call(t, 'POST', '/users', {
        token: a.sessions[Role.DepartmentAdmin].token,
        body: { username: `cap.${randomUUID().slice(0, 6)}`, fullName: 'Thử', role },
      });
      expect({ role, status: res.status, fields: res.body.details?.fields?.map((f: { field: string }) => f.field) }).toEqual({
        role,
        status: 422,
        fields: ['role'],
      });
    }
  });
});
