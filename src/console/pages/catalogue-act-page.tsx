import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { Alert, Button, Card, Descriptions, Space, Spin, Table, Tag, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import type { Schemas } from '../api/client';
import { useSession } from '../app/auth';
import { LoadError } from '../components/api-error';
import { FineBand, inForceOn, mayCurate, missingText, validityText, VerificationTag, verificationState, type CatalogueRow } from '../components/catalogue/catalogue-bits';
import { CompleteDialog, VerifyDialog, type VersionTarget } from '../components/catalogue/catalogue-dialogs';
import { catalogueBrowse } from '../components/catalogue/queries';
import { formatDate, formatDateTime, todayInVietnam } from '../format/format';
import { vi } from '../i18n/vi';

const t = vi.legal;
type Change = Schemas['CatalogueChangeDto'];

/** The version to show: the one asked for, else the one in force today, else the latest. */
function pick(versions: CatalogueRow[], from: string | undefined): CatalogueRow | undefined {
  return versions.find((v) => v.effectiveFrom === from) ?? versions.find((v) => inForceOn(v)) ?? versions.at(-1);
}

function standing(r: CatalogueRow) {
  const today = todayInVietnam();
  if (inForceOn(r, today)) return <Tag color="green">{t.act.inForce}</Tag>;
  return <Tag>{r.effectiveFrom > today ? t.act.notYet : t.act.notInForce}</Tag>;
}

const targetOf = (r: CatalogueRow): VersionTarget => ({ code: r.code, effectiveFrom: r.effectiveFrom, revision: r.revision, citation: r.citationShort, instrument: r.instrument, sourceUrl: r.sourceUrl });

/** One act of the catalogue: its versions, sources, sanctions and review history; curators propose from here. */
export function CatalogueActPage() {
  const { code } = useParams({ from: '/_app/legal/catalogue/$code' });
  const { from } = useSearch({ from: '/_app/legal/catalogue/$code' });
  const navigate = useNavigate({ from: '/legal/catalogue/$code' });
  const session = useSession();
  const versions = useQuery(catalogueBrowse.versions(code));
  const history = useQuery(catalogueBrowse.history(code));
  const [verifying, setVerifying] = useState<VersionTarget | null>(null);
  const [completing, setCompleting] = useState<{ code: string; effectiveFrom: string } | null>(null);

  if (versions.isPending) return <Spin />;
  if (versions.error) return <LoadError error={versions.error} />;
  const all = versions.data.versions;
  const row = pick(all, from);
  const curator = mayCurate(session?.user.role);

  return (
    <>
      <Link to="/legal/catalogue" search={{}}>
        <ArrowLeftOutlined /> {t.act.back}
      </Link>
      {row ? (
        <>
          <Typography.Title level={2} style={{ marginTop: 8 }}>
            {row.citationShort}
          </Typography.Title>
          <Space wrap style={{ marginBottom: 16 }}>
            <VerificationTag state={verificationState(row)} />
            {standing(row)}
            <Typography.Text type="secondary">{t.act.selected(formatDate(row.effectiveFrom))}</Typography.Text>
          </Space>
          <Typography.Paragraph style={{ fontSize: 16, maxWidth: 960 }}>{row.descriptionVi}</Typography.Paragraph>
          <Notices row={row} />
          {curator && !row.pendingApproval && (row.draft || !row.verified) && row.completedAs === null && (
            <Card size="small" title={t.act.actions} style={{ marginBottom: 16 }}>
              <Space wrap>
                {row.draft ? (
                  <Button type="primary" onClick={() => setCompleting({ code: row.code, effectiveFrom: row.effectiveFrom })}>
                    {t.complete.button}
                  </Button>
                ) : (
                  <>
                    <Button type="primary" onClick={() => setVerifying(targetOf(row))}>
                      {t.verify.button}
                    </Button>
                    <Button onClick={() => setCompleting({ code: row.code, effectiveFrom: row.effectiveFrom })}>{t.complete.correct}</Button>
                  </>
                )}
              </Space>
            </Card>
          )}
          <Content row={row} />
          <Sanctions row={row} />
          <Sources row={row} />
        </>
      ) : (
        <Typography.Title level={2}>{code}</Typography.Title>
      )}

      <Card title={t.act.versions} style={{ marginBottom: 16 }}>
        <Typography.Paragraph type="secondary">{t.act.versionsHelp}</Typography.Paragraph>
        <Table<CatalogueRow>
          rowKey="effectiveFrom"
          size="small"
          pagination={false}
          dataSource={all}
          columns={[
            { title: t.table.validity, key: 'validity', render: (_: unknown, v) => validityText(v) },
            { title: t.table.citation, dataIndex: 'citationShort', key: 'citation' },
            { title: t.table.fine, key: 'fine', align: 'right', render: (_: unknown, v) => <FineBand fine={v.fine} mainSanction={v.mainSanction} /> },
            { title: t.table.state, key: 'state', render: (_: unknown, v) => <VerificationTag state={verificationState(v)} /> },
            {
              title: '',
              key: 'show',
              width: 160,
              render: (_: unknown, v) =>
                v.effectiveFrom === row?.effectiveFrom ? (
                  <Typography.Text type="secondary">{t.act.shown}</Typography.Text>
                ) : (
                  <Button size="small" onClick={() => void navigate({ search: { from: v.effectiveFrom } })} aria-label={`${t.act.show} ${validityText(v)}`}>
                    {t.act.show}
                  </Button>
                ),
            },
          ]}
        />
        {versions.data.replaced.length > 0 && (
          <>
            <Typography.Title level={5} style={{ marginTop: 16 }}>
              {t.act.replaced}
            </Typography.Title>
            <Table
              rowKey={(r) => `${r.code}@${r.effectiveFrom}`}
              size="small"
              pagination={false}
              dataSource={versions.data.replaced}
              columns={[
                { title: t.table.validity, key: 'validity', render: (_: unknown, v) => validityText(v) },
                { title: t.table.description, dataIndex: 'descriptionVi', key: 'description' },
                { title: t.act.replacedBy, key: 'by', render: (_: unknown, v) => v.replacedBy.join(', ') },
              ]}
            />
          </>
        )}
      </Card>

      <Card title={t.act.history}>
        <LoadError error={history.error} />
        <Table<Change>
          rowKey="id"
          size="small"
          loading={history.isPending}
          pagination={false}
          dataSource={history.data ?? []}
          locale={{ emptyText: t.act.historyEmpty }}
          columns={[
            { title: t.act.when, dataIndex: 'createdAt', key: 'when', width: 150, render: (d: string) => formatDateTime(d) },
            {
              title: t.act.what,
              key: 'what',
              render: (_: unknown, c) => (
                <>
                  <div>{t.labels.changeKind[c.kind]}</div>
                  <Typography.Text type="secondary">{t.act.selected(formatDate(c.effectiveFrom))}</Typography.Text>
                </>
              ),
            },
            { title: t.act.who, key: 'who', render: (_: unknown, c) => `${c.actorName}${c.departmentName ? ` (${c.departmentName})` : ''}` },
            { title: t.review.officialText, key: 'source', render: (_: unknown, c) => (c.officialText ? t.officialText(c.officialText) : (c.source ?? vi.common.none)) },
            { title: t.act.note, dataIndex: 'note', key: 'note', render: (n: string | null) => n ?? vi.common.none },
            { title: t.act.status, key: 'status', width: 170, render: (_: unknown, c) => (c.status ? <ChangeStatusTag status={c.status} /> : vi.common.none) },
          ]}
        />
      </Card>

      <VerifyDialog target={verifying} onClose={() => setVerifying(null)} />
      <CompleteDialog target={completing} onClose={() => setCompleting(null)} />
    </>
  );
}

const STATUS_COLOR: Record<NonNullable<Change['status']>, string> = { pending: 'processing', approved: 'success', rejected: 'error', 'in-force-before-review': 'default', 'not-applied': 'default' };

function ChangeStatusTag({ status }: { status: NonNullable<Change['status']> }) {
  return <Tag color={STATUS_COLOR[status]}>{t.labels.changeStatus[status]}</Tag>;
}

function Notices({ row }: { row: CatalogueRow }) {
  const notice = (type: 'warning' | 'info' | 'error', title: string, action?: ReactNode) => (
    <Alert type={type} showIcon title={title} action={action} style={{ marginBottom: 16, maxWidth: 960 }} />
  );
  if (row.completedAs) return notice('info', t.act.completedAs(row.completedAs));
  if (row.pendingApproval)
    {return notice(
      'info',
      t.act.pendingInfo,
      <Link to="/legal/review" search={{}}>
        {t.act.toReview}
      </Link>,
    );}
  if (row.draft) return notice('error', t.act.draftWarning(missingText(row.missing)));
  if (!row.verified) return notice('warning', t.act.notVerified);
  return null;
}

function Content({ row }: { row: CatalogueRow }) {
  return (
    <Card title={t.act.content} style={{ marginBottom: 16 }}>
      <Descriptions column={1} size="small" bordered styles={{ label: { width: 260 } }}>
        <Descriptions.Item label={t.act.code}>{row.code}</Descriptions.Item>
        <Descriptions.Item label={t.act.instrument}>{t.filters.instrumentOption(row.instrument)}</Descriptions.Item>
        <Descriptions.Item label={t.act.article}>{t.act.articleClausePoint(row.article, row.clause, row.point)}</Descriptions.Item>
        <Descriptions.Item label={t.act.amendedBy}>{row.amendedBy ?? t.act.original}</Descriptions.Item>
        <Descriptions.Item label={t.act.field}>{vi.labels.legalField[row.field]}</Descriptions.Item>
        <Descriptions.Item label={t.act.subjects}>{row.subjects.map((s) => t.labels.subjectKind[s]).join('; ') || vi.common.none}</Descriptions.Item>
        <Descriptions.Item label={t.act.validity}>{validityText(row)}</Descriptions.Item>
        <Descriptions.Item label={t.act.citationVi}>{row.citationVi}</Descriptions.Item>
        <Descriptions.Item label={t.act.keywords}>{row.keywords.join(', ') || vi.common.none}</Descriptions.Item>
      </Descriptions>
    </Card>
  );
}

function Sanctions({ row }: { row: CatalogueRow }) {
  const list = (items: string[]) =>
    items.length === 0 ? (
      t.act.none
    ) : (
      <ul style={{ margin: 0, paddingInlineStart: 18 }}>
        {items.map((i) => (
          <li key={i}>{i}</li>
        ))}
      </ul>
    );
  return (
    <Card title={t.act.sanctions} style={{ marginBottom: 16 }}>
      <Descriptions column={1} size="small" bordered styles={{ label: { width: 260 } }}>
        <Descriptions.Item label={t.act.mainSanction}>{vi.labels.mainSanction[row.mainSanction]}</Descriptions.Item>
        <Descriptions.Item label={t.act.fine}>
          <FineBand fine={row.fine} mainSanction={row.mainSanction} />
        </Descriptions.Item>
        <Descriptions.Item label={t.act.additional}>{list(row.additionalSanctions.map((s) => `${t.labels.additionalSanction[s.kind]}${t.months(s.minMonths, s.maxMonths)}: ${s.descriptionVi}`))}</Descriptions.Item>
        <Descriptions.Item label={t.act.remedial}>{list(row.remedialMeasures.map((m) => m.descriptionVi))}</Descriptions.Item>
        {row.definingCircumstances.length > 0 && <Descriptions.Item label={t.act.defining}>{row.definingCircumstances.join(', ')}</Descriptions.Item>}
        {row.successorCodes.length > 0 && <Descriptions.Item label={t.act.successors}>{row.successorCodes.join(', ')}</Descriptions.Item>}
      </Descriptions>
    </Card>
  );
}

function Sources({ row }: { row: CatalogueRow }) {
  const v = row.verification;
  return (
    <Card title={t.act.sources} style={{ marginBottom: 16 }}>
      <Descriptions column={1} size="small" bordered styles={{ label: { width: 260 } }}>
        <Descriptions.Item label={t.act.instrument}>
          {t.filters.instrumentOption(row.instrument)}
          {row.amendedBy ? ` (${t.act.amendedBy.toLowerCase()} ${row.amendedBy})` : ''}
        </Descriptions.Item>
        <Descriptions.Item label={t.act.sourceUrl}>
          <Typography.Link href={row.sourceUrl} target="_blank" rel="noreferrer" style={{ wordBreak: 'break-all' }}>
            {row.sourceUrl}
          </Typography.Link>
        </Descriptions.Item>
        {v && (
          <>
            <Descriptions.Item label={t.act.verifiedBy}>{t.act.verifiedByText(v.actorName, v.departmentName, formatDateTime(v.at))}</Descriptions.Item>
            {v.source && <Descriptions.Item label={t.act.officialText}>{v.source}</Descriptions.Item>}
            {v.note && <Descriptions.Item label={t.act.note}>{v.note}</Descriptions.Item>}
            {v.approvedBy && (
              <Descriptions.Item label={t.act.approvedBy}>
                {t.act.verifiedByText(v.approvedBy.actorName, v.approvedBy.departmentName, formatDateTime(v.approvedBy.at))}
                {v.approvedBy.note ? `: ${v.approvedBy.note}` : ''}
              </Descriptions.Item>
            )}
          </>
        )}
      </Descriptions>
    </Card>
  );
}
