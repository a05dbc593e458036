// The console's only way to the API: a typed fetch over the OpenAPI snapshot (schema.gen.ts, `npm run console:api`).
import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema.gen';

export type Schemas = components['schemas'];

/** A field the API refused (422 `details.fields`), by its path in the request body (`domains.0`, `subject.name`). */
export interface FieldProblem {
  field: string;
  messages: string[];
}

/** An answer other than 2xx, in the API's error shape `{ code, message, details, requestId }`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly requestId: string | null,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }

  get fields(): FieldProblem[] {
    const fields = this.details.fields;
    return Array.isArray(fields) ? (fields as FieldProblem[]) : [];
  }
}

let token: string | null = null;
let onUnauthorized: () => void = () => undefined;

/** The bearer token sent with every call; set by the auth store (app/auth.ts). */
export const setToken = (value: string | null): void => {
  token = value;
};
/** Called when the API answers 401 to a signed-in call (token expired or revoked). */
export const setUnauthorizedHandler = (fn: () => void): void => {
  onUnauthorized = fn;
};

const auth: Middleware = {
  onRequest({ request }) {
    // JSON always: /verify/:code answers the console page to a browser navigation and JSON to this.
    request.headers.set('accept', request.headers.get('accept') ?? 'application/json');
    if (token) request.headers.set('authorization', `Bearer ${token}`);
    return request;
  },
  onResponse({ request, response }) {
    if (response.status === 401 && request.headers.has('authorization')) onUnauthorized();
    return response;
  },
};

export const api = createClient<paths>({ baseUrl: '' });
api.use(auth);

const asRecord = (v: unknown): Record<string, unknown> => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>) : {});

export function toApiError(error: unknown, response: Response): ApiError {
  const body = asRecord(error);
  return new ApiError(
    response.status,
    typeof body.code === 'string' ? body.code : `HTTP_${response.status}`,
    typeof body.message === 'string' ? body.message : response.statusText,
    typeof body.requestId === 'string' ? body.requestId : response.headers.get('x-request-id'),
    asRecord(body.details),
  );
}

/** openapi-fetch's `{ data, error, response }` as data or a thrown ApiError, for TanStack Query. */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok || error !== undefined) throw toApiError(error, response);
  return data as T;
}

/** A file the API sends (evidence, PDFs, exports): fetched with the token, handed to the browser as a download. */
export async function download(path: string, fallbackName: string): Promise<void> {
  const response = await fetch(path, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (!response.ok) {
    let body: unknown = null;
    try {
      body = await response.json();
    } catch {
      /* not JSON */
    }
    throw toApiError(body, response);
  }
  const blob = await response.blob();
  const disposition = response.headers.get('content-disposition') ?? '';
  const name = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name ? decodeURIComponent(name) : fallbackName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

/** A multipart upload (evidence); openapi-fetch sends JSON, so this one goes through fetch with the same token. */
export async function uploadForm<T>(path: string, form: FormData): Promise<T> {
  const response = await fetch(path, { method: 'POST', body: form, headers: { accept: 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) } });
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) throw toApiError(body, response);
  return body as T;
}
