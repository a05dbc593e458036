import { useQuery } from '@tanstack/react-query';
import { Table, Tag } from 'antd';
import type { Schemas } from '../../api/client';
import { auditQueries } from '../../api/queries';
import { formatDateTime } from '../../format/format';
import { auditLabel, vi } from '../../i18n/vi';
import { ErrorAlert } from '../api-error';

/** Nhật ký: every change to the case and its parts, newest first, as the append-only audit trail holds it. */
export function AuditTab({ caseId }: { caseId: string }) {
  const trail = useQuery(auditQueries.forCase(caseId));
  return (
    <>
      <ErrorAlert error={trail.error} />
      <Table<Schemas['AuditEventDto']>
        rowKey="id"
        size="small"
        pagination={false}
        loading={trail.isPending}
        dataSource={trail.data?.items}
        locale={{ emptyText: vi.audit.empty }}
        columns={[
          { title: vi.audit.when, dataIndex: 'occurredAt', width: 160, render: formatDateTime },
          { title: vi.audit.who, key: 'who', render: (_: unknown, e) => (e.actorId ? (e.actorName ?? vi.common.none) : vi.audit.system) },
          { title: vi.audit.what, key: 'what', render: (_: unknown, e) => auditLabel(e.action, e.entityType) },
          { title: vi.audit.request, dataIndex: 'requestId', render: (r: string | null) => (r ? <Tag>{r}</Tag> : vi.common.none) },
        ]}
      />
    </>
  );
}
