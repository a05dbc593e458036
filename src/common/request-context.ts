import { AsyncLocalStorage } from 'node:async_hooks';

/** Per-request values the audit trail and logs need without threading them through every call. */
export interface RequestContext {
  requestId: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

export const runWithRequestContext = <T>(ctx: RequestContext, fn: () => T): T => storage.run(ctx, fn);

export const currentRequestId = (): string | null => storage.getStore()?.requestId ?? null;
