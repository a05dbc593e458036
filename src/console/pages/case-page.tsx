import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { Card, Col, Descriptions, Row, Skeleton, Space, Tabs, Typography } from 'antd';
import { caseQueries } from '../api/queries';
import { useSession } from '../app/auth';
import { KIND_OF_SUBJECT_TYPE, type CASE_TABS } from '../app/search';
import { LoadError } from '../components/api-error';
import { CaseStatusTag } from '../components/case-bits';
import { AuditTab } from '../components/case/audit-tab';
import { CaseDecisions } from '../components/case/case-decisions';
import { CaseProgress, DeadlinesPanel } from '../components/case/case-progress';
import { EvidenceTab } from '../components/case/evidence-tab';
import { DraftDecisionButton } from '../components/decision/draft-decision-button';
import { InspectionsTab } from '../components/case/inspections-tab';
import { RecordTab } from '../components/case/record-tab';
import { ViolationsTab } from '../components/case/violations-tab';
import { formatDate } from '../format/format';
import { vi } from '../i18n/vi';

type Tab = (typeof CASE_TABS)[number];

/** Hồ sơ vụ việc: where the case stands, its deadlines, and its parts, one tab each; steps only as the API allows. */
export function CasePage() {
  const { caseId } = useParams({ from: '/_app/cases/$caseId' });
  const { tab = 'inspections' } = useSearch({ from: '/_app/cases/$caseId' });
  const navigate = useNavigate({ from: '/cases/$caseId' });
  const session = useSession();
  const query = useQuery(caseQueries.one(caseId));
  if (query.isPending) return <Skeleton active />;
  if (query.error) return <LoadError error={query.error} />;
  const c = query.data;
  const role = session?.user.role;
  // Recording on the file is the inspectors' (CASE_WORKERS); the API refuses the others, so they get no buttons.
  const works = role === 'inspector' && c.status !== 'closed';
  // The case's readers in the department read its audit trail (GET /api/audit?caseId=); the ministry viewer does not.
  const readsAudit = role === 'inspector' || role === 'legal_officer' || role === 'leader';
  const setTab = (t: Tab) => void navigate({ search: { tab: t }, replace: true });

  return (
    <>
      <div className="page-head">
        <div>
          <Space align="center">
            <Typography.Title level={2}>{c.number}</Typography.Title>
            <CaseStatusTag status={c.status} />
          </Space>
          <Typography.Paragraph style={{ marginBottom: 0, fontSize: 16 }}>{c.title}</Typography.Paragraph>
        </div>
        {/* The legal officer's entry to the decision: it draws the draft, or opens the case's sanction decision. */}
        {c.status === 'ready_for_decision' && <DraftDecisionButton caseId={c.id} />}
      </div>
      <Row gutter={16}>
        <Col xs={24} lg={16}>
          <CaseProgress c={c} role={role} onRecordTab={() => setTab('record')} />
          <Card>
            <Tabs
              activeKey={tab}
              onChange={(k) => setTab(k as Tab)}
              items={[
                { key: 'inspections', label: `${vi.workspace.tabs.inspections} (${c.counts.inspections})`, children: <InspectionsTab caseId={c.id} canEdit={works} /> },
                {
                  key: 'violations',
                  label: `${vi.workspace.tabs.violations} (${c.counts.violations})`,
                  children: <ViolationsTab caseId={c.id} canEdit={works} subjectKind={c.subjectType === 'resident_reporter' ? 'individual' : 'organisation'} />,
                },
                { key: 'evidence', label: `${vi.workspace.tabs.evidence} (${c.counts.evidence})`, children: <EvidenceTab caseId={c.id} canEdit={works} /> },
                { key: 'record', label: vi.workspace.tabs.record, children: <RecordTab caseId={c.id} canEdit={works} hasViolations={c.counts.violations > 0} /> },
                ...(readsAudit ? [{ key: 'audit' as const, label: vi.workspace.tabs.audit, children: <AuditTab caseId={c.id} /> }] : []),
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} lg={8}>
          <Card title={vi.workspace.subject} style={{ marginBottom: 16 }}>
            <Descriptions column={1} size="small">
              <Descriptions.Item label={vi.labels.subjectType[c.subjectType]}>
                <Link to="/registry/$kind/$id" params={{ kind: KIND_OF_SUBJECT_TYPE[c.subjectType], id: c.subjectId }}>
                  {c.subjectName}
                </Link>
              </Descriptions.Item>
              <Descriptions.Item label={vi.workspace.origin}>{vi.labels.caseOrigin[c.origin]}</Descriptions.Item>
              <Descriptions.Item label={vi.cases.openedOn}>{formatDate(c.openedOn)}</Descriptions.Item>
              {c.violationRecord && (
                <Descriptions.Item label={vi.record.number}>
                  {c.violationRecord.number ?? vi.labels.recordStatus[c.violationRecord.status]}
                </Descriptions.Item>
              )}
            </Descriptions>
            {c.summary && <Typography.Paragraph type="secondary">{c.summary}</Typography.Paragraph>}
          </Card>
          <DeadlinesPanel deadlines={c.deadlines} />
          <CaseDecisions caseId={c.id} />
        </Col>
      </Row>
    </>
  );
}
