import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { Button, Checkbox, Input, Select, Space, Table, Typography } from 'antd';
import type { SortOrder } from 'antd/es/table/interface';
import type { Schemas } from '../api/client';
import { caseQueries } from '../api/queries';
import { can, useSession } from '../app/auth';
import { CASE_SORTS, type CasesSearch } from '../app/search';
import { ErrorAlert } from '../components/api-error';
import { CaseStatusTag, DeadlineCell, nextDeadline, nextStep } from '../components/case-bits';
import { formatDate } from '../format/format';
import { vi } from '../i18n/vi';
import { urlPagination } from '../components/url-pagination';

type Case = Schemas['CaseDto'];
type SortField = 'openedOn' | 'number' | 'status';

const options = <K extends string>(labels: Record<K, string>) => (Object.entries(labels) as [K, string][]).map(([value, label]) => ({ value, label }));
const DUE_OPTIONS = [
  { value: 'overdue', label: vi.cases.dueOverdue },
  { value: 'within:3', label: vi.cases.dueWithin(3) },
  { value: 'within:7', label: vi.cases.dueWithin(7) },
];

/** The department's cases: filters, page, size and sort live in the URL; each row shows its next step and deadline. */
export function CasesPage() {
  const search = useSearch({ from: '/_app/cases' });
  const navigate = useNavigate({ from: '/cases' });
  const session = useSession();
  const list = useQuery(caseQueries.list(search));
  const set = (patch: Partial<CasesSearch>) => void navigate({ search: (prev) => ({ ...prev, page: undefined, ...patch }) });
  const sort = search.sort ?? '-openedOn';
  const orderOf = (field: SortField): SortOrder => (sort === field ? 'ascend' : sort === `-${field}` ? 'descend' : null);

  return (
    <>
      <div className="page-head">
        <Typography.Title level={2}>{vi.cases.title}</Typography.Title>
        {session && can.openCases(session.user.role) && (
          <Link to="/cases/new" search={{}}>
            <Button type="primary" icon={<PlusOutlined />}>
              {vi.cases.open}
            </Button>
          </Link>
        )}
      </div>
      <Space wrap style={{ marginBottom: 16 }}>
        {session?.user.role === 'inspector' && (
          <Checkbox checked={search.assignee === 'me'} onChange={(e) => set({ assignee: e.target.checked ? 'me' : undefined })}>
            {vi.cases.assignedToMe}
          </Checkbox>
        )}
        <Input.Search
          aria-label={vi.cases.filterText}
          placeholder={vi.cases.filterText}
          defaultValue={search.q}
          allowClear
          onSearch={(q) => set({ q: q.trim() || undefined })}
          style={{ width: 380 }}
        />
        <Select
          aria-label={vi.cases.filterStatus}
          placeholder={vi.cases.filterStatus}
          allowClear
          value={search.status}
          onChange={(status: Schemas['CaseStatus'] | undefined) => set({ status })}
          options={options(vi.labels.caseStatus)}
          style={{ width: 240 }}
        />
        <Select
          aria-label={vi.cases.filterDue}
          placeholder={vi.cases.filterDue}
          allowClear
          value={search.due}
          onChange={(due: string | undefined) => set({ due })}
          options={DUE_OPTIONS}
          style={{ width: 200 }}
        />
        <Select
          aria-label={vi.cases.filterSubject}
          placeholder={vi.cases.filterSubject}
          allowClear
          value={search.subjectType}
          onChange={(subjectType: Schemas['CaseSubjectType'] | undefined) => set({ subjectType })}
          options={options(vi.labels.subjectType)}
          style={{ width: 260 }}
        />
      </Space>
      <ErrorAlert error={list.error} />
      <Table<Case>
        rowKey="id"
        loading={list.isFetching}
        dataSource={list.data?.items}
        locale={{ emptyText: vi.cases.empty }}
        size="middle"
        onChange={(_p, _f, sorter, { action }) => {
          if (action !== 'sort') return;
          const s = Array.isArray(sorter) ? sorter[0] : sorter;
          const field = s?.order ? (s.field as SortField) : undefined;
          const next = field ? (s.order === 'descend' ? `-${field}` : field) : undefined;
          set({ sort: CASE_SORTS.find((x) => x === next) });
        }}
        pagination={urlPagination(search, list.data?.total, (page, pageSize) => void navigate({ search: (prev) => ({ ...prev, page, pageSize }) }), vi.cases.total)}
        columns={[
          {
            title: vi.cases.number,
            dataIndex: 'number',
            key: 'number',
            sorter: true,
            sortOrder: orderOf('number'),
            width: 130,
            render: (_: string, c) => (
              <Link to="/cases/$caseId" params={{ caseId: c.id }} search={{}}>
                {c.number}
              </Link>
            ),
          },
          { title: vi.cases.name, dataIndex: 'title', key: 'title' },
          {
            title: vi.cases.subject,
            key: 'subject',
            render: (_: unknown, c) => (
              <>
                <div>{c.subjectName}</div>
                <Typography.Text type="secondary">{vi.labels.subjectType[c.subjectType]}</Typography.Text>
              </>
            ),
          },
          { title: vi.cases.status, dataIndex: 'status', key: 'status', sorter: true, sortOrder: orderOf('status'), render: (s: Schemas['CaseStatus']) => <CaseStatusTag status={s} /> },
          {
            title: vi.cases.nextStep,
            key: 'next',
            render: (_: unknown, c) => nextStep(c),
          },
          { title: vi.cases.deadline, key: 'deadline', render: (_: unknown, c) => <DeadlineCell deadline={nextDeadline(c.deadlines)} /> },
          { title: vi.cases.openedOn, dataIndex: 'openedOn', key: 'openedOn', sorter: true, sortOrder: orderOf('openedOn'), width: 120, render: (d: string) => formatDate(d) },
        ]}
      />
    </>
  );
}
