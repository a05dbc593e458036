import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ErrorCode } from '@app/common/errors';
import { Role } from '@app/common/role';
import { call, TestApp } from './harness';

/**
 * Reading the API's own OpenAPI document (`GET /docs-json`) so the fuzz and security suites cover every route the
 * document lists, including routes added after these suites were written.
 */

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
export const WRITE_METHODS: readonly Method[] = ['post', 'put', 'patch', 'delete'];

/** The subset of JSON Schema that @nestjs/swagger emits for our DTOs. */
export interface Schema {
  $ref?: string;
  allOf?: Schema[];
  type?: string;
  format?: string;
  enum?: unknown[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  nullable?: boolean;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  additionalProperties?: boolean | Schema;
}

interface RawOperation {
  summary?: string;
  security?: unknown[];
  parameters?: { name: string; in: string; required?: boolean; schema?: Schema }[];
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses?: Record<string, { content?: Record<string, { schema: Schema }> }>;
}

export interface OpenApiDoc {
  paths: Record<string, Record<string, RawOperation>>;
  components: { schemas: Record<string, Schema> };
}

export interface Operation {
  /** e.g. `POST /cases/{id}/decide`: the key of the expectation tables below. */
  key: string;
  method: Method;
  path: string;
  pathParams: string[];
  queryParams: { name: string; required: boolean; schema: Schema }[];
  /** Declared as needing no bearer token. */
  isPublic: boolean;
  body?: { contentType: string; schema: Schema };
  /** The 2xx response schema, resolved (used to check the public verification page shows only its fields). */
  okSchema?: Schema;
}

export async function loadOpenApi(t: TestApp): Promise<OpenApiDoc> {
  const res = await call<OpenApiDoc>(t, 'GET', '/docs-json');
  if (res.status !== 200) throw new Error(`/docs-json answered ${res.status}`);
  return res.body;
}

/** Inlines `$ref`s and the single-member `allOf` swagger uses for enums and nested DTOs. */
export function resolve(doc: OpenApiDoc, schema: Schema, depth = 0): Schema {
  if (depth > 12) return schema;
  let s = schema;
  if (s.$ref) s = { ...doc.components.schemas[s.$ref.split('/').pop() as string] };
  if (s.allOf && s.allOf.length === 1) {
    const { allOf, ...outer } = s;
    s = { ...resolve(doc, allOf[0], depth + 1), ...outer, ...(outer.nullable ? { nullable: true } : {}) };
    delete s.allOf;
  }
  const out: Schema = { ...s };
  if (s.properties) out.properties = Object.fromEntries(Object.entries(s.properties).map(([k, v]) => [k, resolve(doc, v, depth + 1)]));
  if (s.items) out.items = resolve(doc, s.items, depth + 1);
  return out;
}

export function operations(doc: OpenApiDoc): Operation[] {
  const out: Operation[] = [];
  for (const [prefixed, ops] of Object.entries(doc.paths)) {
    // Keys and paths without the /api prefix, as the tests name them; the harness's apiPath() puts it back.
    const path = prefixed.replace(/^\/api(?=\/)/, '');
    for (const [method, op] of Object.entries(ops) as [Method, RawOperation][]) {
      const content = op.requestBody ? Object.entries(op.requestBody.content)[0] : undefined;
      const ok = Object.entries(op.responses ?? {}).find(([code]) => code.startsWith('2'))?.[1];
      const okContent = ok?.content?.['application/json'];
      out.push({
        key: `${method.toUpperCase()} ${path}`,
        method,
        path,
        pathParams: (op.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name),
        queryParams: (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => ({ name: p.name, required: p.required === true, schema: resolve(doc, p.schema ?? {}) })),
        isPublic: !op.security || op.security.length === 0,
        body: content ? { contentType: content[0], schema: resolve(doc, content[1].schema) } : undefined,
        okSchema: okContent ? resolve(doc, okContent.schema) : undefined,
      });
    }
  }
  return out;
}

export const writeOperations = (doc: OpenApiDoc): Operation[] => operations(doc).filter((o) => WRITE_METHODS.includes(o.method));

const { Inspector, LegalOfficer, Leader, DepartmentAdmin, MinistryViewer } = Role;
const REGISTRY_WRITERS = [Inspector, LegalOfficer, DepartmentAdmin];
const SANCTIONERS = [LegalOfficer, DepartmentAdmin];
const CASE_STAFF = [Inspector, LegalOfficer];
export const ALL_ROLES: readonly Role[] = [Inspector, LegalOfficer, Leader, DepartmentAdmin, MinistryViewer];

/**
 * The role matrix: who may call each write route (everyone else gets 403). Declared here, by hand, from the
 * issue's division of work, so a change in a controller's @Roles shows up as a failing test, and a route missing
 * from this table fails the security suite until someone classifies it.
 */
export const WRITE_ROLES: Record<string, readonly Role[] | 'public'> = {
  'POST /auth/login': 'public',
  // Đổi mật khẩu: every signed-in user changes their own.
  'POST /auth/password': ALL_ROLES,
  'POST /users': [DepartmentAdmin],
  'PATCH /users/{id}': [DepartmentAdmin],
  'POST /users/{id}/reset-password': [DepartmentAdmin],
  'PATCH /departments/current': [DepartmentAdmin],
  ...Object.fromEntries(
    ['press-agencies', 'representative-offices', 'resident-reporters', 'e-information-sites', 'unregistered-subjects'].flatMap((r) => [
      [`POST /registry/${r}`, REGISTRY_WRITERS],
      [`PATCH /registry/${r}/{id}`, REGISTRY_WRITERS],
    ]),
  ),
  'POST /registry/licences': REGISTRY_WRITERS,
  'POST /registry/licences/{id}/amend': REGISTRY_WRITERS,
  // Đình chỉ, khôi phục, thu hồi giấy phép carry legal effect: legal officers and admins only.
  'POST /registry/licences/{id}/suspend': SANCTIONERS,
  'POST /registry/licences/{id}/reinstate': SANCTIONERS,
  'POST /registry/licences/{id}/revoke': SANCTIONERS,
  'POST /legal/catalogue/versions': SANCTIONERS,
  'POST /legal/catalogue/verifications': SANCTIONERS,
  // Issue 14 / issue 12 finding 8: completing a draft row is a proposal like the others; approving one is a legal
  // officer's act (four-eyes: never the proposer); rejecting is open to the curators.
  'POST /legal/catalogue/completions': SANCTIONERS,
  'POST /legal/catalogue/changes/{id}/approve': [LegalOfficer],
  'POST /legal/catalogue/changes/{id}/reject': SANCTIONERS,
  // A computation that writes nothing: any signed-in user, the ministry viewer included.
  'POST /fines/preview': ALL_ROLES,
  'POST /calendar': [DepartmentAdmin],
  'DELETE /calendar/{id}': [DepartmentAdmin],
  'POST /cases': [Inspector],
  'PATCH /cases/{id}': CASE_STAFF,
  'POST /cases/{id}/start-inspection': [Inspector],
  'POST /cases/{id}/await-explanation': CASE_STAFF,
  'POST /cases/{id}/ready-for-decision': CASE_STAFF,
  'POST /cases/{id}/extend-decision-deadline': [LegalOfficer],
  'POST /cases/{id}/decide': [LegalOfficer],
  'POST /cases/{id}/execute': [LegalOfficer],
  'POST /cases/{id}/close': [LegalOfficer],
  'POST /cases/{id}/close-without-sanction': CASE_STAFF,
  'POST /cases/{id}/inspections': [Inspector],
  'PATCH /cases/{id}/inspections/{inspectionId}': [Inspector],
  'POST /cases/{id}/violations': [Inspector],
  'PATCH /cases/{id}/violations/{violationId}': [Inspector],
  'POST /cases/{id}/violations/{violationId}/recompute': CASE_STAFF,
  'POST /cases/{id}/violation-record': [Inspector],
  'PATCH /cases/{id}/violation-record': [Inspector],
  'POST /cases/{id}/violation-record/sign': [Inspector],
  'POST /cases/{id}/evidence': [Inspector],
  'POST /cases/{id}/violation-record/document': CASE_STAFF,
  'POST /cases/{id}/violation-record/document/rerender': CASE_STAFF,
  // Quyết định xử phạt: legal officers draft, issue and correct (the Role documentation).
  'POST /cases/{caseId}/decisions': [LegalOfficer],
  'PATCH /decisions/{id}': [LegalOfficer],
  'POST /decisions/{id}/issue': [LegalOfficer],
  'POST /decisions/{id}/corrections': [LegalOfficer],
  // Issue 13: the officer's choice in a band and the lines of what a decision imposes, on a draft.
  'POST /decisions/{id}/choices': [LegalOfficer],
  'PATCH /decisions/{id}/measures': [LegalOfficer],
  'POST /decisions/{id}/measures': [LegalOfficer],
  'POST /decisions/{id}/document/rerender': [LegalOfficer],
  // Thi hành quyết định (issue 13): inspectors and legal officers deliver, upload proofs and record remedial measures
  // done; legal officers record payments, decide on postponement and instalments, enforce and record complaints.
  'POST /decisions/{id}/execution/deliveries': CASE_STAFF,
  'POST /decisions/{id}/execution/files': CASE_STAFF,
  'POST /decisions/{id}/execution/remedial': CASE_STAFF,
  'POST /decisions/{id}/execution/payments': [LegalOfficer],
  'POST /decisions/{id}/execution/requests': [LegalOfficer],
  'POST /decisions/{id}/execution/requests/decide': [LegalOfficer],
  'POST /decisions/{id}/execution/enforcements': [LegalOfficer],
  'POST /decisions/{id}/execution/enforcements/carried-out': [LegalOfficer],
  'POST /decisions/{id}/execution/complaints': [LegalOfficer],
  'POST /decisions/{id}/execution/complaints/outcome': [LegalOfficer],
  // Nhắc việc: every department user sets where their own digest goes.
  'PUT /me/reminder-email': [Inspector, LegalOfficer, Leader, DepartmentAdmin],
  // Báo cáo năm: whoever reads the annual report may ask for its PDF (the ministry viewer too).
  'POST /reports/annual/pdf': ALL_ROLES,
};

/**
 * Routes with a path id that are deliberately the same for every department, so department B may reach them.
 * Every other route with a path parameter must answer 404 or 403 to a user of another department.
 */
export const SHARED_ACROSS_DEPARTMENTS: Record<string, string> = {
  'GET /legal/catalogue/{code}': 'the legal catalogue is national law (NĐ 119/2020, NĐ 14/2022), the same for every Sở',
  'DELETE /calendar/{id}': 'the holiday calendar is national (BLLĐ 45/2019 Đ112); any Sở admin corrects it, audited',
  'GET /verify/{code}': 'public verification of an issued decision: by design reachable without any account',
  'POST /legal/catalogue/changes/{id}/approve': 'four-eyes on the national catalogue: a legal officer of any Sở approves another Sở’s proposal (issue 12 finding 8)',
  'POST /legal/catalogue/changes/{id}/reject': 'four-eyes on the national catalogue: proposals are reviewed across departments (issue 12 finding 8)',
};

/** Every table of the public schema with its row count: a refused request must change none of them. */
export async function tableCounts(ds: DataSource): Promise<Record<string, number>> {
  const tables: { name: string }[] = await ds.query(`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`);
  const select = tables.map((t, i) => `(select count(*)::int from "${t.name}") as c${i}`).join(', ');
  const [row] = (await ds.query(`select ${select}`)) as Record<string, number>[];
  return Object.fromEntries(tables.map((t, i) => [t.name, row[`c${i}`]]));
}

export function countChanges(before: Record<string, number>, after: Record<string, number>): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names].filter((n) => before[n] !== after[n]).map((n) => `${n}: ${before[n]} → ${after[n]}`);
}

/** Ids of real records, keyed by the path segment in front of the parameter (`cases` for `/cases/{id}`). */
export type RecordIds = Record<string, string>;

/** The path with its parameters filled in from `ids`; `missing` lists parameters no record was made for. */
export function fillPath(path: string, ids: RecordIds): { url: string; missing: string[] } {
  const missing: string[] = [];
  const url = path.replace(/\/([^/{}]+)\/\{(\w+)\}/g, (_m, segment: string, param: string) => {
    const id = ids[segment];
    if (!id) missing.push(`${segment}/{${param}}`);
    return `/${segment}/${encodeURIComponent(id ?? randomUUID())}`;
  });
  return { url, missing };
}

const ERROR_CODES = new Set<string>(Object.values(ErrorCode));

/**
 * The error shape every refusal must keep: `{ code, message }` with a stable code, optional `details` object, and
 * nothing internal (no stack, no SQL). Returns what is wrong, or null.
 */
export function errorShapeProblem(body: unknown): string | null {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return `body is not a JSON object: ${String(body).slice(0, 80)}`;
  const b = body as Record<string, unknown>;
  if (typeof b.code !== 'string' || typeof b.message !== 'string') return 'no string code and message';
  if (!ERROR_CODES.has(b.code)) return `code ${b.code} is not one of ErrorCode`;
  if (b.details !== undefined && (typeof b.details !== 'object' || b.details === null)) return 'details is not an object';
  const text = JSON.stringify(b);
  // Messages may echo the caller's input (SQL-looking text included); what must never appear is ours.
  if (/\bat \S+ \(|QueryFailedError|node_modules|\/src\/\w+|"(query|parameters|stack|driverError)":|(SELECT|INSERT INTO|UPDATE) "\w+"/.test(text)) return 'internals (stack or SQL) in the error body';
  return null;
}

/** Field paths a 422 names (`details.fields[].field`). */
export const namedFields = (body: unknown): string[] => {
  const fields = (body as { details?: { fields?: { field?: unknown }[] } } | null)?.details?.fields;
  return Array.isArray(fields) ? fields.map((f) => String(f.field)) : [];
};
