import { ArrowLeftOutlined, FolderOpenOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link, useLocation, useNavigate, useParams } from '@tanstack/react-router';
import { Alert, Card, Descriptions, Skeleton, Space, Tabs, Tag, Typography } from 'antd';
import { api, unwrap } from '../api/client';
import { caseQueries } from '../api/queries';
import { useSession } from '../app/auth';
import { LoadError } from '../components/api-error';
import { ev, executionQuery, type ExecutionView } from '../components/decision/execution-bits';
import { ExecutionComplaints } from '../components/decision/execution-complaints';
import { ExecutionDeliveries } from '../components/decision/execution-deliveries';
import { ExecutionEnforcements } from '../components/decision/execution-enforcements';
import { ExecutionPayments } from '../components/decision/execution-payments';
import { ExecutionRemedial } from '../components/decision/execution-remedial';
import { ExecutionRequests } from '../components/decision/execution-requests';
import { ExecutionSummary } from '../components/decision/execution-summary';
import { formatDate, formatMoney } from '../format/format';
import { vi } from '../i18n/vi';

const TABS = ['giao', 'nop-phat', 'hoan-nop-nhieu-lan', 'cuong-che', 'khieu-nai', 'khac-phuc'] as const;
type Tab = (typeof TABS)[number];

/** Thi hành quyết định xử phạt: what is owed today and why, and one section per part of the decision's life. */
export function DecisionExecutionPage() {
  const { decisionId } = useParams({ from: '/_app/decisions/$decisionId/execution' });
  const hash = useLocation({ select: (l) => l.hash });
  const navigate = useNavigate();
  const session = useSession();
  const execution = useQuery(executionQuery(decisionId));
  const decision = useQuery({
    queryKey: ['decisions', 'one', decisionId],
    queryFn: ({ signal }) => unwrap(api.GET('/api/decisions/{id}', { params: { path: { id: decisionId } }, signal })),
  });
  const caseId = execution.data?.caseId ?? '';
  const kase = useQuery({ ...caseQueries.one(caseId), enabled: caseId !== '' });

  if (execution.isPending) return <Skeleton active />;
  if (execution.error) return <LoadError error={execution.error} />;
  const x = execution.data;
  const d = decision.data;
  const role = session?.user.role;
  const v: ExecutionView = { decisionId, x, staff: role === 'legal_officer' || role === 'inspector', officer: role === 'legal_officer' };
  const tab: Tab = TABS.find((t) => t === hash) ?? 'giao';
  const setTab = (t: string) => void navigate({ to: '/decisions/$decisionId/execution', params: { decisionId }, hash: t, replace: true });
  const amended = x.effective.number !== x.number;

  return (
    <>
      <div className="page-head">
        <div>
          <Space align="center" wrap>
            <Typography.Title level={2} style={{ marginBottom: 0 }}>
              {ev.pageTitle(x.number)}
            </Typography.Title>
            {d?.standing && <Tag color={d.standing === 'in_force' ? 'green' : d.standing === 'annulled' ? 'red' : 'orange'}>{vi.labels.decisionStanding[d.standing]}</Tag>}
          </Space>
          <Space size="large" wrap style={{ marginTop: 4 }}>
            <Link to="/decisions/$decisionId" params={{ decisionId }}>
              <ArrowLeftOutlined /> {ev.head.toDecision}
            </Link>
            <Link to="/cases/$caseId" params={{ caseId: x.caseId }}>
              <FolderOpenOutlined /> {kase.data ? ev.head.toCase(kase.data.number) : ev.head.toCaseFallback}
            </Link>
          </Space>
        </div>
      </div>

      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2, xl: 4 }} size="small">
          <Descriptions.Item label={ev.head.subject}>{d?.subject.name ?? vi.common.none}</Descriptions.Item>
          <Descriptions.Item label={ev.head.issuedOn}>{formatDate(x.issuedOn)}</Descriptions.Item>
          <Descriptions.Item label={ev.head.effectiveDate}>{formatDate(x.effectiveDate)}</Descriptions.Item>
          <Descriptions.Item label={ev.head.total}>
            <strong>{formatMoney(x.effective.totalFineVnd)}</strong>
          </Descriptions.Item>
        </Descriptions>
        {amended && <Typography.Text type="secondary">{ev.head.amendedBy(x.effective.number, x.effective.issuedOn)}</Typography.Text>}
      </Card>

      {x.annulledBy && <Alert type="error" showIcon role="alert" style={{ marginBottom: 16 }} title={ev.head.annulledBy(x.annulledBy.number, x.annulledBy.issuedOn)} />}
      {x.executionSuspended && (
        <Alert type="warning" showIcon role="alert" style={{ marginBottom: 16 }} title={ev.head.suspended(x.executionSuspended.from, x.executionSuspended.until, x.executionSuspended.reference)} />
      )}
      {!v.staff && <Alert type="info" showIcon style={{ marginBottom: 16 }} title={ev.head.readOnly} />}

      <ExecutionSummary x={x} />

      <Card>
        <Tabs
          activeKey={tab}
          onChange={setTab}
          items={[
            { key: 'giao', label: `${ev.tabs.deliveries} (${x.deliveries.length})`, children: <ExecutionDeliveries v={v} /> },
            { key: 'nop-phat', label: `${ev.tabs.payments} (${x.payments.length})`, children: <ExecutionPayments v={v} /> },
            { key: 'hoan-nop-nhieu-lan', label: `${ev.tabs.requests} (${x.requests.length})`, children: <ExecutionRequests v={v} /> },
            { key: 'cuong-che', label: `${ev.tabs.enforcements} (${x.enforcements.length})`, children: <ExecutionEnforcements v={v} /> },
            { key: 'khieu-nai', label: `${ev.tabs.complaints} (${x.complaints.length})`, children: <ExecutionComplaints v={v} corrections={d?.corrections ?? []} /> },
            { key: 'khac-phuc', label: `${ev.tabs.remedial} (${x.remedial.length})`, children: <ExecutionRemedial v={v} /> },
          ]}
        />
      </Card>
    </>
  );
}
