import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Drawer, Table, Typography } from 'antd';
import { api, unwrap, type Schemas } from '../../api/client';
import type { paths } from '../../api/schema.gen';
import { ErrorAlert } from '../api-error';
import { formatDate } from '../../format/format';
import { vi } from '../../i18n/vi';
import { type Drill, drillQuery, show } from './figures';

type DrillQuery = paths['/api/reports/annual/drill-down']['get']['parameters']['query'];
const PAGE = 100;

/** The records behind one value (decisions, cases, inspections or licences), each linked to its case. */
export function DrillDown({ drill, onClose }: { drill: Drill | null; onClose: () => void }) {
  const query = useQuery({
    queryKey: ['reports', 'drill-down', drill?.link],
    queryFn: ({ signal }) => unwrap(api.GET('/api/reports/annual/drill-down', { params: { query: { ...(drillQuery(drill?.link ?? '') as unknown as DrillQuery), pageSize: PAGE } }, signal })),
    enabled: drill !== null,
  });
  const unit = drill?.unit ?? 'count';
  return (
    <Drawer title={drill?.title} open={drill !== null} onClose={onClose} size="large" destroyOnHidden>
      <ErrorAlert error={query.error} />
      {query.data && <Typography.Paragraph strong>{vi.reports.drillTotal(show(query.data.value, unit), query.data.total)}</Typography.Paragraph>}
      <Table<Schemas['DrillDownItemDto']>
        rowKey="id"
        size="small"
        loading={query.isPending}
        dataSource={query.data?.items}
        pagination={false}
        locale={{ emptyText: vi.reports.empty }}
        columns={[
          {
            title: vi.reports.item,
            dataIndex: 'label',
            render: (label: string, r) => (
              <>
                {r.entity === 'decision' ? (
                  <Link to="/decisions/$decisionId" params={{ decisionId: r.id }} search={{}}>
                    {label}
                  </Link>
                ) : (
                  label
                )}
                {r.originalDecisionNumber && (
                  <div>
                    <Typography.Text type="secondary">{vi.reports.amends(r.originalDecisionNumber)}</Typography.Text>
                  </div>
                )}
              </>
            ),
          },
          { title: vi.reports.date, dataIndex: 'date', width: 110, render: formatDate },
          {
            title: vi.reports.case,
            dataIndex: 'caseNumber',
            render: (n: string | null, r) => (r.caseId && n ? <Link to="/cases/$caseId" params={{ caseId: r.caseId }} search={{}}>{n}</Link> : vi.common.none),
          },
          { title: vi.reports.subject, dataIndex: 'subjectName', render: (s: string | null) => s ?? vi.common.none },
          { title: vi.reports.value, dataIndex: 'value', align: 'right', render: (v: number) => <span className="money">{show(v, unit)}</span> },
        ]}
      />
      {query.data && query.data.total > query.data.items.length && <Typography.Paragraph type="secondary">{vi.reports.drillMore(query.data.items.length, query.data.total)}</Typography.Paragraph>}
    </Drawer>
  );
}
