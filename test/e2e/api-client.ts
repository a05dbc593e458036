import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { components, paths } from '@app/console/api/schema.gen';
import { Role } from '@app/common/role';
import type { Department, TestApp } from './harness';
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
      if (problems.length > 0) {
        throw new ContractError(
          `${request.method} ${schemaPath} answered ${response.status}, which does not match src/console/api/openapi.json:\n  ${problems.join('\n  ')}\n` +
            `body: ${JSON.stringify(body)?.slice(0, 2000)}`,
        );
      }
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
