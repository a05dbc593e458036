import { Alert, Typography } from 'antd';
import { ApiError } from '../api/client';
import { fieldMessage, vi } from '../i18n/vi';
import { NotFound } from './not-found';

/** What went wrong, in Vietnamese: what to do next, the API's own reason, and the request id for the logs. */
export function describeError(error: unknown, translate: (message: string) => string = fieldMessage): { title: string; reason: string | null; requestId: string | null } {
  if (!(error instanceof ApiError)) return { title: vi.errors.network, reason: null, requestId: null };
  const titles: Record<number, string> = {
    403: vi.errors.forbidden,
    404: vi.errors.notFound,
    413: vi.errors.tooLarge,
    415: vi.errors.unsupported,
    422: vi.errors.validation,
    503: vi.errors.unavailable,
  };
  const title = error.code === 'STALE_VERSION' ? vi.errors.stale : (titles[error.status] ?? (error.status >= 500 ? vi.errors.server : vi.errors.refused));
  // A refusal that names fields is shown under those fields; its English summary adds nothing here.
  const reason = error.status >= 500 || error.fields.length > 0 ? null : translate(error.message);
  return { title, reason, requestId: error.requestId };
}

/** `translate` turns an area's API messages into Vietnamese; `extra` lists messages no field of the form shows. */
export function ErrorAlert({ error, translate, extra = [] }: { error: unknown; translate?: (message: string) => string; extra?: string[] }) {
  if (!error) return null;
  const { title, reason, requestId } = describeError(error, translate);
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={title}
      description={
        <>
          {reason && <div>{reason}</div>}
          {extra.map((m) => (
            <div key={m}>{m}</div>
          ))}
          {requestId && <Typography.Text type="secondary">{vi.common.requestId(requestId)}</Typography.Text>}
        </>
      }
      style={{ marginBottom: 16 }}
    />
  );
}

/** A page whose record could not be read: 404 shows "không tìm thấy", anything else the error. */
export function LoadError({ error }: { error: unknown }) {
  if (error instanceof ApiError && error.status === 404) return <NotFound />;
  return <ErrorAlert error={error} />;
}
