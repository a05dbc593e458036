import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Card, List, Tag, Typography } from 'antd';
import { api, unwrap } from '../../api/client';
import { formatDate } from '../../format/format';
import { vi } from '../../i18n/vi';
import { ErrorAlert } from '../api-error';

/** Quyết định của hồ sơ: the drafts and issued decisions on the case (GET /api/decisions?caseId=), each with its link. */
export function CaseDecisions({ caseId }: { caseId: string }) {
  const decisions = useQuery({
    queryKey: ['decisions', 'list', { caseId }],
    queryFn: ({ signal }) => unwrap(api.GET('/api/decisions', { params: { query: { caseId, pageSize: 100 } }, signal })),
  });
  const items = decisions.data?.items ?? [];
  if (!decisions.error && items.length === 0) return null;
  return (
    <Card title={vi.workspace.decisions} style={{ marginBottom: 16 }}>
      <ErrorAlert error={decisions.error} />
      <List
        size="small"
        dataSource={items}
        locale={{ emptyText: vi.workspace.noDecisions }}
        renderItem={(d) => (
          <List.Item
            actions={[
              <Link key="open" to="/decisions/$decisionId" params={{ decisionId: d.id }} search={{}}>
                {vi.workspace.decisionOpen}
              </Link>,
            ]}
          >
            <List.Item.Meta
              title={vi.labels.decisionKind[d.kind]}
              description={
                d.status === 'issued' && d.number && d.issuedOn ? (
                  <Typography.Text>{vi.workspace.decisionIssued(d.number, formatDate(d.issuedOn))}</Typography.Text>
                ) : (
                  <Tag>{vi.workspace.decisionDraft}</Tag>
                )
              }
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
