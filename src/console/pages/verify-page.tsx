import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { Alert, Card, Descriptions, Skeleton, Tag, Typography } from 'antd';
import { api, ApiError, unwrap } from '../api/client';
import { ErrorAlert } from '../components/api-error';
import { formatDate, formatMoney } from '../format/format';
import { vi } from '../i18n/vi';

/** The public page behind a decision's QR code: readable on a phone, no login, only what the API publishes. */
export function VerifyPage() {
  const { code } = useParams({ from: '/verify/$code' });
  const query = useQuery({
    queryKey: ['verify', code],
    queryFn: ({ signal }) => unwrap(api.GET('/verify/{code}', { params: { path: { code } }, signal })),
    retry: false,
  });
  return (
    <main style={{ maxWidth: 560, margin: '0 auto', padding: 16 }}>
      <Typography.Title level={3}>
        <SafetyCertificateOutlined /> {vi.verify.title}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{vi.verify.code(code)}</Typography.Paragraph>
      {query.isPending && <Skeleton active />}
      {query.error instanceof ApiError && query.error.status === 404 ? (
        <Alert type="warning" showIcon role="alert" title={vi.verify.notFound} />
      ) : (
        <ErrorAlert error={query.error} />
      )}
      {query.data && (
        <Card size="small">
          <Descriptions column={1} layout="vertical" size="small">
            <Descriptions.Item label={vi.verify.kind}>{vi.labels.decisionKind[query.data.kind]}</Descriptions.Item>
            <Descriptions.Item label={vi.verify.number}>{query.data.number}</Descriptions.Item>
            <Descriptions.Item label={vi.verify.standing}>
              <Tag color={query.data.standing === 'in_force' ? 'green' : query.data.standing === 'annulled' ? 'red' : 'orange'}>{vi.labels.decisionStanding[query.data.standing]}</Tag>
              {query.data.changedBy && (
                <div>
                  {vi.verify.changedBy} {vi.verify.ref(vi.labels.decisionKind[query.data.changedBy.kind].toLowerCase(), query.data.changedBy.number, formatDate(query.data.changedBy.issuedOn))}
                </div>
              )}
            </Descriptions.Item>
            {query.data.original && (
              <Descriptions.Item label={vi.verify.original}>
                {vi.verify.ref(vi.labels.decisionKind[query.data.original.kind], query.data.original.number, formatDate(query.data.original.issuedOn))}
              </Descriptions.Item>
            )}
            <Descriptions.Item label={vi.verify.issuedOn}>{formatDate(query.data.issuedOn)}</Descriptions.Item>
            <Descriptions.Item label={vi.verify.issuingBody}>{query.data.issuingBody}</Descriptions.Item>
            <Descriptions.Item label={vi.verify.subject}>{query.data.subjectName}</Descriptions.Item>
            <Descriptions.Item label={vi.verify.total}>
              <span className="money">{formatMoney(query.data.totalFineVnd)}</span>
            </Descriptions.Item>
            <Descriptions.Item label={vi.verify.hash}>
              <span className="mono">{query.data.sha256 ?? vi.verify.hashPending}</span>
            </Descriptions.Item>
          </Descriptions>
        </Card>
      )}
    </main>
  );
}
