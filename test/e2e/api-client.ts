import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { components, paths } from '@app/console/api/schema.gen';
import { Role } from '@app/common/role';
import { type ApiResponse, apiPath, call, type Department, type TestApp } from './harness';
import { type Contract, openApiContract } from './openapi-validator';

/**
 * The API through a client typed from the committed OpenAPI document (schema.gen.ts, the console's own): a test that
 * sends a field the document lacks, or reads one it does not promise, does not compile (`npm run typecheck`). At run
 * time every JSON request the server accepted and every JSON answer is checked against the same document, so a
 * response that drifts from its schema fails the test that saw it. Tests that send deliberately malformed input keep
 * the harness's untyped `call`.
 */

export type Api = Client<paths>;
export type Schemas = components['schemas'];
export type ApiErrorBody = Schemas['ApiErrorDto'];

export class ContractError extends Error {
  override name = 'ContractError';
}

/** Throws the operation, the status, the schema's complaints and the body when there are complaints. */
function assertContract(method: string, schemaPath: string, status: number, problems: string[], body: unknown): void {
  if (problems.length === 0) return;
  throw new ContractError(
    `${method} ${schemaPath} answered ${status}, which does not match src/console/api/openapi.json:\n  ${problems.join('\n  ')}\nbody: ${JSON.stringify(body)?.slice(0, 2000)}`,
  );
}

let committed: Contract | undefined;
/** The contract of the committed snapshot, compiled once per test file. */
export const committedContract = (): Contract => (committed ??= openApiContract());

const readJson = async (r: Request | Response): Promise<unknown> => {
  const text = await r.clone().text();
  return text ? JSON.parse(text) : undefined;
};

/** Fails the call (the test) with the operation, the status and the schema's complaints when either side drifts. */
export function contractMiddleware(contract: Contract): Middleware {
  const sent = new Map<string, unknown>();
  return {
    async onRequest({ request, id }) {
      if (request.body && /json/i.test(request.headers.get('content-type') ?? '')) sent.set(id, await readJson(request));
      return undefined;
    },
    async onResponse({ request, response, schemaPath, id }) {
      const problems: string[] = [];
      const contentType = response.headers.get('content-type');
      if (sent.has(id)) {
        const body = sent.get(id);
        sent.delete(id);
        // A body the document refuses is the test's business when the server refused it too (4xx); accepted, the
        // document is stricter than the server.
        if (response.ok) problems.push(...contract.request(request.method, schemaPath, body).map((p) => `request ${p}`));
      }
      const body = /json/i.test(contentType ?? '') && response.status !== 204 ? await readJson(response) : undefined;
      problems.push(...contract.response(request.method, schemaPath, response.status, contentType, body).map((p) => `response ${p}`));
      assertContract(request.method, schemaPath, response.status, problems, body);
      return undefined;
    },
  };
}

/** A typed, contract-checked client of the test app, signed in with `token` when given. */
export function apiClient(t: TestApp, token?: string, contract: Contract = committedContract()): Api {
  const client = createClient<paths>({
    baseUrl: t.url,
    headers: { accept: 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
  });
  client.use(contractMiddleware(contract));
  return client;
}

/** The client of one of the department's users (the inspector unless told). */
export const apiAs = (t: TestApp, d: Department, role: Role = Role.Inspector): Api => apiClient(t, d.sessions[role].token);

interface Answer<D> {
  data?: D;
  error?: unknown;
  response: Response;
}

/** The data of a 2xx answer; anything else fails with the status and the error body. */
export async function ok<D>(call: Promise<Answer<D>>, status?: number): Promise<NonNullable<D>> {
  const { data, error, response } = await call;
  if (!response.ok || (status !== undefined && response.status !== status)) {
    throw new Error(
      `${response.url.replace(/^https?:\/\/[^/]+/, '')}: expected ${status ?? '2xx'}, got ${response.status} ${JSON.stringify(error ?? data)}`,
    );
  }
  return data as NonNullable<D>;
}

/** The error body of a refusal with `status`; a success or another status fails with what came back. */
export async function refused(call: Promise<Answer<unknown>>, status: number): Promise<ApiErrorBody> {
  const { data, error, response } = await call;
  if (response.status !== status) {
    throw new Error(
      `${response.url.replace(/^https?:\/\/[^/]+/, '')}: expected ${status}, got ${response.status} ${JSON.stringify(error ?? data)}`,
    );
  }
  return error as ApiErrorBody;
}

/**
 * The harness's `{ status, body }` of a typed, contract-checked call: for helpers whose callers read refusals and
 * successes alike (`issue`), the body is the data of a 2xx and the error body otherwise.
 */
export async function answer(call: Promise<Answer<unknown>>): Promise<ApiResponse> {
  const { data, error, response } = await call;
  return { status: response.status, body: response.ok ? data : error, headers: response.headers };
}

/**
 * The harness's untyped `call`, checked against the contract like the typed client: for helpers that build their path
 * at run time (`post(t, d, path, body)`). A body the document refuses that the server accepted, or an answer that
 * does not match its documented schema, fails the test.
 */
export async function checkedCall<T = any>(
  t: TestApp,
  method: string,
  path: string,
  opts: Parameters<typeof call>[3] = {},
  contract: Contract = committedContract(),
): Promise<ApiResponse<T>> {
  const res = await call<T>(t, method, path, opts);
  const schemaPath = contract.schemaPath(method, apiPath(path));
  const problems = schemaPath ? [] : [`${method} ${apiPath(path)} is not in the document`];
  if (schemaPath && opts.body !== undefined && typeof opts.body === 'object' && res.status < 300)
    {problems.push(...contract.request(method, schemaPath, opts.body).map((p) => `request ${p}`));}
  if (schemaPath)
    {problems.push(
      ...contract.response(method, schemaPath, res.status, res.headers.get('content-type'), res.body).map((p) => `response ${p}`),
    );}
  assertContract(method, schemaPath ?? path, res.status, problems, res.body);
  return res;
}
