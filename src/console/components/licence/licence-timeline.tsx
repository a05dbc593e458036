import { useQuery } from '@tanstack/react-query';
import { Alert, Skeleton, Timeline, Typography } from 'antd';
import type { Schemas } from '../../api/client';
import { registryQueries } from '../../api/queries';
import { formatDate, formatDateTime } from '../../format/format';
import { vi } from '../../i18n/vi';
import { ErrorAlert } from '../api-error';

type LicenceEvent = Schemas['LicenceEventDto'];

const COLOUR: Record<Schemas['LicenceEventKind'], string> = {
  issued: 'green',
  amended: 'blue',
  suspended: 'orange',
  reinstated: 'green',
  revoked: 'red',
  expired: 'gray',
  suspension_started: 'orange',
  suspension_lifted: 'green',
};

/** The reason as people wrote it; the server's own reasons (registration, sweeps, decisions) are English: say them in Vietnamese. */
function reasonOf(e: LicenceEvent): string {
  const t = vi.admin.licence;
  if (e.decisionId) return t.byDecision;
  return t.systemReasons[e.reason] ?? e.reason;
}

function EventBody({ e }: { e: LicenceEvent }) {
  const t = vi.admin.licence;
  return (
    <div>
      <Typography.Text strong>{vi.labels.licenceEvent[e.kind]}</Typography.Text>
      <Typography.Text type="secondary">{` · ${e.until ? t.period(formatDate(e.effectiveOn), formatDate(e.until)) : t.effective(formatDate(e.effectiveOn))}`}</Typography.Text>
      <div>{reasonOf(e)}</div>
      {e.reference && <div>{t.reference2(e.reference)}</div>}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t.recordedAt(formatDateTime(e.occurredAt))}
      </Typography.Text>
    </div>
  );
}

/** Lịch sử giấy phép as a timeline, oldest first: issue, amendments, suspensions, reinstatements, revocation. */
export function LicenceTimeline({ id, number }: { id: string; number: string }) {
  const history = useQuery(registryQueries.licenceHistory(id));
  if (history.isPending) return <Skeleton active paragraph={{ rows: 2 }} />;
  if (history.error) return <ErrorAlert error={history.error} />;
  if (history.data.length === 0) return <Alert type="info" title={vi.admin.licence.historyEmpty} />;
  return (
    <section aria-label={vi.admin.licence.historyTitle(number)} style={{ padding: '12px 8px 0' }}>
      <Timeline items={history.data.map((e) => ({ key: e.id, color: COLOUR[e.kind], content: <EventBody e={e} /> }))} />
    </section>
  );
}
