import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { Alert, Button, Card, Form, Input, Space, Spin, Table, Tag, Typography } from 'antd';
import { useMemo, useState, type ReactNode } from 'react';
import type { Schemas } from '../api/client';
import { useSession } from '../app/auth';
import { LoadError } from '../components/api-error';
import { fold, mayApprove, mayCurate, missingText, validityText } from '../components/catalogue/catalogue-bits';
import { CompleteDialog, DecisionDialog, VerifyDialog, type DecisionTarget, type VersionTarget } from '../components/catalogue/catalogue-dialogs';
import { catalogueBrowse } from '../components/catalogue/queries';
import { urlPagination } from '../components/url-pagination';
import { formatDate, formatDateTime } from '../format/format';
import { vi } from '../i18n/vi';

const t = vi.legal;
type Item = Schemas['ReviewItemDto'];
type Proposal = Schemas['PendingProposalDto'];

const REASON_COLOR = { blocking: 'error', draft: 'volcano', unverified: 'warning' } satisfies Record<Item['reason'], string>;
/** "119/2020:Đ20.k5" → "119/2020/NĐ-CP": the decree to read, prefilled in the verification form. */
const instrumentOf = (code: string): string => `${code.split(':')[0] ?? code}/NĐ-CP`;
const citationOf = (i: { code: string; citationShort: string | null }): string => i.citationShort ?? i.code;

function ActLink({ code, effectiveFrom, children }: { code: string; effectiveFrom: string; children: ReactNode }) {
  return (
    <Link to="/legal/catalogue/$code" params={{ code }} search={{ from: effectiveFrom }}>
      {children}
    </Link>
  );
}

/**
 * Hàng đợi xác minh: proposals waiting for a second legal officer first (they only need a click), then the rows to
 * read in the official text. Leaders read it; legal officers and the department admin propose; legal officers approve.
 */
export function CatalogueReviewPage() {
  const search = useSearch({ from: '/_app/legal/review' });
  const navigate = useNavigate({ from: '/legal/review' });
  const session = useSession();
  const role = session?.user.role;
  const curator = mayCurate(role);
  const approver = mayApprove(role);
  const queue = useQuery(catalogueBrowse.review());
  const [verifying, setVerifying] = useState<VersionTarget | null>(null);
  const [completing, setCompleting] = useState<{ code: string; effectiveFrom: string } | null>(null);
  const [deciding, setDeciding] = useState<DecisionTarget | null>(null);

  const items = useMemo(() => {
    const all = queue.data?.items ?? [];
    if (!search.q) return all;
    const words = fold(search.q).split(/\s+/).filter(Boolean);
    return all.filter((i) => {
      const hay = fold([i.code, i.citationShort ?? '', i.descriptionVi ?? ''].join(' '));
      return words.every((w) => hay.includes(w));
    });
  }, [queue.data, search.q]);

  if (queue.isPending) return <Spin />;
  if (queue.error) return <LoadError error={queue.error} />;
  const byVersion = new Map(queue.data.items.map((i) => [`${i.code}@${i.effectiveFrom}`, i]));
  const proposalCitation = (p: Proposal): string => {
    const item = byVersion.get(`${p.code}@${p.effectiveFrom}`);
    return item ? citationOf(item) : p.code;
  };

  const proposalActions = (p: Proposal) => {
    const citation = proposalCitation(p);
    return (
      <Space wrap>
        {p.mine && <Typography.Text type="secondary">{t.review.mine}</Typography.Text>}
        {approver && !p.mine && (
          <Button type="primary" onClick={() => setDeciding({ changeId: p.changeId, citation, mode: 'approve' })}>
            {t.review.approve}
          </Button>
        )}
        {(approver || p.mine) && (
          <Button danger onClick={() => setDeciding({ changeId: p.changeId, citation, mode: p.mine ? 'withdraw' : 'reject' })}>
            {p.mine ? t.review.withdraw : t.review.reject}
          </Button>
        )}
      </Space>
    );
  };

  const itemAction = (i: Item) => {
    if (i.pendingChangeId) return <Tag color="processing">{t.review.waiting}</Tag>;
    if (i.problem === 'draft')
      {return (
        <Button type="primary" onClick={() => setCompleting({ code: i.code, effectiveFrom: i.effectiveFrom })}>
          {t.complete.button}
        </Button>
      );}
    if (i.problem === 'unverified')
      {return (
        <Button type="primary" onClick={() => setVerifying({ code: i.code, effectiveFrom: i.effectiveFrom, revision: i.revision, citation: citationOf(i), instrument: instrumentOf(i.code) })}>
          {t.verify.button}
        </Button>
      );}
    return (
      <ActLink code={i.code} effectiveFrom={i.effectiveFrom}>
        {t.review.openAct}
      </ActLink>
    );
  };

  const showActions = curator;

  return (
    <>
      <Typography.Title level={2}>{t.reviewTitle}</Typography.Title>
      <Alert type="info" showIcon title={t.review.intro} style={{ marginBottom: 16, maxWidth: 1100 }} />
      {!curator && <Alert type="warning" showIcon title={t.review.readOnly} style={{ marginBottom: 16, maxWidth: 1100 }} />}

      <Card title={t.review.pendingTitle(queue.data.pendingApprovals.length)} style={{ marginBottom: 16 }}>
        <Typography.Paragraph type="secondary">{t.review.pendingHelp}</Typography.Paragraph>
        <Table<Proposal>
          rowKey="changeId"
          size="middle"
          tableLayout="fixed"
          pagination={false}
          dataSource={queue.data.pendingApprovals}
          locale={{ emptyText: t.review.pendingEmpty }}
          columns={[
            {
              title: t.table.citation,
              key: 'citation',
              width: 220,
              render: (_: unknown, p) => (
                <>
                  <ActLink code={p.code} effectiveFrom={p.effectiveFrom}>
                    {proposalCitation(p)}
                  </ActLink>
                  <Typography.Text type="secondary" style={{ display: 'block' }}>
                    {t.act.selected(formatDate(p.effectiveFrom))}
                  </Typography.Text>
                </>
              ),
            },
            { title: t.review.kind, key: 'kind', width: 150, render: (_: unknown, p) => t.labels.changeKind[p.kind] },
            {
              title: t.review.proposedBy,
              key: 'by',
              width: 210,
              render: (_: unknown, p) => (
                <>
                  <div>{p.proposedBy.actorName}</div>
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                    {p.proposedBy.departmentName}
                  </Typography.Text>
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                    {formatDateTime(p.proposedAt)}
                  </Typography.Text>
                </>
              ),
            },
            {
              title: t.review.officialText,
              key: 'text',
              render: (_: unknown, p) => (
                <>
                  <div>{p.officialText ? t.officialText(p.officialText) : (p.source ?? vi.common.none)}</div>
                  {p.note && (
                    <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                      {t.act.note}: {p.note}
                    </Typography.Text>
                  )}
                </>
              ),
            },
            ...(showActions ? [{ title: t.review.actions, key: 'actions', width: 210, render: (_: unknown, p: Proposal) => proposalActions(p) }] : []),
          ]}
        />
      </Card>

      <Card title={t.review.itemsTitle(queue.data.items.length)}>
        <Typography.Paragraph type="secondary">{t.review.itemsHelp}</Typography.Paragraph>
        <Form layout="vertical" role="search" aria-label={t.review.searchForm}>
          <Form.Item label={t.review.search} name="q" initialValue={search.q} style={{ maxWidth: 480 }}>
            <Input.Search allowClear enterButton={vi.common.search} onSearch={(q) => void navigate({ search: (prev) => ({ ...prev, q: q.trim() || undefined, page: undefined }) })} />
          </Form.Item>
        </Form>
        <Table<Item>
          rowKey={(i) => `${i.code}@${i.effectiveFrom}`}
          size="middle"
          tableLayout="fixed"
          dataSource={items}
          locale={{ emptyText: t.review.itemsEmpty }}
          pagination={urlPagination(search, items.length, (page, pageSize) => void navigate({ search: (prev) => ({ ...prev, page, pageSize }) }), t.table.total)}
          columns={[
            {
              title: t.review.reason,
              key: 'reason',
              width: 200,
              render: (_: unknown, i) => (
                <>
                  <Tag color={REASON_COLOR[i.reason]}>{t.labels.reviewReason[i.reason]}</Tag>
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                    {i.reason === 'blocking' ? `${t.review.blocking(i.blockingCases, i.blockingViolations)}. ` : ''}
                    {i.missing.length ? `${t.review.missing}: ${missingText(i.missing)}` : ''}
                  </Typography.Text>
                </>
              ),
            },
            {
              title: t.table.code,
              key: 'citation',
              width: 300,
              render: (_: unknown, i) => (
                <>
                  <ActLink code={i.code} effectiveFrom={i.effectiveFrom}>
                    {i.code}
                  </ActLink>
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                    {citationOf(i)}
                  </Typography.Text>
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                    {validityText(i)}
                  </Typography.Text>
                </>
              ),
            },
            {
              title: t.table.description,
              dataIndex: 'descriptionVi',
              key: 'description',
              render: (d: string | null) => <Typography.Paragraph style={{ margin: 0 }} ellipsis={{ rows: 3, tooltip: d }}>{d ?? vi.common.none}</Typography.Paragraph>,
            },
            ...(showActions ? [{ title: t.review.actions, key: 'actions', width: 190, render: (_: unknown, i: Item) => itemAction(i) }] : []),
          ]}
        />
      </Card>

      <VerifyDialog target={verifying} onClose={() => setVerifying(null)} />
      <CompleteDialog target={completing} onClose={() => setCompleting(null)} />
      <DecisionDialog target={deciding} onClose={() => setDeciding(null)} />
    </>
  );
}
