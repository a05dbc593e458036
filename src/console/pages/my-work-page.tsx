import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Card, Table, Tag, Typography } from 'antd';
import { api, unwrap, type Schemas } from '../api/client';
import { caseQueries } from '../api/queries';
import { useSession } from '../app/auth';
import { ErrorAlert } from '../components/api-error';
import { CaseStatusTag, DaysLeft, DeadlineCell, nextDeadline, nextStep } from '../components/case-bits';
import { formatDate } from '../format/format';
import { vi } from '../i18n/vi';

type Task = Schemas['TaskDto'];
type Case = Schemas['CaseDto'];

/** Hồ sơ giao cho tôi: the inspector's own cases (GET /api/cases?assignee=me), the first page, with their next step. */
function MyCases() {
  const cases = useQuery(caseQueries.list({ assignee: 'me', pageSize: 10 }));
  return (
    <Card
      title={vi.myWork.myCases}
      extra={
        <Link to="/cases" search={{ assignee: 'me' }}>
          {vi.myWork.allMine}
        </Link>
      }
      style={{ marginTop: 16 }}
    >
      <ErrorAlert error={cases.error} />
      <Table<Case>
        rowKey="id"
        size="middle"
        loading={cases.isPending}
        dataSource={cases.data?.items}
        pagination={false}
        locale={{ emptyText: vi.myWork.myCasesEmpty }}
        columns={[
          {
            title: vi.cases.number,
            dataIndex: 'number',
            width: 130,
            render: (n: string, c) => (
              <Link to="/cases/$caseId" params={{ caseId: c.id }} search={{}}>
                {n}
              </Link>
            ),
          },
          { title: vi.cases.name, dataIndex: 'title' },
          { title: vi.cases.status, dataIndex: 'status', render: (s: Schemas['CaseStatus']) => <CaseStatusTag status={s} /> },
          { title: vi.cases.nextStep, key: 'next', render: (_: unknown, c) => nextStep(c) },
          { title: vi.cases.deadline, key: 'deadline', render: (_: unknown, c) => <DeadlineCell deadline={nextDeadline(c.deadlines)} /> },
        ]}
      />
    </Card>
  );
}

/** Việc của tôi: what falls due for the signed-in user (GET /api/me/tasks), overdue first, each with its case. */
export function MyWorkPage() {
  const session = useSession();
  const tasks = useQuery({ queryKey: ['me', 'tasks'], queryFn: ({ signal }) => unwrap(api.GET('/api/me/tasks', { signal })) });
  return (
    <>
      <div className="page-head">
        <Typography.Title level={2}>{vi.myWork.title}</Typography.Title>
        <Link to="/cases" search={{}}>
          {vi.myWork.allCases}
        </Link>
      </div>
      <ErrorAlert error={tasks.error} />
      <Card title={vi.myWork.dueTitle}>
        <Table<Task>
          rowKey={(t) => `${t.kind}-${t.caseId ?? ''}-${t.decisionId ?? ''}-${t.licenceId ?? ''}-${t.dueOn ?? ''}`}
          size="middle"
          loading={tasks.isPending}
          dataSource={tasks.data?.items}
          pagination={false}
          locale={{ emptyText: vi.myWork.empty }}
          columns={[
            { title: vi.myWork.task, dataIndex: 'title', render: (title: string, t) => <><div>{title}</div><Typography.Text type="secondary" style={{ fontSize: 12 }}>{t.detail} ({t.citation})</Typography.Text></> },
            { title: vi.myWork.status, dataIndex: 'status', width: 120, render: (s: Task['status']) => <Tag color={s === 'overdue' ? 'red' : 'gold'}>{vi.myWork.statuses[s]}</Tag> },
            { title: vi.myWork.dueOn, dataIndex: 'dueOn', width: 200, render: (d: string | null) => (d ? <>{formatDate(d)} · <DaysLeft dueOn={d} /></> : vi.common.none) },
            {
              title: vi.myWork.case,
              dataIndex: 'caseId',
              width: 140,
              render: (id: string | null) => (id ? <Link to="/cases/$caseId" params={{ caseId: id }} search={{}}>{vi.myWork.openCase}</Link> : vi.common.none),
            },
          ]}
        />
      </Card>
      {session?.user.role === 'inspector' && <MyCases />}
    </>
  );
}
