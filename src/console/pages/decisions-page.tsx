import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { InputNumber, Select, Space, Table, Typography } from 'antd';
import type { Schemas } from '../api/client';
import type { DecisionsSearch } from '../app/routes/decisions';
import { ErrorAlert } from '../components/api-error';
import { decisionName, decisionQueries, DecisionTags, type Decision } from '../components/decision/decision-bits';
import { urlPagination } from '../components/url-pagination';
import { formatDate, formatDateTime, formatMoney } from '../format/format';
import { vi } from '../i18n/vi';

const t = vi.decisions.list;

/** The department's sanction decisions (drafts and issued), newest first; page, size and filters live in the URL. */
export function DecisionsPage() {
  const search = useSearch({ from: '/_app/decisions' });
  const navigate = useNavigate({ from: '/decisions' });
  const list = useQuery(decisionQueries.list(search));
  const set = (patch: Partial<DecisionsSearch>) => void navigate({ search: (prev) => ({ ...prev, page: undefined, ...patch }) });

  return (
    <>
      <div className="page-head">
        <Typography.Title level={2}>{vi.decisions.listTitle}</Typography.Title>
      </div>
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          aria-label={t.filterStatus}
          placeholder={t.filterStatus}
          allowClear
          value={search.status}
          onChange={(status: Schemas['DecisionStatus'] | undefined) => set({ status })}
          options={(Object.entries(vi.decisions.status) as [Schemas['DecisionStatus'], string][]).map(([value, label]) => ({ value, label }))}
          style={{ width: 220 }}
        />
        <InputNumber
          aria-label={t.filterYear}
          placeholder={t.filterYear}
          min={2000}
          max={2100}
          value={search.year}
          onChange={(year) => set({ year: typeof year === 'number' ? year : undefined })}
          style={{ width: 160 }}
        />
      </Space>
      <ErrorAlert error={list.error} />
      <Table<Decision>
        rowKey="id"
        loading={list.isFetching}
        dataSource={list.data?.items}
        locale={{ emptyText: t.empty }}
        size="middle"
        pagination={urlPagination(search, list.data?.total, (page, pageSize) => void navigate({ search: (prev) => ({ ...prev, page, pageSize }) }), t.totalText)}
        columns={[
          {
            title: t.number,
            key: 'number',
            width: 150,
            render: (_: unknown, d) => (
              <Link to="/decisions/$decisionId" params={{ decisionId: d.id }} search={{}}>
                {decisionName(d)}
              </Link>
            ),
          },
          {
            title: t.date,
            key: 'date',
            width: 150,
            render: (_: unknown, d) => (d.issuedOn ? formatDate(d.issuedOn) : <Typography.Text type="secondary">{t.createdOn(formatDateTime(d.createdAt).slice(0, 10))}</Typography.Text>),
          },
          {
            title: t.subject,
            key: 'subject',
            render: (_: unknown, d) => (
              <>
                <div>{d.subject.name ?? vi.common.none}</div>
                <Typography.Text type="secondary">{vi.labels.decisionKind[d.kind]}</Typography.Text>
              </>
            ),
          },
          { title: t.total, key: 'total', align: 'right', width: 170, render: (_: unknown, d) => <span className="money">{formatMoney(d.totalFineVnd)}</span> },
          { title: t.status, key: 'status', width: 260, render: (_: unknown, d) => <DecisionTags d={d} /> },
        ]}
      />
    </>
  );
}
