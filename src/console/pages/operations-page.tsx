import { CheckCircleFilled, CloseCircleFilled, ExportOutlined, ReloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Row, Space, Table, Tag, Typography } from 'antd';
import type { MouseEvent } from 'react';
import { api } from '../api/client';
import { useSession } from '../app/auth';
import { formatDateTime } from '../format/format';
import { vi } from '../i18n/vi';

/** Bull Board, mounted by the API outside /api (src/queue-dashboard). */
const DASHBOARD = '/admin/queues';

interface Indicator {
  status: string;
  [key: string]: unknown;
}

interface Readiness {
  ready: boolean;
  services: [string, Indicator][];
  checkedAt: string;
}

/** GET /health/ready: 200 with the report, or 503 whose error body carries the same report in `details`. */
async function readiness(signal: AbortSignal): Promise<Readiness> {
  const { data, error, response } = await api.GET('/health/ready', { signal });
  const body = (data ?? (error as { details?: unknown } | undefined)?.details ?? {}) as { details?: Record<string, Indicator> };
  if (!body.details) throw new Error(String(response.status));
  return { ready: response.ok, services: Object.entries(body.details), checkedAt: new Date().toISOString() };
}

const num = (v: unknown): number => (typeof v === 'number' ? v : 0);

function detail(key: string, i: Indicator): string {
  const t = vi.admin.operations;
  if (i.status !== 'up') return typeof i.message === 'string' ? t.systemMessage(i.message) : t.down;
  if (key === 'pool') return t.poolDetail(num(i.inUse), num(i.size), num(i.waiting));
  return key === 'database' ? t.databaseDetail : t.queueDetail;
}

/** The system operator's home: the queue dashboard (its own sign-in, see below) and the readiness of the services. */
export function OperationsPage() {
  const t = vi.admin.operations;
  const token = useSession()?.token;
  const health = useQuery({ queryKey: ['health', 'ready'], queryFn: ({ signal }) => readiness(signal), refetchInterval: 15_000, retry: false });
  // Bull Board is a page, not an API client: its sign-in page reads the token from the address fragment (never sent
  // to the server, never in a log or Referer) and trades it for an HttpOnly cookie limited to /admin/queues. The
  // fragment is built on click only, so the token never shows in the link (status bar, copied address).
  const openDashboard = (event: MouseEvent<HTMLElement>) => {
    if (!token) return;
    event.preventDefault();
    window.open(`${DASHBOARD}/login#token=${encodeURIComponent(token)}`, '_blank', 'noopener,noreferrer');
  };

  return (
    <>
      <div className="page-head">
        <Typography.Title level={2}>{vi.admin.operationsTitle}</Typography.Title>
      </div>
      <Typography.Paragraph type="secondary" style={{ maxWidth: 900 }}>
        {t.lead}
      </Typography.Paragraph>
      <Row gutter={16}>
        <Col xs={24} xl={9}>
          <Card title={t.queuesTitle} style={{ marginBottom: 16 }}>
            <Typography.Paragraph>{t.queuesText}</Typography.Paragraph>
            <Button type="primary" icon={<ExportOutlined />} href={DASHBOARD} target="_blank" rel="noopener noreferrer" onClick={openDashboard}>
              {t.openQueues}
            </Button>
          </Card>
        </Col>
        <Col xs={24} xl={15}>
          <Card
            title={t.servicesTitle}
            extra={
              <Button icon={<ReloadOutlined />} loading={health.isFetching} onClick={() => void health.refetch()}>
                {t.recheck}
              </Button>
            }
          >
            {health.error && <Alert type="error" showIcon role="alert" title={t.unreachable} style={{ marginBottom: 16 }} />}
            {health.data && (
              <Space orientation="vertical" style={{ width: '100%' }}>
                <Alert type={health.data.ready ? 'success' : 'error'} showIcon role="status" title={health.data.ready ? t.allReady : t.notReady} />
                <Table<[string, Indicator]>
                  rowKey={([key]) => key}
                  size="middle"
                  pagination={false}
                  dataSource={health.data.services}
                  columns={[
                    { title: t.service, key: 'service', render: (_: unknown, [key]) => t.services[key] ?? key },
                    {
                      title: t.state,
                      key: 'state',
                      width: 170,
                      render: (_: unknown, [, i]) =>
                        i.status === 'up' ? (
                          <Tag color="green" icon={<CheckCircleFilled />}>
                            {t.up}
                          </Tag>
                        ) : (
                          <Tag color="red" icon={<CloseCircleFilled />}>
                            {t.down}
                          </Tag>
                        ),
                    },
                    { title: t.detail, key: 'detail', render: (_: unknown, [key, i]) => detail(key, i) },
                  ]}
                />
                <Typography.Text type="secondary">{t.checkedAt(formatDateTime(health.data.checkedAt))}</Typography.Text>
              </Space>
            )}
          </Card>
        </Col>
      </Row>
    </>
  );
}
