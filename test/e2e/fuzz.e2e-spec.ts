import fc from 'fast-check';
import { Role } from '@app/common/role';
import { ApiResponse, apiPath, call, department, Department, startApp, TestApp } from './harness';
import { BadRequest, badJsonBody, badMultipart, badPathParam, badQuery, plausible } from './openapi-arbitraries';
import { populateDepartment } from './openapi-fixtures';
import { countChanges, errorShapeProblem, fillPath, loadOpenApi, namedFields, Operation, operations, RecordIds, tableCounts, WRITE_ROLES, writeOperations } from './openapi-support';

/**
 * Issue 7 point 3: at least 10 000 generated bad payloads (FUZZ_RUNS raises it) against every write endpoint of the
 * OpenAPI document, sent as a role allowed to call it so they meet validation rather than the role check. Each must
 * answer 4xx in the `{ code, message }` shape (422 naming the field where one field is to blame), and afterwards no
 * table of the database has one row more or less. Then a smaller share of bad query strings against the list
 * endpoints. Each endpoint stops at its first failure and reports it; replay a run with FUZZ_SEED (printed), and
 * FUZZ_CONCURRENCY sets how many endpoints are fuzzed at once.
 */
const TARGET = Math.max(10_000, Number(process.env.FUZZ_RUNS ?? 0));
/** The read side gets a smaller share: list filters are where text reaches SQL without being stored. */
const QUERY_TARGET = Math.ceil(TARGET / 5);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2_147_483_647);
const CONCURRENCY = Number(process.env.FUZZ_CONCURRENCY ?? 6);

/** Kinds whose defect is in one field: the answer must be 422 and name it. */
const FIELD_KINDS = new Set(
  ['wrong-type', 'not-in-enum', 'impossible-date', 'malformed-uuid', 'nul-character', 'too-long', 'huge-string', 'negative-or-below-minimum', 'out-of-range', 'overflowing-literal'].concat(
    ['wrong-item-type', 'missing-required', 'unknown-field', 'malformed-path-id', 'bad-url', 'impossible-date-time', 'file-under-another-name'],
    ['bad-query-value', 'unknown-query-parameter', 'repeated-query-parameter'],
  ),
);

/** The figures a run prints: requests, statuses with their codes, payload kinds, requests per endpoint, time. */
class Figures {
  sent = 0;
  readonly started = Date.now();
  readonly byEndpoint = new Map<string, number>();
  readonly byStatus = new Map<string, number>();
  readonly byKind = new Map<string, number>();

  constructor(private readonly what: string) {}

  add(op: Operation, req: BadRequest, res: ApiResponse): void {
    this.sent++;
    const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
    bump(this.byEndpoint, op.key);
    bump(this.byStatus, `${res.status} ${(res.body as { code?: string } | null)?.code ?? ''}`.trim());
    bump(this.byKind, req.kind);
  }

  print(): void {
    const seconds = (Date.now() - this.started) / 1000;
    const table = (m: Map<string, number>) =>
      [...m.entries()]
        .sort((x, y) => y[1] - x[1])
        .map(([k, n]) => `    ${String(n).padStart(6)}  ${k}`)
        .join('\n');
    process.stdout.write(
      `\nfuzz: ${this.sent} requests to ${this.byEndpoint.size} ${this.what} in ${seconds.toFixed(1)} s (${(this.sent / seconds).toFixed(0)}/s), seed ${SEED}\n` +
        `  status histogram:\n${table(this.byStatus)}\n  payload kinds:\n${table(this.byKind)}\n  per endpoint:\n${table(this.byEndpoint)}\n`,
    );
  }
}

/** Whether a named field and the field we broke are the same or one contains the other. */
const related = (named: string, broken: string): boolean =>
  named === broken ||
  [named, broken].some((x, i) => {
    const y = i === 0 ? broken : named;
    return y.startsWith(`${x}.`) || y.startsWith(`${x}[`);
  });

/** What is wrong with the answer to a bad request, or null. */
function problemWith(req: BadRequest, res: ApiResponse): string | null {
  // Free text may legitimately match nothing and answer 200; it must just not break anything.
  if ((req.kind === 'hostile-free-text' || req.kind === 'malformed-percent-encoding') && res.status < 300) return null;
  if (res.status < 400 || res.status >= 500) return `answered ${res.status}: ${JSON.stringify(res.body).slice(0, 300)}`;
  const shape = errorShapeProblem(res.body);
  if (shape) return `${res.status} without the error shape (${shape}): ${JSON.stringify(res.body).slice(0, 300)}`;
  if (req.field && FIELD_KINDS.has(req.kind)) {
    if (res.status !== 422) return `answered ${res.status} ${JSON.stringify(res.body).slice(0, 200)} instead of 422 naming ${req.field}`;
    const named = namedFields(res.body);
    // Nest validates a route's arguments in parallel: with a bad id and a hostile body either may be named first.
    const eitherArgument = req.kind === 'malformed-path-id' && req.body !== undefined && named.length > 0;
    if (!eitherArgument && !named.some((f) => related(f, req.field as string))) return `422 names [${named.join(', ')}], not ${req.field}`;
  }
  return null;
}

async function send(t: TestApp, op: Operation, ids: RecordIds, req: BadRequest, token: string | undefined): Promise<ApiResponse> {
  const path = req.pathParam ? op.path.replace(`{${req.pathParam.name}}`, encodeURIComponent(req.pathParam.value)) : op.path;
  const filled = fillPath(path, ids).url;
  const url = req.query ? `${filled}?${req.query}` : filled;
  if (req.form) {
    const form = new FormData();
    for (const [k, v] of Object.entries(req.form.fields)) form.append(k, v);
    for (const f of req.form.files) form.append(f.field, new Blob([new Uint8Array(f.bytes)], { type: f.type }), f.name);
    const res = await fetch(`${t.url}${apiPath(url)}`, {
      method: op.method.toUpperCase(),
      headers: token ? { authorization: `Bearer ${token}` } : {},
      body: form,
    });
    const text = await res.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      /* reported by the shape check */
    }
    return { status: res.status, body, headers: res.headers };
  }
  if (req.raw) return call(t, op.method.toUpperCase(), url, { token, body: req.raw.text, headers: { 'content-type': req.raw.contentType } });
  return call(t, op.method.toUpperCase(), url, { token, body: req.body });
}

/** The generator for one endpoint: body defects, path-id defects, or multipart defects. */
function requestsFor(op: Operation): fc.Arbitrary<BadRequest> {
  const choices: fc.WeightedArbitrary<BadRequest>[] = [];
  if (op.body?.contentType === 'multipart/form-data') choices.push({ arbitrary: badMultipart(), weight: 4 });
  else if (op.body) choices.push({ arbitrary: badJsonBody(op.body.schema), weight: 4 });
  if (op.pathParams.length > 0) {
    const body = op.body && op.body.contentType !== 'multipart/form-data' ? plausible(op.body.schema) : fc.constant(undefined);
    choices.push({ arbitrary: fc.tuple(badPathParam(op), body).map(([r, b]) => ({ ...r, body: b })), weight: 1 });
  }
  return fc.oneof(...choices);
}

/** The role that may call the route (declared in WRITE_ROLES; otherwise the first role not refused with 403). */
async function tokenFor(t: TestApp, a: Department, op: Operation): Promise<string | undefined> {
  const declared = WRITE_ROLES[op.key];
  if (declared === 'public' || (declared === undefined && op.isPublic)) return undefined;
  if (declared) return a.sessions[declared[0]].token;
  if (op.method === 'get') {
    for (const role of Object.values(Role)) {
      if ((await call(t, 'GET', fillPath(op.path, {}).url, { token: a.sessions[role].token })).status !== 403) return a.sessions[role].token;
    }
  }
  for (const role of Object.values(Role)) {
    // An unknown field: refused by validation (422) after the role check, so it writes nothing either way.
    const res = await send(t, op, {}, { kind: 'probe', body: { '\u0001probe': true } }, a.sessions[role].token);
    if (res.status !== 403) return a.sessions[role].token;
  }
  return a.sessions[Role.DepartmentAdmin].token;
}

async function inPool<T>(items: T[], size: number, work: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      await work(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker));
}

describe('bad-input fuzzing of every write endpoint in the OpenAPI document (issue 7.3)', () => {
  let t: TestApp;
  let a: Department;
  let ids: RecordIds;
  let ops: Operation[];

  beforeAll(async () => {
    // Login is rate-limited per address and the fine preview per user; the security suites test that, here it would
    // only hide validation.
    t = await startApp({ LOGIN_RATE_PER_MINUTE: '1000000', FINE_PREVIEW_RATE_PER_MINUTE: '1000000' });
    a = await department(t);
    ids = await populateDepartment(t, a);
    ops = writeOperations(await loadOpenApi(t));
  }, 120_000);
  afterAll(() => t.close(), 30_000);

  /** Runs one property per endpoint, a few endpoints at a time; returns the failures, one per endpoint at most. */
  async function fuzz(targets: Operation[], total: number, figures: Figures, arbitraryFor: (op: Operation) => fc.Arbitrary<BadRequest>, seedBase: number): Promise<string[]> {
    const failures: string[] = [];
    await inPool(targets, CONCURRENCY, async (op, index) => {
      const token = await tokenFor(t, a, op);
      const property = fc.asyncProperty(arbitraryFor(op), async (req) => {
        const res = await send(t, op, ids, req, token);
        figures.add(op, req, res);
        const problem = problemWith(req, res);
        if (problem) throw new Error(`${req.kind}${req.field ? ` (${req.field})` : ''}: ${problem}`);
      });
      const outcome = await fc.check(property, { numRuns: Math.ceil(total / targets.length), seed: seedBase + index, endOnFailure: true });
      if (outcome.failed) {
        const message = outcome.errorInstance instanceof Error ? outcome.errorInstance.message : String(outcome.errorInstance);
        failures.push(`${op.key}: ${message}\n    counterexample ${JSON.stringify(outcome.counterexample)?.slice(0, 400)}`);
      }
    });
    figures.print();
    if (failures.length > 0) process.stdout.write(`\nfuzz failures (${failures.length}):\n${failures.join('\n')}\n`);
    return failures;
  }

  it(`should answer ≥ ${TARGET} bad payloads to the write endpoints with 4xx in the error shape, naming the field, and write nothing`, async () => {
    const before = await tableCounts(t.dataSource);
    const figures = new Figures('write endpoints');
    const failures = await fuzz(ops, TARGET, figures, requestsFor, SEED);
    expect(failures).toEqual([]);
    expect(countChanges(before, await tableCounts(t.dataSource))).toEqual([]);
    expect(figures.sent).toBeGreaterThanOrEqual(TARGET);
  }, 600_000);

  it(`should answer ≥ ${QUERY_TARGET} bad query strings to the list endpoints with 4xx (or 2xx for free text), never 5xx, writing nothing`, async () => {
    const lists = operations(await loadOpenApi(t)).filter((o) => o.method === 'get' && o.queryParams.length > 0);
    const before = await tableCounts(t.dataSource);
    const figures = new Figures('list endpoints (query strings)');
    const failures = await fuzz(lists, QUERY_TARGET, figures, (op) => badQuery(op), SEED + 1000);
    expect(failures).toEqual([]);
    expect(countChanges(before, await tableCounts(t.dataSource))).toEqual([]);
    expect(figures.sent).toBeGreaterThanOrEqual(QUERY_TARGET);
  }, 300_000);
});
