import { ApiError } from '../../api/client';
import { vi } from '../../i18n/vi';

const say = (message: string): string => vi.admin.apiMessages.find(([re]) => re.test(message))?.[1] ?? message;

/** The API's refusal with the messages of these screens that the shared translator (fieldMessage) does not know in Vietnamese. */
export function inVietnamese(error: unknown): unknown {
  if (!(error instanceof ApiError)) return error;
  const fields = error.fields.map((f) => ({ field: f.field, messages: f.messages.map(say) }));
  return new ApiError(error.status, error.code, say(error.message), error.requestId, { ...error.details, fields });
}

/** A call whose refusal reads in Vietnamese (for a mutation's `mutationFn`). */
export const translated = <T>(call: Promise<T>): Promise<T> =>
  call.catch((e: unknown) => {
    throw inVietnamese(e);
  });
