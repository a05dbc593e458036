import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { Alert, Button, Card, Descriptions, Skeleton, Space, Tabs, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { caseQueries } from '../api/queries';
import { useSession } from '../app/auth';
import type { DecisionTab } from '../app/routes/decisions';
import { LoadError } from '../components/api-error';
import { ActsTab } from '../components/decision/acts-tab';
import { CorrectionsPanel } from '../components/decision/corrections-panel';
import { decisionName, decisionQueries, DecisionTags } from '../components/decision/decision-bits';
import { DetailsTab } from '../components/decision/details-tab';
import { IssuePanel } from '../components/decision/issue-panel';
import { MeasuresTab } from '../components/decision/measures-tab';
import { formatDate, formatMoney } from '../format/format';
import { vi } from '../i18n/vi';

const t = vi.decisions;

/** The legal officer's decision workspace: the acts and their worksheets, the choices, the measures, the signer, issuing. */
export function DecisionPage() {
  const { decisionId } = useParams({ from: '/_app/decisions/$decisionId' });
  const { tab = 'acts' } = useSearch({ from: '/_app/decisions/$decisionId' });
  const navigate = useNavigate({ from: '/decisions/$decisionId' });
  const session = useSession();
  const query = useQuery(decisionQueries.one(decisionId));
  const caseQuery = useQuery({ ...caseQueries.one(query.data?.caseId ?? ''), enabled: !!query.data });
  const [anchor, setAnchor] = useState<string | null>(null);
  useEffect(() => {
    if (!anchor) return;
    // After the tab is shown: bring the form into view and put the focus on its first field.
    const id = window.setTimeout(() => {
      const el = document.getElementById(anchor);
      el?.scrollIntoView({ block: 'center' });
      el?.querySelector<HTMLElement>('input, textarea')?.focus();
      setAnchor(null);
    }, 150);
    return () => window.clearTimeout(id);
  }, [anchor, tab]);
  if (query.isPending) return <Skeleton active />;
  if (query.error) return <LoadError error={query.error} />;
  const d = query.data;
  const canEdit = session?.user.role === 'legal_officer';
  const editsDraft = canEdit && d.status === 'draft';
  const go = (next: DecisionTab, to?: string) => {
    void navigate({ search: { tab: next }, replace: true });
    if (to) setAnchor(to);
  };
  const original = d.originalDecisionId;

  return (
    <>
      <div className="page-head">
        <div>
          <Space align="center" wrap>
            <Typography.Title level={2}>{decisionName(d)}</Typography.Title>
            <DecisionTags d={d} />
          </Space>
          <Typography.Paragraph style={{ marginBottom: 0, fontSize: 16 }}>
            {vi.labels.decisionKind[d.kind]} — {d.subject.name ?? vi.common.none}
          </Typography.Paragraph>
        </div>
        <Space wrap>
          <Link to="/cases/$caseId" params={{ caseId: d.caseId }} search={{}}>
            <Button>{caseQuery.data ? `${t.head.case} ${caseQuery.data.number}` : t.head.toCase}</Button>
          </Link>
          {d.status === 'issued' && (
            <Link to="/decisions/$decisionId/execution" params={{ decisionId: d.id }}>
              <Button type="primary">{t.head.toExecution}</Button>
            </Link>
          )}
        </Space>
      </div>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Descriptions size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label={t.head.total}>
            <Typography.Text strong className="money">
              {d.totalFineVnd === null ? t.head.totalPending : formatMoney(d.totalFineVnd)}
            </Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t.head.issuedOn}>{formatDate(d.issuedOn)}</Descriptions.Item>
          <Descriptions.Item label={vi.decisions.details.signer}>
            {d.signer.deputy ? `KT. ${d.signer.deputy.headTitle}, ` : ''}
            {d.signer.title} {d.signer.fullName}
          </Descriptions.Item>
          {original && (
            <Descriptions.Item label={t.head.original}>
              <Link to="/decisions/$decisionId" params={{ decisionId: original }} search={{}}>
                {t.head.original}
              </Link>
            </Descriptions.Item>
          )}
          {d.correctionReason && <Descriptions.Item label={t.head.correctionReason}>{d.correctionReason}</Descriptions.Item>}
        </Descriptions>
      </Card>
      {d.status === 'issued' && <Alert type="info" showIcon title={t.head.frozen} style={{ marginBottom: 16 }} />}
      {d.status === 'draft' && !canEdit && <Alert type="info" showIcon title={t.head.readOnly} style={{ marginBottom: 16 }} />}
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(k) => go(k as DecisionTab)}
          items={[
            { key: 'acts', label: `${t.tabs.acts} (${d.acts.length})`, children: <ActsTab d={d} canEdit={editsDraft} /> },
            { key: 'measures', label: `${t.tabs.measures} (${d.measures.filter((m) => !m.dropped).length})`, children: <MeasuresTab d={d} canEdit={canEdit} /> },
            { key: 'details', label: t.tabs.details, children: <DetailsTab d={d} canEdit={canEdit} /> },
            { key: 'issue', label: t.tabs.issue, children: <IssuePanel d={d} canEdit={editsDraft} onGo={go} /> },
            ...(d.status === 'issued' || d.corrections.length > 0 ? [{ key: 'corrections' as const, label: t.tabs.corrections, children: <CorrectionsPanel d={d} canEdit={canEdit} /> }] : []),
          ]}
        />
      </Card>
    </>
  );
}
