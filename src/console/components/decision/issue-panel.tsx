import { CheckCircleOutlined, CloseCircleOutlined, FilePdfOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Alert, App, Button, Card, List, Progress, Space, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { api, ApiError, download, toApiError, unwrap } from '../../api/client';
import { useSession } from '../../app/auth';
import type { DecisionTab } from '../../app/routes/decisions';
import { formatBytes, formatDateTime, formatMoney } from '../../format/format';
import { vi } from '../../i18n/vi';
import { ErrorAlert } from '../api-error';
import { decisionQueries, useDecisionMutation, type Decision } from './decision-bits';

const t = vi.decisions.issue;

/** One reason the API gave for refusing to issue (422 LEGAL_RULE_VIOLATION, details.reasons). */
export interface Refusal {
  code: string;
  act?: number;
  message: string;
}

export const refusalsOf = (e: unknown): Refusal[] | null => {
  if (!(e instanceof ApiError) || e.code !== 'LEGAL_RULE_VIOLATION' || !Array.isArray(e.details.reasons)) return null;
  return (e.details.reasons as Refusal[]).filter((r) => typeof r?.code === 'string');
};

type Explained = keyof typeof vi.decisions.refusal;
const explain = (code: string) => (code in vi.decisions.refusal ? vi.decisions.refusal[code as Explained] : vi.decisions.refusalOther);

/** Where each refusal is resolved: the act's choice form, the catalogue row, the signer form, the measures, the case. */
function ResolveLinks({ r, d, onGo }: { r: Refusal; d: Decision; onGo: (tab: DecisionTab, anchor?: string) => void }) {
  const act = r.act !== undefined ? d.acts[r.act] : undefined;
  switch (r.code) {
    case 'needs_officer_choice':
      return act ? (
        <Button size="small" type="link" onClick={() => onGo('acts', `choice-${act.violationId}`)}>
          {t.goChoice}
        </Button>
      ) : null;
    case 'unverified_rule':
    case 'fine_range_unknown':
      return (
        <Space size={0} wrap>
          {act && (
            <Link to="/legal/catalogue/$code" params={{ code: act.code }}>
              <Button size="small" type="link">
                {t.goCatalogue}
              </Button>
            </Link>
          )}
          {r.code === 'unverified_rule' && (
            <Link to="/legal/review">
              <Button size="small" type="link">
                {t.goReview}
              </Button>
            </Link>
          )}
        </Space>
      );
    case 'above_signer_cap':
    case 'authority_unknown':
    case 'document_incomplete':
      return (
        <Button size="small" type="link" onClick={() => onGo('details')}>
          {t.goDetails}
        </Button>
      );
    case 'measure_not_attached':
    case 'additional_sanction_not_provided':
    case 'remedial_measure_not_provided':
    case 'licence_not_in_registry':
      return (
        <Button size="small" type="link" onClick={() => onGo('measures')}>
          {t.goMeasures}
        </Button>
      );
    case 'case_not_ready':
    case 'explanation_window_open':
    case 'violation_missing':
    case 'time_barred':
      return (
        <Link to="/cases/$caseId" params={{ caseId: d.caseId }} search={{}}>
          <Button size="small" type="link">
            {t.goCase}
          </Button>
        </Link>
      );
    default:
      return null;
  }
}

/** Every reason the API gave, as a checklist: what it means, how to resolve it, and where. */
export function RefusalChecklist({
  reasons,
  at,
  requestId,
  d,
  onGo,
}: {
  reasons: Refusal[];
  at: string;
  requestId: string | null;
  d: Decision;
  onGo: (tab: DecisionTab, anchor?: string) => void;
}) {
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={t.checklist(reasons.length)}
      description={
        <>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
            {t.checkedAt(at)}
            {requestId && ` ${vi.common.requestId(requestId)}`}
          </Typography.Paragraph>
          <List
            aria-label={t.checklist(reasons.length)}
            dataSource={reasons}
            renderItem={(r, i) => {
              const e = explain(r.code);
              const act = r.act !== undefined ? d.acts[r.act] : undefined;
              return (
                <List.Item key={i} style={{ display: 'block' }}>
                  <Space align="start">
                    <CloseCircleOutlined style={{ color: '#cf1322', marginTop: 4 }} aria-hidden />
                    <div>
                      <Typography.Text strong>{r.act !== undefined ? t.actOf(r.act, e.title) : e.title}</Typography.Text>
                      {act && (
                        <div>
                          <Typography.Text type="secondary">
                            {act.description} ({act.legalBasis})
                          </Typography.Text>
                        </div>
                      )}
                      <div>{e.fix}</div>
                      {r.code === 'needs_officer_choice' && act?.bands?.amount && (
                        <div>
                          {vi.decisions.choice.amountBand(formatMoney(act.bands.amount.minVnd), formatMoney(act.bands.amount.maxVnd))}
                        </div>
                      )}
                      {r.code === 'needs_officer_choice' && act?.bands?.months && (
                        <div>{vi.decisions.choice.monthsBand(act.bands.months.minMonths, act.bands.months.maxMonths)}</div>
                      )}
                      <details style={{ fontSize: 12, color: 'rgba(0,0,0,0.55)' }}>
                        <summary>{t.fromServer}</summary>
                        {r.message}
                      </details>
                      <div>
                        <ResolveLinks r={r} d={d} onGo={onGo} />
                      </div>
                    </div>
                  </Space>
                </List.Item>
              );
            }}
          />
        </>
      }
    />
  );
}

/** The issued decision's PDF: the status is asked again until the worker has it; then shown in the page and offered. */
export function DecisionPdf({ d }: { d: Decision }) {
  const session = useSession();
  const doc = useQuery(decisionQueries.document(d.id));
  const [url, setUrl] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const ready = doc.data?.status === 'ready';
  const token = session?.token;
  useEffect(() => {
    if (!ready) return;
    let objectUrl: string | null = null;
    let cancelled = false;
    void (async () => {
      try {
        const res = await fetch(`/api/decisions/${d.id}/pdf`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
        if (!res.ok) throw toApiError(await res.json().catch(() => null), res);
        const blob = await res.blob();
        if (cancelled) return;
        objectUrl = URL.createObjectURL(new Blob([blob], { type: 'application/pdf' }));
        setUrl(objectUrl);
      } catch (e) {
        if (!cancelled) setError(e);
      }
    })();
    return () => {
      cancelled = true;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [ready, d.id, token]);

  const fileName = `quyet-dinh-${(d.number ?? 'du-thao').replace(/\//g, '-')}.pdf`;
  const body = (() => {
    if (doc.isPending) return <Spin />;
    if (doc.error) return <ErrorAlert error={doc.error} />;
    if (doc.data.status === 'pending') {
      return (
        <div role="status" aria-live="polite">
          <Typography.Paragraph>{vi.decisions.pdf.pending}</Typography.Paragraph>
          <Progress percent={99} status="active" showInfo={false} style={{ maxWidth: 420 }} />
        </div>
      );
    }
    if (doc.data.status === 'failed') {
      return <Alert type="error" showIcon role="alert" title={vi.decisions.pdf.failed} description={doc.data.error} />;
    }
    return (
      <Space direction="vertical" style={{ width: '100%' }}>
        <Space wrap>
          <Button
            type="primary"
            icon={<FilePdfOutlined />}
            loading={busy}
            onClick={() => {
              setBusy(true);
              setError(null);
              download(`/api/decisions/${d.id}/pdf`, fileName)
                .catch(setError)
                .finally(() => setBusy(false));
            }}
          >
            {vi.decisions.pdf.download}
          </Button>
          {url && (
            <a href={url} target="_blank" rel="noreferrer">
              {vi.decisions.pdf.openNew}
            </a>
          )}
          {d.verificationCode && (
            <a href={`/verify/${d.verificationCode}`} target="_blank" rel="noreferrer">
              {vi.decisions.pdf.verify}
            </a>
          )}
        </Space>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {vi.decisions.pdf.meta(formatBytes(doc.data.size ?? 0), doc.data.sha256 ?? '')}
          {d.verificationCode && ` · ${vi.decisions.pdf.code(d.verificationCode)}`}
        </Typography.Text>
        <ErrorAlert error={error} />
        {url ? (
          <iframe
            title={vi.decisions.pdf.frame}
            src={url}
            style={{ width: '100%', height: 720, border: '1px solid #d9d9d9', borderRadius: 6 }}
          />
        ) : (
          !error && <Spin />
        )}
      </Space>
    );
  })();
  return (
    <Card size="small" title={vi.decisions.pdf.title}>
      {body}
    </Card>
  );
}

/**
 * Ban hành: the checklist first (GET issue-check runs the very checks of issuing and writes nothing), then the
 * confirmation (issued decisions are frozen), then the decision, or every reason it was refused.
 */
export function IssuePanel({ d, canEdit, onGo }: { d: Decision; canEdit: boolean; onGo: (tab: DecisionTab, anchor?: string) => void }) {
  const { modal } = App.useApp();
  const [last, setLast] = useState<{ reasons: Refusal[]; at: string; requestId: string | null; version: number } | null>(null);
  const check = useQuery({
    queryKey: ['decisions', d.id, 'issue-check', d.version],
    queryFn: ({ signal }) => unwrap(api.GET('/api/decisions/{id}/issue-check', { params: { path: { id: d.id } }, signal })),
    enabled: d.status === 'draft' && canEdit,
  });
  const issue = useDecisionMutation(
    (version: number) => unwrap(api.POST('/api/decisions/{id}/issue', { params: { path: { id: d.id } }, body: { version } })),
    (x) => t.issued(x.number ?? ''),
  );
  if (d.status === 'issued') {
    return (
      <Space direction="vertical" style={{ width: '100%' }}>
        <Alert type="success" showIcon icon={<CheckCircleOutlined />} title={t.issued(d.number ?? '')} />
        <DecisionPdf d={d} />
      </Space>
    );
  }
  const refusedNow = refusalsOf(issue.error);
  const ask = (): void => {
    modal.confirm({
      title: t.confirmTitle,
      content: t.confirm,
      okText: t.confirmOk,
      cancelText: vi.common.cancel,
      onOk: () =>
        new Promise<void>((resolve) => {
          issue.mutate(d.version, {
            onSuccess: () => setLast(null),
            onError: (e) => {
              const reasons = refusalsOf(e);
              const requestId = e instanceof ApiError ? e.requestId : null;
              if (reasons) setLast({ reasons, at: formatDateTime(new Date().toISOString()), requestId, version: d.version });
              void check.refetch();
            },
            onSettled: () => resolve(),
          });
        }),
    });
  };
  // A refusal just given by "issue" is the latest word until the draft changes; otherwise the check of this version.
  const shown =
    (last?.version === d.version ? last : null) ??
    (check.data && check.data.version === d.version
      ? { reasons: check.data.reasons as Refusal[], at: formatDateTime(check.data.checkedAt), requestId: null }
      : null);
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Typography.Paragraph style={{ marginBottom: 0 }}>{t.intro}</Typography.Paragraph>
      {!refusedNow && <ErrorAlert error={issue.error ?? check.error} />}
      {check.isFetching && !shown && (
        <Spin tip={t.checking}>
          <div style={{ minHeight: 48 }} />
        </Spin>
      )}
      {shown && shown.reasons.length > 0 && (
        <RefusalChecklist reasons={shown.reasons} at={shown.at} requestId={shown.requestId} d={d} onGo={onGo} />
      )}
      {shown && shown.reasons.length === 0 && <Alert type="success" showIcon title={t.ready} description={t.checkedOk(shown.at)} />}
      {!shown && !check.isFetching && <Typography.Text type="secondary">{t.none}</Typography.Text>}
      {canEdit && (
        <Space>
          <Button type="primary" size="large" onClick={ask} loading={issue.isPending}>
            {t.button}
          </Button>
          <Button
            size="large"
            onClick={() => {
              setLast(null);
              void check.refetch();
            }}
            loading={check.isFetching}
          >
            {t.recheck}
          </Button>
        </Space>
      )}
    </Space>
  );
}
